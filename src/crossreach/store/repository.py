"""The repository: ``KnowledgeBase``, the one object through which the knowledge base is read and written.

Who touches the database, and how. In this package, ``engine.py`` connects,
migrates and takes the write lock; ``writer.py`` stores documents (``BatchWriter``,
each document whole or not at all, committed in groups, so a crash or Ctrl-C
mid-batch loses at most the last group's documents, never part of one; running
the same command again stores them); ``curation.py`` and ``corrections.py``
record a user's entity and fact corrections in ``kb.writing()`` transactions.
Two others hold a ``KnowledgeBase`` and run their own statements on it: the
query package (``crossreach.query``) reads the tables of ``store/schema.py``
through ``kb.reading()`` connections and never writes; the watcher's state
(``watch/state.py``) reads and writes its own two tables (migration 0007) through
``kb.reading()`` and ``kb.writing()``. Nothing else touches the database.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, func, or_, select

from crossreach import EXTRACTOR_VERSION
from crossreach.models import Document, Extraction
from crossreach.record import renamed, written_names
from crossreach.store import schema as t
from crossreach.store.engine import StoreError, open_engine, write_connection, writer_connection
from crossreach.store.writer import (
    DOCUMENTS_PER_COMMIT,
    SECONDS_PER_COMMIT,
    SPLIT,
    BatchWriter,
    SaveOutcome,
    has_current,
)

#: Stored documents read in one statement by ``stored_documents``.
_DOCUMENTS_A_READ = 50
#: Re-exported: callers catch ``repository.StoreError`` and curation records ``repository.SPLIT``.
__all__ = ["SPLIT", "BatchWriter", "KnowledgeBase", "SaveOutcome", "StoreError", "open_knowledge_base"]


def open_knowledge_base(url: str) -> KnowledgeBase:
    """Connect, bring the schema up to date (Alembic migrations) and return the repository."""
    return KnowledgeBase(open_engine(url))


class KnowledgeBase:
    """Documents, entities and facts, behind one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def close(self) -> None:
        """Close the engine's pooled connections. For SQLite, closing the last one copies the write-ahead
        log into the database file and removes it, so that the file alone holds everything stored (a user
        copies or deletes ``kb.db`` alone). The repository reconnects if it is used again."""
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction that holds the knowledge base's write lock until it ends.

        Writers are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory
        transaction lock), so two processes ingesting at once can never both
        insert the same document or entity. Readers are never blocked.
        """
        with write_connection(self.engine) as conn:
            yield conn

    def reading(self) -> Connection:
        """A connection for reading (use it in a ``with`` block): what the query package and the
        watcher's state read through. Readers never take the write lock."""
        return self.engine.connect()

    @contextmanager
    def batch(self, documents_per_commit: int = DOCUMENTS_PER_COMMIT,
              seconds_per_commit: float = SECONDS_PER_COMMIT) -> Iterator[BatchWriter]:
        """A writer for many documents that commits them in groups; what it wrote is committed when
        the block ends, also when it ends with an error (each document is whole or absent)."""
        with writer_connection(self.engine) as conn:
            writer = BatchWriter(conn, documents_per_commit, seconds_per_commit)
            try:
                yield writer
            finally:
                writer.commit()

    # --- writing -------------------------------------------------------------

    def has_current(self, doc_id: str) -> bool:
        """Whether the document is stored with facts of the current extractor version."""
        with self.reading() as conn:
            return has_current(conn, doc_id)

    def add_source(self, doc_id: str, location: str) -> None:
        """Record one more place a stored document was seen."""
        with self.batch() as writer:
            writer.add_source(doc_id, location)

    def save(self, extraction: Extraction, force: bool = False, lexicons: Sequence[str] = ()) -> SaveOutcome:
        """Store a document and everything extracted from it, in one transaction.

        A document already stored with the current extractor version is only given
        one more source, unless ``force`` asks for its facts to be replaced.
        ``lexicons`` are the user lexicon files it was extracted with.
        """
        with self.batch() as writer:
            return writer.save(extraction, force, lexicons)

    # --- reading -------------------------------------------------------------

    def document_lexicons(self, outdated_only: bool = False) -> dict[tuple[str, ...], int]:
        """The sets of user lexicon files stored documents were extracted with, and how many documents each."""
        query = select(t.documents.c.lexicons)
        if outdated_only:
            query = query.where(t.documents.c.extractor_version != EXTRACTOR_VERSION)
        counts: dict[tuple[str, ...], int] = {}
        with self.reading() as conn:
            for lexicons in conn.scalars(query):
                key = tuple(lexicons or ())
                counts[key] = counts.get(key, 0) + 1
        return counts

    def stored_documents(self, outdated_only: bool = False,
                         lexicons: Sequence[str] | None = None) -> Iterator[Document]:
        """The stored documents (those extracted by an older version only, if asked; those extracted with
        exactly these user lexicons, if given), oldest first."""
        query = select(t.documents.c.id, t.documents.c.lexicons).order_by(t.documents.c.id)
        if outdated_only:
            query = query.where(t.documents.c.extractor_version != EXTRACTOR_VERSION)
        with self.reading() as conn:
            ids = [row.id for row in conn.execute(query)
                   if lexicons is None or tuple(row.lexicons or ()) == tuple(lexicons)]
        for start in range(0, len(ids), _DOCUMENTS_A_READ):  # a few at a time: memory stays flat
            with self.reading() as conn:
                page = ids[start:start + _DOCUMENTS_A_READ]
                rows = conn.execute(select(t.documents).where(t.documents.c.id.in_(page))
                                    .order_by(t.documents.c.id)).all()
            for row in rows:
                yield Document(doc_id=row.doc_id, source=row.source, text=row.text, lang=row.lang,
                               title=row.title, published=row.published, author=row.author,
                               site_name=row.site_name, url=row.url, repair=row.repair)

    def document_records(self) -> Iterator[dict[str, Any]]:
        """The FACTS.md record of every stored document, in ingest order.

        Entities are merged across documents under one canonical name (the gazetteer's, else the first
        document's), every written form an alias of it, so the query layer finds an entity by any name;
        facts are stored under those canonical names. Each record is renamed here, as ``record.document_record``
        renames an extraction, to the names its own document writes (``record.written_names``)."""
        with self.reading() as conn:
            docs = conn.execute(select(t.documents).order_by(t.documents.c.id)).all()
            for doc in docs:
                ents = conn.execute(select(t.document_entities).where(t.document_entities.c.document_id == doc.id)
                                    .order_by(t.document_entities.c.id)).all()
                fact_rows = conn.scalars(select(t.facts.c.record).where(
                    t.facts.c.document_id == doc.id, or_(t.facts.c.review.is_(None), t.facts.c.review != "rejected"))
                    .order_by(t.facts.c.id)).all()
                record = {
                    "source": doc.source, "doc_id": doc.doc_id, "lang": doc.lang, "title": doc.title,
                    "published": doc.published,
                    "entities": [_entity_dict(e) for e in ents],
                    "facts": list(fact_rows),
                }
                if doc.repair:
                    record["repair"] = doc.repair
                written = conn.execute(select(t.mentions.c.entity_id, t.mentions.c.text)
                                       .where(t.mentions.c.document_id == doc.id)
                                       .order_by(t.mentions.c.start)).all()
                yield renamed(record, written_names(_canonical_and_written(ents, written)))

    def counts(self) -> dict[str, int]:
        """How many documents, sources, entities and facts of each type are stored."""
        with self.reading() as conn:
            out = {
                "documents": conn.scalar(select(func.count()).select_from(t.documents)) or 0,
                "sources": conn.scalar(select(func.count()).select_from(t.sources)) or 0,
                "entities": conn.scalar(select(func.count()).select_from(t.entities)) or 0,
            }
            for fact_type, n in conn.execute(select(t.facts.c.type, func.count()).group_by(t.facts.c.type)):
                out[f"{fact_type}s"] = n
        for fact_type in ("metric", "partnership", "role", "quote"):
            out.setdefault(f"{fact_type}s", 0)
        return out



def _canonical_and_written(entities: Sequence[Any], mentions: Sequence[Any]) -> Iterator[tuple[str, str]]:
    """(canonical name, written text) of a stored document's mentions, as ``record.written_names`` reads them
    from an extraction. A mention row points to a knowledge-base entity, which two entities of the document
    may share (a league and its organiser both called "DFL"): the mention belongs to the one among them
    that was written so (its aliases are its written forms), so each keeps its own written name."""
    by_id: dict[int, list[Any]] = {}
    for entity in entities:
        by_id.setdefault(entity.entity_id, []).append(entity)
    for mention in mentions:
        sharing = by_id.get(mention.entity_id)
        if sharing:
            owner = next((e for e in sharing if mention.text in e.aliases), sharing[0])
            yield owner.name, mention.text


def _entity_dict(row: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"name": row.name, "type": row.type}
    if row.category:
        record["category"] = row.category
    record["aliases"] = list(row.aliases)
    return record

