"""Writing documents: a ``BatchWriter`` stores each document whole or not at all and commits them in groups.

A group's writes are recorded as they come and written at its commit, a few statements a table for the
whole group (``store/group_rows.py``): nothing is sent to the database a document at a time but the
look-up of whether it is stored, made for many documents at once when the caller says which come next
(``current``). Look-ups read without the write lock, in transactions of their own; the lock is held only
while a group is written, and every document of the group is looked up again under it, so that two
processes writing at once never both store a document, and neither waits while the other extracts
(a writer that held the lock from its group's first look-up to its commit kept a second process from
even opening the knowledge base for longer than SQLite waits for a lock). Entities are resolved across
documents at the commit (``store/group_entities.py``), in the order the documents came; a user's
corrections are applied to every re-extraction (``store/corrections.py``, and the splits of
``store/curation.py``), and the group's evidence is indexed for full-text search in one statement.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from crossreach import EXTRACTOR_VERSION
from crossreach.models import Extraction, Fact, Metric
from crossreach.record import entity_record
from crossreach.resolve.entity_matching import normalise_name, normalised_names
from crossreach.resolve.near_duplicates import simhash
from crossreach.store import schema as t
from crossreach.store.corrections import REJECTED, apply_corrections
from crossreach.store.engine import begin_writing, read_transaction
from crossreach.store.group_entities import GroupEntities
from crossreach.store.group_rows import IN_LIST, DocumentRows, GroupRows, fact_row
from crossreach.store.statements import DOCUMENTS_NAMED, OLDEST_NAMED, VERSION_OF

#: The ``entity_corrections`` action of a user's split (``store/curation.py``).
SPLIT = "split"
#: A batch commits after this many documents, or this many seconds after its group began: a commit
#: per document costs more than storing a small one, and a group holds the write lock briefly.
DOCUMENTS_PER_COMMIT = 50
SECONDS_PER_COMMIT = 1.0
#: Documents announced by ``current`` and not yet saved, looked up with the next one missed, at most.
_EXPECTED = 500


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What storing one document did: ``added``, ``duplicate`` or ``reextracted``."""

    status: str
    doc_id: str
    facts: int = 0


def has_current(conn: Connection, doc_id: str) -> bool:
    return conn.scalar(VERSION_OF, {"doc_id": doc_id}) == EXTRACTOR_VERSION


@dataclass(frozen=True, slots=True)
class _Save:
    """A document to store, with its facts as the user's corrections leave them."""

    extraction: Extraction
    force: bool
    lexicons: list[str]
    reviewed: list[tuple[Fact, str | None]]
    text_hash: int | None = None


@dataclass(frozen=True, slots=True)
class _Source:
    """One more place a stored document (or one saved earlier in the group) was seen."""

    doc_id: str
    location: str


@dataclass(slots=True)
class _Stored:
    """A document's row id and extractor version, and whether its rows are in the database yet."""

    id: int
    version: str
    written: bool


class _WriteFailed(Exception):
    """Writing a group failed: at its write ``index``, or, when ``index`` is None, somewhere in its rows."""

    def __init__(self, index: int | None, cause: Exception) -> None:
        super().__init__(str(cause))
        self.index, self.cause = index, cause


