"""Cues split in two: a German separable verb names its figure's kind by the particle at the clause end."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.separable_cues import separable_cues, split_cues_in


@pytest.mark.parametrize(("text", "kinds"), [
    ("Deckers setzte im Geschäftsjahr 4,29 Milliarden US-Dollar um.", ["sales"]),
    ("Beim Finale schalteten fast eine halbe Million Zuschauer ein, so Douyu.", ["viewers"]),
    # the particle must close the clause: "um 5 Prozent" is a preposition
    ("Puma setzte auf China und wuchs um 5 Prozent.", []),
    # a clause break parts the verb from the particle
    ("Puma setzte, wie erwartet, auf China; der Umsatz stieg um.", []),
    # a scale's abbreviation and an aside in brackets are no clause break; a conjunction after the
    # particle opens the next clause
    ("dm setzte im Geschäftsjahr 2022/23 (30. September) 15,5 Mrd. Euro um und beschäftigt 90.000 Menschen.",
     ["sales"]),
    ("Die Marke nahm im Vorjahr 2,5 Mio. Euro ein.", ["sales"]),
    # a preposition "um" before its figure is still no cue, a conjunction later in the clause or not
    ("Puma setzte auf China und wuchs um 5 Prozent und mehr.", []),
])
def test_a_verb_and_its_particle_at_the_clause_end_make_a_cue(text: str, kinds: list[str]) -> None:
    assert [kind for *_, kind in split_cues_in(text, 0, separable_cues(load_language("de")))] == kinds


@pytest.mark.parametrize("lang", ["en", "es", "fr", "it", "pt", "zh"])
def test_languages_without_separable_verbs_list_none(lang: str) -> None:
    assert separable_cues(load_language(lang)) is None


def test_a_separable_sales_verb_makes_a_sales_figure(extract_text) -> None:
    extraction = extract_text("de", "Deckers setzte im Geschäftsjahr 4,29 Milliarden US-Dollar um.", "2024-05-30")
    assert [(f.subject, f.kind, f.value) for f in extraction.facts if isinstance(f, Metric)] == \
        [("Deckers", "sales", 4_290_000_000)]
