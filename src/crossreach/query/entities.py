"""Which entity a user means: any alias in any script (OpenCC variants of Chinese names), the shipped domain
lexicon's names, or an id; close names (rapidfuzz) when none matches. Entity summaries and the entity list."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import opencc
from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Connection, Row, func, or_, select

from crossreach.domain import load_domain
from crossreach.lexicon import script
from crossreach.models import Entity
from crossreach.query.results import EntityNotFound, EntitySummary, Page
from crossreach.resolve.entity_matching import normalise_name, normalised_names
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t

#: Characters of scripts written without spaces: no tokeniser splits them into words.
_UNSPACED = script().unspaced_re
_SUGGESTIONS = 5


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
    with kb.reading() as conn:
        total = conn.scalar(select(func.count()).select_from(t.entities).where(*conditions)) or 0
        ids = list(conn.scalars(query))
        summaries = entity_summaries(conn, ids)
    return Page(items=[summaries[i] for i in ids], total=total, limit=limit, offset=offset)


def find_entity(kb: KnowledgeBase, name: str | int) -> EntitySummary:
    """The entity a user means by a name, an alias or an id; raises ``EntityNotFound`` with suggestions."""
    with kb.reading() as conn:
        entity_id = entity_id_of(conn, name)
        return entity_summaries(conn, [entity_id])[entity_id]



@lru_cache(maxsize=2)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def spellings(name: str) -> list[str]:
    """A name as given and, for Chinese, in simplified and in traditional characters."""
    if not _UNSPACED.search(name):
        return [name]
    return list(dict.fromkeys((name, _opencc("t2s").convert(name), _opencc("s2t").convert(name))))


def _lexicon_entry(name: str) -> Entity | None:
    """The shipped domain lexicon's entry for a name (any of its aliases, either Chinese script)."""
    domain = load_domain()
    for spelling in spellings(name):
        entry = domain.by_alias(spelling)
        if entry is not None:
            return entry
    return None


#: An entity named by its id: "42" or "#42", ASCII digits that fit a database integer.
_ENTITY_ID = re.compile(r"#?[0-9]{1,18}")


def entity_id_of(conn: Connection, name: str | int) -> int:
    """The id of the entity a user means; ``EntityNotFound`` (with close names) when there is none."""
    if isinstance(name, int) or _ENTITY_ID.fullmatch(name.strip()):
        entity_id = name if isinstance(name, int) else int(name.strip().lstrip("#"))
        found = conn.scalar(select(t.entities.c.id).where(t.entities.c.id == entity_id))
        if found is not None:
            return int(found)
        if isinstance(name, int):
            raise EntityNotFound(str(name), [])
    query = name.strip()
    direct = normalised_names(spellings(query))
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
    needles = normalised_names(spellings(search))
    lexicon_names = [entry.name for entry in load_domain().entities.values()
                     if any(n in alias for alias in normalised_names([entry.name, *entry.aliases]) for n in needles)]
    in_aliases = select(t.aliases.c.entity_id).where(
        or_(*(t.aliases.c.norm.contains(n, autoescape=True) for n in needles)))
    return or_(t.entities.c.id.in_(in_aliases), t.entities.c.norm.in_(normalised_names(lexicon_names)))


def with_children(conn: Connection, entity_id: int) -> list[int]:
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


def entity_summaries(conn: Connection, ids: Sequence[int]) -> dict[int, EntitySummary]:
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
