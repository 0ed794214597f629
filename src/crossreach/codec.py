"""Extractions as plain JSON-able dicts and back, for Parquet fact tables and worker hand-offs."""

from __future__ import annotations

import dataclasses
from typing import Any

from crossreach.models import (
    Document,
    Entity,
    Evidence,
    Extraction,
    Fact,
    Mention,
    Metric,
    Partnership,
    Quote,
    Role,
)

_FACT_CLASSES: dict[str, type[Fact]] = {"metric": Metric, "partnership": Partnership, "role": Role, "quote": Quote}


def encode_extraction(extraction: Extraction) -> dict[str, Any]:
    """What the store needs of an extraction: document, mentions, entities and facts."""
    return {
        "document": dataclasses.asdict(extraction.document),
        "mentions": [dataclasses.asdict(m) for m in extraction.mentions],
        "entities": [dataclasses.asdict(e) for e in extraction.entities],
        "facts": [{"type": f.type, **dataclasses.asdict(f)} for f in extraction.facts],
    }


def decode_extraction(data: dict[str, Any]) -> Extraction:
    """The inverse of ``encode_extraction``."""
    return Extraction(
        document=Document(**data["document"]),
        mentions=[Mention(**m) for m in data["mentions"]],
        entities=[Entity(**e) for e in data["entities"]],
        facts=[_decode_fact(f) for f in data["facts"]],
    )


def _decode_fact(data: dict[str, Any]) -> Fact:
    fields = dict(data)
    cls = _FACT_CLASSES[fields.pop("type")]
    fields["evidence"] = Evidence(**fields["evidence"])
    fields["more_evidence"] = tuple(Evidence(**e) for e in fields.get("more_evidence", ()))
    if fields.get("range") is not None:
        fields["range"] = tuple(fields["range"])
    if "parties" in fields:
        fields["parties"] = tuple(fields["parties"])
    return cls(**fields)
