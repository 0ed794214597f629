"""A deal whose subject is an anaphor set off from the names of an aside or an opening phrase ("Il club,
controllato dal gruppo Giorgio Armani, aveva già un accordo con Tencent Sports")."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text): the club the headline names, then an anaphor for it whose aside names its owner; the
#: deal is the club's, not the owner's.
ASIDES: list[tuple[str, str]] = [
    ("en", "Olimpia Milano signs with Migu\n\nOlimpia Milano signed with Migu on Monday. "
           "The club, controlled by the Giorgio Armani group, already had an agreement with Tencent Sports."),
    ("it", "Olimpia Milano firma con Migu\n\nOlimpia Milano ha firmato con Migu lunedì. "
           "Il club, controllato dal gruppo Giorgio Armani, aveva già un accordo con Tencent Sports."),
    ("fr", "Olimpia Milano signe avec Migu\n\nOlimpia Milano a signé avec Migu lundi. "
           "Le club, contrôlé par le groupe Giorgio Armani, avait déjà un accord avec Tencent Sports."),
    ("de", "Olimpia Milano unterschreibt bei Migu\n\nOlimpia Milano hat am Montag mit Migu unterschrieben. "
           "Der Verein, kontrolliert von der Gruppe Giorgio Armani, hatte bereits einen Vertrag mit Tencent Sports."),
    ("es", "Olimpia Milano firma con Migu\n\nOlimpia Milano firmó con Migu el lunes. "
           "El club, controlado por el grupo Giorgio Armani, ya tenía un acuerdo con Tencent Sports."),
    ("pt", "Olimpia Milano assina com a Migu\n\nO Olimpia Milano assinou com a Migu na segunda-feira. "
           "O clube, controlado pelo grupo Giorgio Armani, já tinha um acordo com a Tencent Sports."),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES)
def test_the_anaphor_is_the_subject_not_the_aside(extract_text, lang: str, text: str) -> None:
    found = {frozenset(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)}
    assert frozenset({"Olimpia Milano", "Tencent Sports"}) in found
    assert not any("Tencent Sports" in p and "Olimpia Milano" not in p for p in found)  # not the owner's


def test_a_genitive_anaphor_opens_no_subject(extract_text) -> None:
    """"Le partite del campionato sono trasmesse da Migu": "del campionato" is no subject set off."""
    text = ("Serie A, accordo con Migu\n\nLa Serie A ha firmato con Migu. Le partite del campionato sono "
            "trasmesse in Cina da Migu dopo la fine del contratto con PPTV.")
    found = {frozenset(f.parties) for f in extract_text("it", text).facts if isinstance(f, Partnership)}
    assert frozenset({"Serie A", "Migu"}) in found


#: (language, sentence): a name opens the sentence, an aside names its parent, the cue follows: the deal is
#: the opening name's, not the parent's of the aside.
NAMED_BEFORE_AN_ASIDE: list[tuple[str, str]] = [
    ("en", "Mercado Pago, the payments arm of Mercado Libre, signed an agreement with WeChat Pay in January."),
    ("it", "Mercado Pago, il braccio finanziario di Mercado Libre, ha firmato a gennaio un accordo con WeChat Pay."),
    ("fr", "Mercado Pago, la filiale de paiement de Mercado Libre, a signé en janvier un accord avec WeChat Pay."),
    ("de", "Mercado Pago, die Zahlungstochter von Mercado Libre, hat im Januar einen Vertrag mit WeChat Pay "
           "unterzeichnet."),
    ("es", "Mercado Pago, el brazo financiero de Mercado Libre, firmó en enero un acuerdo con WeChat Pay."),
    ("pt", "O Mercado Pago, braço financeiro do Mercado Livre, fechou em janeiro um acordo com o WeChat Pay."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_BEFORE_AN_ASIDE)
def test_the_opening_name_is_the_subject_not_the_aside(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert found == [{"Mercado Pago", "WeChat Pay"}]
