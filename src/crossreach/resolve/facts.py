"""Fact identity: the same fact said twice in one document is one fact; across documents, one group.

``merge_within_document`` folds repeats (a headline restating the body) into
one fact that keeps every evidence. ``group_key`` names what a fact is about
without its value, so that the store can gather the same fact from several
sources and flag a different figure for the same subject, kind, scope and date
as a conflict instead of overwriting it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Hashable

from crossreach.models import Fact, Metric, Partnership, Quote, Role
from crossreach.resolve.entity_matching import normalise_name

#: Figures closer than this (relative) are the same figure, as the referee counts them.
VALUE_TOLERANCE = 0.005


def _figure(fact: Metric) -> Hashable:
    if fact.value is not None:
        return float(f"{fact.value:.3g}")  # three significant digits: 4.9 million and 4,900,000 agree
    return fact.range


def document_key(fact: Fact) -> Hashable:
    """What makes two facts of one document the same fact."""
    if isinstance(fact, Metric):
        return ("metric", fact.kind, _figure(fact), normalise_name(fact.subject or ""))
    if isinstance(fact, Partnership):
        return ("partnership", frozenset(normalise_name(p) for p in fact.parties))
    if isinstance(fact, Role):
        return ("role", normalise_name(fact.person), normalise_name(fact.organization or ""))
    if isinstance(fact, Quote):
        return ("quote", normalise_name(fact.speaker or ""), normalise_name(fact.text)[:40])
    return ("fact", id(fact))


def _completeness(fact: Fact) -> tuple[int, float]:
    values = (getattr(fact, f.name) for f in dataclasses.fields(fact))
    filled = sum(v is not None and v != () for v in values)
    return filled, fact.confidence


def merge_within_document(facts: list[Fact]) -> list[Fact]:
    """One fact per document key, in first-seen order: the most complete statement, with all evidences."""
    merged: dict[Hashable, Fact] = {}
    for fact in facts:
        key = document_key(fact)
        kept = merged.get(key)
        if kept is None:
            merged[key] = fact
            continue
        best, other = (fact, kept) if _completeness(fact) > _completeness(kept) else (kept, fact)
        evidences = (*best.more_evidence, other.evidence, *other.more_evidence)
        merged[key] = dataclasses.replace(best, more_evidence=evidences,
                                          confidence=max(best.confidence, other.confidence))
        if isinstance(best, Partnership) and isinstance(other, Partnership) and best.status == "active":
            # "active" is what no status word gives: a status another statement of the deal states wins
            # ("X and Y end their deal" in a headline, "X ended its partnership with Y" below it).
            merged[key] = dataclasses.replace(merged[key], status=other.status)
    return list(merged.values())


def group_key(fact: Fact, entity_key: Callable[[str | None], str]) -> str:
    """A stable key for the fact across documents, without its value.

    ``entity_key`` maps a name to its knowledge-base identity (e.g. ``"#42"``) so
    that "Tencent" and "腾讯" give the same key.
    """
    if isinstance(fact, Metric):
        parts = ["metric", entity_key(fact.subject), fact.kind, entity_key(fact.platform), fact.date or "",
                 fact.scope or "", fact.currency or ""]
        if fact.aspect != "total":  # a gain is not the total it adds to (totals keep their old keys)
            parts.append(fact.aspect)
    elif isinstance(fact, Partnership):
        parts = ["partnership", *sorted(entity_key(p) for p in fact.parties)]
    elif isinstance(fact, Role):
        parts = ["role", entity_key(fact.person), entity_key(fact.organization)]
    elif isinstance(fact, Quote):
        parts = ["quote", entity_key(fact.speaker), normalise_name(fact.text)[:40]]
    else:
        parts = ["fact", repr(fact)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def same_figure(a: float | None, b: float | None) -> bool:
    """Whether two values are one figure, within the tolerance the referee uses."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))
