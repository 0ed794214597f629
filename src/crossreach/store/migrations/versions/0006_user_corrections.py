"""Corrections a user makes that must survive re-extraction, and what a document was extracted with.

``fact_corrections`` records each rejection, fix or confirmation of a fact, by
whom, when and why, keyed by what stays the same when the document is read
again: its document and the type and span of the fact. ``facts.review`` says
what the user decided about a stored fact (rejected, fixed, confirmed).
``documents.lexicons`` lists the user lexicon files a document was extracted
with, so that ``reextract`` reads it with the same ones. ``entity_corrections.aliases``
keeps the names a merge moved, so that a split can move exactly those back.

Revision ID: 0006_user_corrections
Revises: 0005_index_evidence_per_document
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_user_corrections"
down_revision = "0005_index_evidence_per_document"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.String(80), nullable=False),
        sa.Column("fact_type", sa.String(16), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_fact_corrections_doc_id", "fact_corrections", ["doc_id"])
    # Plain ALTER TABLE ... ADD COLUMN (nullable): SQLite keeps the tables, and the triggers of 0004 on them.
    op.add_column("facts", sa.Column("review", sa.String(16)))
    op.add_column("documents", sa.Column("lexicons", sa.JSON))
    op.add_column("entity_corrections", sa.Column("aliases", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("entity_corrections") as batch:
        batch.drop_column("aliases")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("lexicons")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("review")
    op.drop_index("ix_fact_corrections_doc_id", "fact_corrections")
    op.drop_table("fact_corrections")
