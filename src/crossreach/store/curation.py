"""A user's corrections to the entity graph: merge two entities, split an alias off one.

Each correction is recorded in ``entity_corrections`` and changes the aliases
that cross-document resolution matches on, so it survives re-extraction: a
merged entity's names are the kept entity's aliases from then on, and a name
split off an entity is never given back to it (``repository.split_aliases``). The
documents whose entities moved are marked outdated; re-extracting them (the
CLI does it at once) rebuilds their facts' cross-document groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, delete, insert, select, update

from crossreach.resolve.entity_matching import normalise_name
from crossreach.store import schema as t
from crossreach.store.repository import SPLIT, KnowledgeBase, StoreError

#: The extractor version given to documents a correction touched, so that ``reextract`` picks them up.
OUTDATED_BY_CORRECTION = "corrected"

_MERGE = "merge"


@dataclass(slots=True)
class Correction:
    """What a merge or split changed."""

    action: str
    kept_id: int
    kept_name: str
    other_id: int
    other_name: str
    aliases_moved: list[str] = field(default_factory=list)
    documents_outdated: int = 0


def merge_entities(kb: KnowledgeBase, keep_id: int, absorb_id: int) -> Correction:
    """Fold entity ``absorb_id`` into ``keep_id``: its aliases, mentions, facts and documents move over."""
    if keep_id == absorb_id:
        raise StoreError("an entity cannot be merged with itself")
    with kb.writing() as conn:
        keep, absorb = _entity(conn, keep_id), _entity(conn, absorb_id)
        reason = f"merged by user: {absorb.name} into {keep.name}"
        kept_norms = set(conn.scalars(select(t.aliases.c.norm).where(t.aliases.c.entity_id == keep_id)))
        moved: list[str] = []
        for alias in conn.execute(select(t.aliases).where(t.aliases.c.entity_id == absorb_id)).all():
            if alias.norm in kept_norms:
                conn.execute(delete(t.aliases).where(t.aliases.c.id == alias.id))
            else:
                conn.execute(update(t.aliases).where(t.aliases.c.id == alias.id)
                             .values(entity_id=keep_id, reason=reason))
                moved.append(alias.alias)
        outdated = _outdate_documents(conn, select(t.document_entities.c.document_id)
                                      .where(t.document_entities.c.entity_id == absorb_id))
        for table, column in _ENTITY_REFERENCES:
            conn.execute(update(table).where(table.c[column] == absorb_id).values({column: keep_id}))
        if keep.category is None and absorb.category is not None:
            conn.execute(update(t.entities).where(t.entities.c.id == keep_id).values(category=absorb.category))
        conn.execute(delete(t.entities).where(t.entities.c.id == absorb_id))
        # A merge undoes an earlier split of the same names.
        conn.execute(delete(t.entity_corrections).where(
            t.entity_corrections.c.action == SPLIT,
            t.entity_corrections.c.name.in_([keep.name, absorb.name]),
            t.entity_corrections.c.other.in_([keep.name, absorb.name, *moved])))
        _record(conn, _MERGE, keep.name, absorb.name)
    return Correction(_MERGE, keep_id, keep.name, absorb_id, absorb.name, moved, outdated)


def split_entity(kb: KnowledgeBase, entity_id: int, alias: str) -> Correction:
    """Take one alias off an entity into an entity of its own; documents whose entity bears that name follow it."""
    norm = normalise_name(alias)
    with kb.writing() as conn:
        entity = _entity(conn, entity_id)
        if norm == entity.norm:
            raise StoreError(f"{alias!r} is the name of entity #{entity_id} itself; split off one of its other "
                             "aliases, or merge the right entities instead")
        row = conn.execute(select(t.aliases).where(t.aliases.c.entity_id == entity_id,
                                                   t.aliases.c.norm == norm)).first()
        if row is None:
            raise StoreError(f"{entity.name!r} (#{entity_id}) has no alias {alias!r}")
        named_so = [d for d in conn.execute(
            select(t.document_entities.c.id, t.document_entities.c.name, t.document_entities.c.type,
                   t.document_entities.c.category)
            .where(t.document_entities.c.entity_id == entity_id)) if normalise_name(d.name) == norm]
        # The new entity is typed as the documents that use the name typed it, else as the old one.
        typed = named_so[0] if named_so else entity
        new_id = int(conn.execute(insert(t.entities).values(
            name=row.alias, norm=norm, type=typed.type, category=typed.category)).inserted_primary_key[0])
        conn.execute(update(t.aliases).where(t.aliases.c.id == row.id)
                     .values(entity_id=new_id, reason=f"split by user from {entity.name}"))
        outdated = _outdate_documents(conn, select(t.document_entities.c.document_id)
                                      .where(t.document_entities.c.id.in_([d.id for d in named_so])))
        _record(conn, SPLIT, entity.name, row.alias)
    return Correction(SPLIT, entity_id, entity.name, new_id, row.alias, [row.alias], outdated)


#: Every column that points at an entity.
_ENTITY_REFERENCES = [
    (t.document_entities, "entity_id"), (t.mentions, "entity_id"), (t.fact_parties, "entity_id"),
    (t.facts, "subject_id"), (t.facts, "platform_id"),
]


def _entity(conn: Connection, entity_id: int) -> Row[Any]:
    row = conn.execute(select(t.entities).where(t.entities.c.id == entity_id)).first()
    if row is None:
        raise StoreError(f"no entity #{entity_id}")
    return row


def _outdate_documents(conn: Connection, document_ids: Select[Any]) -> int:
    result = conn.execute(update(t.documents).where(t.documents.c.id.in_(document_ids))
                          .values(extractor_version=OUTDATED_BY_CORRECTION))
    return result.rowcount or 0


def _record(conn: Connection, action: str, name: str, other: str) -> None:
    conn.execute(insert(t.entity_corrections).values(action=action, name=name, other=other,
                                                     created_at=datetime.now(UTC)))
