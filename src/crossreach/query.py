"""The one query layer: every question the CLI, the REST API and the web pages ask goes through here.

None of the interfaces touches the database; they call these functions, which
take a ``KnowledgeBase`` and return plain dataclasses (``dataclasses.asdict``
gives JSON-ready dicts). Entities are named by any alias, in any script
(``Tencent``, ``腾讯``, ``騰訊``), or by their id; the shipped domain lexicon adds
the names no document used yet.

A figure is listed once per fact group (``facts.group_key``: the same subject,
kind, platform, date and scope, whatever the value): the best-supported
statement stands for the group, ``sources`` counts the independent documents
that state its figure (near-duplicate copies once) and ``conflict`` says that
the group also holds another figure; ``fact_sources`` shows them side by side.
``search`` runs on the SQLite FTS5 tables of migration 0004 and on PostgreSQL
full-text search ('simple' configuration) with the same call; text in Chinese
or Japanese, which neither tokeniser splits into words, is matched as
substrings in simplified and traditional characters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from typing import Any
from urllib.parse import urlparse

import opencc
import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Connection, Row, Select, and_, bindparam, case, func, or_, select, text

from crossreach.domain import load_domain
from crossreach.isodate import is_iso_date
from crossreach.lexicon import script
from crossreach.models import METRIC_KINDS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, UNCERTAIN_BELOW, Entity
from crossreach.resolve.entity_matching import normalise_name, normalised_names
from crossreach.resolve.facts import same_figure
from crossreach.resolve.near_duplicates import count_independent
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t


class EntityNotFound(LookupError):
    """No entity in the knowledge base has that name, alias or id (the message suggests close names)."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r}{hint}")
        self.name = name
        self.suggestions = suggestions


class FactNotFound(LookupError):
    """No fact with that id."""


#: A metric's record says whether its figure is a ``total`` (the default) or a ``change`` (a gain).
TOTAL = "total"
#: What a user decided about a fact (``store/corrections.py``): rejected facts are never shown.
REJECTED = "rejected"
_CERTAIN_BY_REVIEW = ("confirmed", "fixed")


class BadQuery(ValueError):
    """A question asked in terms the knowledge base does not use: an unknown metric kind, a malformed date."""


@dataclass(slots=True)
class Page:
    """One page of results, with the total for pagination."""

    items: list[Any]
    total: int
    limit: int
    offset: int


@dataclass(slots=True)
class EntitySummary:
    id: int
    name: str
    type: str
    category: str | None
    parent: str | None
    aliases: list[str]
    documents: int          # how many documents mention it
    facts: int              # how many facts it takes part in
    parent_id: int | None = None   # the stored entity named by ``parent`` (None when there is none to link to)


@dataclass(slots=True)
class SourceRef:
    """One evidence of a fact: the sentence, where the figure sits in it, and its document."""

    document_id: str        # the sha256: doc id
    title: str | None
    source: str             # path or URL first seen
    published: str | None
    lang: str
    sentence: str
    highlight: tuple[int, int]   # offsets of the evidence span inside ``sentence``
    start: int                   # offsets of the span in the document
    end: int
    fact_id: int = 0             # the fact (of this document) the evidence belongs to


@dataclass(slots=True)
class FactRow:
    """A fact as analysts list it; ``record`` is the FACTS.md record."""

    id: int
    type: str               # metric | partnership | role | quote
    subject: str | None
    kind: str | None
    value: float | None
    qualifier: str | None
    platform: str | None
    date: str | None
    currency: str | None
    confidence: float
    record: dict[str, Any]
    sources: int            # independent sources (near-duplicate documents count once)
    conflict: bool          # another figure exists for the same subject, kind, scope and date
    evidence: str           # the first evidence sentence
    document_id: str
    published: str | None = None     # the publication date of its document
    source: str | None = None        # where its document was first seen (path or URL)
    group_key: str | None = None     # the fact group (resolve.facts.group_key)
    aspect: str = TOTAL              # a metric's "total" or "change" (a gain)
    review: str | None = None        # a user's decision: confirmed, fixed, rejected (None: not reviewed)
    uncertain: bool = False          # a gain, or a confidence below UNCERTAIN_BELOW that no user confirmed


@dataclass(slots=True)
class RoleRow:
    person: str
    organization: str
    title: str
    title_normalised: str | None
    fact_id: int
    sources: int = 1


@dataclass(slots=True)
class PartnerRow:
    partner: str
    partner_type: str
    partner_category: str | None
    facts: list[FactRow]    # the partnership facts linking the two, newest first
    partner_id: int = 0


@dataclass(slots=True)
class EntityProfile:
    entity: EntitySummary
    children: list[EntitySummary]        # platforms or brands whose parent it is
    people: list[RoleRow]                # people holding roles at it (or its roles, for a person)
    partnerships: list[PartnerRow]
    metrics: dict[str, list[FactRow]]    # by kind, each list newest first
    quotes: list[FactRow]
    platform_metrics: dict[str, list[FactRow]] = field(default_factory=dict)
    # others' figures measured on it or on the platforms it owns (the NBA's viewers on Tencent Sports), as ``metrics``


