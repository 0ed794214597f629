"""Writing documents: a ``BatchWriter`` stores each document whole or not at all and commits them in groups.

Entities are resolved across documents here (``resolve.entity_matching`` decides; this module records the
decision and why), a user's corrections are applied to every re-extraction (``store/corrections.py``, and the
splits of ``store/curation.py``), and the evidence is indexed for full-text search a document at a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, delete, or_, select, text, update

from crossreach import EXTRACTOR_VERSION
from crossreach.models import Document, Entity, Extraction, Fact, Metric, Partnership, Quote, Role
from crossreach.record import entity_record, fact_record
from crossreach.resolve.entity_matching import (
    KnownEntity,
    match_entity,
    normalise_name,
    normalised_names,
    similar_entity,
)
from crossreach.resolve.facts import group_key
from crossreach.resolve.near_duplicates import simhash
from crossreach.store import schema as t
from crossreach.store.corrections import REJECTED, apply_corrections
from crossreach.store.engine import lock_for_writing
from crossreach.store.statements import DOCUMENT_NAMED, FACTS_OF, INSERT, SOURCE_OF, VERSION_OF

#: The ``entity_corrections`` action of a user's split (``store/curation.py``).
SPLIT = "split"
#: A batch commits after this many documents, or this many seconds after its group began: a commit
#: per document costs more than storing a small one, and a group holds the write lock briefly.
DOCUMENTS_PER_COMMIT = 50
SECONDS_PER_COMMIT = 1.0
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What storing one document did: ``added``, ``duplicate`` or ``reextracted``."""

    status: str
    doc_id: str
    facts: int = 0


def has_current(conn: Connection, doc_id: str) -> bool:
    return conn.scalar(VERSION_OF, {"doc_id": doc_id}) == EXTRACTOR_VERSION



