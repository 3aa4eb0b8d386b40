"""transfers between facilities: a prisoner's file records where it was sent and where from

Revision ID: 0006_transfers
Revises: 0005_visitor_search
Create Date: 2026-11-29 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_transfers"
down_revision = "0005_visitor_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prisoner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("transfer_from", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("transfer_to", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("prisoner", schema=None) as batch_op:
        batch_op.drop_column("transfer_to")
        batch_op.drop_column("transfer_from")