@dataclass(slots=True)
class TimelinePoint:
    date: str
    value: float
    qualifier: str | None
    platform: str | None
    fact_id: int
    sources: int
    evidence: str = ""


@dataclass(slots=True)
class Timeline:
    entity: EntitySummary
    kind: str
    points: list[TimelinePoint]          # oldest first; undated figures are left out
    undated: int                         # figures left out: no date, or only a range


@dataclass(slots=True)
class SearchHit:
    kind: str               # "document" or "fact"
    id: int | str           # fact id, or document id
    title: str | None
    snippet: str            # matched text, with the match between [ and ] markers removed by callers as they like
    #                         (square brackets of the text itself are shown as ［ ］)
    score: float


@dataclass(slots=True)
class FactSources:
    fact: FactRow
    sources: list[SourceRef]
    conflicts: list[FactRow] = field(default_factory=list)   # other figures for the same subject, kind, scope, date


@dataclass(slots=True)
class Overview:
    counts: dict[str, int]               # documents, sources, entities, metrics, partnerships, roles, quotes
    languages: dict[str, int]            # documents per language
    latest: list[FactRow]                # most recently ingested facts
    top_sources: dict[str, int]          # documents per site or host


# --- the questions --------------------------------------------------------------------------------------------


def overview(kb: KnowledgeBase, latest: int = 10) -> Overview:
    """What the knowledge base holds: counts, languages, the latest facts and the sites most read."""
    counts = kb.counts()
    with kb.engine.connect() as conn:
        n = func.count().label("n")
        languages = {lang: count for lang, count in conn.execute(
            select(t.documents.c.lang, n).group_by(t.documents.c.lang).order_by(n.desc(), t.documents.c.lang))}
        latest_rows = _fact_rows(conn, _fact_query().order_by(t.facts.c.id.desc()).limit(latest))
        sites: dict[str, int] = defaultdict(int)
        for row in conn.execute(select(t.documents.c.site_name, t.documents.c.url, t.documents.c.source)):
            sites[_site(row.site_name, row.url, row.source)] += 1
    top_sources = dict(sorted(sites.items(), key=lambda item: (-item[1], item[0]))[:_TOP_SOURCES])
    return Overview(counts=counts, languages=languages, latest=latest_rows, top_sources=top_sources)


