"""SQLite: the repository indexes a group's new documents for full-text search in one statement.

Migration 0004 indexed each new document from a trigger, a statement of its own inside the
group's executemany, after which FTS5 wrote out its pending terms; as migration 0005 did for
evidence, ``store.group_rows`` now indexes the documents a group adds with one INSERT ... SELECT
(``_INDEX_DOCUMENTS_SQLITE``): storing 500 articles of 2 KB in groups of 50 cost 1.61-1.65 CPU ms a
document with the trigger and 1.51-1.59 without it. The triggers that delete and update ``documents_search``
rows stay: every writer needs them.

Revision ID: 0009_index_documents_per_group
Revises: 0008_document_repair
"""

from __future__ import annotations

from alembic import op

revision = "0009_index_documents_per_group"
down_revision = "0008_document_repair"
branch_labels = None
depends_on = None

#: The trigger of migration 0004, as it was (for downgrade).
_INSERT_TRIGGER = """CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_search(rowid, title, text) VALUES (new.id, new.title, new.text);
       END"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS documents_search_insert")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_INSERT_TRIGGER)