class BatchWriter:
    """Writes for a run of documents on one connection, committed in groups (``KnowledgeBase.batch``).

    A document that fails leaves no trace and the others of its group are kept: the
    group is rolled back and its earlier writes, kept until the commit, are made
    again. A savepoint a document would do the same, but SQLite's full-text index
    writes out its pending terms at every savepoint: indexing 500 documents'
    evidence took 0.40 ms a document with a savepoint each, 0.15 ms without.
    Failures are rare; a group's transaction begins with its first write.
    """

    def __init__(self, conn: Connection, documents_per_commit: int, seconds_per_commit: float) -> None:
        self._conn = conn
        self._documents_per_commit, self._seconds_per_commit = max(1, documents_per_commit), seconds_per_commit
        self._began = 0.0
        self._group = _GroupReads(set(), set())
        #: The writes of the uncommitted group, in order, to make again after one that failed.
        self._writes: list[Callable[[], object]] = []

    def has_current(self, doc_id: str) -> bool:
        """Whether the document is stored with facts of the current extractor version (its group's
        uncommitted documents included)."""
        return has_current(self._transaction(), doc_id)

    def add_source(self, doc_id: str, location: str) -> None:
        """Record one more place a stored document was seen."""
        def write() -> None:
            document_id = self._conn.scalar(select(t.documents.c.id).where(t.documents.c.doc_id == doc_id))
            if document_id is not None:
                self._add_source(document_id, location)

        self._write(write)

    def save(self, extraction: Extraction, force: bool = False, lexicons: Sequence[str] = ()) -> SaveOutcome:
        """``KnowledgeBase.save``, committed with the rest of its group."""
        return self._write(lambda: self._save(extraction, force, list(lexicons)))

    def commit(self) -> None:
        """Commit the documents written since the last commit."""
        if self._conn.in_transaction():
            self._conn.commit()
        self._writes = []

    def _transaction(self) -> Connection:
        if not self._conn.in_transaction():
            self._conn.begin()
            lock_for_writing(self._conn)
            self._began = time.monotonic()
            self._group = _GroupReads(split_aliases(self._conn), corrected_documents(self._conn))
        return self._conn

    def _write(self, write: Callable[[], _T]) -> _T:
        """Make one write in the group's transaction; commit when the group is full or old enough."""
        self._transaction()
        try:
            result = write()
        except BaseException:
            self._conn.rollback()  # the failed write with its whole group; the group is written again
            self._transaction()
            for earlier in self._writes:
                earlier()
            raise
        self._writes.append(write)
        if len(self._writes) >= self._documents_per_commit \
                or time.monotonic() - self._began >= self._seconds_per_commit:
            self.commit()
        return result

    # --- one document, inside the group's transaction ----------------------------

    def _save(self, extraction: Extraction, force: bool, lexicons: list[str]) -> SaveOutcome:
        """``save``, in the group's transaction."""
        doc = extraction.document
        conn = self._conn
        row = conn.execute(DOCUMENT_NAMED, {"doc_id": doc.doc_id}).first()
        if row is not None and row.extractor_version == EXTRACTOR_VERSION and not force:
            self._add_source(row.id, doc.source)
            return SaveOutcome("duplicate", doc.doc_id)
        if row is not None:
            document_id = row.id
            self._clear_extraction(document_id)
            conn.execute(update(t.documents).where(t.documents.c.id == document_id)
                         .values(extractor_version=EXTRACTOR_VERSION, lexicons=lexicons or None))
            status = "reextracted"
        else:
            document_id = self._insert_document(doc, lexicons)
            status = "added"
        self._add_source(document_id, doc.source, new_document=status == "added")
        facts = self._write_extraction(document_id, extraction)
        return SaveOutcome(status, doc.doc_id, facts)

    def _insert_document(self, doc: Document, lexicons: list[str]) -> int:
        result = self._conn.execute(INSERT["documents"], {
            "doc_id": doc.doc_id, "source": doc.source, "url": doc.url, "lang": doc.lang, "title": doc.title,
            "published": doc.published, "author": doc.author, "site_name": doc.site_name, "text": doc.text,
            "extractor_version": EXTRACTOR_VERSION, "ingested_at": _now(), "simhash": simhash(doc.text),
            "lexicons": lexicons or None, "repair": doc.repair,
        })
        return int(result.inserted_primary_key[0])

    def _add_source(self, document_id: int, location: str, new_document: bool = False) -> None:
        exists = None if new_document else self._conn.scalar(
            SOURCE_OF, {"document_id": document_id, "location": location})
        if exists is None:
            self._conn.execute(INSERT["sources"],
                               {"document_id": document_id, "location": location, "seen_at": _now()})

    def _clear_extraction(self, document_id: int) -> None:
        conn = self._conn
        fact_ids = select(t.facts.c.id).where(t.facts.c.document_id == document_id)
        conn.execute(delete(t.evidence).where(t.evidence.c.fact_id.in_(fact_ids)))
        conn.execute(delete(t.fact_parties).where(t.fact_parties.c.fact_id.in_(fact_ids)))
        conn.execute(delete(t.facts).where(t.facts.c.document_id == document_id))
        conn.execute(delete(t.mentions).where(t.mentions.c.document_id == document_id))
        conn.execute(delete(t.document_entities).where(t.document_entities.c.document_id == document_id))

    def _write_extraction(self, document_id: int, extraction: Extraction) -> int:
        """Rows for a document's entities, mentions and facts, a few batched statements per table; the
        user's corrections of its facts applied (``store/corrections.py``). How many facts stand."""
        conn, group = self._conn, self._group
        ids_by_name: dict[str, int] = {}
        entity_rows = []
        # The stored entities sharing a name with the document's; entities resolved here join the list as they go.
        names = normalised_names(n for e in extraction.entities for n in (e.name, *e.aliases))
        known = group.entities_named(conn, names)
        for entity in extraction.entities:
            entity_id = self._resolve_entity(entity, known)
            record = entity_record(entity)
            entity_rows.append({"document_id": document_id, "entity_id": entity_id, "name": entity.name,
                                "type": entity.type, "category": entity.category, "aliases": record["aliases"]})
            for name in record["aliases"]:
                ids_by_name.setdefault(name, entity_id)
        group.remember(known)
        if entity_rows:
            conn.execute(INSERT["document_entities"], entity_rows)
        mention_rows = [
            {"document_id": document_id, "entity_id": ids_by_name[m.name], "start": m.start, "end": m.end,
             "text": m.text}
            for m in extraction.mentions if m.name in ids_by_name
        ]
        if mention_rows:
            conn.execute(INSERT["mentions"], mention_rows)
        if not extraction.facts:
            return 0
        doc_id = extraction.document.doc_id
        reviewed = apply_corrections(conn, doc_id, extraction.facts) if doc_id in group.corrected \
            else [(fact, None) for fact in extraction.facts]
        facts = [fact for fact, _ in reviewed]
        owners = {f.subject for f in facts if isinstance(f, Metric) and f.subject and f.subject not in ids_by_name}
        if owners:  # a fix gave a fact an owner this document does not name
            ids_by_name |= {name: i for name in owners if (i := _entity_named(conn, name)) is not None}
        rows_and_parties = [_fact_row(document_id, fact, ids_by_name) for fact in facts]
        for (row, _), (_, review) in zip(rows_and_parties, reviewed, strict=True):
            row["review"] = review
        fact_ids = self._insert_facts(document_id, [row for row, _ in rows_and_parties])
        party_rows = [{"fact_id": fact_id, "entity_id": ids_by_name[name], "role": role}
                      for fact_id, (_, parties) in zip(fact_ids, rows_and_parties, strict=True)
                      for name, role in parties if name and name in ids_by_name]
        if party_rows:
            conn.execute(INSERT["fact_parties"], party_rows)
        conn.execute(INSERT["evidence"], [
            {"fact_id": fact_id, "document_id": document_id, "start": ev.start, "end": ev.end,
             "sentence_start": ev.sentence_start, "sentence_end": ev.sentence_end, "sentence": ev.sentence}
            for fact_id, fact in zip(fact_ids, facts, strict=True)
            for ev in (fact.evidence, *fact.more_evidence)])
        if conn.dialect.name == "sqlite":
            conn.execute(_INDEX_EVIDENCE_SQLITE, {"document_id": document_id})
        return sum(review != REJECTED for _, review in reviewed)

    def _insert_facts(self, document_id: int, rows: list[dict[str, Any]]) -> list[int]:
        """Insert a document's fact rows; their ids, in the order of the rows.

        One executemany and one select, not INSERT ... RETURNING: SQLite can return the ids of a
        batch only one row per statement. The rows are inserted in order while this transaction
        holds the write lock and the document has no other facts, so its facts in id order are
        these rows in order; their types and keys are compared to be sure.
        """
        self._conn.execute(INSERT["facts"], rows)
        stored = self._conn.execute(FACTS_OF, {"document_id": document_id}).all()
        if [(r.type, r.group_key) for r in stored] != [(row["type"], row["group_key"]) for row in rows]:
            raise RuntimeError(f"the facts stored for document {document_id} are not the ones just written")
        return [r.id for r in stored]

    def _resolve_entity(self, entity: Entity, known: list[KnownEntity]) -> int:
        """The knowledge-base id of a document's entity, merging with a known one when they match.
        ``known`` holds the stored entities that share a name with the document's, and gains the
        entity resolved here; the (entity, alias) pairs a user split apart are never joined again."""
        conn, splits = self._conn, self._group.splits
        names = [entity.name, *entity.aliases]
        norms = normalised_names(names)
        sharing = [k for k in known if norms & normalised_names(k.aliases)]
        match = match_entity(entity, sharing)
        # Candidates for another spelling start as one of the names does ("harbor lane", "harbour lane").
        starts = {n[:4] for n in norms if len(n) >= 4 and " " not in n[:4]}
        similar: list[KnownEntity] = []
        if match is None and starts:
            # A range, not LIKE 'abcd%', so that the index on aliases.norm serves it on either database.
            similar = _known_entities(conn, or_(*(and_(t.aliases.c.norm >= start, t.aliases.c.norm < start + _TOP)
                                                  for start in sorted(starts))), limit=500)
            match = similar_entity(entity, similar)
        if match is None:
            entity_id = int(conn.execute(INSERT["entities"], {
                "name": entity.name, "norm": normalise_name(entity.name), "type": entity.type,
                "category": entity.category, "parent": entity.parent}).inserted_primary_key[0])
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
                conn.execute(update(t.entities).where(t.entities.c.id == entity_id).values(category=entity.category))
                matched.category = entity.category
        split_off = {alias for name, alias in splits if name == own}  # a user's correction
        alias_rows = []
        for name in dict.fromkeys(names):
            norm = normalise_name(name)
            if norm and norm not in existing and norm not in split_off:
                existing.add(norm)
                alias_rows.append({"entity_id": entity_id, "alias": name, "norm": norm, "reason": reason})
                matched.aliases.append(name)
        if alias_rows:
            conn.execute(INSERT["aliases"], alias_rows)
        return entity_id