class BatchWriter:
    """Writes for a run of documents on one connection, committed in groups (``KnowledgeBase.batch``).

    A group begins with its first look-up or write; its writes are kept and turned into rows at its
    commit, all at once, in a transaction that holds the write lock. Whether a document is stored is
    looked up without the lock (so ``save`` may call a document added that another process stores
    before the commit: the commit, which looks again, then records only its source). When writing the
    rows fails, they are written again one at a time to find the one that fails, which is left out: a
    document that fails leaves no trace, the others of its group are committed, and its error is raised
    by the commit.
    """

    def __init__(self, conn: Connection, documents_per_commit: int, seconds_per_commit: float) -> None:
        self._conn = conn
        self._documents_per_commit, self._seconds_per_commit = max(1, documents_per_commit), seconds_per_commit
        #: When the group began, None between groups.
        self._began: float | None = None
        #: The documents (doc ids) with fact corrections, read with the group's first look-up: only theirs
        #: are looked up as they are saved.
        self._corrected: set[str] | None = None
        #: The writes of the uncommitted group, in order.
        self._writes: list[_Save | _Source] = []
        #: Documents looked up in this group: doc id to (row id, extractor version), or None if not stored.
        self._stored: dict[str, tuple[int, str] | None] = {}
        #: Documents saved in the group (with the current extractor version).
        self._saved: set[str] = set()
        self._expected: set[str] = set()

    def current(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these documents are stored with facts of the current extractor version (the group's
        uncommitted documents included), in one statement. The others are expected to be saved soon,
        and are looked up again, all together, when the first of them is."""
        self._group()
        ids = list(dict.fromkeys(doc_ids))
        self._look_up(ids)
        found = {d for d in ids if d in self._saved
                 or ((row := self._stored[d]) is not None and row[1] == EXTRACTOR_VERSION)}
        if len(self._expected) > _EXPECTED:
            self._expected.clear()
        self._expected.update(d for d in ids if d not in found)
        return found

    def has_current(self, doc_id: str) -> bool:
        """Whether the document is stored with facts of the current extractor version (its group's
        uncommitted documents included)."""
        return doc_id in self.current([doc_id])

    def add_source(self, doc_id: str, location: str) -> None:
        """Record one more place a stored document was seen."""
        self._group()
        self._look_up([doc_id])
        if doc_id in self._saved or self._stored[doc_id] is not None:
            self._write(_Source(doc_id, location))

    def save(self, extraction: Extraction, force: bool = False, lexicons: Sequence[str] = (),
             text_hash: int | None = None) -> SaveOutcome:
        """``KnowledgeBase.save``, committed with the rest of its group. ``text_hash``: the document's
        ``simhash``, when a worker process computed it already (the writing process then has less to do)."""
        self._group()
        doc = extraction.document
        self._look_up([doc.doc_id])
        stored = self._stored[doc.doc_id]
        if doc.doc_id in self._saved or stored is not None:
            current = doc.doc_id in self._saved or (stored is not None and stored[1] == EXTRACTOR_VERSION)
            if current and not force:
                self._write(_Source(doc.doc_id, doc.source))
                return SaveOutcome("duplicate", doc.doc_id)
            status = "reextracted"
        else:
            status = "added"
        reviewed = self._reviewed(doc.doc_id, extraction.facts, self._corrected or set())
        self._saved.add(doc.doc_id)
        self._expected.discard(doc.doc_id)
        self._write(_Save(extraction, force, list(lexicons), reviewed, text_hash))
        return SaveOutcome(status, doc.doc_id, sum(review != REJECTED for _, review in reviewed))

    def commit(self) -> None:
        """Write and commit the documents saved since the last commit, under the write lock. A document
        whose rows cannot be written is left out, the others are committed, and its error is raised."""
        try:
            error = None
            if self._writes:
                begin_writing(self._conn)
                error = self._write_group(self._writes)
                self._conn.commit()
        except BaseException:
            if self._conn.in_transaction():
                self._conn.rollback()
            raise
        finally:
            self._writes, self._saved, self._stored = [], set(), {}
            self._began, self._corrected = None, None
        if error is not None:
            raise error

    def _group(self) -> None:
        if self._began is None:
            self._began = time.monotonic()

    def _look_up(self, doc_ids: list[str]) -> None:
        """Look the documents up, with the ones expected next, if any is not known yet (and, with the
        group's first look-up, the documents with corrections), in a transaction that only reads."""
        missing = [d for d in doc_ids if d not in self._stored and d not in self._saved]
        if not missing and self._corrected is not None:
            return
        expected = [d for d in self._expected if d not in self._stored and d not in self._saved] if missing else []
        with read_transaction(self._conn) as conn:
            if self._corrected is None:
                self._corrected = corrected_documents(conn)
            for start in range(0, len(missing), IN_LIST):
                chunk = missing[start:start + IN_LIST]
                if start + IN_LIST >= len(missing):
                    chunk = list(dict.fromkeys([*chunk, *expected]))[:max(IN_LIST, len(chunk))]
                self._stored.update(dict.fromkeys(chunk))
                for row in conn.execute(DOCUMENTS_NAMED, {"doc_ids": chunk}):
                    self._stored[row.doc_id] = (row.id, row.extractor_version)

    def _reviewed(self, doc_id: str, facts: list[Fact], corrected: set[str]) -> list[tuple[Fact, str | None]]:
        """A document's facts with its recorded corrections applied, if it has any (read without the lock
        when it is saved, again under the lock when it is written)."""
        if doc_id not in corrected:
            return [(fact, None) for fact in facts]
        if self._conn.in_transaction():
            return apply_corrections(self._conn, doc_id, facts)
        with read_transaction(self._conn) as conn:
            return apply_corrections(conn, doc_id, facts)

    def _look_up_again(self, writes: list[_Save | _Source]) -> None:
        """Look the documents the group saves up again, under the write lock: another process may have
        stored or re-extracted one since it was looked up. (A document found stored stays so, under the
        same row id: its sources need no second look.)"""
        ids = list(dict.fromkeys(w.extraction.document.doc_id for w in writes if isinstance(w, _Save)))
        self._stored.update(dict.fromkeys(ids))
        for start in range(0, len(ids), IN_LIST):
            for row in self._conn.execute(DOCUMENTS_NAMED, {"doc_ids": ids[start:start + IN_LIST]}):
                self._stored[row.doc_id] = (row.id, row.extractor_version)

    def _write(self, write: _Save | _Source) -> None:
        """Keep one write for the group's commit; commit when the group is full or old enough."""
        self._writes.append(write)
        if len(self._writes) >= self._documents_per_commit \
                or time.monotonic() - (self._began or 0.0) >= self._seconds_per_commit:
            self.commit()

    # --- the group's rows, at its commit -----------------------------------------

    def _write_group(self, writes: list[_Save | _Source]) -> Exception | None:
        """Write the group's rows, all at once; when that fails, one write at a time, leaving out each that
        fails. The first error, or None. Each attempt is a savepoint: the transaction and its lock stay.
        What other writers may have changed since the group's look-ups is read under the lock: which of its
        documents are stored, the documents with corrections, and the user's splits."""
        self._look_up_again(writes)
        corrected, splits = corrected_documents(self._conn), split_aliases(self._conn)
        if corrected:
            writes = [replace(w, reviewed=self._reviewed(w.extraction.document.doc_id, w.extraction.facts, corrected))
                      if isinstance(w, _Save) and w.extraction.document.doc_id in corrected else w for w in writes]
        error: Exception | None = None
        one_at_a_time = False
        while writes:
            try:
                with self._conn.begin_nested():
                    self._write_rows(writes, one_at_a_time, splits)
                break
            except _WriteFailed as failed:
                if failed.index is None and one_at_a_time:
                    raise failed.cause from None
                if failed.index is None:
                    one_at_a_time = True  # which write it was is not known: find it
                else:
                    error = error or failed.cause
                    writes = writes[:failed.index] + writes[failed.index + 1:]
        return error

    def _write_rows(self, writes: list[_Save | _Source], one_at_a_time: bool, splits: set[tuple[str, str]]) -> None:
        """Turn the writes into rows, in order, and write them; ``_WriteFailed`` says which failed."""
        conn = self._conn
        rows = GroupRows.read(conn)
        entities = GroupEntities(splits)
        entities.read(conn, (w.extraction for w in writes if isinstance(w, _Save)))
        documents = {doc_id: _Stored(row[0], row[1], written=True)
                     for doc_id, row in self._stored.items() if row is not None}
        for index, write in enumerate(writes):
            try:
                if isinstance(write, _Source):
                    if (stored := documents.get(write.doc_id)) is not None:
                        rows.add_source(stored.id, write.location, _now())
                else:
                    self._document_rows(write, documents, entities, rows)
                if one_at_a_time:
                    self._flush(rows, documents)
            except Exception as exc:
                raise _WriteFailed(index, exc) from exc
        try:
            self._flush(rows, documents)
        except Exception as exc:
            raise _WriteFailed(None, exc) from exc

    def _flush(self, rows: GroupRows, documents: dict[str, _Stored]) -> None:
        rows.flush(self._conn)
        for stored in documents.values():
            stored.written = True

    def _document_rows(self, write: _Save, documents: dict[str, _Stored], entities: GroupEntities,
                       rows: GroupRows) -> None:
        """The rows of one save: a new document, a duplicate's source, or a document's new extraction."""
        doc = write.extraction.document
        lexicons = write.lexicons or None
        stored = documents.get(doc.doc_id)
        if stored is not None and stored.version == EXTRACTOR_VERSION and not write.force:
            rows.add_source(stored.id, doc.source, _now())
            return
        if stored is None:
            stored = documents[doc.doc_id] = _Stored(rows.new_id("documents"), EXTRACTOR_VERSION, written=False)
            rows.documents[stored.id] = {
                "id": stored.id, "doc_id": doc.doc_id, "source": doc.source, "url": doc.url, "lang": doc.lang,
                "title": doc.title, "published": doc.published, "author": doc.author, "site_name": doc.site_name,
                "text": doc.text, "extractor_version": EXTRACTOR_VERSION, "ingested_at": _now(),
                "simhash": simhash(doc.text) if write.text_hash is None else write.text_hash,
                "lexicons": lexicons, "repair": doc.repair,
            }
        elif stored.written:
            rows.cleared.add(stored.id)
            rows.document_updates[stored.id] = lexicons
            stored.version = EXTRACTOR_VERSION
        else:
            rows.documents[stored.id]["lexicons"] = lexicons
        rows.add_source(stored.id, doc.source, _now())
        rows.extractions.pop(stored.id, None)  # saved again in the group: the later extraction stands
        rows.extractions[stored.id] = self._extraction_rows(stored.id, write, entities, rows)

    def _extraction_rows(self, document_id: int, write: _Save, entities: GroupEntities,
                         rows: GroupRows) -> DocumentRows:
        """Rows for a document's entities, mentions and facts, its entities resolved against the knowledge
        base and the group's earlier documents."""
        extraction, out = write.extraction, DocumentRows()
        ids_by_name: dict[str, int] = {}
        # The entities sharing a name with the document's; entities resolved here join the list as they go.
        known = entities.named(normalised_names(n for e in extraction.entities for n in (e.name, *e.aliases)))
        for entity in extraction.entities:
            entity_id = entities.resolve(entity, known, rows)
            record = entity_record(entity)
            out.entities.append({"document_id": document_id, "entity_id": entity_id, "name": entity.name,
                                 "type": entity.type, "category": entity.category, "aliases": record["aliases"]})
            for name in record["aliases"]:
                ids_by_name.setdefault(name, entity_id)
        # (``known`` needs no remembering: its entities came from the group's index or were added to it.)
        out.mentions = [{"document_id": document_id, "entity_id": ids_by_name[m.name], "start": m.start,
                         "end": m.end, "text": m.text} for m in extraction.mentions if m.name in ids_by_name]
        owners = {f.subject for f, _ in write.reviewed
                  if isinstance(f, Metric) and f.subject and f.subject not in ids_by_name}
        if owners:  # a fix gave a fact an owner this document does not name
            ids_by_name |= {name: i for name in owners if (i := self._entity_named(entities, name)) is not None}
        for fact, review in write.reviewed:
            fact_id = rows.new_id("facts")
            row, parties = fact_row(document_id, fact_id, fact, ids_by_name)
            row["review"] = review
            out.facts.append(row)
            out.parties.extend({"fact_id": fact_id, "entity_id": ids_by_name[name], "role": role}
                               for name, role in parties if name and name in ids_by_name)
            out.evidence.extend(
                {"fact_id": fact_id, "document_id": document_id, "start": ev.start, "end": ev.end,
                 "sentence_start": ev.sentence_start, "sentence_end": ev.sentence_end, "sentence": ev.sentence}
                for ev in (fact.evidence, *fact.more_evidence))
        return out

    def _entity_named(self, entities: GroupEntities, name: str) -> int | None:
        """The id of the oldest entity, stored or added by the group, one of whose names is ``name``."""
        stored = self._conn.scalar(OLDEST_NAMED, {"norm": normalise_name(name)})
        return min((i for i in (stored, entities.id_named(name)) if i is not None), default=None)


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
