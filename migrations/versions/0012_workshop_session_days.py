"""workshop_session_days: a weekly session's first and last day (a session added to a running
workshop is held from that day, one taken out until that day, so the registers of the days
it was held stay open), and a workshop's half-day session length (what a scan marks as
worked, so an hourly rate pays a scanned session)

Revision ID: 0012_workshop_session_days
Revises: 0011_workshops
Create Date: 2026-12-04 23:19:34
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_workshop_session_days"
down_revision = "0011_workshops"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("session_minutes", sa.Integer(), nullable=False, server_default="240")
        )
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_day", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("last_day", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.drop_column("last_day")
        batch_op.drop_column("first_day")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("session_minutes")
