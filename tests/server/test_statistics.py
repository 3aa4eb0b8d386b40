"""The server refreshes PostgreSQL's planner statistics after a large upload, so the lookups
of later pushes probe their indexes instead of reading whole tables."""

from __future__ import annotations

from sqlalchemy import text

from prisondesk.domain.ids import new_id
from prisondesk.server.database import ServerDatabase, _Statistics
from tests.server.live import create_postgres_database, drop_postgres, require_postgres
from tests.server.protocol import enrol, push, wing_insert


def test_statistics_are_due_after_10000_rows_then_each_time_the_rows_double():
    stats = _Statistics()
    assert not stats.due(9_999)
    assert stats.due(1)  # 10,000 since the start
    assert not stats.due(9_999) and stats.due(1)  # 20,000 in all
    assert not stats.due(19_999) and stats.due(1)  # 40,000
    assert stats.at == 40_000
    assert not stats.due(39_999) and stats.due(1)  # 80,000


def test_a_large_upload_leaves_fresh_statistics_on_postgresql():
    require_postgres()
    url, name = create_postgres_database()
    db = ServerDatabase.open(url)
    try:

        def analysed() -> bool:  # reltuples is -1 until a table is first analysed
            with db.engine.connect() as connection:
                return connection.scalar(
                    text("SELECT reltuples >= 0 FROM pg_class WHERE relname = 'server_row'")
                )

        assert not analysed()
        db.wrote(5_000)
        assert not analysed()
        db.wrote(5_000)
        assert analysed()
    finally:
        db.dispose()
        drop_postgres(name)


def test_sqlite_needs_no_refresh(tmp_path):
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    db.wrote(50_000)  # nothing to do, nothing fails
    db.dispose()


def test_a_push_counts_the_rows_it_wrote(client, server, enrolment_code):
    """What a push applied counts towards the next refresh; duplicates and refusals do not."""
    device, facility, auth = enrol(client, enrolment_code("BSH-1"), (new_id(), "BSH-1"))
    counted = server.db._stats.since
    ops = [wing_insert(device, facility, f"Блок {n}") for n in range(3)]
    refused = {**wing_insert(device, facility, "x"), "table": "no_such_table"}
    push(client, auth, [*ops, refused])
    push(client, auth, ops)  # replayed: duplicates
    assert server.db._stats.since - counted == 3
