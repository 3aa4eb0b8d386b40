from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from prisondesk.db.migrate import head_revision
from prisondesk.db.models import Prisoner, Wing
from prisondesk.sync.digest import EMPTY, canonical, local_digest, row_hash, table_digest, wire_row
from prisondesk.sync.schema import sync_schema


def test_schema_lists_every_replicated_table_with_wire_types():
    schema = sync_schema(head_revision())
    tables = schema["tables"]
    assert schema["schema"] == head_revision()
    assert tables["audit_entry"]["kind"] == "event" and tables["movement"]["kind"] == "event"
    assert tables["prisoner"]["kind"] == "record"
    prisoner = tables["prisoner"]["columns"]
    assert prisoner["id"] == "uuid" and prisoner["facility_id"] == "uuid"
    assert prisoner["date_of_birth"] == "date" and prisoner["admitted_at"] == "datetime"
    assert prisoner["languages"] == "json" and prisoner["term_years"] == "integer"
    assert prisoner["injuries_examined"] == "boolean" and prisoner["surname"] == "text"
    assert tables["prisoner_photo"]["columns"]["jpeg"] == "bytes"
    assert tables["movement"]["columns"]["prisoner_id"] == "uuid"
    for table in tables.values():  # replication metadata is not a column of the wire
        assert not {"field_hlc", "origin_device", "deleted"} & set(table["columns"])
    assert "hlc" not in tables["audit_entry"]["columns"]
    allowed = {"uuid", "text", "integer", "boolean", "date", "datetime", "json", "bytes"}
    assert {t for table in tables.values() for t in table["columns"].values()} <= allowed


def test_row_hash_is_the_first_16_bytes_of_sha256_of_canonical_json():
    row = {"surname": "Асанов", "id": "x", "n": 1}
    text = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert canonical(row) == text.encode("utf-8") and b"\\u" not in canonical(row)
    assert row_hash(row) == int.from_bytes(hashlib.sha256(text.encode()).digest()[:16], "big")


def test_digest_is_order_free_and_empty_is_zeros():
    rows = [{"id": str(n), "v": n} for n in range(5)]
    assert table_digest(rows) == table_digest(reversed(rows))
    assert table_digest([]) == {"count": 0, "xor": EMPTY}
    assert table_digest(rows)["count"] == 5 and len(table_digest(rows)["xor"]) == 32


def test_local_digest_covers_live_rows_as_pull_would_deliver_them(db, admin):
    with db.read() as session:
        digest = local_digest(session)
        wings = [wire_row(w) for w in session.scalars(select(Wing))]
    assert digest["wing"] == table_digest(wings) and digest["wing"]["count"] == 2
    assert digest["prisoner"] == {"count": 0, "xor": EMPTY}
    with db.write(admin.user_id) as session:  # a tombstoned wing leaves the digest
        from prisondesk.services.core import audit

        wing = session.scalars(select(Wing)).first()
        wing.deleted = True
        audit.record(session, db, admin, "delete", "wing", wing.id)
    with db.read() as session:
        assert local_digest(session)["wing"]["count"] == 1
        assert Prisoner.__tablename__ in local_digest(session)