def list_entities(kb: KnowledgeBase, type: str | None = None, category: str | None = None,
                  search: str | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Entities, most documented first; ``search`` is text in any of their names (any script)."""
    conditions: list[ColumnElement[bool]] = []
    if type:
        conditions.append(t.entities.c.type == type)
    if category:
        conditions.append(t.entities.c.category == category)
    if search:
        conditions.append(_name_contains(search))
    documents = _count_by_entity(t.document_entities.c.entity_id, t.document_entities.c.document_id)
    facts = _count_by_entity(t.fact_parties.c.entity_id, t.fact_parties.c.fact_id)
    query = (select(t.entities.c.id)
             .outerjoin(documents, documents.c.entity_id == t.entities.c.id)
             .outerjoin(facts, facts.c.entity_id == t.entities.c.id)
             .where(*conditions)
             .order_by(func.coalesce(documents.c.n, 0).desc(), func.coalesce(facts.c.n, 0).desc(),
                       t.entities.c.name, t.entities.c.id)
             .limit(limit).offset(offset))
    with kb.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(t.entities).where(*conditions)) or 0
        ids = list(conn.scalars(query))
        summaries = _summaries(conn, ids)
    return Page(items=[summaries[i] for i in ids], total=total, limit=limit, offset=offset)


def find_entity(kb: KnowledgeBase, name: str | int) -> EntitySummary:
    """The entity a user means by a name, an alias or an id; raises ``EntityNotFound`` with suggestions."""
    with kb.engine.connect() as conn:
        entity_id = _entity_id(conn, name)
        return _summaries(conn, [entity_id])[entity_id]


def entity_profile(kb: KnowledgeBase, name: str | int) -> EntityProfile:
    """Everything known about one entity: names, family, people, partners, figures by kind and quotes."""
    with kb.engine.connect() as conn:
        entity_id = _entity_id(conn, name)
        entity = _summaries(conn, [entity_id])[entity_id]
        child_ids = list(conn.scalars(select(t.entities.c.id).where(t.entities.c.parent == entity.name)
                                      .order_by(t.entities.c.name)))
        children = _summaries(conn, child_ids)
        people_rows = _people(conn, entity_id)
        partnerships = _partners(conn, entity_id)
        metric_rows = _one_per_group(_fact_rows(conn, _fact_query().where(
            t.facts.c.type == "metric", t.facts.c.subject_id == entity_id).order_by(t.facts.c.id)))
        measured_on = _one_per_group(_fact_rows(conn, _fact_query().where(
            t.facts.c.type == "metric", t.facts.c.platform_id.in_(_with_children(conn, entity_id)),
            or_(t.facts.c.subject_id.is_(None), t.facts.c.subject_id != entity_id)).order_by(t.facts.c.id)))
        speakers = {entity_id} | set(_role_party_ids(conn, [row.fact_id for row in people_rows], "person"))
        quote_rows = _one_per_group(_fact_rows(conn, _fact_query().where(
            t.facts.c.type == "quote", t.facts.c.subject_id.in_(speakers)).order_by(t.facts.c.id)))
    return EntityProfile(entity=entity, children=[children[i] for i in child_ids], people=people_rows,
                         partnerships=partnerships, metrics=_by_kind(metric_rows), quotes=_newest_first(quote_rows),
                         platform_metrics=_by_kind(measured_on))


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
    query = _fact_query().where(t.facts.c.type == "metric")
    if kind is not None:
        query = query.where(t.facts.c.kind == _metric_kind(kind))
    if category:
        query = query.where(_SUBJECT.c.category == category)
    if since:
        query = query.where(t.facts.c.date >= _iso_date(since, "since"))
    if until:
        bound = _iso_date(until, "until")
        query = query.where(func.substr(t.facts.c.date, 1, len(bound)) <= bound)
    with kb.engine.connect() as conn:
        if platform is not None:
            query = query.where(t.facts.c.platform_id.in_(_with_children(conn, _entity_id(conn, platform))))
        if subject is not None:
            query = query.where(t.facts.c.subject_id == _entity_id(conn, subject))
        rows = _one_per_group(r for r in _fact_rows(conn, query.order_by(t.facts.c.id))
                              if include_uncertain or not r.uncertain)
    leaders = sorted(rows, key=lambda r: (r.value is None, -(r.value or 0.0), r.id))
    end = None if top is None else offset + top
    return Page(items=leaders[offset:end], total=len(leaders), limit=len(leaders) if top is None else top,
                offset=offset)


def timeline(kb: KnowledgeBase, name: str | int, kind: str, include_uncertain: bool = False) -> Timeline:
    """One entity's figures of one kind over time, one point per fact group, oldest first (totals only,
    unless ``include_uncertain``)."""
    kind = _metric_kind(kind)
    with kb.engine.connect() as conn:
        entity_id = _entity_id(conn, name)
        entity = _summaries(conn, [entity_id])[entity_id]
        rows = _one_per_group(r for r in _fact_rows(conn, _fact_query().where(
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
    with kb.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(t.facts).where(condition)) or 0
        rows = _fact_rows(conn, _fact_query().where(condition)
                          .order_by(t.facts.c.confidence, t.facts.c.id).limit(limit).offset(offset))
    return Page(items=rows, total=total, limit=limit, offset=offset)


def partners(kb: KnowledgeBase, name: str | int, kind: str | None = None,
             status: str | None = None) -> list[PartnerRow]:
    """The entity's partners, the most documented partnership first; with ``kind`` or ``status``, only
    the partnerships of that kind ("sponsorship") or standing ("ended"), as the fact's record says."""
    _check_partnership_filter(kind, status)
    with kb.engine.connect() as conn:
        rows = _partners(conn, _entity_id(conn, name))
    if kind is None and status is None:
        return rows
    kept = [PartnerRow(partner=r.partner, partner_type=r.partner_type, partner_category=r.partner_category,
                       facts=[f for f in r.facts if partnership_matches(f.record, kind, status)],
                       partner_id=r.partner_id) for r in rows]
    return [row for row in kept if row.facts]


def partnership_matches(record: dict[str, Any], kind: str | None, status: str | None) -> bool:
    """Whether a partnership record is of the kind and status asked for (None asks for any); records
    written before the two keys existed count as "other" and "active"."""
    return ((kind is None or record.get("kind", "other") == kind)
            and (status is None or record.get("status", "active") == status))


def _check_partnership_filter(kind: str | None, status: str | None) -> None:
    if kind is not None and kind not in PARTNERSHIP_KINDS:
        raise BadQuery(f"unknown partnership kind {kind!r}; one of: {', '.join(PARTNERSHIP_KINDS)}")
    if status is not None and status not in PARTNERSHIP_STATUSES:
        raise BadQuery(f"unknown partnership status {status!r}; one of: {', '.join(PARTNERSHIP_STATUSES)}")


def people(kb: KnowledgeBase, organization: str | int) -> list[RoleRow]:
    """The people holding roles at an organization (or a person's roles), best sourced first."""
    with kb.engine.connect() as conn:
        return _people(conn, _entity_id(conn, organization))


def search(kb: KnowledgeBase, text: str, limit: int = 20, offset: int = 0) -> Page:
    """Documents and facts that contain every word of ``text``, best match first (a Page of SearchHit)."""
    words = [w for w in text.split() if _WORD.search(w)]
    if not words:
        return Page(items=[], total=0, limit=limit, offset=offset)
    with kb.engine.connect() as conn:
        dialect = conn.dialect.name
        if _UNSPACED.search(text) or dialect not in ("sqlite", "postgresql"):
            documents, facts = _substring_search(conn, words)
        elif dialect == "sqlite":
            documents, facts = _sqlite_search(conn, words, limit + offset)
        else:
            documents, facts = _postgres_search(conn, text, limit + offset)
        fact_hits = _name_fact_hits(conn, facts.hits)
    hits = sorted([*documents.hits, *fact_hits], key=lambda h: -h.score)
    return Page(items=hits[offset:offset + limit], total=documents.total + facts.total, limit=limit, offset=offset)


