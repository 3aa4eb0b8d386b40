"""family contact: a file may say that the prisoner has no family or declined to name one

Revision ID: 0007_family_contact
Revises: 0006_transfers
Create Date: 2026-12-03 13:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_family_contact"
down_revision = "0006_transfers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prisoner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("family_contact_absent", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("family_contact_note", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("prisoner", schema=None) as batch_op:
        batch_op.drop_column("family_contact_note")
        batch_op.drop_column("family_contact_absent")
