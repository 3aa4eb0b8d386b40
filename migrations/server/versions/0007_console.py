"""the server console: its accounts and sessions, the audit of the server's administration,
and the changes pushes refused (counted on the console's sync health page)

Revision ID: 0007_console
Revises: 0006_digest_totals
Create Date: 2026-12-05 23:01:37.402929
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import prisondesk.db.base

revision = "0007_console"
down_revision = "0006_digest_totals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_admin_audit",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_admin_audit")),
    )
    op.create_table(
        "server_console_admin",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", prisondesk.db.base.UtcDateTime(), nullable=True),
        sa.Column("locked_until", prisondesk.db.base.UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_console_admin")),
        sa.UniqueConstraint("name", name=op.f("uq_server_console_admin_name")),
    )
    op.create_table(
        "server_console_session",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("admin_id", sa.String(length=36), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("started_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("last_seen_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("flash", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_server_console_session")),
    )
    op.create_table(
        "server_rejection",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_rejection")),
    )
    with op.batch_alter_table("server_rejection", schema=None) as batch_op:
        batch_op.create_index("ix_server_rejection_at", ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("server_rejection", schema=None) as batch_op:
        batch_op.drop_index("ix_server_rejection_at")

    op.drop_table("server_rejection")
    op.drop_table("server_console_session")
    op.drop_table("server_console_admin")
    op.drop_table("server_admin_audit")