def fact_sources(kb: KnowledgeBase, fact_id: int) -> FactSources:
    """The sentences and documents behind a fact's figure, and the other figures of its group."""
    with kb.engine.connect() as conn:
        row = conn.execute(_fact_query(include_rejected=True).where(t.facts.c.id == fact_id)).first()
        if row is None:
            raise FactNotFound(f"no fact with id {fact_id}")
        group = [row]
        if row.group_key is not None:
            group = [r for r in conn.execute(_fact_query().where(t.facts.c.group_key == row.group_key)
                                             .order_by(t.facts.c.id)).all()
                     if _signature(r.record) == _signature(row.record)]
        figure = _row_figure(row)
        agreeing = [row.id, *(r.id for r in group if r.id != row.id and _agree(_row_figure(r), figure))]
        others = [r for r in group if r.id not in agreeing]
        facts = {f.id: f for f in _fact_rows(conn, [row, *others])}
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


def partnership_graph(kb: KnowledgeBase, name: str | int | None = None, depth: int = 1,
                      kind: str | None = None, status: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Who partners with whom: ``{"nodes": [{id, name, type, category}], "edges": [{source, target, facts}]}``.

    With ``name``, only the entities within ``depth`` partnership steps of it; with ``kind`` or
    ``status``, only partnerships of that kind or standing.
    An edge's ``facts`` is how many partnership facts link the two (their ids in ``fact_ids``), and
    ``kinds`` and ``statuses`` what those facts say they are.
    """
    _check_partnership_filter(kind, status)
    with kb.engine.connect() as conn:
        parties: dict[int, set[int]] = defaultdict(set)
        records: dict[int, dict[str, Any]] = {}
        for fact_id, entity_id, record in conn.execute(
                select(t.fact_parties.c.fact_id, t.fact_parties.c.entity_id, t.facts.c.record)
                .join(t.facts, t.facts.c.id == t.fact_parties.c.fact_id)
                .where(t.facts.c.type == "partnership", t.fact_parties.c.role == "party")):
            if partnership_matches(record, kind, status):
                parties[fact_id].add(entity_id)
                records[fact_id] = record
        links: dict[tuple[int, int], list[int]] = defaultdict(list)
        for fact_id, members in parties.items():
            ordered = sorted(members)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    links[(a, b)].append(fact_id)
        if name is None:
            kept = {entity_id for pair in links for entity_id in pair}
        else:
            kept = _within(_entity_id(conn, name), links, depth)
        summaries = _summaries(conn, sorted(kept))
    nodes = [{"id": s.id, "name": s.name, "type": s.type, "category": s.category} for s in summaries.values()]
    edges = [{"source": a, "target": b, "facts": len(ids), "fact_ids": sorted(ids),
              "kinds": sorted({records[i].get("kind", "other") for i in ids}),
              "statuses": sorted({records[i].get("status", "active") for i in ids})}
             for (a, b), ids in sorted(links.items()) if a in kept and b in kept]
    return {"nodes": sorted(nodes, key=lambda n: n["name"]), "edges": edges}


def new_facts(kb: KnowledgeBase, since: str | None = None, document_ids: Sequence[str] | None = None,
              about: str | int | None = None, limit: int = 500) -> list[FactRow]:
    """Facts of recent documents, newest first: those published on or after ``since`` (an ISO date;
    a document with no publication date counts from when it was ingested), or those of the documents
    ``document_ids`` (sha256: ids, what a watch run just added); ``about`` keeps the facts an entity
    takes part in (as subject, platform or any party). Briefings and watch digests ask this."""
    query = _fact_query()
    if since is not None:
        bound = _iso_date(since, "since")
        query = query.where(or_(t.documents.c.published >= bound,
                                and_(t.documents.c.published.is_(None),
                                     func.substr(sa.cast(t.documents.c.ingested_at, sa.String), 1, 10) >= bound)))
    if document_ids is not None:
        query = query.where(t.documents.c.doc_id.in_(list(document_ids)))
    with kb.engine.connect() as conn:
        if about is not None:
            entity_id = _entity_id(conn, about)
            query = query.where(or_(t.facts.c.subject_id == entity_id, t.facts.c.platform_id == entity_id,
                                    t.facts.c.id.in_(select(t.fact_parties.c.fact_id)
                                                     .where(t.fact_parties.c.entity_id == entity_id))))
        rows = _fact_rows(conn, query.order_by(t.facts.c.id.desc()).limit(limit))
    return _newest_first(rows)


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


# --- entities -------------------------------------------------------------------------------------------------

#: Characters of scripts written without spaces: no tokeniser splits them into words.
_UNSPACED = script().unspaced_re
_WORD = re.compile(r"\w")
_SUGGESTIONS = 5
_TOP_SOURCES = 20


@lru_cache(maxsize=2)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _spellings(name: str) -> list[str]:
    """A name as given and, for Chinese, in simplified and in traditional characters."""
    if not _UNSPACED.search(name):
        return [name]
    return list(dict.fromkeys((name, _opencc("t2s").convert(name), _opencc("s2t").convert(name))))


def _lexicon_entry(name: str) -> Entity | None:
    """The shipped domain lexicon's entry for a name (any of its aliases, either Chinese script)."""
    domain = load_domain()
    for spelling in _spellings(name):
        entry = domain.by_alias(spelling)
        if entry is not None:
            return entry
    return None


#: An entity named by its id: "42" or "#42", ASCII digits that fit a database integer.
_ENTITY_ID = re.compile(r"#?[0-9]{1,18}")


def _entity_id(conn: Connection, name: str | int) -> int:
    """The id of the entity a user means; ``EntityNotFound`` (with close names) when there is none."""
    if isinstance(name, int) or _ENTITY_ID.fullmatch(name.strip()):
        entity_id = name if isinstance(name, int) else int(name.strip().lstrip("#"))
        found = conn.scalar(select(t.entities.c.id).where(t.entities.c.id == entity_id))
        if found is not None:
            return int(found)
        if isinstance(name, int):
            raise EntityNotFound(str(name), [])
    query = name.strip()
    direct = normalised_names(_spellings(query))
    entry = _lexicon_entry(query)
    known = normalised_names([entry.name, *entry.aliases]) if entry else set()
    rows = conn.execute(
        select(t.entities.c.id, t.entities.c.norm, t.aliases.c.norm.label("alias_norm"))
        .join(t.aliases, t.aliases.c.entity_id == t.entities.c.id)
        .where(t.aliases.c.norm.in_(direct | known))).all()
    if not rows:
        raise EntityNotFound(query, _suggestions(conn, query))
    documents = _counts(conn, t.document_entities.c.entity_id, t.document_entities.c.document_id,
                        {r.id for r in rows})
    canonical = normalise_name(entry.name) if entry else None

    def rank(row: Row[Any]) -> tuple[bool, bool, bool, int, int]:
        # Named as asked before named through the lexicon; then the canonical name, then the most documented.
        return (row.alias_norm in direct, row.norm in direct, row.norm == canonical, documents.get(row.id, 0),
                -row.id)

    return int(max(rows, key=rank).id)


def _suggestions(conn: Connection, name: str) -> list[str]:
    """The canonical names of entities with an alias close to ``name`` (rapidfuzz), best first."""
    names = {alias: canonical for alias, canonical in conn.execute(
        select(t.aliases.c.alias, t.entities.c.name).join(t.entities, t.entities.c.id == t.aliases.c.entity_id))}
    close = process.extract(name, list(names), scorer=fuzz.WRatio, score_cutoff=80, limit=4 * _SUGGESTIONS)
    return list(dict.fromkeys(names[alias] for alias, _score, _index in close))[:_SUGGESTIONS]


def _name_contains(search: str) -> ColumnElement[bool]:
    """Entities one of whose names, in the knowledge base or in the shipped lexicon, contains ``search``."""
    needles = normalised_names(_spellings(search))
    lexicon_names = [entry.name for entry in load_domain().entities.values()
                     if any(n in alias for alias in normalised_names([entry.name, *entry.aliases]) for n in needles)]
    in_aliases = select(t.aliases.c.entity_id).where(
        or_(*(t.aliases.c.norm.contains(n, autoescape=True) for n in needles)))
    return or_(t.entities.c.id.in_(in_aliases), t.entities.c.norm.in_(normalised_names(lexicon_names)))


def _with_children(conn: Connection, entity_id: int) -> list[int]:
    """An entity and the entities it owns (``parent``): a company and its platforms."""
    name = conn.scalar(select(t.entities.c.name).where(t.entities.c.id == entity_id))
    children = conn.scalars(select(t.entities.c.id).where(t.entities.c.parent == name))
    return [entity_id, *children]


def _count_by_entity(entity_column: Any, counted_column: Any) -> Any:
    return (select(entity_column.label("entity_id"), func.count(func.distinct(counted_column)).label("n"))
            .group_by(entity_column).subquery())


def _counts(conn: Connection, entity_column: Any, counted_column: Any, ids: Iterable[int]) -> dict[int, int]:
    """How many distinct ``counted_column`` values each entity has (documents it is in, facts it is in)."""
    query = (select(entity_column, func.count(func.distinct(counted_column)))
             .where(entity_column.in_(list(ids))).group_by(entity_column))
    return {int(entity_id): int(n) for entity_id, n in conn.execute(query)}


def _summaries(conn: Connection, ids: Sequence[int]) -> dict[int, EntitySummary]:
    if not ids:
        return {}
    aliases: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in conn.execute(select(t.aliases.c.entity_id, t.aliases.c.alias)
                                         .where(t.aliases.c.entity_id.in_(ids)).order_by(t.aliases.c.id)):
        aliases[entity_id].append(alias)
    documents = _counts(conn, t.document_entities.c.entity_id, t.document_entities.c.document_id, ids)
    facts = _counts(conn, t.fact_parties.c.entity_id, t.fact_parties.c.fact_id, ids)
    rows = conn.execute(select(t.entities).where(t.entities.c.id.in_(ids))).all()
    parents = _parent_ids(conn, {row.parent for row in rows if row.parent})
    return {row.id: EntitySummary(id=row.id, name=row.name, type=row.type, category=row.category,
                                  parent=row.parent, aliases=_other_names(row.name, aliases[row.id]),
                                  documents=documents.get(row.id, 0), facts=facts.get(row.id, 0),
                                  parent_id=parents.get(row.parent or ""))
            for row in rows}


def _parent_ids(conn: Connection, names: set[str]) -> dict[str, int]:
    """The stored entities that parent names (from the lexicon) stand for: by name or alias."""
    if not names:
        return {}
    by_norm = {normalise_name(name): name for name in names}
    found: dict[str, int] = {}
    for norm, entity_id in conn.execute(select(t.aliases.c.norm, t.aliases.c.entity_id)
                                        .where(t.aliases.c.norm.in_(list(by_norm))).order_by(t.aliases.c.entity_id)):
        found.setdefault(by_norm[norm], int(entity_id))
    return found


def _other_names(name: str, seen: list[str]) -> list[str]:
    """The names an entity goes by besides its own: those documents used, then the lexicon's, once each."""
    entry = _lexicon_entry(name)
    names = [*seen, *([entry.name, *entry.aliases] if entry and normalise_name(entry.name) == normalise_name(name)
                      else [])]
    kept: dict[str, str] = {normalise_name(name): name}
    for other in names:
        kept.setdefault(normalise_name(other), other)
    return list(kept.values())[1:]


def _within(start: int, links: dict[tuple[int, int], list[int]], depth: int) -> set[int]:
    """The entities at most ``depth`` partnership steps from ``start``."""
    neighbours: dict[int, set[int]] = defaultdict(set)
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)
    reached, frontier = {start}, {start}
    for _ in range(max(depth, 0)):
        frontier = {n for entity_id in frontier for n in neighbours[entity_id]} - reached
        reached |= frontier
    return reached


