"""the outbox knows each change's transaction, so that a push never parts a change from its
audit entry (server authorisation)

Revision ID: 0008_outbox_txn
Revises: 0007_family_contact
Create Date: 2026-12-03 15:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_outbox_txn"
down_revision = "0007_family_contact"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("txn", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_column("txn")
