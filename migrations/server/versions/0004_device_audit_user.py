"""devices remember whose audit entry they pushed last (server authorisation)

Revision ID: 0004_device_audit_user
Revises: 0003_family_contact
Create Date: 2026-12-03 15:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_device_audit_user"
down_revision = "0003_family_contact"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audit_user", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_device", schema=None) as batch_op:
        batch_op.drop_column("audit_user")
