"""Names each introduced by a partner preposition of its own: partners of the document's subject, not of each
other (``relate.partnership_each_object``)."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return sorted((set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)),
                  key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Burberry grows in China.\n\nThe company signed a licensing contract with the Louvre in March and "
           "renewed its partnership with the British Museum.",
     [{"British Museum", "Burberry"}, {"Burberry", "Louvre"}]),
    ("it", "Gucci cresce in Cina.\n\nL'azienda ha firmato un accordo con il Louvre e ha rinnovato la collaborazione "
           "con il British Museum.", [{"British Museum", "Gucci"}, {"Gucci", "Louvre"}]),
    ("fr", "Hermès accélère en Chine.\n\nLa maison a signé un accord avec le Louvre et a renouvelé son partenariat "
           "avec le British Museum.", [{"British Museum", "Hermès"}, {"Hermès", "Louvre"}]),
    ("es", "Loewe crece en China.\n\nLa firma ha firmado un acuerdo con el Louvre y ha renovado su colaboración con "
           "el British Museum.", [{"British Museum", "Loewe"}, {"Loewe", "Louvre"}]),
    # "junto al" (partnerships.partner_prepositions) introduces a partner too.
    ("es", "Loewe crece en China.\n\nLa firma ha abierto una tienda en Shanghái junto al socio local Louvre y ha "
           "firmado un memorando con el British Museum.", [{"British Museum", "Loewe"}, {"Loewe", "Louvre"}]),
    ("pt", "A Gucci cresce na China.\n\nA empresa assinou um contrato com o Louvre e um memorando com o British "
           "Museum.", [{"British Museum", "Gucci"}, {"Gucci", "Louvre"}]),
    ("de", "Adidas wächst in China.\n\nDas Unternehmen hat einen Vertrag mit dem Louvre geschlossen und die "
           "Partnerschaft mit dem British Museum verlängert.", [{"Adidas", "British Museum"}, {"Adidas", "Louvre"}]),
    ("zh", "古驰在中国快速增长。\n\n该公司与卢浮宫签署了协议，并与大英博物馆续签了合作。",
     [{"British Museum", "Gucci"}, {"Gucci", "Louvre"}]),
    # A name in an aside after a partner's comma is no partner of its own.
    ("es", "Loewe crece en China.\n\nLa firma ha firmado un acuerdo con Kuaishou E-commerce, la división de "
           "comercio electrónico de Kuaishou, y ha puesto fin a la relación con el British Museum.",
     [{"British Museum", "Loewe"}, {"Kuaishou E-commerce", "Loewe"}]),
    ("en", "Burberry grows in China.\n\nThe company signed a contract with Tmall Global, the cross-border arm of "
           "Alibaba, and ended its partnership with the British Museum.",
     [{"British Museum", "Burberry"}, {"Burberry", "Tmall Global"}]),
    # The subject named in the sentence: its deals, not the document's subject's.
    ("en", "Burberry grows in China.\n\nTencent signed a contract with the Louvre and renewed its partnership with "
           "the British Museum.", [{"British Museum", "Tencent"}, {"Louvre", "Tencent"}]),
])
def test_each_object_is_a_partner_of_the_subject(extract_text, lang: str, text: str,
                                                 expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected
