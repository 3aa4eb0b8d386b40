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
    # Changes waiting from before: a transaction's audit entry is written with its last
    # changes as a rule, so each change is grouped with the first audit entry at or after
    # it (a best guess: the server still refuses a change its user's audit did not cover).
    # The group is named by that entry's seq, negated: never the outbox mark of a
    # transaction written from now on.
    op.execute(
        "UPDATE sync_outbox SET txn = -(SELECT MIN(audit.seq) FROM sync_outbox AS audit "
        "WHERE audit.table_name = 'audit_entry' AND audit.seq >= sync_outbox.seq)"
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_column("txn")
