"""workshops: workshops with their instructors, weekly sessions and training programmes; the
waiting list and allocations; attendance marks; effective-dated pay rates; pay periods with
their lines; the deposit ledger

Revision ID: 0011_workshops
Revises: 0010_parcel_event_kind
Create Date: 2026-12-04 21:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import prisondesk.db.base

revision = "0011_workshops"
down_revision = "0010_parcel_event_kind"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pay_period",
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("computed_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("computed_by", sa.String(length=36), nullable=True),
        sa.Column("approved_at", prisondesk.db.base.UtcDateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=36), nullable=True),
        sa.Column("held_percent", sa.Integer(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_period")),
        sa.UniqueConstraint("facility_id", "first_day", name=op.f("uq_pay_period_facility_id")),
    )
    with op.batch_alter_table("pay_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pay_period_facility_id"), ["facility_id"], unique=False
        )

    op.create_table(
        "workshop",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("enterprise", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_facility_id"), ["facility_id"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("account", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("pay_period_id", sa.String(length=36), nullable=True),
        sa.Column("occurred_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_ledger_entry_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_pay_period_id"), ["pay_period_id"], unique=False
        )
        batch_op.create_index(
            "ix_ledger_entry_prisoner", ["prisoner_id", "occurred_at"], unique=False
        )

    op.create_table(
        "pay_line",
        sa.Column("pay_period_id", sa.String(length=36), nullable=False),
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("allocation_id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("half_sessions", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("spendable", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["pay_period_id"], ["pay_period.id"], name=op.f("fk_pay_line_pay_period_id_pay_period")
        ),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_pay_line_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_line")),
    )
    with op.batch_alter_table("pay_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pay_line_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pay_line_pay_period_id"), ["pay_period_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_pay_line_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "pay_rate",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("band", sa.String(length=16), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_pay_rate_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_rate")),
    )
    with op.batch_alter_table("pay_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pay_rate_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pay_rate_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "workshop_allocation",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("pay_band", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=16), nullable=False),
        sa.Column("end_note", sa.Text(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"],
            ["prisoner.id"],
            name=op.f("fk_workshop_allocation_prisoner_id_prisoner"),
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_allocation_workshop_id_workshop"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_allocation")),
    )
    with op.batch_alter_table("workshop_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_allocation_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_allocation_prisoner_id"), ["prisoner_id"], unique=False
        )
        batch_op.create_index(
            "ix_workshop_allocation_workshop", ["workshop_id", "starts_on"], unique=False
        )

    op.create_table(
        "workshop_instructor",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_instructor_workshop_id_workshop"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_instructor")),
    )
    with op.batch_alter_table("workshop_instructor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_instructor_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_instructor_user_id"), ["user_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_instructor_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "workshop_programme",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("length_days", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_programme_workshop_id_workshop"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_programme")),
    )
    with op.batch_alter_table("workshop_programme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_programme_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_programme_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "workshop_session",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=16), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_workshop_session_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_session")),
    )
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_session_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_session_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "workshop_waiting",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("requested_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", prisondesk.db.base.UtcDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("allocation_id", sa.String(length=36), nullable=True),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_workshop_waiting_prisoner_id_prisoner")
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_workshop_waiting_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_waiting")),
    )
    with op.batch_alter_table("workshop_waiting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_waiting_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_waiting_prisoner_id"), ["prisoner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_waiting_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "attendance_mark",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("allocation_id", sa.String(length=36), nullable=False),
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("part", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("marked_by", sa.String(length=36), nullable=True),
        sa.Column("marked_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["workshop_allocation.id"],
            name=op.f("fk_attendance_mark_allocation_id_workshop_allocation"),
        ),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_attendance_mark_prisoner_id_prisoner")
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_attendance_mark_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_mark")),
    )
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_mark_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attendance_mark_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            "ix_attendance_mark_prisoner_day", ["prisoner_id", "day"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attendance_mark_supersedes"), ["supersedes"], unique=False
        )
        batch_op.create_index(
            "ix_attendance_mark_workshop_day", ["workshop_id", "day"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_mark_workshop_day")
        batch_op.drop_index(batch_op.f("ix_attendance_mark_supersedes"))
        batch_op.drop_index("ix_attendance_mark_prisoner_day")
        batch_op.drop_index(batch_op.f("ix_attendance_mark_facility_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_mark_allocation_id"))

    op.drop_table("attendance_mark")
    with op.batch_alter_table("workshop_waiting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_waiting_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_waiting_prisoner_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_waiting_facility_id"))

    op.drop_table("workshop_waiting")
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_session_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_session_facility_id"))

    op.drop_table("workshop_session")
    with op.batch_alter_table("workshop_programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_programme_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_programme_facility_id"))

    op.drop_table("workshop_programme")
    with op.batch_alter_table("workshop_instructor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_instructor_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_instructor_user_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_instructor_facility_id"))

    op.drop_table("workshop_instructor")
    with op.batch_alter_table("workshop_allocation", schema=None) as batch_op:
        batch_op.drop_index("ix_workshop_allocation_workshop")
        batch_op.drop_index(batch_op.f("ix_workshop_allocation_prisoner_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_allocation_facility_id"))

    op.drop_table("workshop_allocation")
    with op.batch_alter_table("pay_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_rate_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_pay_rate_facility_id"))

    op.drop_table("pay_rate")
    with op.batch_alter_table("pay_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_line_prisoner_id"))
        batch_op.drop_index(batch_op.f("ix_pay_line_pay_period_id"))
        batch_op.drop_index(batch_op.f("ix_pay_line_facility_id"))

    op.drop_table("pay_line")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_prisoner")
        batch_op.drop_index(batch_op.f("ix_ledger_entry_pay_period_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entry_facility_id"))

    op.drop_table("ledger_entry")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_facility_id"))

    op.drop_table("workshop")
    with op.batch_alter_table("pay_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_period_facility_id"))

    op.drop_table("pay_period")
