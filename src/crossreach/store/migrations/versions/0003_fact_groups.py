"""Fact groups across documents and near-duplicate detection.

facts.group_key names what a fact is about without its value (resolve.facts),
so the same fact from several documents is one group and a different figure in
the same group is a conflict; documents.simhash lets syndicated copies count as
one source.

Revision ID: 0003_fact_groups
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_fact_groups"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("simhash", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("group_key", sa.String(length=40), nullable=True))
        batch.create_index("ix_facts_group_key", ["group_key"])


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_index("ix_facts_group_key")
        batch.drop_column("group_key")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("simhash")
