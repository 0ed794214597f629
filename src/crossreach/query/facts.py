"""Facts as analysts list them: one row per fact group (the best-supported statement), its independent
sources and whether the group holds another figure (a conflict); the leaderboard, timelines, the review
queue, a fact's sources side by side with the figures that conflict with it, and recent facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Connection, Row, Select, and_, case, func, or_, select

from crossreach.isodate import is_iso_date
from crossreach.models import METRIC_KINDS, UNCERTAIN_BELOW
from crossreach.query.entities import entity_id_of, entity_summaries, with_children
from crossreach.query.results import (
    REJECTED,
    TOTAL,
    BadQuery,
    FactNotFound,
    FactRow,
    FactSources,
    Page,
    SourceRef,
    Timeline,
    TimelinePoint,
)
from crossreach.resolve.facts import same_figure
from crossreach.resolve.near_duplicates import count_independent
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t

_CERTAIN_BY_REVIEW = ("confirmed", "fixed")


def metrics(kb: KnowledgeBase, kind: str | None = None, platform: str | None = None,
            category: str | None = None, since: str | None = None, until: str | None = None,
            subject: str | None = None, top: int | None = None, offset: int = 0,
            include_uncertain: bool = False) -> Page:
    """A leaderboard of figures, largest value first, one row per fact group.

    Totals only, unless ``include_uncertain``: gains and figures of low
    confidence (``FactRow.uncertain``) are not set beside totals by default.

    The same figure from several documents is one row with ``sources`` > 1.
    ``platform`` takes the platform and the platforms it owns (Tencent: Tencent
    Video, WeChat...); ``category`` is the subject's (``museum``); ``since`` and
    ``until`` are ISO dates at any precision, inclusive (``until=2020`` keeps
    2020-08). Undated figures are left out when a date bound is given.
    """
    query = fact_query().where(t.facts.c.type == "metric")
    if kind is not None:
        query = query.where(t.facts.c.kind == _metric_kind(kind))
    if category:
        query = query.where(_SUBJECT.c.category == category)
    if since:
        query = query.where(t.facts.c.date >= _iso_date(since, "since"))
    if until:
        bound = _iso_date(until, "until")
        query = query.where(func.substr(t.facts.c.date, 1, len(bound)) <= bound)
    with kb.reading() as conn:
        if platform is not None:
            query = query.where(t.facts.c.platform_id.in_(with_children(conn, entity_id_of(conn, platform))))
        if subject is not None:
            query = query.where(t.facts.c.subject_id == entity_id_of(conn, subject))
        rows = one_per_group(r for r in fact_rows(conn, query.order_by(t.facts.c.id))
                              if include_uncertain or not r.uncertain)
    leaders = sorted(rows, key=lambda r: (r.value is None, -(r.value or 0.0), r.id))
    end = None if top is None else offset + top
    return Page(items=leaders[offset:end], total=len(leaders), limit=len(leaders) if top is None else top,
                offset=offset)


def timeline(kb: KnowledgeBase, name: str | int, kind: str, include_uncertain: bool = False) -> Timeline:
    """One entity's figures of one kind over time, one point per fact group, oldest first (totals only,
    unless ``include_uncertain``)."""
    kind = _metric_kind(kind)
    with kb.reading() as conn:
        entity_id = entity_id_of(conn, name)
        entity = entity_summaries(conn, [entity_id])[entity_id]
        rows = one_per_group(r for r in fact_rows(conn, fact_query().where(
            t.facts.c.type == "metric", t.facts.c.subject_id == entity_id, t.facts.c.kind == kind)
            .order_by(t.facts.c.id)) if include_uncertain or not r.uncertain)
    dated = sorted((r for r in rows if r.date and r.value is not None),
                   key=lambda r: (r.date or "", r.platform or "", r.id))
    points = [TimelinePoint(date=r.date or "", value=r.value or 0.0, qualifier=r.qualifier, platform=r.platform,
                            fact_id=r.id, sources=r.sources, evidence=r.evidence) for r in dated]
    return Timeline(entity=entity, kind=kind, points=points, undated=len(rows) - len(points))


def review_queue(kb: KnowledgeBase, limit: int = 20, offset: int = 0) -> Page:
    """The facts no user has reviewed yet, the least confident first: where a person's check helps most."""
    condition = t.facts.c.review.is_(None)
    with kb.reading() as conn:
        total = conn.scalar(select(func.count()).select_from(t.facts).where(condition)) or 0
        rows = fact_rows(conn, fact_query().where(condition)
                          .order_by(t.facts.c.confidence, t.facts.c.id).limit(limit).offset(offset))
    return Page(items=rows, total=total, limit=limit, offset=offset)


