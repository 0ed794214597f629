"""A figure of "the same period" takes the date of the figure of its kind told before it (issue 15, figure
dates): a rival's sales told after the subject's quarter are of that quarter, not of the publication day;
"the same period last year" names a comparison and dates nothing. A case in each of the seven languages.
Texts written for the test, not taken from a corpus."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.same_period import names_the_period

pytestmark = pytest.mark.usefixtures("without_spacy")

#: (language, text, value of the same-period figure, the date it takes). Published 2025-11-10.
SAME_PERIOD: list[tuple[str, str, float, str]] = [
    ("en", "Rodenstock grows on JD.com\n\nIn the third quarter, Rodenstock's sales on JD.com reached 180 million "
           "yuan. EssilorLuxottica had sales of 2.3 billion yuan in the same period.", 2_300_000_000, "2025-09"),
    ("it", "Rodenstock cresce su JD.com\n\nNel terzo trimestre le vendite di Rodenstock su JD.com hanno raggiunto "
           "180 milioni di yuan. EssilorLuxottica ha registrato vendite per 2,3 miliardi di yuan nello stesso "
           "periodo.", 2_300_000_000, "2025-09"),
    ("fr", "Rodenstock grandit sur JD.com\n\nAu troisième trimestre, les ventes de Rodenstock sur JD.com ont atteint "
           "180 millions de yuans. EssilorLuxottica a enregistré des ventes de 2,3 milliards de yuans sur la même "
           "période.", 2_300_000_000, "2025-09"),
    ("de", "Rodenstock wächst auf JD.com\n\nIm dritten Quartal erreichte der Umsatz von Rodenstock auf JD.com 180 "
           "Millionen Yuan. EssilorLuxottica kam im selben Zeitraum auf einen Umsatz von 2,3 Milliarden Yuan.",
     2_300_000_000, "2025-09"),
    ("es", "Rodenstock crece en JD.com\n\nEn el tercer trimestre, las ventas de Rodenstock en JD.com alcanzaron "
           "180 millones de yuanes. EssilorLuxottica registró ventas de 2.300 millones de yuanes en el mismo "
           "periodo.", 2_300_000_000, "2025-09"),
    ("pt", "Rodenstock cresce no JD.com\n\nNo terceiro trimestre, as vendas da Rodenstock no JD.com chegaram a 180 "
           "milhões de yuans. A EssilorLuxottica registrou vendas de 2,3 bilhões de yuans no mesmo período.",
     2_300_000_000, "2025-09"),
    ("zh", "罗敦司得京东销量增长\n\n第三季度，罗敦司得在京东的销售额达到1.8亿元。"
           "同一时期，依视路陆逊梯卡的销售额约为23亿元。",
     2_300_000_000, "2025-09"),
]

#: (language, sentence, whether it names the period told before): the same period of an earlier year
#: is a comparison ("the same period last year", "去年同期"), not the period.
NAMES: list[tuple[str, str, bool]] = [
    ("en", "Its sales were 120 million yuan in the same period last year.", False),
    ("en", "Rivals sold less over the same three months.", True),
    ("it", "Nello stesso periodo dell'anno scorso le vendite erano 120 milioni.", False),
    ("fr", "Sur la même période de l'an dernier, les ventes étaient de 120 millions.", False),
    ("de", "Im selben Zeitraum des Vorjahres lag der Umsatz bei 120 Millionen Yuan.", False),
    ("de", "Adidas setzte im selben Quartal 1,1 Milliarden Yuan um.", True),
    ("es", "En el mismo periodo del año anterior, las ventas fueron de 120 millones.", False),
    ("pt", "No mesmo período do ano passado, as vendas foram de 120 milhões.", False),
    ("zh", "去年同一时期，其销售额为1.2亿元。", False),
    ("zh", "同一时期，依视路的销售额约为23亿元。", True),
]


def _metric(extract_text, lang: str, text: str, value: float) -> Metric:
    metrics = [f for f in extract_text(lang, text, "2025-11-10").facts if isinstance(f, Metric)]
    found = [m for m in metrics if m.value is not None and abs(m.value - value) <= value * 0.005]
    assert found, metrics
    return found[0]


@pytest.mark.parametrize(("lang", "text", "value", "date"), SAME_PERIOD)
def test_a_same_period_figure_takes_the_period_told_before(extract_text, lang, text, value, date) -> None:
    assert _metric(extract_text, lang, text, value).date == date


def test_every_language_has_a_case() -> None:
    assert {case[0] for case in SAME_PERIOD} == {"en", "it", "fr", "de", "es", "pt", "zh"}


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_the_same_period_of_an_earlier_year_is_not_that_period(lang, text, expected) -> None:
    assert names_the_period(lang, text) is expected