# --- facts ----------------------------------------------------------------------------------------------------

_SUBJECT = t.entities.alias("subject_entity")
_PLATFORM = t.entities.alias("platform_entity")


def _fact_query(include_rejected: bool = False) -> Select[Any]:
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
    """The figure of a ``_fact_query`` row."""
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


def _fact_rows(conn: Connection, query: Select[Any] | Sequence[Row[Any]]) -> list[FactRow]:
    """Fact rows (from ``_fact_query``) with the sources and the conflict of their groups."""
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


def _one_per_group(rows: Iterable[FactRow]) -> list[FactRow]:
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


def _newest_first(rows: Iterable[FactRow]) -> list[FactRow]:
    return sorted(rows, key=lambda r: (r.date or r.published or "", r.id), reverse=True)


def _by_kind(rows: Iterable[FactRow]) -> dict[str, list[FactRow]]:
    """Figures by kind, in the order of ``METRIC_KINDS``, each list newest first."""
    by_kind: dict[str, list[FactRow]] = defaultdict(list)
    for row in rows:
        by_kind[row.kind or "other"].append(row)
    order = {kind: i for i, kind in enumerate(METRIC_KINDS)}
    return {kind: _newest_first(by_kind[kind]) for kind in sorted(by_kind, key=lambda k: order.get(k, len(order)))}


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


