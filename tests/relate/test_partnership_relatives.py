"""The subject of a cue a relative clause holds: the name before the clause, not the sentence's first."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An apposition between the name and the relative pronoun, or none.
    ("en", "The move by Burberry follows Atout France, the French tourism agency, which last year opened a "
           "flagship store on Tmall.", [{"Atout France", "Tmall"}]),
    ("en", "The move by Burberry follows Atout France, which last year opened a flagship store on Tmall.",
     [{"Atout France", "Tmall"}]),
    ("pt", "A decisão da Natura segue a da AICEP, a agência de comércio externo, que em março abriu uma loja "
           "oficial no Tmall.", [{"AICEP", "Tmall"}]),
    ("it", "La mossa di Gucci segue quella di ENIT, l'agenzia nazionale del turismo, che l'anno scorso ha "
           "firmato un accordo con Fliggy.", [{"ENIT", "Fliggy"}]),
    ("es", "El paso de Loewe sigue al de Turespaña, el organismo de promoción turística, que el año pasado "
           "firmó un acuerdo con Fliggy.", [{"Turespaña", "Fliggy"}]),
    ("fr", "Cette décision de Dior suit celle d'Atout France, l'agence de développement touristique, qui a "
           "signé un accord avec Fliggy.", [{"Atout France", "Fliggy"}]),
    # A relative clause that says the name is not on the platform yet: no store, no deal.
    ("pt", "A Natura tem 20 mil seguidores e a Granado, que ainda não está no Tmall, prepara a estreia.", []),
])
def test_relative_clause_subject(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected
