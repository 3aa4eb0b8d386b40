"""family contact: stored prisoner files gain the columns that say why no contact is listed

Revision ID: 0003_family_contact
Revises: 0002_transfers
Create Date: 2026-12-03 13:40:00
"""

from __future__ import annotations

from prisondesk.server import stored_rows

revision = "0003_family_contact"
down_revision = "0002_transfers"
branch_labels = None
depends_on = None


COLUMNS = ("family_contact_absent", "family_contact_note")


def upgrade() -> None:
    # as the workstations' 0007_family_contact adds them: null on every file
    stored_rows.add_null_columns("prisoner", COLUMNS)


def downgrade() -> None:
    stored_rows.drop_columns("prisoner", COLUMNS)
