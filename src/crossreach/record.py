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

    The knowledge base names an entity once across languages and documents (the gazetteer's
    canonical name, "IWC Schaffhausen"); a document's record names it by a form that document
    writes, so that a reader, and a gold file written from the text, find in the record the words
    of the text ("萬國錶" on a traditional-Chinese page, "EFE" where only the agency's acronym is
    written). The canonical name stays when the document writes it (in any case) or declines it
    ("Kunsthistorische Museum"): it is then one of the document's own names, and the usual one,
    where a longer written form is often a kindred entity ("Natura &Co" beside "Natura", a league
    under its sponsor's name). Otherwise the form written most often stands, a full form counting
    the mentions of its shortenings written beside it (its words in part, or its initials: "Lotus
    Technology" over "Lotus", "Deutsche Presse-Agentur" over "DPA"); ties go to the longer form,
    then to the one written first.
    """
    forms: dict[str, dict[str, int]] = {}
    for name, text in pairs:
        text = " ".join(text.split())
        if text:
            counts = forms.setdefault(name, {})
            counts[text] = counts.get(text, 0) + 1
    out: dict[str, str] = {}
    for name, counts in forms.items():
        if name.casefold() in {t.casefold() for t in counts} or any(_declined(t, name) for t in counts):
            continue
        written = _most_written(counts)
        if written != name:
            out[name] = written
    return out


def _most_written(counts: dict[str, int]) -> str:
    """The form written most often (dict order: first written first), a full form standing for its shortenings."""
    texts = list(counts)
    full = {t: [u for u in texts if _shortens(t, u)] for t in texts}
    standing = [t for t in texts if not any(t in shortenings for shortenings in full.values())] or texts
    credit = {t: counts[t] + sum(counts[u] for u in full[t]) for t in standing}
    return max(standing, key=lambda t: (credit[t], len(t), -texts.index(t)))


def _shortens(full: str, form: str) -> bool:
    """Whether ``form`` shortens ``full``: some of its words (any part of it in an unspaced script), or its initials."""
    folded_full, folded = full.casefold(), form.casefold()
    if folded == folded_full:
        return False
    if folded in folded_full and (not _latin(form) or re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", folded_full)):
        return True
    initials = "".join(w[0] for w in re.findall(r"\w+", full))
    return len(form) > 1 and form.isupper() and folded == initials.casefold()


def _latin(text: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in text)


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
