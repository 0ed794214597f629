"""Counts of a company's outlets are left out; other counts of kind other, and other kinds, stay."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Evidence, Metric
from crossreach.relate.outlet_counts import without_outlet_counts


def _count(label: str | None, kind: str = "other") -> Metric:
    return Metric(subject="Tous", kind=kind, value=600, platform=None, label=label,
                  evidence=Evidence(start=0, end=1, sentence_start=0, sentence_end=1, sentence="x"))


@pytest.mark.parametrize(("lang", "metric", "kept"), [
    ("en", _count("stores"), False),
    ("en", _count("restaurants"), False),
    ("es", _count("tiendas"), False),
    ("es", _count("puntos de venta"), False),
    ("it", _count("negozi"), False),
    ("fr", _count("magasins"), False),
    ("de", _count("filialen"), False),  # labels are casefolded cue words
    ("pt", _count("lojas"), False),
    ("zh", _count("门店"), False),
    ("en", _count("brands"), True),  # what a platform hosts is a metric
    ("it", _count("fan club"), True),
    ("zh", _count("店铺"), True),  # a platform's shops are its merchants
    ("en", _count(None, kind="followers"), True),  # not a count of kind other
])
def test_a_count_of_outlets_is_left_out(lang, metric, kept) -> None:
    assert without_outlet_counts(load_language(lang), [metric]) == ([metric] if kept else [])