def fact_sources(kb: KnowledgeBase, fact_id: int) -> FactSources:
    """The sentences and documents behind a fact's figure, and the other figures of its group."""
    with kb.reading() as conn:
        row = conn.execute(fact_query(include_rejected=True).where(t.facts.c.id == fact_id)).first()
        if row is None:
            raise FactNotFound(f"no fact with id {fact_id}")
        group = [row]
        if row.group_key is not None:
            group = [r for r in conn.execute(fact_query().where(t.facts.c.group_key == row.group_key)
                                             .order_by(t.facts.c.id)).all()
                     if _signature(r.record) == _signature(row.record)]
        figure = _row_figure(row)
        agreeing = [row.id, *(r.id for r in group if r.id != row.id and _agree(_row_figure(r), figure))]
        others = [r for r in group if r.id not in agreeing]
        facts = {f.id: f for f in fact_rows(conn, [row, *others])}
        evidence = conn.execute(
            select(t.evidence, t.documents.c.doc_id, t.documents.c.title, t.documents.c.source,
                   t.documents.c.published, t.documents.c.lang)
            .join(t.documents, t.documents.c.id == t.evidence.c.document_id)
            .where(t.evidence.c.fact_id.in_(agreeing))
            .order_by(case((t.evidence.c.fact_id == fact_id, 0), else_=1), t.documents.c.published.asc().nulls_last(),
                      t.evidence.c.document_id, t.evidence.c.id)).all()
    sources = [SourceRef(document_id=e.doc_id, title=e.title, source=e.source, published=e.published, lang=e.lang,
                         sentence=e.sentence, highlight=_span_in_sentence(e), start=e.start, end=e.end,
                         fact_id=e.fact_id)
               for e in evidence]
    conflicts = _one_per_figure([facts[r.id] for r in others])
    return FactSources(fact=facts[fact_id], sources=sources, conflicts=conflicts)


def new_facts(kb: KnowledgeBase, since: str | None = None, document_ids: Sequence[str] | None = None,
              about: str | int | None = None, limit: int = 500) -> list[FactRow]:
    """Facts of recent documents, newest first: those published on or after ``since`` (an ISO date;
    a document with no publication date counts from when it was ingested), or those of the documents
    ``document_ids`` (sha256: ids, what a watch run just added); ``about`` keeps the facts an entity
    takes part in (as subject, platform or any party). Briefings and watch digests ask this."""
    query = fact_query()
    if since is not None:
        bound = _iso_date(since, "since")
        query = query.where(or_(t.documents.c.published >= bound,
                                and_(t.documents.c.published.is_(None),
                                     func.substr(sa.cast(t.documents.c.ingested_at, sa.String), 1, 10) >= bound)))
    if document_ids is not None:
        query = query.where(t.documents.c.doc_id.in_(list(document_ids)))
    with kb.reading() as conn:
        if about is not None:
            entity_id = entity_id_of(conn, about)
            query = query.where(or_(t.facts.c.subject_id == entity_id, t.facts.c.platform_id == entity_id,
                                    t.facts.c.id.in_(select(t.fact_parties.c.fact_id)
                                                     .where(t.fact_parties.c.entity_id == entity_id))))
        rows = fact_rows(conn, query.order_by(t.facts.c.id.desc()).limit(limit))
    return newest_first(rows)


