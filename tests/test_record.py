"""The FACTS.md record of a fact: the keys users filter on besides those the referee scores."""

from __future__ import annotations

import pytest

from crossreach.codec import decode_extraction, encode_extraction
from crossreach.models import PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, Document, Evidence, Extraction, Partnership
from crossreach.record import fact_record

_EVIDENCE = Evidence(start=0, end=5, sentence_start=0, sentence_end=20, sentence="Gucci signs with Tmall")


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