def _parties(conn: Connection, fact_ids: Sequence[int], roles: Sequence[str]) -> list[Row[Any]]:
    return list(conn.execute(select(t.fact_parties.c.fact_id, t.fact_parties.c.entity_id, t.fact_parties.c.role)
                             .where(t.fact_parties.c.fact_id.in_(fact_ids), t.fact_parties.c.role.in_(roles))
                             .order_by(t.fact_parties.c.id)))


def _role_party_ids(conn: Connection, fact_ids: Sequence[int], role: str) -> list[int]:
    return [row.entity_id for row in _parties(conn, fact_ids, [role])] if fact_ids else []


def _facts_of(entity_id: int, fact_type: str, roles: Sequence[str]) -> Select[Any]:
    """The ids of an entity's facts of one type, where it plays one of ``roles``."""
    return (select(t.fact_parties.c.fact_id)
            .join(t.facts, t.facts.c.id == t.fact_parties.c.fact_id)
            .where(t.fact_parties.c.entity_id == entity_id, t.fact_parties.c.role.in_(roles),
                   t.facts.c.type == fact_type))


def _people(conn: Connection, entity_id: int) -> list[RoleRow]:
    rows = _one_per_group(_fact_rows(conn, _fact_query().where(
        t.facts.c.id.in_(_facts_of(entity_id, "role", ("person", "organization")))).order_by(t.facts.c.id)))
    names = {(p.fact_id, p.role): p.entity_id for p in _parties(conn, [r.id for r in rows], ("person", "organization"))}
    summaries = _summaries(conn, sorted(set(names.values())))

    def name(row: FactRow, role: str) -> str:
        entity = summaries.get(names.get((row.id, role), -1))
        return entity.name if entity else str(row.record.get(role) or "")

    roles = [RoleRow(person=name(r, "person"), organization=name(r, "organization"),
                     title=str(r.record.get("title") or ""), title_normalised=r.record.get("title_normalised"),
                     fact_id=r.id, sources=r.sources) for r in rows]
    return sorted(roles, key=lambda r: (-r.sources, r.person.casefold(), r.organization.casefold()))


