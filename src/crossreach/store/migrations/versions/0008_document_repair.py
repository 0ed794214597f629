"""documents.repair: what was repaired in a document's text as it was read (mojibake, mixed encodings).

A plain ``ADD COLUMN`` (no batch rebuild of the table, which would lose SQLite's
triggers on it); NULL for every document stored before, and for any document
that needed no repair.

Revision ID: 0008_document_repair
Revises: 0007_watch_state
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_document_repair"
down_revision = "0007_watch_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("repair", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("repair")
