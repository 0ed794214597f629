"""A user's corrections of facts: reject one, fix its kind, owner or date, or confirm it.

Each correction is recorded in ``fact_corrections`` with who made it, when and
why, and is applied at once to the stored fact. The stored fact is replaced
whenever its document is extracted again, so a correction names the fact by
what re-extraction keeps: its document, its type and the span of its evidence.
``BatchWriter`` applies a document's corrections to every new extraction of it
(``apply_corrections``), as ``store/curation.py``'s entity corrections are
applied at every resolution: a rejected fact stays rejected after ``reextract``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, insert, select, update

from crossreach.models import METRIC_KINDS, Fact, Metric
from crossreach.resolve.entity_matching import normalise_name
from crossreach.resolve.facts import group_key
from crossreach.store import schema as t
from crossreach.store.engine import StoreError

if TYPE_CHECKING:  # the writer applies corrections, and the repository imports the writer
    from crossreach.store.repository import KnowledgeBase

#: What a user can do to a fact, and the review state each leaves it in.
REVIEWS = {"reject": "rejected", "fix": "fixed", "confirm": "confirmed"}
REJECTED = "rejected"
#: What ``fix`` may change, and the fact types that have it.
FIXABLE = {"kind": ("metric",), "subject": ("metric",), "date": ("metric", "partnership")}
_DATE = re.compile(r"\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?")


@dataclass(slots=True)
class FactCorrection:
    """One recorded correction and the fact it was made on."""

    id: int
    fact_id: int
    action: str
    changes: dict[str, str]
    reason: str
    author: str
    created_at: str
    review: str


def check_changes(fact_type: str, action: str, changes: dict[str, str]) -> None:
    """Refuse a correction that cannot apply to a fact of this type (a ``StoreError`` that says why)."""
    if action not in REVIEWS:
        raise StoreError(f"unknown correction {action!r}; one of: {', '.join(REVIEWS)}")
    if action != "fix":
        if changes:
            raise StoreError(f"{action} changes nothing; use fix to change {', '.join(FIXABLE)}")
        return
    if not changes:
        raise StoreError(f"fix needs at least one of: {', '.join(FIXABLE)}")
    for key, value in changes.items():
        if key not in FIXABLE:
            raise StoreError(f"a fix can change {', '.join(FIXABLE)}, not {key!r}")
        if fact_type not in FIXABLE[key]:
            raise StoreError(f"a {fact_type} has no {key} to fix")
        if key == "kind" and value not in METRIC_KINDS:
            raise StoreError(f"unknown metric kind {value!r}; one of: {', '.join(METRIC_KINDS)}")
        if key == "date" and not (_DATE.fullmatch(value) and _valid_date(value)):
            raise StoreError(f"{value!r} is not a date like 2020, 2020-Q3, 2020-08 or 2020-08-26")
        if key == "subject" and not value.strip():
            raise StoreError("the owner cannot be empty")


def _valid_date(value: str) -> bool:
    parts = value.split("-")
    if len(parts) >= 2 and not parts[1].startswith("Q") and not 1 <= int(parts[1]) <= 12:
        return False
    if len(parts) == 3:
        try:
            datetime(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            return False
    return True


def correct_fact(kb: KnowledgeBase, fact_id: int, action: str, changes: dict[str, str] | None = None,
                 reason: str = "", author: str = "") -> FactCorrection:
    """Record a correction of fact ``fact_id`` and apply it to the stored fact."""
    changes = {k: v for k, v in (changes or {}).items() if v is not None}
    with kb.writing() as conn:
        fact = conn.execute(
            select(t.facts.c.id, t.facts.c.type, t.documents.c.doc_id)
            .join(t.documents, t.documents.c.id == t.facts.c.document_id).where(t.facts.c.id == fact_id)).first()
        if fact is None:
            raise StoreError(f"no fact with id {fact_id}")
        check_changes(fact.type, action, changes)
        span = conn.execute(select(t.evidence.c.start, t.evidence.c.end).where(t.evidence.c.fact_id == fact_id)
                            .order_by(t.evidence.c.id).limit(1)).first()
        if span is None:
            raise StoreError(f"fact {fact_id} has no evidence to know it by")
        if "subject" in changes:
            changes["subject"] = _entity_name(conn, changes["subject"])
        now = datetime.now(UTC)
        correction_id = int(conn.execute(insert(t.fact_corrections).values(
            doc_id=fact.doc_id, fact_type=fact.type, span_start=span.start, span_end=span.end, action=action,
            changes=changes, reason=reason, author=author, created_at=now)).inserted_primary_key[0])
        review = _apply_to_stored(conn, fact_id, action, changes)
    return FactCorrection(correction_id, fact_id, action, changes, reason, author, now.isoformat(), review)


def corrections_of(kb: KnowledgeBase, fact_id: int) -> list[FactCorrection]:
    """The corrections made on a fact (on any earlier extraction of it), oldest first."""
    with kb.reading() as conn:
        fact = conn.execute(
            select(t.facts.c.type, t.documents.c.doc_id, func.min(t.evidence.c.id).label("first"))
            .join(t.documents, t.documents.c.id == t.facts.c.document_id)
            .join(t.evidence, t.evidence.c.fact_id == t.facts.c.id)
            .where(t.facts.c.id == fact_id).group_by(t.facts.c.type, t.documents.c.doc_id)).first()
        if fact is None:
            return []
        span = conn.execute(select(t.evidence.c.start, t.evidence.c.end).where(t.evidence.c.id == fact.first)).one()
        rows = conn.execute(select(t.fact_corrections).where(
            t.fact_corrections.c.doc_id == fact.doc_id, t.fact_corrections.c.fact_type == fact.type,
            t.fact_corrections.c.span_start == span.start, t.fact_corrections.c.span_end == span.end)
            .order_by(t.fact_corrections.c.id)).all()
    return [FactCorrection(r.id, fact_id, r.action, dict(r.changes), r.reason, r.author,
                           r.created_at.isoformat(), REVIEWS[r.action]) for r in rows]


def apply_corrections(conn: Connection, doc_id: str, facts: list[Fact]) -> list[tuple[Fact, str | None]]:
    """A document's new facts with its recorded corrections applied: each fact, and its review state."""
    rows = conn.execute(select(t.fact_corrections).where(t.fact_corrections.c.doc_id == doc_id)
                        .order_by(t.fact_corrections.c.id)).all()
    if not rows:
        return [(fact, None) for fact in facts]
    out: list[tuple[Fact, str | None]] = []
    for fact in facts:
        review: str | None = None
        for row in rows:
            if (row.fact_type, row.span_start, row.span_end) != (fact.type, fact.evidence.start, fact.evidence.end):
                continue
            fields = {f.name for f in dataclasses.fields(fact)}
            if row.action == "fix":
                fact = dataclasses.replace(fact, **{k: v for k, v in row.changes.items() if k in fields})
            review = REVIEWS[row.action]
        out.append((fact, review))
    return out


