"""What ``crossreach watch`` remembers between runs: each source's poll state and the items it saw.

``watch_sources``: one row per watched feed, sitemap or folder, with the
validators of its last answer (ETag, Last-Modified) for conditional requests,
when it is due again, and how many polls in a row failed (the backoff).
``watch_items``: each item (an entry's link, a sitemap URL, a file) a source
listed, ``pending`` until it is ingested, then ``done``; an item is never
fetched again once done, so a restart neither re-fetches nor misses anything.

Revision ID: 0007_watch_state
Revises: 0006_user_corrections
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_watch_state"
down_revision = "0006_user_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_polled", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_poll", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_status", sa.String(length=16), nullable=True),
        sa.Column("last_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("location"),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("doc_id", sa.String(length=80), nullable=True),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["watch_sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_id", "key", name="uq_watch_items_source_key"),
    )


def downgrade() -> None:
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
