"""Two cue classes of the partnership lexicons, in the seven languages: a shareholder named as such
(``partnerships.kinds.stake``: "largest shareholder", "Mehrheitseigner", "大股东") and a payment platform
an organization accepts (``partnerships.presence``: "accepts Alipay", "acepta Alipay", "受理支付宝"), which
a negation of it ("does not accept", "no acepta") leaves out."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text, parties): a shareholder stated by its noun.
SHAREHOLDERS: list[tuple[str, str, set[str]]] = [
    ('en', 'Tencent is the largest shareholder of Huya.', {'Tencent', 'Huya'}),
    ('it', 'Tencent è il primo azionista di Huya.', {'Tencent', 'Huya'}),
    ('fr', "Tencent est l'actionnaire majoritaire de Huya.", {'Tencent', 'Huya'}),
    ('de', 'Tencent ist Mehrheitseigner von Huya.', {'Tencent', 'Huya'}),
    ('de', 'Der VfB Stuttgart hat mit Mercedes-Benz einen Anteilseigner aus der Region.',
     {'VfB Stuttgart', 'Mercedes-Benz'}),
    ('es', 'Tencent es el accionista mayoritario de Huya.', {'Tencent', 'Huya'}),
    ('pt', 'A Tencent é a acionista de referência da Huya.', {'Tencent', 'Huya'}),
    ('zh', '腾讯是虎牙的第一大股东。', {'Tencent', 'Huya'}),
]

#: (language, text, parties): an organization that accepts a payment platform.
ACCEPTS: list[tuple[str, str, set[str]]] = [
    ('en', 'The Louvre now accepts Alipay at its ticket desks.', {'Louvre', 'Alipay'}),
    ('it', 'Il Museo Egizio accetta Alipay nelle sue biglietterie.', {'Museo Egizio', 'Alipay'}),
    ('fr', 'Le Louvre accepte Alipay à ses guichets.', {'Louvre', 'Alipay'}),
    ('de', 'Das Kunsthistorische Museum akzeptiert Alipay an seinen Kassen.', {'Kunsthistorisches Museum', 'Alipay'}),
    ('es', 'El Museo del Prado acepta Alipay en sus taquillas.', {'Museo del Prado', 'Alipay'}),
    ('pt', 'O Museu Calouste Gulbenkian aceita Alipay nas suas bilheteiras.', {'Museu Calouste Gulbenkian', 'Alipay'}),
    ('zh', '卢浮宫受理支付宝付款。', {'Louvre', 'Alipay'}),
]

#: (language, text): a payment platform an organization does not accept.
REFUSES: list[tuple[str, str]] = [
    ('en', 'The Louvre does not accept Alipay.'),
    ('it', 'Il Museo Egizio non accetta Alipay.'),
    ('fr', "Le Louvre n'accepte pas Alipay."),
    ('de', 'Das Kunsthistorische Museum akzeptiert kein Alipay.'),
    ('es', 'El Museo del Prado no acepta Alipay.'),
    ('pt', 'O Museu Calouste Gulbenkian não aceita Alipay.'),
    ('zh', '卢浮宫不受理支付宝付款。'),
]


def _pairs(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "parties"), SHAREHOLDERS)
def test_a_shareholder_is_a_stake(extract_text, lang: str, text: str, parties: set[str]) -> None:
    found = [f for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert [set(f.parties) for f in found] == [parties]
    assert found[0].kind == "stake"


@pytest.mark.parametrize(("lang", "text", "parties"), ACCEPTS)
def test_an_accepted_payment_platform_is_a_partner(extract_text, lang: str, text: str, parties: set[str]) -> None:
    assert _pairs(extract_text, lang, text) == [parties]


@pytest.mark.parametrize(("lang", "text"), REFUSES)
def test_a_refused_payment_platform_is_none(extract_text, lang: str, text: str) -> None:
    assert _pairs(extract_text, lang, text) == []
