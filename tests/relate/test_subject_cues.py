"""A count cue opening its clause names the count a verb of reaching brings it to, out of the usual reach."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

pytestmark = pytest.mark.usefixtures("without_spacy")


def _metrics(extract_text, lang: str, text: str) -> list[Metric]:
    return [f for f in extract_text(lang, text, "2024-03-01").facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), [
    ("en", "Visitor numbers at the British Museum reached 5.8 million last year.", "visitors", 5_800_000),
    ("en", "Views of the Gucci show on Douyin topped 3 million on the first day.", "views", 3_000_000),
    ("it", "Le visualizzazioni del video di Gucci hanno superato quota 3 milioni.", "views", 3_000_000),
    ("fr", "Le nombre de visiteurs du British Museum a atteint 5,8 millions l'an dernier.", "visitors", 5_800_000),
    ("es", "El número de visitantes del British Museum llegó a 5,8 millones el año pasado.", "visitors", 5_800_000),
    ("pt", "A audiência da transmissão da Juventus chegou a 2 milhões.", "viewers", 2_000_000),
])
def test_a_verb_of_reaching_links_the_count_to_the_cue_opening_its_clause(extract_text, lang, text, kind,
                                                                         value) -> None:
    assert [(m.kind, m.value) for m in _metrics(extract_text, lang, text)] == [(kind, value)]


@pytest.mark.parametrize(("lang", "text"), [
    # the count names what it counts: households are no views
    ("en", "Views of the Gucci show on Douyin in the first week reached 3 million households."),
    # a clause break between the cue and the verb
    ("en", "Views of the Gucci show on Douyin were high; the brand's shop on Tmall then reached 300,000."),
])
def test_no_kind_is_carried_over_a_noun_or_a_clause_break(extract_text, lang, text) -> None:
    assert not _metrics(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the staff word opens the second clause: it names the figure its verb reaches, not the sum before it
    ("es", "La facturación de Prada ascendió a 215 millones y la plantilla alcanza las 1.300 personas.",
     [("sales", 215_000_000), ("employees", 1_300)]),
    ("en", "Revenue at Prada came to 215 million and the workforce reached 1,300 people.",
     [("sales", 215_000_000), ("employees", 1_300)]),
    # a cue closing the clause before the verb's ("2.700 vídeos de participantes y sumó") is that clause's
    ("es", "El concurso de Prada en Bilibili recibió 2.700 vídeos de participantes y sumó 38 millones de "
           "reproducciones.", [("participants", 2_700), ("views", 38_000_000)]),
])
def test_a_cue_opening_a_clause_names_the_figure_its_verb_reaches(extract_text, lang, text, expected) -> None:
    assert sorted((m.kind, m.value) for m in _metrics(extract_text, lang, text)) == sorted(expected)
