"""Full-text search over documents and facts (``crossreach search``, ``query.search``).

SQLite: two FTS5 tables kept in sync by triggers, so every writer (ingest,
re-extraction, Parquet load, entity corrections) updates them without the
repository knowing. ``documents_search`` indexes documents.title and .text
(external content: the text is not stored twice, rowid = documents.id).
``facts_search`` has one row per evidence (rowid = evidence.id): the sentence,
and the fact's details (subject, kind, platform, role title and organization,
partnership parties, metric label), so "Louvre viewers" finds a figure read
from "12 millions de spectateurs". Existing rows are indexed here.

PostgreSQL searches at query time with to_tsvector/plainto_tsquery ('simple'
configuration); a GIN expression index serves the documents, whose texts are
long (``crossreach.query`` uses the same expression, or the planner cannot use
the index). Facts are searched over their sentence and details together, an
expression across two tables that no index can hold; sentences are short.

A later migration that rebuilds documents, facts or evidence in batch mode on
SQLite drops their triggers with the old table: it must create them again
(``_SQLITE_TRIGGERS`` here).

Revision ID: 0004_full_text_search
Revises: 0003_fact_groups
"""

from __future__ import annotations

from alembic import op

revision = "0004_full_text_search"
down_revision = "0003_fact_groups"
branch_labels = None
depends_on = None

_TOKENIZER = "unicode61 remove_diacritics 2"

#: The fact's words besides its sentence; ``f`` is the facts row (the same words as _FACT_DETAILS_PG of
#: ``query/search.py``).
_DETAILS = " || ' ' || ".join(
    [f"coalesce(f.{column}, '')" for column in ("subject", "kind", "platform")]
    + [f"coalesce(json_extract(f.record, '$.{key}'), '')" for key in ("title", "organization", "parties", "label")]
)

_SQLITE_TABLES = (
    f"CREATE VIRTUAL TABLE documents_search USING fts5(title, text, content='documents', content_rowid='id', "
    f"tokenize='{_TOKENIZER}')",
    f"CREATE VIRTUAL TABLE facts_search USING fts5(fact_id UNINDEXED, sentence, details, tokenize='{_TOKENIZER}')",
)

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_search(rowid, title, text) VALUES (new.id, new.title, new.text);
       END""",
    """CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
         INSERT INTO documents_search(documents_search, rowid, title, text)
           VALUES ('delete', old.id, old.title, old.text);
       END""",
    """CREATE TRIGGER documents_search_update AFTER UPDATE OF title, text ON documents BEGIN
         INSERT INTO documents_search(documents_search, rowid, title, text)
           VALUES ('delete', old.id, old.title, old.text);
         INSERT INTO documents_search(rowid, title, text) VALUES (new.id, new.title, new.text);
       END""",
    f"""CREATE TRIGGER facts_search_insert AFTER INSERT ON evidence BEGIN
         INSERT INTO facts_search(rowid, fact_id, sentence, details)
           SELECT new.id, new.fact_id, new.sentence, {_DETAILS} FROM facts f WHERE f.id = new.fact_id;
       END""",
    """CREATE TRIGGER facts_search_delete AFTER DELETE ON evidence BEGIN
         DELETE FROM facts_search WHERE rowid = old.id;
       END""",
    f"""CREATE TRIGGER facts_search_update AFTER UPDATE OF subject, kind, platform, record ON facts BEGIN
         DELETE FROM facts_search WHERE rowid IN (SELECT id FROM evidence WHERE fact_id = new.id);
         INSERT INTO facts_search(rowid, fact_id, sentence, details)
           SELECT e.id, e.fact_id, e.sentence, {_DETAILS} FROM evidence e JOIN facts f ON f.id = e.fact_id
           WHERE e.fact_id = new.id;
       END""",
)

_SQLITE_BACKFILL = (
    "INSERT INTO documents_search(documents_search) VALUES ('rebuild')",
    f"INSERT INTO facts_search(rowid, fact_id, sentence, details) "
    f"SELECT e.id, e.fact_id, e.sentence, {_DETAILS} FROM evidence e JOIN facts f ON f.id = e.fact_id",
)

_POSTGRES_INDEXES = (
    "CREATE INDEX ix_documents_search ON documents "
    "USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        statements = (*_SQLITE_TABLES, *_SQLITE_TRIGGERS, *_SQLITE_BACKFILL)
    elif dialect == "postgresql":
        statements = _POSTGRES_INDEXES
    else:
        statements = ()
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("documents_search_insert", "documents_search_delete", "documents_search_update",
                        "facts_search_insert", "facts_search_delete", "facts_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS facts_search")
        op.execute("DROP TABLE IF EXISTS documents_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_search")
