"""Extractions survive the round trip through plain dicts and JSON."""

from __future__ import annotations

import dataclasses
import json

from crossreach.codec import decode_extraction, encode_extraction
from crossreach.models import Document, Entity, Evidence, Extraction, Mention, Metric, Partnership, Quote, Role

EVIDENCE = Evidence(start=1, end=5, sentence_start=0, sentence_end=20, sentence="x" * 20)


def test_round_trip_through_json() -> None:
    extraction = Extraction(
        document=Document(doc_id="sha256:1", source="a.txt", text="t", lang="fr", published="2020-08-26"),
        mentions=[Mention(0, 3, "V&A", "Victoria and Albert Museum", "organization", "museum")],
        entities=[Entity("Victoria and Albert Museum", "organization", "museum", ["V&A"], None)],
        facts=[
            Metric(subject="V&A", kind="viewers", value=None, range=(1e4, 1e5), qualifier="about",
                   evidence=EVIDENCE, confidence=0.7),
            Partnership(parties=("V&A", "Kuaishou"), date="2020-08", evidence=EVIDENCE),
            Role(person="Tristram Hunt", organization="V&A", title="director", evidence=EVIDENCE),
            Quote(speaker="Tristram Hunt", text="We are delighted", evidence=EVIDENCE),
        ],
    )
    decoded = decode_extraction(json.loads(json.dumps(encode_extraction(extraction))))
    assert decoded == extraction


def test_encoding_is_what_dataclasses_asdict_gives() -> None:
    document = Document(doc_id="sha256:2", source="b.txt", text="t", lang="en", published=None)
    entity = Entity("Louvre", "organization", "museum", ["Louvre", "Musee du Louvre"], None)
    metric = Metric(subject="Louvre", kind="followers", value=2e6, range=None, qualifier=None,
                    evidence=EVIDENCE, more_evidence=(EVIDENCE, EVIDENCE), confidence=0.9)
    extraction = Extraction(document=document, mentions=[Mention(0, 6, "Louvre", "Louvre", "organization", None)],
                            entities=[entity], facts=[metric])
    encoded = encode_extraction(extraction)
    assert encoded["document"] == dataclasses.asdict(document)
    assert encoded["entities"] == [dataclasses.asdict(entity)]
    assert encoded["facts"] == [{"type": "metric", **dataclasses.asdict(metric)}]
    assert json.dumps(encoded["facts"]) == json.dumps([{"type": "metric", **dataclasses.asdict(metric)}])
