"""A cue sentence that opens with an article and a company noun has the document's subject as its subject."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text, pairs): the third sentence opens with a noun for what the subject is ("the fashion house")
#: and calls its partner "the platform": the platform of the paragraph is no party.
OPENINGS: list[tuple[str, str, list[set[str]]]] = [
    ("en", "Gucci grows in China\n\nGucci sold 430,000 bags through Alipay last year. The fashion house signed an "
     "agreement with the insurance platform Ping An in 2023.", [{"Gucci", "Ping An"}]),
    ("es", "Gucci crece en China\n\nGucci vendio 430.000 bolsos a traves de Alipay en 2025. La casa de moda, "
     "con sede en Florencia, firmo en 2023 un acuerdo con la plataforma de seguros Ping An.",
     [{"Gucci", "Ping An"}]),
    ("fr", "Gucci grandit en Chine\n\nGucci a vendu 430 000 sacs via Alipay en 2025. La maison de couture a signe "
     "en 2023 un accord avec la plateforme Ping An.", [{"Gucci", "Ping An"}]),
    ("pt", "Gucci cresce na China\n\nA Gucci vendeu 430 mil bolsas pelo Alipay em 2025. A grife fechou "
     "em 2023 um acordo com a plataforma Ping An.", [{"Gucci", "Ping An"}]),
    ("it", "Gucci cresce in Cina\n\nGucci ha venduto 430.000 borse tramite Alipay nel 2025. La casa di moda "
     "ha firmato nel 2023 un accordo con la piattaforma Ping An.", [{"Gucci", "Ping An"}]),
    ("de", "Gucci wachst in China\n\nGucci verkaufte 2025 uber Alipay 430.000 Taschen. Der Hersteller unterzeichnete "
     "2023 eine Vereinbarung mit der Plattform Ping An.", [{"Gucci", "Ping An"}]),
    ("zh", "\u53e4\u9a70\u5728\u4e2d\u56fd\u589e\u957f\n\n\u53e4\u9a70\u53bb\u5e74\u901a\u8fc7\u652f\u4ed8\u5b9d"
     "\u552e\u51fa43\u4e07\u53ea\u5305\u3002\u8be5\u96c6\u56e2\u4e8e2023\u5e74\u4e0e\u5e73\u53f0\u4e2d\u56fd\u5e73"
     "\u5b89\u7b7e\u7f72\u534f\u8bae\u3002", [{"Alipay", "Gucci"}, {"Gucci", "Ping An"}]),  # (a sales channel)
    # a name right after the noun is the sentence's own subject
    ("en", "Gucci grows in China\n\nGucci sold 430,000 bags through Alipay last year. The fashion house Prada "
     "signed an agreement with the platform Ping An in 2023.", [{"Ping An", "Prada"}]),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), OPENINGS)
def test_a_company_noun_opening_is_the_documents_subject(extract_text, lang: str, text: str,
                                                         pairs: list[set[str]]) -> None:
    found = sorted(sorted(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership))
    assert found == sorted(sorted(p) for p in pairs)