def describe_fact(record: dict[str, Any]) -> str:
    """A fact in a few words, from its FACTS.md record ("Louvre · viewers · 12000000 · Douyin · 2021-05-18")."""
    kind = record.get("type")
    if kind == "metric":
        figure = record.get("value") if record.get("value") is not None else record.get("range")
        parts = [record.get("subject"), record.get("label") or record.get("kind"), figure, record.get("currency"),
                 record.get("platform"), record.get("date")]
    elif kind == "partnership":
        parts = [", ".join(record.get("parties") or []), record.get("date")]
    elif kind == "role":
        parts = [record.get("person"), record.get("title"), record.get("organization")]
    else:
        parts = [record.get("speaker"), (record.get("text") or "")[:60]]
    return f"{kind}: " + " · ".join(str(p) for p in parts if p not in (None, ""))




# --- facts ----------------------------------------------------------------------------------------------------

_SUBJECT = t.entities.alias("subject_entity")
_PLATFORM = t.entities.alias("platform_entity")


def fact_query(include_rejected: bool = False) -> Select[Any]:
    """Facts with their document and the canonical names of their subject and platform; the facts a user
    rejected only if asked."""
    f = t.facts.c
    query = (select(f.id, f.type, f.subject, f.kind, f.value, f.range_low, f.range_high, f.qualifier, f.platform,
                    f.date, f.currency, f.confidence, f.record, f.group_key, f.document_id, f.review,
                    t.documents.c.doc_id, t.documents.c.published, t.documents.c.source,
                    _SUBJECT.c.name.label("subject_name"), _PLATFORM.c.name.label("platform_name"))
             .select_from(t.facts.join(t.documents, t.documents.c.id == f.document_id)
                          .outerjoin(_SUBJECT, _SUBJECT.c.id == f.subject_id)
                          .outerjoin(_PLATFORM, _PLATFORM.c.id == f.platform_id)))
    return query if include_rejected else query.where(_standing())


def _standing() -> ColumnElement[bool]:
    """Facts no user rejected."""
    return or_(t.facts.c.review.is_(None), t.facts.c.review != REJECTED)


def _signature(record: dict[str, Any]) -> tuple[str, str]:
    """What a figure is besides its group: a total or a gain, an active deal or its renewal. Statements of
    different signatures never conflict (a gain is no other figure for a total; a renewal is no other deal)."""
    return str(record.get("aspect") or TOTAL), str(record.get("status") or "")


def _uncertain(record: dict[str, Any], confidence: float, review: str | None) -> bool:
    """A gain, or a figure of low confidence that no user confirmed or fixed."""
    if record.get("type") != "metric" or review in _CERTAIN_BY_REVIEW:
        return False
    return _signature(record)[0] != TOTAL or confidence < UNCERTAIN_BELOW


Figure = float | tuple[float, float] | None


def _figure(value: float | None, low: float | None = None, high: float | None = None) -> Figure:
    """What a statement says: its value, else its range."""
    if value is not None:
        return float(value)
    if low is not None and high is not None:
        return (float(low), float(high))
    return None


def _row_figure(row: Any) -> Figure:
    """The figure of a ``fact_query`` row."""
    return _figure(row.value, row.range_low, row.range_high)


def _fact_figure(fact: FactRow) -> Figure:
    return _figure(fact.value, *(fact.record.get("range") or (None, None)))


def _agree(a: Figure, b: Figure) -> bool:
    """Whether two figures are one, within the tolerance the referee uses."""
    if isinstance(a, float) and isinstance(b, float):
        return same_figure(a, b)
    return a == b


@dataclass(frozen=True, slots=True)
class _Statement:
    """One fact of a group, as far as counting sources and conflicts goes."""

    document_id: int
    simhash: int | None
    figure: Figure
    signature: tuple[str, str] = (TOTAL, "")


def _groups(conn: Connection, keys: set[str]) -> dict[str, list[_Statement]]:
    """Every statement of each fact group, from all documents."""
    groups: dict[str, list[_Statement]] = defaultdict(list)
    ordered = sorted(keys)
    for i in range(0, len(ordered), _CHUNK):
        for row in conn.execute(
                select(t.facts.c.group_key, t.facts.c.document_id, t.facts.c.value, t.facts.c.range_low,
                       t.facts.c.range_high, t.facts.c.record, t.documents.c.simhash)
                .join(t.documents, t.documents.c.id == t.facts.c.document_id)
                .where(t.facts.c.group_key.in_(ordered[i:i + _CHUNK]), _standing())):
            groups[row.group_key].append(_Statement(row.document_id, row.simhash, _row_figure(row),
                                                    _signature(row.record)))
    return groups


