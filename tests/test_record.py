"""The FACTS.md record of a fact: what export writes and the referee reads."""

from __future__ import annotations

import pytest

from crossreach.models import Evidence, Metric
from crossreach.record import fact_record

_EV = Evidence(start=0, end=4, sentence_start=0, sentence_end=10, sentence="s")


@pytest.mark.parametrize("aspect", ["total", "change"])
def test_a_metric_record_says_whether_it_is_a_total_or_a_change(aspect: str) -> None:
    metric = Metric(subject="Louvre", kind="followers", value=176000.0, evidence=_EV, aspect=aspect)  # type: ignore[arg-type]
    record = fact_record(metric)
    assert record["aspect"] == aspect and record["value"] == 176000
