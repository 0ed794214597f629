"""Bare figures, and the sums among them whose currency is left unsaid."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

pytestmark = pytest.mark.usefixtures("without_spacy")


@pytest.mark.parametrize(("lang", "text", "value", "currency"), [
    # a part of a sum, its currency not repeated
    ("pt", "A Vista Alegre faturou 128 milhões de euros em 2023, dos quais cerca de 3,5 milhões na Grande China.",
     3_500_000, "EUR"),
    ("en", "Burberry had sales of £2.9 billion last year, of which about 700 million in mainland China.",
     700_000_000, "GBP"),
    # a money word names a sum of a scale word, the currency left unsaid
    ("es", "Puig obtuvo unos ingresos globales de 2.290 millones en el periodo.", 2_290_000_000, None),
    ("it", "Il gruppo Zegna ha registrato ricavi per 1.900 milioni nel 2023.", 1_900_000_000, None),
])
def test_a_sum_whose_currency_is_left_unsaid_is_read(extract_text, lang, text, value, currency) -> None:
    found = [(f.kind, f.value, f.currency) for f in extract_text(lang, text, "2024-06-01").facts
             if isinstance(f, Metric)]
    assert ("sales", value, currency) in found


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a word of its own names the count, before it (Chinese) or after it
    ("zh", "布鲁可去年营收22.4亿元，其抖音官方账号粉丝数已逾500万。", 5_000_000),
    ("en", "Burberry had sales of £2.9 billion and 3 million followers on Weibo.", 3_000_000),
    # a selling word that counts units too: a count
    ("en", "Xiaomi sold 3 million in the quarter.", 3_000_000),
])
def test_a_count_named_as_one_stays_a_count(extract_text, lang, text, value) -> None:
    found = [(f.kind, f.currency) for f in extract_text(lang, text, "2024-06-01").facts
             if isinstance(f, Metric) and f.value == value]
    assert all(currency is None for _, currency in found)