_CHUNK = 500


def _independent(statements: Iterable[_Statement]) -> int:
    """How many independent documents make the statements: near-duplicate copies count once."""
    hashes = {s.document_id: s.simhash for s in statements}
    known = [h for h in hashes.values() if h is not None]
    return count_independent(known) + sum(h is None for h in hashes.values())


def fact_rows(conn: Connection, query: Select[Any] | Sequence[Row[Any]]) -> list[FactRow]:
    """Fact rows (from ``fact_query``) with the sources and the conflict of their groups."""
    rows = conn.execute(query).all() if isinstance(query, Select) else list(query)
    groups = _groups(conn, {r.group_key for r in rows if r.group_key is not None})
    out = []
    for row in rows:
        figure, signature = _row_figure(row), _signature(row.record)
        group = [s for s in groups.get(row.group_key) or () if s.signature == signature] \
            or [_Statement(row.document_id, None, figure, signature)]
        agreeing = [s for s in group if _agree(s.figure, figure)]
        out.append(FactRow(
            id=row.id, type=row.type, subject=row.subject_name or row.subject, kind=row.kind, value=row.value,
            qualifier=row.qualifier, platform=row.platform_name or row.platform, date=row.date,
            currency=row.currency, confidence=row.confidence, record=row.record,
            sources=max(_independent(agreeing), 1), conflict=len(agreeing) < len(group),
            evidence=row.record.get("evidence", ""), document_id=row.doc_id, published=row.published,
            source=row.source, group_key=row.group_key, aspect=signature[0], review=row.review,
            uncertain=_uncertain(row.record, row.confidence, row.review)))
    return out


def _support(row: FactRow) -> tuple[int, float, float, int]:
    """Which statement stands for its group: most sources, then most confident, then largest, then first."""
    return (row.sources, row.confidence, row.value or 0.0, -row.id)


def one_per_group(rows: Iterable[FactRow]) -> list[FactRow]:
    """The best-supported statement of each fact group, in the order the groups first appear."""
    best: dict[str, FactRow] = {}
    for row in rows:
        key = "\x1f".join((row.group_key or f"#{row.id}", *_signature(row.record)))
        if key not in best or _support(row) > _support(best[key]):
            best[key] = row
    return list(best.values())


def _one_per_figure(rows: Iterable[FactRow]) -> list[FactRow]:
    """The best-supported statement of each distinct figure, largest first."""
    best: list[FactRow] = []
    for row in sorted(rows, key=_support, reverse=True):
        figure = _fact_figure(row)
        if not any(_agree(_fact_figure(kept), figure) for kept in best):
            best.append(row)
    return sorted(best, key=lambda r: -(r.value or 0.0))


def newest_first(rows: Iterable[FactRow]) -> list[FactRow]:
    return sorted(rows, key=lambda r: (r.date or r.published or "", r.id), reverse=True)


def by_kind(rows: Iterable[FactRow]) -> dict[str, list[FactRow]]:
    """Figures by kind, in the order of ``METRIC_KINDS``, each list newest first."""
    by_kind: dict[str, list[FactRow]] = defaultdict(list)
    for row in rows:
        by_kind[row.kind or "other"].append(row)
    order = {kind: i for i, kind in enumerate(METRIC_KINDS)}
    return {kind: newest_first(by_kind[kind]) for kind in sorted(by_kind, key=lambda k: order.get(k, len(order)))}


def _metric_kind(kind: str) -> str:
    if kind not in METRIC_KINDS:
        raise BadQuery(f"unknown metric kind {kind!r}; one of: {', '.join(METRIC_KINDS)}")
    return kind


def _iso_date(value: str, what: str) -> str:
    if not is_iso_date(value):
        raise BadQuery(f"{what}: {value!r} is not a date like 2020, 2020-08 or 2020-08-26")
    return value


def _span_in_sentence(evidence: Any) -> tuple[int, int]:
    """Where the evidence span sits inside its sentence, clipped to the sentence."""
    length = len(evidence.sentence)
    start = min(max(evidence.start - evidence.sentence_start, 0), length)
    return start, min(max(evidence.end - evidence.sentence_start, start), length)
