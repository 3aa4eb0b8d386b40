"""The server's migrations on SQLite and PostgreSQL: stored rows gain what a workstation's
migration of the same revision adds, hashed as an upgraded workstation hashes them, under the
``seq`` they had (the workstations already hold those values: nothing new to pull)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from prisondesk.domain.ids import new_id
from prisondesk.domain.jsonbytes import canonical, loads
from prisondesk.server.database import SERVER_MIGRATIONS_DIR, ServerDatabase, sqlite_url
from prisondesk.sync.digest import row_hash
from tests.server.live import create_postgres_database, drop_postgres, require_postgres

FAMILY = {"family_contact_absent": None, "family_contact_note": None}


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_server_url(request, tmp_path):
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "server.db")
        return
    require_postgres()
    url, name = create_postgres_database()
    yield url
    drop_postgres(name)


def _hex(row: dict[str, Any]) -> str:
    return f"{row_hash(row):032x}"


def _config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SERVER_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _store(connection, seq: int, table: str, row: dict, left_by: str | None = None) -> None:
    """A row as the server stored it at ``seq``; with ``left_by``, as a facility that saw
    the prisoner leave keeps it."""
    text = canonical(row).decode()
    values = {
        "table": table,
        "id": row["id"],
        "seq": seq,
        "row": text,
        "hash": hashlib.sha256(text.encode()).hexdigest()[:32],
        "facility": left_by,
    }
    if left_by is None:
        sql = (
            "INSERT INTO server_row (table_name, row_id, facility_id, seq, row, hlc, deleted, "
            "row_hash, writers, changed_at) VALUES (:table, :id, NULL, :seq, :row, '{}', "
            "false, :hash, '{}', '2026-11-28 09:00:00')"
        )
    else:
        sql = (
            "INSERT INTO server_left_row (facility_id, table_name, row_id, seq, row, hlc, "
            "row_hash, left_at) VALUES (:facility, :table, :id, :seq, :row, '{}', :hash, "
            "'2026-11-28 09:00:00')"
        )
    connection.execute(sa.text(sql), values)


def _stored(url: str, table: str) -> dict[str, tuple[dict, str, int]]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        found = {
            key: (loads(row), hashed, seq)
            for key, row, hashed, seq in connection.execute(
                sa.text(f"SELECT row_id, row, row_hash, seq FROM {table}")
            )
        }
    engine.dispose()
    return found


def test_stored_rows_gain_what_transfers_need(empty_server_url):
    engine = sa.create_engine(empty_server_url)
    old = {"id": new_id(), "surname": "Асанов", "status": "in_custody"}
    contact = {"id": new_id(), "prisoner_id": old["id"], "full_name": "Асанова Гүлнара"}
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0001_server")
        _store(connection, 1, "prisoner", old)
        _store(connection, 2, "contact", contact)
    engine.dispose()
    ServerDatabase.open(empty_server_url).dispose()  # migrates to the head
    upgraded = {**old, "transfer_from": None, "transfer_to": None, **FAMILY}
    stored = _stored(empty_server_url, "server_row")
    assert stored[old["id"]] == (upgraded, _hex(upgraded), 1)  # as an upgraded desk hashes it
    engine = sa.create_engine(empty_server_url)
    with engine.connect() as connection:
        [prisoner_of_contact] = connection.execute(
            sa.text("SELECT prisoner_id FROM server_row WHERE table_name = 'contact'")
        ).scalars()
    engine.dispose()
    assert stored[contact["id"]][0] == contact
    assert prisoner_of_contact == old["id"]  # found by a transfer


def test_stored_files_gain_the_family_contact_columns_and_lose_them_on_a_downgrade(
    empty_server_url,
):
    kept_by = new_id()
    files = [
        {"id": new_id(), "surname": f"Асанов {n}", "transfer_to": None, "transfer_from": None}
        for n in range(3)
    ]
    wing = {"id": new_id(), "name": "Блок 1"}
    engine = sa.create_engine(empty_server_url)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0002_transfers")
        _store(connection, 1, "prisoner", files[0])
        _store(connection, 2, "prisoner", files[1])
        _store(connection, 3, "wing", wing)
        _store(connection, 4, "prisoner", files[2], left_by=kept_by)
    engine.dispose()
    ServerDatabase.open(empty_server_url).dispose()

    live, left = (
        _stored(empty_server_url, "server_row"),
        _stored(empty_server_url, "server_left_row"),
    )
    for seq, row in ((1, files[0]), (2, files[1])):
        upgraded = {**row, **FAMILY}
        assert live[row["id"]] == (upgraded, _hex(upgraded), seq)
    kept = {**files[2], **FAMILY}
    assert left[files[2]["id"]] == (kept, _hex(kept), 4)
    assert live[wing["id"]][0] == wing  # other tables are left as they were

    engine = sa.create_engine(empty_server_url)
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0002_transfers")
    engine.dispose()
    live, left = (
        _stored(empty_server_url, "server_row"),
        _stored(empty_server_url, "server_left_row"),
    )
    assert live[files[0]["id"]] == (files[0], _hex(files[0]), 1)
    assert left[files[2]["id"]] == (files[2], _hex(files[2]), 4)


def test_stored_audit_entries_claim_their_place_the_earliest_first(empty_server_url):
    device = "01a20000-0000-7000-8000-00000000d001"
    entries = [{"id": new_id(), "device_seq": seq} for seq in (1, 2, 2)]  # a repeat stored once
    engine = sa.create_engine(empty_server_url)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0004_device_audit_user")
        for seq, entry in enumerate(entries, 1):
            _store(connection, seq, "audit_entry", entry)
        connection.execute(
            sa.text("UPDATE server_row SET hlc = :hlc WHERE table_name = 'audit_entry'"),
            {"hlc": f'"001764403200000-00000-{device}"'},  # stored as JSON, as push.py does
        )
    engine.dispose()
    ServerDatabase.open(empty_server_url).dispose()  # migrates to the head
    engine = sa.create_engine(empty_server_url)
    with engine.connect() as connection:
        keys = dict(
            connection.execute(
                sa.text(
                    "SELECT key, row_id FROM server_unique_key WHERE table_name = 'audit_entry'"
                )
            ).all()
        )
    engine.dispose()
    assert keys == {
        f'["{device}", 1]': entries[0]["id"],
        f'["{device}", 2]': entries[1]["id"],
    }


def test_the_digest_totals_are_counted_from_the_rows_stored_before(empty_server_url):
    from prisondesk.server.pull import digest
    from tests.server.digest_reference import counted_digest

    kept_by = new_id()
    files = [{"id": new_id(), "surname": f"Асанов {n}"} for n in range(3)]
    wing = {"id": new_id(), "name": "Блок 1"}
    engine = sa.create_engine(empty_server_url)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0005_audit_entry_keys")
        _store(connection, 1, "prisoner", files[0])
        _store(connection, 2, "prisoner", files[1])
        _store(connection, 3, "wing", wing)
        _store(connection, 4, "prisoner", files[2], left_by=kept_by)
    engine.dispose()
    db = ServerDatabase.open(empty_server_url)
    try:
        for facility_id in (kept_by, new_id(), None):
            assert digest(db, facility_id)["tables"] == counted_digest(db, facility_id)
        prisoners = digest(db, kept_by)["tables"]["prisoner"]
        hashes = [int(_hex(file), 16) for file in files]
        assert prisoners == {"count": 3, "xor": f"{hashes[0] ^ hashes[1] ^ hashes[2]:032x}"}
        assert digest(db, None)["tables"]["prisoner"]["count"] == 2  # headquarters keeps none
    finally:
        db.dispose()
