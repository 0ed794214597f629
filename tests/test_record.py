"""The FACTS.md record of a fact: what export writes and the referee reads, and the keys users filter on
besides those the referee scores."""

from __future__ import annotations

import pytest

from crossreach.codec import decode_extraction, encode_extraction
from crossreach.models import (
    PARTNERSHIP_KINDS,
    PARTNERSHIP_STATUSES,
    Document,
    Evidence,
    Extraction,
    Metric,
    Partnership,
)
from crossreach.record import fact_record

_EVIDENCE = Evidence(start=0, end=5, sentence_start=0, sentence_end=20, sentence="Gucci signs with Tmall")


@pytest.mark.parametrize("aspect", ["total", "change"])
def test_a_metric_record_says_whether_it_is_a_total_or_a_change(aspect: str) -> None:
    metric = Metric(subject="Louvre", kind="followers", value=176000.0, evidence=_EVIDENCE, aspect=aspect)  # type: ignore[arg-type]
    record = fact_record(metric)
    assert record["aspect"] == aspect and record["value"] == 176000


@pytest.mark.parametrize("kind", PARTNERSHIP_KINDS)
@pytest.mark.parametrize("status", PARTNERSHIP_STATUSES)
def test_a_partnership_record_says_its_kind_and_status(kind: str, status: str) -> None:
    fact = Partnership(parties=("Gucci", "Tmall"), kind=kind, status=status, evidence=_EVIDENCE)
    record = fact_record(fact)
    assert (record["type"], record["parties"], record["kind"], record["status"]) == (
        "partnership", ["Gucci", "Tmall"], kind, status)
    document = Document(doc_id="sha256:x", source="x.txt", lang="en", text="Gucci signs with Tmall")
    [decoded] = decode_extraction(encode_extraction(Extraction(document=document, facts=[fact]))).facts
    assert decoded == fact


def test_a_partnership_is_active_and_of_no_named_kind_unless_said() -> None:
    record = fact_record(Partnership(parties=("Gucci", "Tmall"), evidence=_EVIDENCE))
    assert (record["kind"], record["status"]) == ("other", "active")
