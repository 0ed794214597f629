"""The FACTS.md record of one document: the ``export --format jsonl`` line and ``analyze`` output."""

from __future__ import annotations

import re
from collections.abc import Iterable
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


#: Fact fields that hold one entity name, and the one that holds a list of them.
NAME_FIELDS = ("subject", "platform", "person", "organization", "speaker")
NAMES_FIELD = "parties"


def written_names(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each canonical name -> the name the document writes, from its mentions' (canonical, text) pairs.

    The knowledge base names an entity once across languages ("Bayern Munich"); a
    document's record names it as that document does ("FC Bayern München"), so a
    reader finds in the record the words of the text. The canonical name stays when
    the document writes it, declines it ("Kunsthistorische Museum") or writes only
    shortenings of it ("Channels", an acronym).
    Else the longest written form that shares a word with it or is in another script
    stands; a form sharing nothing with it (a sponsor's name of a league) is no name of it.
    """
    forms: dict[str, list[str]] = {}
    for name, text in pairs:
        text = " ".join(text.split())
        if text:
            forms.setdefault(name, []).append(text)
    out: dict[str, str] = {}
    for name, texts in forms.items():
        folded = name.casefold()
        if folded in {t.casefold() for t in texts}:
            continue
        if any(_declined(t, name) for t in texts):
            continue
        fitting = [t for t in texts if not _shortening(t, name) and _kin(t, name)]
        if fitting:
            out[name] = max(fitting, key=lambda t: (len(t), -texts.index(t)))
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1}


def _latin(text: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in text)


def _shortening(form: str, name: str) -> bool:
    """Whether ``form`` only shortens ``name``: a part of it, or its initials."""
    if form.casefold() in name.casefold():
        return True
    initials = "".join(w[0] for w in re.findall(r"\w+", name))
    return len(form) > 1 and form.isupper() and form.casefold() == initials.casefold()


#: The most letters a declined word may change at its end ("Deutsches" -> "Deutschen").
_ENDING_LETTERS = 2


def _declined(form: str, name: str) -> bool:
    """Whether ``form`` only declines ``name`` (its words with other endings: "Kunsthistorische Museum"
    for "Kunsthistorisches Museum"): the name itself, as a reader would look it up, not a new one."""
    written, listed = form.casefold().split(), name.casefold().split()
    if len(written) != len(listed) or written == listed:
        return False
    return all(w == n or (_shared_start(w, n) >= max(len(w), len(n)) - _ENDING_LETTERS
                          and min(len(w), len(n)) > 3 * _ENDING_LETTERS)
               for w, n in zip(written, listed, strict=True))


def _shared_start(first: str, second: str) -> int:
    """How many letters two words share from their start."""
    return next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
                min(len(first), len(second)))


def _kin(form: str, name: str) -> bool:
    """Whether ``form`` can be the document's way of writing ``name``: a shared word, or another script."""
    return bool(_words(form) & _words(name)) or _latin(form) != _latin(name)


def renamed(record: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """A document record whose entities and facts carry the document's written names (``written_names``);
    the canonical name stays among each entity's aliases."""
    if not names:
        return record
    entities = []
    for entity in record.get("entities", []):
        name = entity.get("name")
        if name in names:
            entity = dict(entity, name=names[name])
            entity["aliases"] = sorted(set(entity.get("aliases") or ()) | {name, names[name]})
        entities.append(entity)
    facts = []
    for fact in record.get("facts", []):
        changed = {key: names[fact[key]] for key in NAME_FIELDS if fact.get(key) in names}
        if isinstance(fact.get(NAMES_FIELD), list):
            changed[NAMES_FIELD] = [names.get(party, party) for party in fact[NAMES_FIELD]]
        facts.append(dict(fact, **changed) if changed else fact)
    return dict(record, entities=entities, facts=facts)


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
    return renamed(record, written_names((m.name, m.text) for m in extraction.mentions))


def _plain(value: float | None) -> float | int | None:
    """Whole numbers as ints, so 3800000.0 exports as 3800000."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