def _partners(conn: Connection, entity_id: int) -> list[PartnerRow]:
    facts = {f.id: f for f in _fact_rows(conn, _fact_query().where(
        t.facts.c.id.in_(_facts_of(entity_id, "partnership", ("party",)))).order_by(t.facts.c.id))}
    by_partner: dict[int, dict[int, FactRow]] = defaultdict(dict)
    for party in _parties(conn, list(facts), ("party",)):
        if party.entity_id != entity_id:
            by_partner[party.entity_id][party.fact_id] = facts[party.fact_id]
    summaries = _summaries(conn, list(by_partner))
    rows = [PartnerRow(partner=summaries[p].name, partner_type=summaries[p].type,
                       partner_category=summaries[p].category, facts=_newest_first(linked.values()), partner_id=p)
            for p, linked in by_partner.items()]
    return sorted(rows, key=lambda r: (-len(r.facts), -max(f.sources for f in r.facts), r.partner.casefold()))


# --- search ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Hits:
    """Hits of one kind (documents, or facts keyed by fact id), and how many there are in all."""

    hits: list[SearchHit]
    total: int


#: Where a match starts and stops while a snippet is made (private-use characters no text contains);
#: ``_snippet_text`` turns them into the [ ] of ``SearchHit.snippet``.
_START, _STOP = "\ue000", "\ue001"
#: ts_headline options: a short window around the match (as FTS5 snippet() gives).
_HEADLINE = f"StartSel={_START}, StopSel={_STOP}, MaxWords=24, MinWords=12, MaxFragments=1"
#: The expression of the GIN index of migration 0004: keep them identical or the index is not used.
_DOCUMENT_VECTOR_PG = "to_tsvector('simple', coalesce(d.title, '') || ' ' || d.text)"
#: A fact's words besides its sentence, as the store indexes them on SQLite.
_FACT_DETAILS_PG = t.fact_search_details(lambda key: f"f.record ->> '{key}'")


