"""Who is linked to whom: an organization's people and their roles, an entity's partners, and the
partnership network, each read from the parties of the facts that link them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, Select, select

from crossreach.models import PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES
from crossreach.query.entities import entity_id_of, entity_summaries
from crossreach.query.facts import fact_query, fact_rows, newest_first, one_per_group
from crossreach.query.results import BadQuery, FactRow, PartnerRow, RoleRow
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t


def partners(kb: KnowledgeBase, name: str | int, kind: str | None = None,
             status: str | None = None) -> list[PartnerRow]:
    """The entity's partners, the most documented partnership first; with ``kind`` or ``status``, only
    the partnerships of that kind ("sponsorship") or standing ("ended"), as the fact's record says."""
    _check_partnership_filter(kind, status)
    with kb.reading() as conn:
        rows = partners_of(conn, entity_id_of(conn, name))
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
    with kb.reading() as conn:
        return people_of(conn, entity_id_of(conn, organization))


def partnership_graph(kb: KnowledgeBase, name: str | int | None = None, depth: int = 1,
                      kind: str | None = None, status: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Who partners with whom: ``{"nodes": [{id, name, type, category}], "edges": [{source, target, facts}]}``.

    With ``name``, only the entities within ``depth`` partnership steps of it; with ``kind`` or
    ``status``, only partnerships of that kind or standing.
    An edge's ``facts`` is how many partnership facts link the two (their ids in ``fact_ids``), and
    ``kinds`` and ``statuses`` what those facts say they are.
    """
    _check_partnership_filter(kind, status)
    with kb.reading() as conn:
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
            kept = _within(entity_id_of(conn, name), links, depth)
        summaries = entity_summaries(conn, sorted(kept))
    nodes = [{"id": s.id, "name": s.name, "type": s.type, "category": s.category} for s in summaries.values()]
    edges = [{"source": a, "target": b, "facts": len(ids), "fact_ids": sorted(ids),
              "kinds": sorted({records[i].get("kind", "other") for i in ids}),
              "statuses": sorted({records[i].get("status", "active") for i in ids})}
             for (a, b), ids in sorted(links.items()) if a in kept and b in kept]
    return {"nodes": sorted(nodes, key=lambda n: n["name"]), "edges": edges}




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



def _parties(conn: Connection, fact_ids: Sequence[int], roles: Sequence[str]) -> list[Row[Any]]:
    return list(conn.execute(select(t.fact_parties.c.fact_id, t.fact_parties.c.entity_id, t.fact_parties.c.role)
                             .where(t.fact_parties.c.fact_id.in_(fact_ids), t.fact_parties.c.role.in_(roles))
                             .order_by(t.fact_parties.c.id)))


def role_party_ids(conn: Connection, fact_ids: Sequence[int], role: str) -> list[int]:
    return [row.entity_id for row in _parties(conn, fact_ids, [role])] if fact_ids else []


def _facts_of(entity_id: int, fact_type: str, roles: Sequence[str]) -> Select[Any]:
    """The ids of an entity's facts of one type, where it plays one of ``roles``."""
    return (select(t.fact_parties.c.fact_id)
            .join(t.facts, t.facts.c.id == t.fact_parties.c.fact_id)
            .where(t.fact_parties.c.entity_id == entity_id, t.fact_parties.c.role.in_(roles),
                   t.facts.c.type == fact_type))


def people_of(conn: Connection, entity_id: int) -> list[RoleRow]:
    rows = one_per_group(fact_rows(conn, fact_query().where(
        t.facts.c.id.in_(_facts_of(entity_id, "role", ("person", "organization")))).order_by(t.facts.c.id)))
    names = {(p.fact_id, p.role): p.entity_id for p in _parties(conn, [r.id for r in rows], ("person", "organization"))}
    summaries = entity_summaries(conn, sorted(set(names.values())))

    def name(row: FactRow, role: str) -> str:
        entity = summaries.get(names.get((row.id, role), -1))
        return entity.name if entity else str(row.record.get(role) or "")

    roles = [RoleRow(person=name(r, "person"), organization=name(r, "organization"),
                     title=str(r.record.get("title") or ""), title_normalised=r.record.get("title_normalised"),
                     fact_id=r.id, sources=r.sources) for r in rows]
    return sorted(roles, key=lambda r: (-r.sources, r.person.casefold(), r.organization.casefold()))


def partners_of(conn: Connection, entity_id: int) -> list[PartnerRow]:
    facts = {f.id: f for f in fact_rows(conn, fact_query().where(
        t.facts.c.id.in_(_facts_of(entity_id, "partnership", ("party",)))).order_by(t.facts.c.id))}
    by_partner: dict[int, dict[int, FactRow]] = defaultdict(dict)
    for party in _parties(conn, list(facts), ("party",)):
        if party.entity_id != entity_id:
            by_partner[party.entity_id][party.fact_id] = facts[party.fact_id]
    summaries = entity_summaries(conn, list(by_partner))
    rows = [PartnerRow(partner=summaries[p].name, partner_type=summaries[p].type,
                       partner_category=summaries[p].category, facts=newest_first(linked.values()), partner_id=p)
            for p, linked in by_partner.items()]
    return sorted(rows, key=lambda r: (-len(r.facts), -max(f.sources for f in r.facts), r.partner.casefold()))


# --- search ---------------------------------------------------------------------------------------------------
