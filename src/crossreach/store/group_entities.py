"""Entities resolved across the documents of a group: the stored ones read in a few statements, the new ones kept.

``resolve.entity_matching`` decides whether a document's entity is one already known; this module finds
the candidates and records the decision. Before a group is written, the stored entities that share a
name with any of its documents' entities are read in one statement, and the stored entities whose
names start as the others' do (another spelling, for ``similar_entity``) in one more. The documents
are then resolved in order, against those and against the entities the group's earlier documents
added or gave new names to: no other writer changes entities while the group holds the write lock.
The (entity, alias) pairs a user split apart (``store/curation.py``) are never joined again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from crossreach.models import Entity, Extraction
from crossreach.resolve.entity_matching import (
    KnownEntity,
    match_entity,
    normalise_name,
    normalised_names,
    similar_entity,
)
from crossreach.store import schema as t
from crossreach.store.group_rows import IN_LIST, GroupRows

#: Above every character: ``prefix <= name < prefix + _TOP`` holds for the names that start with prefix.
_TOP = "\U0010ffff"
#: Name starts in one statement at most (each is a range on the index of aliases.norm).
_STARTS_PER_STATEMENT = 200


class GroupEntities:
    """The entities a group's documents may resolve to, stored or added by the group, by normalised name
    and by the first four letters of their names."""

    def __init__(self, splits: set[tuple[str, str]]) -> None:
        self.splits = splits
        self._entities: dict[int, KnownEntity] = {}
        self._ids_by_norm: dict[str, set[int]] = {}
        self._ids_by_start: dict[str, set[int]] = {}

    def read(self, conn: Connection, extractions: Iterable[Extraction]) -> None:
        """Read the stored entities the documents may resolve to: those sharing a name with one of theirs,
        and, for the entities none of these matches, those whose names start the same way."""
        entities = [(e, normalised_names([e.name, *e.aliases])) for x in extractions for e in x.entities]
        names = sorted(set().union(*(norms for _e, norms in entities)))
        for chunk in range(0, len(names), IN_LIST):
            self.remember(_known_entities(conn, t.aliases.c.norm.in_(names[chunk:chunk + IN_LIST])))
        starts = sorted({start for e, norms in entities if match_entity(e, self.named(norms), norms) is None
                         for start in _starts(norms)})
        for chunk in range(0, len(starts), _STARTS_PER_STATEMENT):
            self.remember(_known_entities(conn, or_(*(and_(t.aliases.c.norm >= s, t.aliases.c.norm < s + _TOP)
                                                      for s in starts[chunk:chunk + _STARTS_PER_STATEMENT]))))

    def named(self, norms: set[str]) -> list[KnownEntity]:
        """The entities with an alias among ``norms``, oldest first."""
        ids = sorted({i for norm in norms for i in self._ids_by_norm.get(norm, ())})
        return [self._entities[i] for i in ids]

    def id_named(self, name: str) -> int | None:
        """The oldest entity one of whose names is ``name``."""
        return min(self._ids_by_norm.get(normalise_name(name), ()), default=None)

    def remember(self, entities: Iterable[KnownEntity]) -> None:
        """Keep entities (new ones, or known ones with new aliases) for the documents after."""
        for entity in entities:
            self._entities[entity.id] = entity
            self._index(entity.id, normalised_names(entity.aliases))

    def _index(self, entity_id: int, norms: Iterable[str]) -> None:
        """Index an entity by these normalised names and by their first four letters."""
        for norm in norms:
            self._ids_by_norm.setdefault(norm, set()).add(entity_id)
            self._ids_by_start.setdefault(norm[:4], set()).add(entity_id)

    def resolve(self, entity: Entity, known: list[KnownEntity], rows: GroupRows) -> int:
        """The knowledge-base id of a document's entity, merging with a known one when they match.
        ``known`` holds the entities that share a name with the document's, and gains the entity
        resolved here; new entities, new aliases and new categories go into ``rows``."""
        names = [entity.name, *entity.aliases]
        norms = normalised_names(names)  # once: matching and the name starts below take them as they are
        # Those of ``known`` with a name among ``norms``, found in the index ``remember`` keeps of every
        # entity's names (each entity's names are remembered as they grow) rather than normalised anew.
        sharing_ids = {i for norm in norms for i in self._ids_by_norm.get(norm, ())}
        sharing = [k for k in known if k.id in sharing_ids]
        match = match_entity(entity, sharing, norms)
        # Candidates for another spelling start as one of the names does ("harbor lane", "harbour lane").
        starts = _starts(norms)
        similar: list[KnownEntity] = []
        if match is None and starts:
            ids = sorted({i for start in starts for i in self._ids_by_start.get(start, ())})
            similar = [self._entities[i] for i in ids]
            match = similar_entity(entity, similar)
        if match is None:
            entity_id = rows.new_id("entities")
            rows.entities[entity_id] = {"id": entity_id, "name": entity.name, "norm": normalise_name(entity.name),
                                        "type": entity.type, "category": entity.category, "parent": entity.parent}
            reason, own, existing = "first seen", normalise_name(entity.name), set()
            matched = KnownEntity(id=entity_id, name=entity.name, type=entity.type, category=entity.category)
            known.append(matched)
        else:
            entity_id, reason = match.entity_id, match.reason
            matched = next(k for k in [*sharing, *similar] if k.id == entity_id)
            if all(k.id != matched.id for k in known):
                known.append(matched)
            own, existing = normalise_name(matched.name), {normalise_name(a) for a in matched.aliases}
            if entity.category and matched.category is None:
                if entity_id in rows.entities:
                    rows.entities[entity_id]["category"] = entity.category
                else:
                    rows.categories[entity_id] = entity.category
                matched.category = entity.category
        split_off = {alias for name, alias in self.splits if name == own}  # a user's correction
        added: list[str] = []
        for name in dict.fromkeys(names):
            norm = normalise_name(name)
            if norm and norm not in existing and norm not in split_off:
                existing.add(norm)
                rows.aliases.append({"entity_id": entity_id, "alias": name, "norm": norm, "reason": reason})
                matched.aliases.append(name)
                added.append(norm)
        # Another spelling later in the same document finds it: a known entity's other names are in the
        # index already (``named`` and ``_starts`` found it there), so only the names added are indexed.
        self._entities[matched.id] = matched
        self._index(matched.id, added)
        return entity_id


def _starts(norms: set[str]) -> set[str]:
    """The first four letters of an entity's normalised names, where they hold no space."""
    return {n[:4] for n in norms if len(n) >= 4 and " " not in n[:4]}


def _known_entities(conn: Connection, alias_condition: Any) -> list[KnownEntity]:
    """The stored entities that have an alias meeting the condition, each with all its aliases."""
    matching = select(t.aliases.c.entity_id).where(alias_condition).distinct()
    rows = conn.execute(
        select(t.entities.c.id, t.entities.c.name, t.entities.c.type, t.entities.c.category, t.aliases.c.alias)
        .join(t.aliases, t.aliases.c.entity_id == t.entities.c.id)
        .where(t.entities.c.id.in_(matching))
        .order_by(t.entities.c.id, t.aliases.c.id)
    ).all()
    # One entity made per stored entity, not per alias row (as ``setdefault`` made one), its row's fields
    # unpacked rather than read by name: this loop was most of a group's look-up of its stored entities.
    known: dict[int, KnownEntity] = {}
    for entity_id, name, entity_type, category, alias in rows:
        entity = known.get(entity_id)
        if entity is None:
            entity = known[entity_id] = KnownEntity(id=entity_id, name=name, type=entity_type, aliases=[],
                                                    category=category)
        entity.aliases.append(alias)
    return list(known.values())
