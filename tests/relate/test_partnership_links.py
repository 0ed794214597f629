"""A contract that bound two parties: the pair its verb joins, whatever other names stand around."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Cet accord succède au contrat qui liait la LFP à PP Sports, la plateforme du groupe chinois Suning.",
     {"Ligue 1", "PPTV"}),
    ("it", "Il nuovo accordo sostituisce il contratto che legava la Lega Serie A a PPTV, la piattaforma di Suning.",
     {"Serie A", "PPTV"}),
    ("es", "El acuerdo sustituye al contrato que unía a LaLiga con PPTV, la plataforma del grupo Suning.",
     {"LaLiga", "PPTV"}),
    ("pt", "O acordo substitui o contrato que ligava a Liga Portugal à PPTV, a plataforma do grupo Suning.",
     {"Liga Portugal", "PPTV"}),
])
def test_a_binding_verb_pairs_the_two_names_it_joins(extract_text, lang, text, expected):
    found = _parties(extract_text, lang, text)
    assert expected in found
    assert {"Suning", "PPTV"} not in found
