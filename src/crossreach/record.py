"""The FACTS.md record of one document: the ``export --format jsonl`` line and ``analyze`` output."""

from __future__ import annotations

from typing import Any

from crossreach.models import Entity, Extraction, Fact, Metric, Partnership, Quote, Role

#: Entity types that FACTS.md exports (all of them; the scorer picks what it scores).
EXPORTED_ENTITY_TYPES = ("person", "organization", "platform", "event", "work", "place")


def entity_record(entity: Entity) -> dict[str, Any]:
    record: dict[str, Any] = {"name": entity.name, "type": entity.type}
    if entity.category:
        record["category"] = entity.category
    record["aliases"] = sorted(set(entity.aliases) | {entity.name})
    return record


def fact_record(fact: Fact) -> dict[str, Any]:
    """One fact in the FACTS.md shape, with its evidence sentence and offsets."""
    record: dict[str, Any] = {"type": fact.type}
    if isinstance(fact, Metric):
        record |= {
            "subject": fact.subject, "kind": fact.kind, "value": _plain(fact.value),
            "qualifier": fact.qualifier, "platform": fact.platform, "date": fact.date,
            "currency": fact.currency, "aspect": fact.aspect,
        }
        if fact.range is not None:
            record["range"] = [_plain(fact.range[0]), _plain(fact.range[1])]
        for key in ("unit", "label", "scope"):
            if getattr(fact, key):
                record[key] = getattr(fact, key)
    elif isinstance(fact, Partnership):
        record |= {"parties": list(fact.parties), "date": fact.date, "kind": fact.kind, "status": fact.status}
        if fact.areas:
            record["areas"] = fact.areas
        if fact.value is not None:
            record |= {"value": _plain(fact.value), "currency": fact.currency}
    elif isinstance(fact, Role):
        record |= {"person": fact.person, "organization": fact.organization, "title": fact.title}
        if fact.title_normalised:
            record["title_normalised"] = fact.title_normalised
    elif isinstance(fact, Quote):
        record |= {"speaker": fact.speaker, "text": fact.text}
    ev = fact.evidence
    record |= {
        "evidence": ev.sentence,
        "span": [ev.start, ev.end],
        "sentence_span": [ev.sentence_start, ev.sentence_end],
        "confidence": round(fact.confidence, 3),
    }
    return record


def document_record(extraction: Extraction) -> dict[str, Any]:
    """The per-document record of FACTS.md."""
    doc = extraction.document
    record = {
        "source": doc.source,
        "doc_id": doc.doc_id,
        "lang": doc.lang,
        "title": doc.title,
        "published": doc.published,
        "entities": [entity_record(e) for e in extraction.entities if e.type in EXPORTED_ENTITY_TYPES],
        "facts": [fact_record(f) for f in extraction.facts],
    }
    if doc.repair:  # only when the text was repaired as it was read: the usual record stays as FACTS.md shows it
        record["repair"] = doc.repair
    return record


def _plain(value: float | None) -> float | int | None:
    """Whole numbers as ints, so 3800000.0 exports as 3800000."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
