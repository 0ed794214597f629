"""A lone owner noun, maybe inflected, names nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.recognise.common_words import all_common, lone_owner_noun, lower_case_words, names_none

_NOUNS = frozenset({"museum", "verein", "gruppe", "haus", "konzern"})


@pytest.mark.parametrize(("name", "expected"), [
    ("Museums", True), ("Vereins", True), ("Gruppe", True), ("Hauses", True), ("Konzerns", True),
    # a name of two words, or another word, is a name
    ("Museum Ludwig", False), ("Ludwig", False),
    # too short a stem once cut ("Hau"): no noun
    ("Haut", False),
])
def test_a_lone_owner_noun_maybe_inflected(name, expected) -> None:
    assert lone_owner_noun(name, _NOUNS) is expected


@pytest.mark.parametrize(("name", "person", "expected"), [
    ("Data Science", True, True),     # a person's name of common words: none
    ("Museums", False, True),         # an organization's that is a lone owner noun: none
    ("Data Science", False, False),   # an organization's name of common words stays (a rule decided it)
    ("Anna Berger", True, False),
])
def test_names_none(name, person, expected) -> None:
    assert names_none(name, person, frozenset({"data", "science"}), _NOUNS) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Smart Terme", True),
    # a word with a capital after its first letter is written as no common word is, however short
    ("QC Terme", False), ("Terme McKay", False),
])
def test_a_name_of_common_words_only(name, expected) -> None:
    assert all_common(name, frozenset({"smart", "terme"})) is expected


@given(st.text(alphabet=st.sampled_from([*"abcAé Éz9_'’-.,\n\t", "\u00a0", "\u0301", "\u00b2", "\u00bd", "\u2163",
                                         "\u0130", "\u02b0", "\u01c5", "\u4e2d", "\u0663", "\U0001d41a"]), max_size=60))
def test_lower_case_words_are_the_letter_runs_that_open_in_lower_case(text: str) -> None:
    """Read token by token, the words are those of the definition: every run of three letters or more
    (no digit, no underscore), kept when its first letter is lower case; marks, superscript digits,
    fractions, Roman numerals and spaces of every kind among them."""
    runs = re.findall(r"[^\W\d_]{3,}", text)
    assert lower_case_words.__wrapped__(text) == frozenset(w for w in runs if w[0].islower())


@pytest.mark.parametrize(("text", "words"), [
    ("The market, it said, grew 5%.", {"market", "said", "grew"}),
    ("l'azienda e dell’anno", {"azienda", "dell", "anno"}),
    ("Nike and adidas2024 in 2024年", {"and", "adidas"}),
])
def test_lower_case_words(text: str, words: set[str]) -> None:
    assert lower_case_words.__wrapped__(text) == frozenset(words)
