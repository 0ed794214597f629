"""One owner a figure: the statements of one figure in a document share the surest owner."""

from __future__ import annotations

import pytest

from crossreach.models import Evidence, Metric
from crossreach.relate.restatements import one_owner_a_figure


def _metric(subject: str, value: float, confidence: float, kind: str = "followers", start: int = 0) -> Metric:
    return Metric(subject=subject, kind=kind, value=value, evidence=Evidence(start, start + 5, start, start + 5, "x"),
                  confidence=confidence)


CASES = [
    # the headline's owner is less sure than the body's: the body's owns both statements
    ([("Juventus", 11_400_000, 0.7), ("Inter", 11_400_000, 0.9)], ["Inter", "Inter"]),
    # three significant digits make one figure ("3.1 Mio." and "3.100.000")
    ([("Timo Boll", 3_100_000, 0.9), ("Borussia", 3_104_000, 0.7)], ["Timo Boll", "Timo Boll"]),
    # different figures keep their owners
    ([("Gucci", 3_000_000, 0.6), ("Prada", 1_200_000, 0.9)], ["Gucci", "Prada"]),
]


@pytest.mark.parametrize(("statements", "owners"), CASES)
def test_statements_of_one_figure_share_the_surest_owner(statements, owners) -> None:
    facts = [_metric(s, v, c, start=10 * i) for i, (s, v, c) in enumerate(statements)]
    assert [f.subject for f in one_owner_a_figure(facts)] == owners


def test_equal_figures_of_one_sentence_keep_their_owners() -> None:
    facts = [_metric("Gucci", 1_000_000, 0.6), _metric("Prada", 1_000_000, 0.9)]  # both in the sentence at 0
    assert [f.subject for f in one_owner_a_figure(facts)] == ["Gucci", "Prada"]


def test_a_figure_of_another_kind_is_another_figure() -> None:
    facts = [_metric("Gucci", 2_000_000, 0.6, "views"), _metric("Prada", 2_000_000, 0.9, "followers", 10)]
    assert [f.subject for f in one_owner_a_figure(facts)] == ["Gucci", "Prada"]


def test_a_restated_figure_keeps_its_own_evidence_and_the_lower_confidence() -> None:
    first, second = _metric("Juventus", 11_400_000, 0.7), _metric("Inter", 11_400_000, 0.9, start=40)
    moved = one_owner_a_figure([first, second])[0]
    assert (moved.evidence, moved.confidence) == (first.evidence, 0.7)


@pytest.mark.parametrize(("lang", "text", "kept"), [
    # in brackets, or after a comma and one word
    ("pt", "A Burberry vendeu 41 milhões de yuan (cerca de 5,2 milhões de euros) no Tmall.", [(41_000_000, "CNY")]),
    ("zh", "耐克在中国的营收为75亿美元，约合530亿元。", [(7_500_000_000, "USD")]),
    # an approximate restatement after a comma and a few words
    ("en", "Nike's revenue in China was $7.5 billion, or about 53 billion yuan at the current exchange rate.",
     [(7_500_000_000, "USD")]),
    ("fr", "Le chiffre d'affaires de Dior en Chine a atteint 10 millions d'euros, soit environ 78 millions de yuans.",
     [(10_000_000, "EUR")]),
    # an exact sum after a few words is another figure
    ("en", "Nike's revenue was $7.5 billion, while Anta's revenue reached 62 billion yuan.",
     [(7_500_000_000, "USD"), (62_000_000_000, "CNY")]),
    # a restatement word of the language, a little farther from the sum
    ("pt", "As vendas da Natura no Tmall somaram 500 milhões de yuans, o equivalente a cerca de R$ 350 milhões.",
     [(500_000_000, "CNY")]),
    ("es", "Loewe vendió 500 millones de yuanes en Tmall, equivalentes a unos 64 millones de euros.",
     [(500_000_000, "CNY")]),
    ("it", "Gucci ha venduto su Tmall per 500 milioni di yuan, pari a circa 64 milioni di euro.",
     [(500_000_000, "CNY")]),
    ("de", "Der Umsatz von Adidas auf Tmall erreichte 500 Millionen Yuan, umgerechnet rund 64 Millionen Euro.",
     [(500_000_000, "CNY")]),
])
def test_a_sum_restated_in_another_currency_is_one_figure(extract_text, lang, text, kept) -> None:
    extraction = extract_text(lang, text)
    assert [(m.value, m.currency) for m in extraction.facts if isinstance(m, Metric)] == kept
