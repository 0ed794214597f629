"""A lone owner noun, maybe inflected, names nothing."""

from __future__ import annotations

import pytest

from crossreach.recognise.common_words import lone_owner_noun, names_none

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
