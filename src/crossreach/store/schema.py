"""The knowledge base schema: documents and their sources, entities and aliases, mentions, facts.

Facts keep both queryable columns (subject, kind, value, date...) and the full
FACTS.md record as JSON, so export is exact and queries stay simple. Every fact
has at least one evidence row: offsets into its document and the sentence.
Changes to this module go with a new migration in ``store/migrations/versions``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(80), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("lang", String(16), nullable=False),
    Column("title", Text),
    Column("published", String(10)),
    Column("author", Text),
    Column("site_name", Text),
    Column("text", Text, nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("simhash", BigInteger),
    Column("lexicons", JSON),        # the user lexicon files it was extracted with (reextract uses them again)
    Column("repair", Text),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("location", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("document_id", "location", name="uq_sources_document_location"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("norm", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("category", String(16)),
    Column("parent", Text),
    Index("ix_entities_norm", "norm"),
)

aliases = Table(
    "aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("norm", Text, nullable=False),
    Column("reason", Text, nullable=False),
    UniqueConstraint("entity_id", "norm", name="uq_aliases_entity_norm"),
    Index("ix_aliases_norm", "norm"),
)

document_entities = Table(
    "document_entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("category", String(16)),
    Column("aliases", JSON, nullable=False),
    Index("ix_document_entities_document", "document_id"),
    Index("ix_document_entities_entity", "entity_id"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_document", "document_id"),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("subject_id", Integer, ForeignKey("entities.id")),
    Column("subject", Text),
    Column("kind", String(32)),
    Column("value", Float),
    Column("range_low", Float),
    Column("range_high", Float),
    Column("qualifier", String(16)),
    Column("platform_id", Integer, ForeignKey("entities.id")),
    Column("platform", Text),
    Column("date", String(10)),
    Column("currency", String(3)),
    Column("record", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("group_key", String(40)),
    Column("review", String(16)),    # a user's decision (store/corrections.py): rejected, fixed, confirmed
    Index("ix_facts_document", "document_id"),
    Index("ix_facts_group_key", "group_key"),
    Index("ix_facts_type_kind", "type", "kind"),
    Index("ix_facts_subject", "subject_id"),
)

fact_parties = Table(
    "fact_parties", metadata,
    Column("id", Integer, primary_key=True),
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("role", String(16), nullable=False),
    Index("ix_fact_parties_entity", "entity_id"),
    Index("ix_fact_parties_fact", "fact_id"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Index("ix_evidence_fact", "fact_id"),
)

entity_corrections = Table(
    "entity_corrections", metadata,
    Column("id", Integer, primary_key=True),
    Column("action", String(8), nullable=False),
    Column("name", Text, nullable=False),
    Column("other", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("aliases", JSON),         # a merge: the names it moved, which a split of the two moves back
)

#: A user's rejection, fix or confirmation of a fact, kept through re-extraction: the fact is known by
#: its document, type and span, which stay the same when the document is read again.
fact_corrections = Table(
    "fact_corrections", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(80), nullable=False),
    Column("fact_type", String(16), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("action", String(8), nullable=False),
    Column("changes", JSON, nullable=False),
    Column("reason", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_fact_corrections_doc_id", "doc_id"),
)


def fact_search_details(record_key: Callable[[str], str]) -> str:
    """SQL for a fact's words besides its sentence, for full-text search (``f`` is the facts row):
    its subject, kind and platform, and the title, organization, parties and label of its record.
    ``record_key`` spells one key of the JSON record in the database's dialect."""
    return " || ' ' || ".join(
        [f"coalesce(f.{column}, '')" for column in ("subject", "kind", "platform")]
        + [f"coalesce({record_key(key)}, '')" for key in ("title", "organization", "parties", "label")]
    )