class _GroupReads:
    """What a write transaction reads once and keeps: no other writer changes entities, splits or fact
    corrections while it holds the write lock. ``splits`` as ``split_aliases`` gives them; the stored entities
    looked up by normalised name, with the ones this transaction added or extended."""

    def __init__(self, splits: set[tuple[str, str]], corrected: set[str]) -> None:
        self.splits = splits
        #: The documents (doc ids) with fact corrections: only theirs are looked up as they are written.
        self.corrected = corrected
        self._entities: dict[int, KnownEntity] = {}
        self._ids_by_norm: dict[str, set[int]] = {}
        self._looked_up: set[str] = set()

    def entities_named(self, conn: Connection, norms: set[str]) -> list[KnownEntity]:
        """The entities with an alias among ``norms``, looked up once a transaction."""
        missing = sorted(norms - self._looked_up)
        if missing:
            self.remember(_known_entities(conn, t.aliases.c.norm.in_(missing)))
            self._looked_up.update(missing)
        ids = sorted({i for norm in norms for i in self._ids_by_norm.get(norm, ())})
        return [self._entities[i] for i in ids]

    def remember(self, entities: list[KnownEntity]) -> None:
        """Keep entities (new ones, or known ones with new aliases) for the documents after."""
        for entity in entities:
            self._entities[entity.id] = entity
            for norm in normalised_names(entity.aliases):
                self._ids_by_norm.setdefault(norm, set()).add(entity.id)


