"""A user's corrections to the entity graph: merge two entities, split an alias off one.

Each correction is recorded in ``entity_corrections`` and changes the aliases
that cross-document resolution matches on, so it survives re-extraction: a
merged entity's names are the kept entity's aliases from then on, and a name
split off an entity is never given back to it (``writer.split_aliases``). The
documents whose entities moved are marked outdated; re-extracting them (the
CLI does it at once) rebuilds their facts' cross-document groups.

A merge records the names it moved and what the absorbed entity was, so that
splitting the absorbed entity's name off again undoes exactly that merge. Both
take ``dry_run``: the change is made in a transaction that is rolled back, and
what it would have changed is returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, delete, insert, select, update

from crossreach.resolve.entity_matching import normalise_name
from crossreach.store import schema as t
from crossreach.store.engine import StoreError
from crossreach.store.repository import KnowledgeBase
from crossreach.store.writer import SPLIT

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
    dry_run: bool = False


class _DryRun(Exception):
    """Rolls a correction's transaction back, carrying what it would have changed."""

    def __init__(self, correction: Correction) -> None:
        super().__init__("dry run")
        self.correction = correction


def _run(kb: KnowledgeBase, work: Callable[[Connection], Correction], dry_run: bool) -> Correction:
    """Make a correction in one write transaction; with ``dry_run``, roll it back and say what it would do."""
    try:
        with kb.writing() as conn:
            correction = work(conn)
            if dry_run:
                correction.dry_run = True
                raise _DryRun(correction)
    except _DryRun as rolled_back:
        return rolled_back.correction
    return correction


def merge_entities(kb: KnowledgeBase, keep_id: int, absorb_id: int, dry_run: bool = False) -> Correction:
    """Fold entity ``absorb_id`` into ``keep_id``: its aliases, mentions, facts and documents move over."""
    if keep_id == absorb_id:
        raise StoreError("an entity cannot be merged with itself")
    return _run(kb, lambda conn: _merge(conn, keep_id, absorb_id), dry_run)


def _merge(conn: Connection, keep_id: int, absorb_id: int) -> Correction:
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
    _record(conn, _MERGE, keep.name, absorb.name, {
        "names": moved, "type": absorb.type, "category": absorb.category, "parent": absorb.parent})
    return Correction(_MERGE, keep_id, keep.name, absorb_id, absorb.name, moved, outdated)


def split_entity(kb: KnowledgeBase, entity_id: int, alias: str, dry_run: bool = False) -> Correction:
    """Take one alias off an entity into an entity of its own; documents whose entity bears that name follow it.
    When the alias is the name of an entity merged into this one, the merge is undone: every name it moved
    goes back."""
    return _run(kb, lambda conn: _split(conn, entity_id, alias), dry_run)


def _split(conn: Connection, entity_id: int, alias: str) -> Correction:
    norm = normalise_name(alias)
    entity = _entity(conn, entity_id)
    merged = _merge_of(conn, entity.name, norm)
    if merged is not None:
        return _undo_merge(conn, entity, merged)
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


def _merge_of(conn: Connection, name: str, norm: str) -> Row[Any] | None:
    """The latest merge into entity ``name`` of an entity named ``norm`` (normalised), if any."""
    merges = conn.execute(select(t.entity_corrections).where(
        t.entity_corrections.c.action == _MERGE, t.entity_corrections.c.name == name)
        .order_by(t.entity_corrections.c.id.desc())).all()
    return next((m for m in merges if normalise_name(m.other) == norm and m.aliases), None)


def _undo_merge(conn: Connection, entity: Row[Any], merge: Row[Any]) -> Correction:
    """Give the entity a merge absorbed its own row again, with every name the merge moved."""
    was = dict(merge.aliases)
    names = [merge.other, *was.get("names", [])]
    norms = {normalise_name(n) for n in names}
    new_id = int(conn.execute(insert(t.entities).values(
        name=merge.other, norm=normalise_name(merge.other), type=was.get("type") or entity.type,
        category=was.get("category"), parent=was.get("parent"))).inserted_primary_key[0])
    moved = []
    for row in conn.execute(select(t.aliases).where(t.aliases.c.entity_id == entity.id)).all():
        if row.norm in norms and row.norm != entity.norm:
            conn.execute(update(t.aliases).where(t.aliases.c.id == row.id)
                         .values(entity_id=new_id, reason=f"split by user from {entity.name}"))
            moved.append(row.alias)
    if normalise_name(merge.other) not in {normalise_name(m) for m in moved}:
        conn.execute(insert(t.aliases).values(entity_id=new_id, alias=merge.other, norm=normalise_name(merge.other),
                                              reason=f"split by user from {entity.name}"))
    named_so = [d.id for d in conn.execute(select(t.document_entities.c.id, t.document_entities.c.name)
                                           .where(t.document_entities.c.entity_id == entity.id))
                if normalise_name(d.name) in norms]
    outdated = _outdate_documents(conn, select(t.document_entities.c.document_id)
                                  .where(t.document_entities.c.id.in_(named_so)))
    conn.execute(delete(t.entity_corrections).where(t.entity_corrections.c.id == merge.id))
    for name in dict.fromkeys([merge.other, *moved]):
        _record(conn, SPLIT, entity.name, name)
    return Correction(SPLIT, entity.id, entity.name, new_id, merge.other, moved, outdated)


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


def _record(conn: Connection, action: str, name: str, other: str, aliases: dict[str, Any] | None = None) -> None:
    conn.execute(insert(t.entity_corrections).values(action=action, name=name, other=other, aliases=aliases,
                                                     created_at=datetime.now(UTC)))
