"""Sync health as the console reads it: each facility's latest change, its desks (and those
not seen lately), and the changes pushes refused in the last 24 hours, counted by reason —
recorded by real pushes over HTTP, with nothing of the refused change kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from prisondesk.domain.ids import new_id
from prisondesk.server import devices
from prisondesk.server.console import health, views
from prisondesk.server.models import Rejection, ServerDevice
from tests.server.protocol import enrol, push, statuses, wing_insert


def _desk(server, client, facility_code: str) -> tuple[str, str, dict[str, str]]:
    if facility_code not in {f.code for f in devices.facilities(server.db)}:
        devices.add_facility(server.db, facility_code, f"Колония {facility_code}")
    code = devices.new_enrolment_code(server.db, facility_code)[0]
    return enrol(client, code, (new_id(), facility_code))


def test_refused_changes_are_counted_by_reason_and_late_desks_named(server, client):
    device, facility, auth = _desk(server, client, "BSH-1")
    good = wing_insert(device, facility, "Блок А")
    unknown = {**wing_insert(device, facility, "Блок Б"), "table": "no_such_table"}
    elsewhere = wing_insert(device, new_id(), "Чужой блок")  # another facility's row
    answer = push(client, auth, [good, unknown, elsewhere])
    assert statuses(answer) == [
        ("applied", None),
        ("rejected", "unknown_table"),
        ("rejected", "out_of_scope"),
    ]
    _desk(server, client, "OSH-2")  # enrolled, never pushed
    with server.db.write() as session:  # BSH-1's desk last pushed ten days ago
        session.execute(
            update(ServerDevice)
            .where(ServerDevice.id == device)
            .values(last_seen_at=datetime.now(UTC) - timedelta(days=10))
        )

    rows = {row.code: row for row in health.overview(server.db, late_days=7)}
    bsh, osh = rows["BSH-1"], rows["OSH-2"]
    assert bsh.latest_seq is not None and bsh.last_change_at is not None
    assert bsh.refused == [("out_of_scope", 1), ("unknown_table", 1)]
    assert bsh.active_devices == 1 and bsh.late == ["test desk"]
    assert osh.latest_seq is None and osh.refused == [] and osh.late == ["test desk"]
    assert health.overview(server.db, late_days=30)[0].late == []
    assert [d.rejected for d in views.devices(server.db) if d.id == device] == [2]
    with server.db.read() as session:  # the reason and the table, nothing of the change
        kept = session.execute(select(Rejection.table_name, Rejection.reason)).all()
    assert sorted(kept) == [("no_such_table", "unknown_table"), ("wing", "out_of_scope")]


def test_a_refusal_older_than_a_day_leaves_the_health_page(server, client):
    device, facility, auth = _desk(server, client, "BSH-1")
    unknown = {**wing_insert(device, facility, "Блок"), "table": "no_such_table"}
    push(client, auth, [unknown])
    with server.db.write() as session:
        session.execute(update(Rejection).values(at=datetime.now(UTC) - timedelta(hours=25)))
    assert health.overview(server.db, late_days=7)[0].refused == []
    assert views.devices(server.db)[0].rejected == 1  # still among the week's on the desks page
