"""Extractions as plain JSON-able dicts and back, for Parquet fact tables and worker hand-offs."""

from __future__ import annotations

import copy
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
        "document": _plain(extraction.document),
        "mentions": [_plain(m) for m in extraction.mentions],
        "entities": [_plain(e) for e in extraction.entities],
        "facts": [{"type": f.type, **_plain(f)} for f in extraction.facts],
    }


#: The field names of each dataclass met, in order; None for a type that is not one.
_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the models' values (dataclasses, tuples, lists, dicts, JSON scalars),
    with the same result: asdict deep-copies every scalar and looks up each class's fields anew, which
    made encoding an extraction cost about a twentieth of extracting it."""
    kind = type(value)
    if kind in (str, int, float, bool) or value is None:
        return value
    if kind not in _FIELDS:
        _FIELDS[kind] = (tuple(field.name for field in dataclasses.fields(value))
                         if dataclasses.is_dataclass(value) else None)
    names = _FIELDS[kind]
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        return kind(_plain(item) for item in value)
    if kind is dict:
        return {_plain(key): _plain(item) for key, item in value.items()}
    return copy.deepcopy(value)  # as asdict does; no model holds such a value today


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
