"""The two summaries a user opens first: what the knowledge base holds (``overview``), and everything known
about one entity (``entity_profile``)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath
from urllib.parse import urlparse

from sqlalchemy import func, or_, select

from crossreach.query.entities import entity_id_of, entity_summaries, with_children
from crossreach.query.facts import by_kind, fact_query, fact_rows, newest_first, one_per_group
from crossreach.query.relations import partners_of, people_of, role_party_ids
from crossreach.query.results import EntityProfile, Overview
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t

_TOP_SOURCES = 20


def overview(kb: KnowledgeBase, latest: int = 10) -> Overview:
    """What the knowledge base holds: counts, languages, the latest facts and the sites most read."""
    counts = kb.counts()
    with kb.reading() as conn:
        n = func.count().label("n")
        languages = {lang: count for lang, count in conn.execute(
            select(t.documents.c.lang, n).group_by(t.documents.c.lang).order_by(n.desc(), t.documents.c.lang))}
        latest_rows = fact_rows(conn, fact_query().order_by(t.facts.c.id.desc()).limit(latest))
        sites: dict[str, int] = defaultdict(int)
        for row in conn.execute(select(t.documents.c.site_name, t.documents.c.url, t.documents.c.source)):
            sites[_site(row.site_name, row.url, row.source)] += 1
    top_sources = dict(sorted(sites.items(), key=lambda item: (-item[1], item[0]))[:_TOP_SOURCES])
    return Overview(counts=counts, languages=languages, latest=latest_rows, top_sources=top_sources)


def entity_profile(kb: KnowledgeBase, name: str | int) -> EntityProfile:
    """Everything known about one entity: names, family, people, partners, figures by kind and quotes."""
    with kb.reading() as conn:
        entity_id = entity_id_of(conn, name)
        entity = entity_summaries(conn, [entity_id])[entity_id]
        child_ids = list(conn.scalars(select(t.entities.c.id).where(t.entities.c.parent == entity.name)
                                      .order_by(t.entities.c.name)))
        children = entity_summaries(conn, child_ids)
        people_rows = people_of(conn, entity_id)
        partnerships = partners_of(conn, entity_id)
        metric_rows = one_per_group(fact_rows(conn, fact_query().where(
            t.facts.c.type == "metric", t.facts.c.subject_id == entity_id).order_by(t.facts.c.id)))
        measured_on = one_per_group(fact_rows(conn, fact_query().where(
            t.facts.c.type == "metric", t.facts.c.platform_id.in_(with_children(conn, entity_id)),
            or_(t.facts.c.subject_id.is_(None), t.facts.c.subject_id != entity_id)).order_by(t.facts.c.id)))
        speakers = {entity_id} | set(role_party_ids(conn, [row.fact_id for row in people_rows], "person"))
        quote_rows = one_per_group(fact_rows(conn, fact_query().where(
            t.facts.c.type == "quote", t.facts.c.subject_id.in_(speakers)).order_by(t.facts.c.id)))
    return EntityProfile(entity=entity, children=[children[i] for i in child_ids], people=people_rows,
                         partnerships=partnerships, metrics=by_kind(metric_rows), quotes=newest_first(quote_rows),
                         platform_metrics=by_kind(measured_on))


def _site(site_name: str | None, url: str | None, source: str) -> str:
    """Where a document comes from: the host of its URL, else its site's name, else the folder of its file."""
    for location in (url, source):
        host = urlparse(location).hostname if location else None
        if host:
            return host
    return site_name or PurePath(source).parent.as_posix()
