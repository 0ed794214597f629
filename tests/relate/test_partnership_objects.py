"""The last resort of the partnership rules: the sentence's subject with each partner the cue's preposition names."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A verb of saying between the subject and the cue; an owner in apposition is no partner; a second
    # partner introduced again by a conjunction and the preposition.
    ("pt", "A Keeta informou ainda que fechou parceria com o Alipay+, da Ant International, para aceitar "
           "carteiras digitais de turistas, e com o banco digital Nubank para pagamentos via Pix.",
     [{"Keeta", "Alipay+"}, {"Keeta", "Nubank"}]),
    ("en", "Keeta said it had signed a partnership with Alipay+, of Ant International, to accept digital "
           "wallets, and with the digital bank Nubank for payments.",
     [{"Keeta", "Alipay+"}, {"Keeta", "Nubank"}]),
    ("es", "Keeta informó además de que cerró una alianza con Alipay+, de Ant International, para aceptar "
           "billeteras digitales, y con el banco digital Nubank para pagos.",
     [{"Keeta", "Alipay+"}, {"Keeta", "Nubank"}]),
])
def test_subject_and_prepositional_partners(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    found = _parties(extract_text, lang, text)
    assert all(pair in found for pair in expected)
    assert {"Keeta", "Ant International"} not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Arla Foods has been selling on Tmall since 2016 and on JD.com since 2018.",
     [{"Arla Foods", "Tmall"}, {"Arla Foods", "JD.com"}]),
    ("it", "Mutti vende su Tmall dal 2016 e su JD.com dal 2018.", [{"Mutti", "Tmall"}, {"Mutti", "JD.com"}]),
    ("fr", "Lactalis vend sur Tmall depuis 2016 et sur JD.com depuis 2018.",
     [{"Lactalis", "Tmall"}, {"Lactalis", "JD.com"}]),
])
def test_a_platform_a_conjunction_and_its_preposition_add(extract_text, lang: str, text: str,
                                                         expected: list[set[str]]) -> None:
    found = _parties(extract_text, lang, text)
    assert all(any(pair <= parties for parties in found) for pair in expected)
