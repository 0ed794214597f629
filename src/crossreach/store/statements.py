"""The statements the store runs for every document, built once.

Building a SQLAlchemy statement anew for each document cost more than SQLite
running it (coercing its clauses, then computing its cache key); a statement
object built once keeps its cache key, so SQLAlchemy finds its compiled form
at once. Values come as bound parameters.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select

from crossreach.store import schema as t

#: The extractor version a document (by doc id) is stored with.
VERSION_OF = select(t.documents.c.extractor_version).where(t.documents.c.doc_id == bindparam("doc_id"))
#: A document's row id and extractor version, by doc id.
DOCUMENT_NAMED = select(t.documents.c.id, t.documents.c.extractor_version) \
    .where(t.documents.c.doc_id == bindparam("doc_id"))
#: Whether a document already has a source (location).
SOURCE_OF = select(t.sources.c.id).where(t.sources.c.document_id == bindparam("document_id"),
                                        t.sources.c.location == bindparam("location"))
#: A document's facts in the order they were inserted.
FACTS_OF = select(t.facts.c.id, t.facts.c.type, t.facts.c.group_key) \
    .where(t.facts.c.document_id == bindparam("document_id")).order_by(t.facts.c.id)
#: An insert a table, for one row or many (executemany).
INSERT = {name: insert(table) for name, table in (
    ("documents", t.documents), ("sources", t.sources), ("document_entities", t.document_entities),
    ("mentions", t.mentions), ("facts", t.facts), ("fact_parties", t.fact_parties), ("evidence", t.evidence),
    ("aliases", t.aliases), ("entities", t.entities))}
#: The row ids and extractor versions of documents, by doc ids (an expanding ``IN`` list).
DOCUMENTS_NAMED = select(t.documents.c.id, t.documents.c.doc_id, t.documents.c.extractor_version) \
    .where(t.documents.c.doc_id.in_(bindparam("doc_ids", expanding=True)))
#: The oldest entity one of whose names normalises to ``norm``.
OLDEST_NAMED = select(t.aliases.c.entity_id).where(t.aliases.c.norm == bindparam("norm")) \
    .order_by(t.aliases.c.entity_id).limit(1)
