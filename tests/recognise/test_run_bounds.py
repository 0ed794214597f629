"""Where a capitalised run ends as one name: conjunctions inside institutions' names, and an employer
run into its employee's name."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.entity_rules import entity_rules
from crossreach.recognise.run_bounds import name_ends, person_after_employer


@pytest.mark.parametrize(("lang", "connector", "words", "expected"), [
    # Two capitalised words, then a conjunction: the name is closed ("Shenghe Research and ...").
    ("en", "and", ["Shenghe", "Research"], True),
    ("en", "and", ["Tate"], False),
    # An organization word and a genitive opened the name: the conjunction joins its field's nouns.
    ("pt", "e", ["Associação", "Brasileira", "de", "Bares"], False),
    ("es", "y", ["Ministerio", "de", "Cultura"], False),
    # Without a genitive after the organization word, two names are listed.
    ("pt", "e", ["Associação", "Brasileira"], True),
    # A connector that is no conjunction never closes a name.
    ("pt", "de", ["Associação", "Brasileira"], False),
])
def test_a_conjunction_closes_or_joins_a_name(lang: str, connector: str, words: list[str], expected: bool) -> None:
    assert name_ends(connector, words, 0, entity_rules(load_language(lang)), set()) is expected


@pytest.mark.parametrize(("lang", "text", "run", "expected"), [
    # A title phrase names the employer; the run ends with a common given name and a family name.
    ("it", "ma l'analista di Equita Stefano Rinaldi ritiene", "Equita Stefano Rinaldi", (1, "analista")),
    ("es", "Según la analista de Bernstein Elena Cortázar, el frasco", "Bernstein Elena Cortázar", (1, "analista")),
    # No title phrase before the run: one name ("Fondazione Giorgio Cini").
    ("it", "la mostra alla Fondazione Giorgio Cini di Venezia", "Fondazione Giorgio Cini", (3, None)),
    # Two words only: no room for both names.
    ("it", "l'analista di Equita Rinaldi ritiene", "Equita Rinaldi", (2, None)),
])
def test_an_employer_run_into_its_employee_is_cut(lang: str, text: str, run: str,
                                                  expected: tuple[int, str | None]) -> None:
    rules = entity_rules(load_language(lang))
    assert person_after_employer(text, text.index(run), run.split(), rules, frozenset()) == expected