def _fts5_query(words: Sequence[str]) -> str:
    """Every word as an FTS5 phrase (so punctuation and operators in user text are plain text)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _sqlite_search(conn: Connection, words: Sequence[str], wanted: int) -> tuple[_Hits, _Hits]:
    match = {"match": _fts5_query(words), "wanted": wanted}
    documents = conn.execute(text(
        f"SELECT d.doc_id AS id, d.title, snippet(documents_search, -1, '{_START}', '{_STOP}', '…', 16) AS snippet, "
        "-bm25(documents_search) AS score FROM documents_search JOIN documents d ON d.id = documents_search.rowid "
        "WHERE documents_search MATCH :match ORDER BY bm25(documents_search) LIMIT :wanted"), match).all()
    document_total = conn.scalar(text("SELECT count(*) FROM documents_search WHERE documents_search MATCH :match"),
                                 match)
    facts = conn.execute(text(
        f"SELECT fact_id AS id, snippet(facts_search, 1, '{_START}', '{_STOP}', '…', 16) AS snippet, "
        "-bm25(facts_search) AS score FROM facts_search WHERE facts_search MATCH :match "
        "ORDER BY bm25(facts_search)"), match).all()
    return _Hits(_document_hits(documents), document_total or 0), _best_per_fact(facts, wanted)


def _postgres_search(conn: Connection, query: str, wanted: int) -> tuple[_Hits, _Hits]:
    params = {"query": query, "wanted": wanted, "headline": _HEADLINE}
    documents = conn.execute(text(
        f"SELECT d.doc_id AS id, d.title, ts_headline('simple', coalesce(d.title, '') || ' ' || d.text, q, "
        f":headline) AS snippet, ranked.score FROM (SELECT d.id, ts_rank({_DOCUMENT_VECTOR_PG}, q) AS score "
        f"FROM documents d, plainto_tsquery('simple', :query) q WHERE {_DOCUMENT_VECTOR_PG} @@ q "
        f"ORDER BY score DESC, d.id LIMIT :wanted) ranked JOIN documents d ON d.id = ranked.id, "
        f"plainto_tsquery('simple', :query) q ORDER BY ranked.score DESC, d.id"), params).all()
    document_total = conn.scalar(text(
        f"SELECT count(*) FROM documents d, plainto_tsquery('simple', :query) q WHERE {_DOCUMENT_VECTOR_PG} @@ q"),
        params)
    fact_vector = f"to_tsvector('simple', e.sentence || ' ' || {_FACT_DETAILS_PG})"
    ranked = conn.execute(text(
        f"SELECT e.id AS evidence_id, e.fact_id AS id, ts_rank({fact_vector}, q) AS score "
        f"FROM evidence e JOIN facts f ON f.id = e.fact_id, plainto_tsquery('simple', :query) q "
        f"WHERE {fact_vector} @@ q ORDER BY score DESC, e.id"), params).all()
    best: dict[int, Row[Any]] = {}
    for row in ranked:   # best first: the first evidence of a fact is its best
        best.setdefault(row.id, row)
    shown = list(best.values())[:wanted]
    headlines = {evidence_id: headline for evidence_id, headline in conn.execute(text(
        "SELECT e.id, ts_headline('simple', e.sentence, q, :headline) FROM evidence e, "
        "plainto_tsquery('simple', :query) q WHERE e.id IN :ids").bindparams(bindparam("ids", expanding=True)),
        params | {"ids": [row.evidence_id for row in shown] or [0]})}
    facts = [SearchHit("fact", row.id, None, _snippet_text(headlines[row.evidence_id]), float(row.score))
             for row in shown]
    return _Hits(_document_hits(documents), document_total or 0), _Hits(facts, len(best))


def _substring_search(conn: Connection, words: Sequence[str]) -> tuple[_Hits, _Hits]:
    """Every word as a substring, in either Chinese script: for text no tokeniser splits into words."""
    needles = [[s.casefold() for s in _spellings(w)] for w in words]

    def containing(*columns: Any) -> ColumnElement[bool]:
        return and_(*(or_(*(func.lower(c).contains(s, autoescape=True) for c in columns for s in spellings))
                      for spellings in needles))

    documents = conn.execute(select(t.documents.c.doc_id, t.documents.c.title, t.documents.c.text)
                             .where(containing(t.documents.c.title, t.documents.c.text))).all()
    evidence = conn.execute(select(t.evidence.c.fact_id, t.evidence.c.sentence)
                            .where(containing(t.evidence.c.sentence)).order_by(t.evidence.c.id)).all()
    document_hits = [SearchHit("document", d.doc_id, d.title, *_snippet(f"{d.title or ''}\n{d.text}", needles))
                     for d in documents]
    fact_hits = [SearchHit("fact", e.fact_id, None, *_snippet(e.sentence, needles)) for e in evidence]
    best = _best_per_fact(fact_hits, len(fact_hits))
    return _Hits(sorted(document_hits, key=lambda h: -h.score), len(document_hits)), best


def _snippet(text_: str, needles: Sequence[Sequence[str]], width: int = 60) -> tuple[str, float]:
    """A window of ``text_`` around the first match, every match between [ and ]; the score is the match count."""
    folded = text_.casefold()
    spans = sorted((m.start(), m.end()) for group in needles for s in group
                   for m in re.finditer(re.escape(s), folded))
    if not spans:
        return _snippet_text(text_[:width]), 0.0
    begin = max(spans[0][0] - width // 2, 0)
    end = min(begin + 2 * width, len(text_))
    pieces, cursor = [], begin
    for start, stop in spans:
        if start < cursor or stop > end:
            continue
        pieces += [text_[cursor:start], _START, text_[start:stop], _STOP]
        cursor = stop
    pieces.append(text_[cursor:end])
    body = _snippet_text("".join(pieces))
    return ("…" if begin else "") + body + ("…" if end < len(text_) else ""), float(len(spans))


def _document_hits(rows: Iterable[Any]) -> list[SearchHit]:
    return [SearchHit("document", row.id, row.title, _snippet_text(row.snippet), float(row.score)) for row in rows]


def _snippet_text(snippet: str) -> str:
    """A snippet on one line with its matches between [ and ]; the text's own brackets become ［ ］."""
    marked = snippet.replace("[", "［").replace("]", "］").replace(_START, "[").replace(_STOP, "]")
    return " ".join(marked.split())


def _best_per_fact(rows: Iterable[Any], wanted: int) -> _Hits:
    """One hit per fact (its best-matching evidence), best first; the first ``wanted`` kept."""
    best: dict[int, SearchHit] = {}
    for row in rows:
        hit = row if isinstance(row, SearchHit) else SearchHit("fact", int(row.id), None, _snippet_text(row.snippet),
                                                                float(row.score))
        if hit.id not in best or hit.score > best[int(hit.id)].score:
            best[int(hit.id)] = hit
    ranked = sorted(best.values(), key=lambda h: -h.score)
    return _Hits(ranked[:wanted], len(ranked))


def _name_fact_hits(conn: Connection, hits: list[SearchHit]) -> list[SearchHit]:
    """Fact hits titled with what the fact says."""
    records = {fact_id: record for fact_id, record in conn.execute(
        select(t.facts.c.id, t.facts.c.record).where(t.facts.c.id.in_([h.id for h in hits])))}
    for hit in hits:
        hit.title = describe_fact(records.get(hit.id) or {})
    return hits


def _site(site_name: str | None, url: str | None, source: str) -> str:
    """Where a document comes from: the host of its URL, else its site's name, else the folder of its file."""
    for location in (url, source):
        host = urlparse(location).hostname if location else None
        if host:
            return host
    return site_name or PurePath(source).parent.as_posix()
