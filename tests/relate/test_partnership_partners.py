"""A cue whose partner is an unnamed noun phrase does not take the document's subject as the partner."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text, pairs): a headline about Gucci, then a deal of another company with someone unnamed, or
#: with a description that may refer back ("the brand"), or with a name.
PARTNERS: list[tuple[str, str, list[set[str]]]] = [
    ("en", "Gucci in China\n\nGucci's sales rose. Tencent also signed a deal with a local startup.", []),
    ("en", "Gucci in China\n\nGucci's sales rose. Douyin has signed agreements with more than 100 museums.", []),
    ("en", "Gucci in China\n\nGucci's sales rose. JD.com signed a partnership with a French wine cooperative.", []),
    ("it", "Gucci in Cina\n\nLe vendite di Gucci sono cresciute. Tencent ha firmato un accordo con una startup locale.",
     []),
    ("fr", "Gucci en Chine\n\nLes ventes de Gucci progressent. Tencent a signé un accord avec une start-up locale.",
     []),
    ("de", "Gucci in China\n\nDer Umsatz von Gucci stieg. Tencent unterzeichnete einen Vertrag mit einem lokalen "
     "Start-up.", []),
    ("es", "Gucci en China\n\nLas ventas de Gucci crecieron. Tencent firmó un acuerdo con una startup local.", []),
    ("pt", "A Gucci na China\n\nAs vendas da Gucci cresceram. A Tencent assinou um acordo com uma startup local.", []),
    ("zh", "古驰在中国\n\n古驰的销售额增长了20%。腾讯与一家本地初创公司签署了协议。", []),
    # the partner refers back, or is named
    ("en", "Gucci in China\n\nGucci's sales rose. Tencent signed a deal with the brand in May.",
     [{"Gucci", "Tencent"}]),
    ("en", "Gucci in China\n\nGucci's sales rose. Tencent signed a deal with the NBA.", [{"NBA", "Tencent"}]),
    ("it", "Gucci in Cina\n\nLe vendite di Gucci sono cresciute. Tencent ha firmato un accordo con la maison.",
     [{"Gucci", "Tencent"}]),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), PARTNERS)
def test_an_unnamed_partner_is_not_the_documents_subject(extract_text, lang: str, text: str,
                                                        pairs: list[set[str]]) -> None:
    found = sorted(sorted(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership))
    assert found == sorted(sorted(p) for p in pairs)


@pytest.mark.parametrize(("lang", "text", "pairs"), [
    # Two brands before a cue its preposition ends, with an unnamed group after it: no partners of each other.
    ("de", "Auch der Modellbahnhersteller Märklin und der Schreibgerätehersteller Stabilo hatten im Herbst "
           "gemeinsam mit weiteren Marken aus dem Südwesten Shops auf Tmall Global eröffnet.",
     [{"Märklin", "Tmall Global"}, {"Stabilo", "Tmall Global"}]),
    ("en", "Gucci and Prada teamed up with several Italian retailers last year.", []),
    # named after the preposition: the deal's parties
    ("en", "Gucci and Prada teamed up with Tmall last year.", [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
])
def test_names_before_a_cue_with_an_unnamed_partner_are_no_pair(extract_text, lang: str, text: str,
                                                               pairs: list[set[str]]) -> None:
    found = sorted(sorted(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership))
    assert found == sorted(sorted(p) for p in pairs)
