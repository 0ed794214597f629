"""The two fast scans find the candidates the candidate regex's own ``finditer`` finds."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language, supported_languages
from crossreach.recognise.figure_starts import candidate_matches
from crossreach.recognise.number_rules import number_rules
from joined_words import joined_texts


def _texts(words: list[str], seed: int) -> list[str]:
    """Number words and digits run together in every way a text joins them: spaces, marks, letters
    and digits around them, at the start and the end."""
    joins = ["", " ", "'", ".", ",", "-", "1", "x", "\u00e9", "\u00b2", "_", "\n", "K", "\u017f"]
    return joined_texts(words, joins, seed, 400, ["", " ", *words, *(w.upper() for w in words)])


@pytest.mark.parametrize("code", supported_languages())
def test_candidates_are_those_of_the_candidate_regex(code: str) -> None:
    rules = number_rules(load_language(code))
    words = [*rules.words, *rules.vague, *rules.scales, "1", "12", "1.200", "3,5", "2019", "a", "x"]
    for text in _texts(words, seed=7):
        expected = [(m.span(), m.groupdict()) for m in rules.candidates.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in candidate_matches(text, rules)] == expected, text


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "two million views, 3million and x4", ["two", "3"]),  # (the scale is read after the candidate)
        ("it", "due milioni e mezzo, 1.200 visite", ["due", "mezzo", "1.200"]),
        ("fr", "Trois mille", ["Trois"]),
        ("de", "zwölf2", ["zwölf"]),
    ],
)
def test_candidates_in_text(code: str, text: str, expected: list[str]) -> None:
    rules = number_rules(load_language(code))
    found = [m.group() for m in candidate_matches(text, rules)]
    assert found == [m.group() for m in rules.candidates.finditer(text)]
    assert found == expected


def test_the_fast_scans_are_written_for_spaced_languages_only() -> None:
    assert number_rules(load_language("en")).word_starts is not None
    assert number_rules(load_language("zh")).word_starts is None
