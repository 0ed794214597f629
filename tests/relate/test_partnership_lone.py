"""A cue sentence whose one name is the cue's object pairs it with what the document is about."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text, pairs): the sentence after the headline names one partner, after the cue or after a
#: partner preposition before it, and leaves the document's subject out.
LONE: list[tuple[str, str, list[set[str]]]] = [
    ("en", "Gucci grows in China\n\nGucci's sales rose by a fifth last year. A licensing agreement with Prada "
     "ended in March.", [{"Gucci", "Prada"}]),
    ("fr", "Gucci grandit en Chine\n\nLes ventes de Gucci ont progresse d'un cinquieme. L'accord met fin au "
     "contrat de Prada, qui distribuait la marque depuis 2016.", [{"Gucci", "Prada"}]),
    ("it", "Gucci cresce in Cina\n\nLe vendite di Gucci sono salite di un quinto. L'accordo con Prada, in vigore "
     "dal 2021, e stato rinnovato a ottobre.", [{"Gucci", "Prada"}]),
    ("es", "Gucci crece en China\n\nLas ventas de Gucci subieron un quinto. El acuerdo con Prada termino en marzo.",
     [{"Gucci", "Prada"}]),
    ("pt", "Gucci cresce na China\n\nAs vendas da Gucci subiram um quinto. O acordo com a Prada terminou em "
     "marco.", [{"Gucci", "Prada"}]),
    ("de", "Zwilling wachst in China\n\nZwilling steigerte den Umsatz um ein Funftel. Die Zusammenarbeit mit Prada "
     "endete 2023.", [{"Prada", "Zwilling"}]),
    ("zh", "\u53e4\u9a70\u5728\u4e2d\u56fd\u589e\u957f\n\n\u53e4\u9a70\u53bb\u5e74\u9500\u552e\u989d\u589e\u957f"
     "\u4e94\u5206\u4e4b\u4e00\u3002\u6b64\u524d\u4e0e\u666e\u62c9\u8fbe\u7684\u5408\u4f5c\u5df2\u4e8e\u53bb\u5e74"
     "\u5230\u671f\u3002", [{"Gucci", "Prada"}]),
    # the name before the cue is the clause's subject: its own deal, no partner of the document's subject
    ("en", "Gucci grows in China\n\nGucci's sales rose by a fifth last year. Prada signed a licensing agreement "
     "in May.", []),
    # a cue opening an aside ("partner of") speaks of what stands before it
    ("en", "Gucci grows in China\n\nGucci's sales rose by a fifth last year. Wang Lei, partner of Prada, said "
     "sales grew.", []),
    # an unread subject (two capitalised words) before the cue has the deal
    ("fr", "Gucci grandit en Chine\n\nLes ventes de Gucci ont progresse d'un cinquieme. Le troisieme larron, le "
     "Paradis Latin, a noue en fevrier un partenariat avec Prada.", []),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), LONE)
def test_a_lone_object_is_the_documents_partner(extract_text, lang: str, text: str,
                                                 pairs: list[set[str]]) -> None:
    found = sorted(sorted(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership))
    assert found == sorted(sorted(p) for p in pairs)
