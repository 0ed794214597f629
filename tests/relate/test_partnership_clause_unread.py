"""The unread partner a cue's preposition introduces, in a sentence that names other parties too."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, sentence): Gucci signs with a distributor the recogniser does not read, in a sentence that also
#: names the platform the distributor works on (so the sentence names two parties, not one).
GOVERNED: list[tuple[str, str]] = [
    ("en", "Gucci signed a memorandum with Ningbo Qinghe Trading, which runs its store on Tmall."),
    ("it", "Gucci ha firmato un memorandum con Ningbo Qinghe Trading, che gestisce il suo negozio su Tmall."),
    ("fr", "Gucci a signé un protocole d'accord avec Ningbo Qinghe Trading, qui gère sa boutique sur Tmall."),
    ("de", "Gucci hat eine Absichtserklärung mit Ningbo Qinghe Trading unterzeichnet, die auf Tmall verkauft."),
    ("es", "Gucci firmó un memorando con Ningbo Qinghe Trading, que gestiona su tienda en Tmall."),
    ("pt", "A Gucci assinou um memorando com o distribuidor chinês Ningbo Qinghe Trading, que gere a loja no Tmall."),
]


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text"), GOVERNED)
def test_the_unread_name_the_cue_introduces_is_a_partner(extract_text, lang: str, text: str) -> None:
    assert {"Gucci", "Ningbo Qinghe Trading"} in _parties(extract_text, lang, text)


#: (language, sentence): the unread run is not what the cue's preposition introduces (a comma and a clause
#: stand between): no partner read from it.
NOT_GOVERNED: list[tuple[str, str]] = [
    ("en", "Gucci signed a deal with Tmall, as Ningbo Qinghe Trading reported on Monday."),
    ("it", "Gucci ha firmato un accordo con Tmall, come ha riferito Ningbo Qinghe Trading."),
    ("es", "Gucci firmó un acuerdo con Tmall, según Ningbo Qinghe Trading."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_GOVERNED)
def test_a_run_the_cue_does_not_introduce_is_no_partner(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == [{"Gucci", "Tmall"}]
