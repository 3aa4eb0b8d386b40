"""audit entries hold their place: each stored entry's (device, device_seq) becomes a unique key

Desks keep UNIQUE(origin_device, device_seq) on audit_entry; from this revision the server
claims the same key for every entry it stores and refuses a second one (push.py). Entries
stored before claim theirs here, the earliest ``seq`` first; a later entry of the same place
(stored while nothing refused it) keeps its row, and desks that already hold the first one
keep refusing it as they did.

Revision ID: 0005_audit_entry_keys
Revises: 0004_device_audit_user
Create Date: 2026-12-03 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from prisondesk.domain.jsonbytes import loads
from prisondesk.server.push_context import unique_key_text

revision = "0005_audit_entry_keys"
down_revision = "0004_device_audit_user"
branch_labels = None
depends_on = None

BATCH = 1000
KEY = ("origin_device", "device_seq")
ROWS = sa.table(
    "server_row",
    sa.column("table_name", sa.String),
    sa.column("row_id", sa.String),
    sa.column("seq", sa.BigInteger),
    sa.column("row", sa.Text),
    sa.column("hlc", sa.Text),
)
KEYS = sa.table(
    "server_unique_key",
    sa.column("table_name", sa.String),
    sa.column("key", sa.String),
    sa.column("row_id", sa.String),
)


def upgrade() -> None:
    connection, after, claimed = op.get_bind(), -1, set()
    while True:
        batch = connection.execute(
            sa.select(ROWS.c.seq, ROWS.c.row_id, ROWS.c.row, ROWS.c.hlc)
            .where(ROWS.c.table_name == "audit_entry", ROWS.c.seq > after)
            .order_by(ROWS.c.seq)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        keys = []
        for _, row_id, row, hlc in batch:
            stamp = loads(hlc) if hlc.startswith('"') else hlc  # an event's one HLC, as JSON
            device = stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""
            key = unique_key_text({"origin_device": device, **loads(row)}, KEY)
            if key not in claimed:
                claimed.add(key)
                keys.append({"table_name": "audit_entry", "key": key, "row_id": row_id})
        if keys:
            connection.execute(sa.insert(KEYS), keys)
        after = batch[-1].seq


def downgrade() -> None:
    op.execute(sa.delete(KEYS).where(KEYS.c.table_name == "audit_entry"))