def _entity_name(conn: Connection, name: str) -> str:
    """The canonical name of the stored entity with this name or alias (the name itself if there is none)."""
    found = conn.scalar(select(t.entities.c.name).join(t.aliases, t.aliases.c.entity_id == t.entities.c.id)
                        .where(t.aliases.c.norm == normalise_name(name)).order_by(t.entities.c.id).limit(1))
    return str(found) if found is not None else name.strip()


def _entity_id(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    return conn.scalar(select(t.aliases.c.entity_id).where(t.aliases.c.norm == normalise_name(name))
                       .order_by(t.aliases.c.entity_id).limit(1))


def _apply_to_stored(conn: Connection, fact_id: int, action: str, changes: dict[str, str]) -> str:
    review = REVIEWS[action]
    values: dict[str, Any] = {"review": review}
    if action == "fix":
        row = conn.execute(select(t.facts).where(t.facts.c.id == fact_id)).one()
        record = {**row.record, **changes}
        values |= {"record": record, **{k: v for k, v in changes.items() if k in ("kind", "subject", "date")}}
        if row.type == "metric":
            subject_id = _entity_id(conn, record.get("subject")) if "subject" in changes else row.subject_id
            values["subject_id"] = subject_id
            ids = {record.get("subject"): subject_id, record.get("platform"): row.platform_id}
            metric = Metric(evidence=None, subject=record.get("subject"), kind=record.get("kind") or "other",  # type: ignore[arg-type]
                            value=row.value, platform=record.get("platform"), date=record.get("date"),
                            currency=record.get("currency"), scope=record.get("scope"))
            values["group_key"] = group_key(metric, lambda name: f"#{ids[name]}" if ids.get(name) is not None
                                            else normalise_name(name or ""))
            if "subject" in changes:
                conn.execute(delete(t.fact_parties).where(t.fact_parties.c.fact_id == fact_id,
                                                          t.fact_parties.c.role == "subject"))
                if subject_id is not None:
                    conn.execute(insert(t.fact_parties).values(fact_id=fact_id, entity_id=subject_id,
                                                               role="subject"))
    conn.execute(update(t.facts).where(t.facts.c.id == fact_id).values(values))
    return review

