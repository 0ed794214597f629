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
from crossreach.record import fact_record, renamed, written_names

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


@pytest.mark.parametrize(("canonical", "written", "expected"), [
    # Written or canonical: the canonical name stays where the document writes it, in any case.
    ("Ostmark Munich", ["Ostmark Munich", "FC Ostmark München"], "Ostmark Munich"),
    ("Velora Group", ["velora group"], "Velora Group"),
    ("Velora Group", ["Velora Group", "Velora Holdings", "Velora Holdings"], "Velora Group"),  # however rare
    # Else a form the document writes, however short: a part of the name, its initials, another name.
    ("Velora Channels", ["Channels"], "Channels"),
    ("Nordic Basket League", ["NBL"], "NBL"),
    ("Nordic Basket League", ["Brightbet Elite", "NBL", "NBL"], "NBL"),  # the form written most often
    ("Nordic Basket League", ["NBL", "Brightbet Elite", "Brightbet Elite"], "Brightbet Elite"),
    # A full form stands for its shortenings written beside it (some of its words, its initials).
    ("Ostmark Munich", ["FC Ostmark München", "Ostmark", "Ostmark"], "FC Ostmark München"),
    ("Agencia Kestrel", ["KPA", "Kestrel Press Agency", "KPA"], "Kestrel Press Agency"),
    ("Velora Holdings", ["Velo", "Velora", "Velo"], "Velo"),  # a part of a word is no shortening of it
    # Ties: the longer form, then the one written first.
    ("Lumen Labs", ["Lumina", "Lumen Studio"], "Lumen Studio"),
    ("Solenne", ["Solara", "Lunara"], "Solara"),
    # Scripts: a Chinese page keeps its Chinese form; in an unspaced script any part shortens.
    ("Tmall", ["天猫"], "天猫"),
    ("IWC Schaffhausen", ["萬國錶", "IWC", "萬國錶"], "萬國錶"),
    ("Weibo", ["微博", "新浪微博", "微博"], "新浪微博"),
    ("Weibo", ["Weibo", "新浪微博"], "Weibo"),  # the canonical name written once is enough
    # A declined form (its words with other endings) is the name itself.
    ("Historisches Landesmuseum", ["Historische Landesmuseum"], "Historisches Landesmuseum"),
    ("Historisches Landesmuseum", ["Historischen Landesmuseums"], "Historisches Landesmuseum"),
    ("Museo Arqueologico Regional", ["Museo Arqueologica Regional"], "Museo Arqueologico Regional"),
    ("Inter Milan", ["Inter Milano"], "Inter Milano"),  # a short word: another name, not an ending
])
def test_a_document_record_names_an_entity_as_the_document_writes_it(
        canonical: str, written: list[str], expected: str) -> None:
    names = written_names((canonical, text) for text in written)
    assert names.get(canonical, canonical) == expected


def test_a_renamed_record_renames_the_facts_and_keeps_the_canonical_name_as_an_alias() -> None:
    record = {
        "entities": [{"name": "Ostmark Munich", "type": "organization", "aliases": ["Ostmark Munich"]}],
        "facts": [{"type": "partnership", "parties": ["Ostmark Munich", "Douyin"]},
                  {"type": "role", "person": "Ada Brandt", "organization": "Ostmark Munich"},
                  {"type": "metric", "subject": "Ostmark Munich", "platform": "Douyin"}],
    }
    out = renamed(record, {"Ostmark Munich": "FC Ostmark München"})
    [entity] = out["entities"]
    assert entity["name"] == "FC Ostmark München"
    assert set(entity["aliases"]) == {"Ostmark Munich", "FC Ostmark München"}
    assert [f.get("parties") or f.get("organization") or f.get("subject") for f in out["facts"]] == [
        ["FC Ostmark München", "Douyin"], "FC Ostmark München", "FC Ostmark München"]
    assert record["entities"][0]["name"] == "Ostmark Munich"  # the input is left as it was
