"""Latin-script names in Chinese text, named by a Han cue noun or suffix after them or a list with known ones."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.latin_in_han import latin_in_han_names


def _known(text: str, *names: str) -> list[Mention]:
    """Mentions of each name at its first place in ``text``, as the lexicon would give them."""
    return sorted([Mention(text.index(n), text.index(n) + len(n), n, n, "organization", "culture", origin="lexicon")
                   for n in names], key=lambda m: m.start)


@pytest.mark.parametrize(("text", "known", "expected"), [
    # A cue noun after the name says what it is and stays out of it; a suffix is part of the name.
    ("作为参照，smart品牌去年双11期间在天猫共售出近800台新车。", (), [("smart", "brand")]),
    ("周冠宇代表Stake F1车队出战主场比赛。", ("F1",), [("Stake F1车队", "culture")]),
    ("他曾任Apple公司高管。", (), [("Apple", "other")]),
    # Only the capitalised words before the cue: not the lower-case words of an English phrase.
    ("said the CEO of Apple公司", (), [("Apple", "other")]),
    # A short acronym before a cue names a kind of thing ("DTC品牌"); a known name is read already.
    ("新消费DTC品牌增长很快。", (), []),
    ("MINI品牌的成绩亮眼。", ("MINI",), []),
    # A list joined by 、 and 和 with known organizations.
    ("分别为G2 Esports、FNATIC、Karmine Corp、GIANTX和Rogue。", ("G2 Esports", "FNATIC", "Karmine Corp"),
     [("GIANTX", "culture"), ("Rogue", "culture")]),
    # One known name beside one other is no list.
    ("FNATIC和Rogue。", ("FNATIC",), []),
])
def test_latin_names_in_chinese_text(text: str, known: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = latin_in_han_names(text, load_language("zh"), _known(text, *known))
    assert [(m.name, m.category) for m in found] == expected
    assert all(m.type == "organization" and text[m.start:m.end] == m.text for m in found)


def test_spaced_languages_have_none() -> None:
    assert latin_in_han_names("the brand smart", load_language("en"), []) == []
