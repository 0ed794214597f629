"""Coreference: one person however the document names them, one organization with its acronym."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.resolve.coreference import resolve_mentions


def _person(text: str, surface: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, surface, "person", None, origin="pattern")


def _names(text: str, mentions: list[Mention], domain, lang: str = "en") -> list[tuple[str, str]]:
    resolved, _ = resolve_mentions(text, mentions, load_language(lang), domain)
    return [(m.text, m.name) for m in resolved if m.type == "person"]


@pytest.mark.parametrize(("lang", "text", "surfaces", "expected"), [
    # A surname alone, later, is the person named in full; so is a Chinese family name written first.
    ("en", "Niamh Drummond spoke. Later Drummond added more.", ["Niamh Drummond"],
     [("Niamh Drummond", "Niamh Drummond"), ("Drummond", "Niamh Drummond")]),
    ("en", "Zhao Haiyan spoke first. Then Zhao said more.", ["Zhao Haiyan"],
     [("Zhao Haiyan", "Zhao Haiyan"), ("Zhao", "Zhao Haiyan")]),
    # A word of address opens no name, and with it the surname is still the person.
    ("en", "Dr Helen Parry spoke. Then Ms Parry left.", ["Dr Helen Parry", "Ms Parry"],
     [("Helen Parry", "Helen Parry"), ("Parry", "Helen Parry")]),
    ("de", "Dr. Holger Mertens sprach zuerst.", ["Dr. Holger Mertens"], [("Holger Mertens", "Holger Mertens")]),
    # A transliteration in brackets is the same person.
    ("en", "Yang Chen (杨晨) spoke.", ["Yang Chen", "杨晨"], [("Yang Chen", "Yang Chen"), ("杨晨", "Yang Chen")]),
    ("zh", "本杰明·韦格纳（Benjamin Wegner）说，韦格纳很高兴。", ["本杰明·韦格纳", "Benjamin Wegner"],
     [("本杰明·韦格纳", "本杰明·韦格纳"), ("Benjamin Wegner", "本杰明·韦格纳"), ("韦格纳", "本杰明·韦格纳")]),
])
def test_a_person_has_one_name(domain, lang, text, surfaces, expected) -> None:
    mentions = [_person(text, s) for s in surfaces]
    assert _names(text, mentions, domain, lang) == expected


@pytest.mark.parametrize(("text", "surfaces"), [
    # Two persons share the part: it stands for neither.
    ("Anna Lau and Martin Lau spoke. Lau said more.", ["Anna Lau", "Martin Lau"]),
    # The part is a common word of the text ("long"): it stands for no one.
    ("Ma Long won. It was a long day for Long.", ["Ma Long"]),
])
def test_an_ambiguous_part_stands_for_no_one(domain, text, surfaces) -> None:
    mentions = [_person(text, s) for s in surfaces]
    names = _names(text, mentions, domain)
    assert [surface for surface, _ in names] == surfaces


@given(st.lists(st.sampled_from(["Anna Rossi", "Rossi", "Dr Anna Rossi", "Wu Lei", "Lei", "said", "the", "."]),
                max_size=12))
def test_every_mention_keeps_a_name_found_in_the_text(domain, words: list[str]) -> None:
    text = " ".join(words)
    mentions, position = [], 0
    for word in words:
        if word[0].isupper():
            mentions.append(Mention(position, position + len(word), word, word, "person", None, origin="pattern"))
        position += len(word) + 1
    resolved, entities = resolve_mentions(text, mentions, load_language("en"), domain)
    assert all(text[m.start:m.end] == m.text for m in resolved)
    assert {m.name for m in resolved} == {e.name for e in entities}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ren Xiaoyu (任晓宇), who oversees books at Douyin, spoke.",
     [("Ren Xiaoyu", "Ren Xiaoyu"), ("任晓宇", "Ren Xiaoyu")]),
    # A one-word name in front of a Chinese name is a company's.
    ("Tmall (天猫) grew.", []),
])
def test_a_name_with_its_chinese_name_in_brackets_is_a_person(domain, text, expected) -> None:
    assert _names(text, [], domain) == expected