def _fact_row(document_id: int, fact: Fact, ids_by_name: dict[str, int]
              ) -> tuple[dict[str, Any], list[tuple[str | None, str]]]:
    """A fact's row (every column, so rows batch together) and the entities it links, with their part."""
    def entity_key(name: str | None) -> str:
        return f"#{ids_by_name[name]}" if name in ids_by_name else normalise_name(name or "")

    row: dict[str, Any] = dict.fromkeys(_FACT_COLUMNS) | {
        "document_id": document_id, "type": fact.type, "record": fact_record(fact),
        "confidence": fact.confidence, "extractor_version": EXTRACTOR_VERSION,
        "group_key": group_key(fact, entity_key),
    }
    parties: list[tuple[str | None, str]] = []
    if isinstance(fact, Metric):
        row |= {
            "subject": fact.subject, "subject_id": ids_by_name.get(fact.subject or ""),
            "kind": fact.kind, "value": fact.value, "qualifier": fact.qualifier,
            "platform": fact.platform, "platform_id": ids_by_name.get(fact.platform or ""),
            "date": fact.date, "currency": fact.currency,
            "range_low": fact.range[0] if fact.range else None,
            "range_high": fact.range[1] if fact.range else None,
        }
        parties = [(fact.subject, "subject"), (fact.platform, "platform")]
    elif isinstance(fact, Partnership):
        row |= {"date": fact.date, "value": fact.value, "currency": fact.currency}
        parties = [(name, "party") for name in fact.parties]
    elif isinstance(fact, Role):
        row |= {"subject": fact.person, "subject_id": ids_by_name.get(fact.person)}
        parties = [(fact.person, "person"), (fact.organization, "organization")]
    elif isinstance(fact, Quote):
        row |= {"subject": fact.speaker, "subject_id": ids_by_name.get(fact.speaker or "")}
        parties = [(fact.speaker, "speaker")]
    return row, parties


#: A document's evidence into SQLite's full-text index (migration 0004's table), one row an evidence:
#: its sentence, and the fact's words besides (as 0004's update trigger and ``_FACT_DETAILS_PG`` of
#: ``query/search.py`` have them). One statement for the document, not a trigger a row (migration 0005 says why).
_INDEX_EVIDENCE_SQLITE = text(
    "INSERT INTO facts_search(rowid, fact_id, sentence, details) SELECT e.id, e.fact_id, e.sentence, "
    + t.fact_search_details(lambda key: f"json_extract(f.record, '$.{key}')")
    + " FROM facts f JOIN evidence e ON e.fact_id = f.id WHERE f.document_id = :document_id"  # by their indexes
)

#: Above every character: ``prefix <= name < prefix + _TOP`` holds for the names that start with prefix.
_TOP = "\U0010ffff"
#: The facts table's columns other than its key, so that every row has them all.
_FACT_COLUMNS = [c.name for c in t.facts.columns if c.name != "id"]


def _known_entities(conn: Connection, alias_condition: Any, limit: int | None = None) -> list[KnownEntity]:
    """The stored entities that have an alias meeting the condition, each with all its aliases."""
    matching = select(t.aliases.c.entity_id).where(alias_condition).distinct().limit(limit)
    rows = conn.execute(
        select(t.entities.c.id, t.entities.c.name, t.entities.c.type, t.entities.c.category, t.aliases.c.alias)
        .join(t.aliases, t.aliases.c.entity_id == t.entities.c.id)
        .where(t.entities.c.id.in_(matching))
        .order_by(t.entities.c.id, t.aliases.c.id)
    ).all()
    known: dict[int, KnownEntity] = {}
    for row in rows:
        known.setdefault(row.id, KnownEntity(id=row.id, name=row.name, type=row.type, aliases=[],
                                             category=row.category)).aliases.append(row.alias)
    return list(known.values())


def _entity_named(conn: Connection, name: str) -> int | None:
    """The id of the stored entity one of whose names is ``name``."""
    return conn.scalar(select(t.aliases.c.entity_id).where(t.aliases.c.norm == normalise_name(name))
                       .order_by(t.aliases.c.entity_id).limit(1))


def corrected_documents(conn: Connection) -> set[str]:
    """The doc ids of the documents a user corrected facts of (``store/corrections.py``)."""
    return set(conn.scalars(select(t.fact_corrections.c.doc_id).distinct()))


def split_aliases(conn: Connection) -> set[tuple[str, str]]:
    """(entity name, alias) pairs, normalised, that a user split apart: never to be joined again."""
    rows = conn.execute(select(t.entity_corrections.c.name, t.entity_corrections.c.other)
                        .where(t.entity_corrections.c.action == SPLIT))
    return {(normalise_name(r.name), normalise_name(r.other)) for r in rows}



def _now() -> datetime:
    return datetime.now(UTC)
