"""The parcel lists at scale: the queues hold exactly the parcels still waiting, whatever
else happened to the others, and every list reads through its index rather than walking all
of the facility's parcels (bench/parcels.py measures them on 500,000)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import event, insert

from prisondesk.db.capture import open_gate
from prisondesk.db.models import Parcel
from prisondesk.domain.ids import new_id
from prisondesk.domain.parcels import Quota, Status
from prisondesk.domain.wire import utc_now
from prisondesk.services.core.facility import facility_today
from prisondesk.services.parcels import custody, parcel_log, receipt, settings, views
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from tests.parcels.helpers import inspect_taking_the_phone


@pytest.fixture
def prisoner(db, admin, gate, complete):
    shipped = settings.parcel_settings(db, gate)
    generous = replace(shipped, quotas={**shipped.quotas, "general": Quota(20, 200_000)})
    settings.save_parcel_settings(db, admin, generous)
    return complete().id


def _receive(db, gate, prisoner_id: str, seal: str, minutes_ago: int) -> str:
    items = (ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Other", "Телефон", 1, "pcs"))
    entry = ParcelEntry(
        prisoner_id, "post", "Асанова Гүлнара", weight_grams=1000, seal=seal, items=items
    )
    return receipt.receive_parcel(db, gate, entry, at=utc_now() - timedelta(minutes=minutes_ago))


def test_the_queues_hold_exactly_the_parcels_still_waiting(db, gate, prisoner):
    first, taken, handed, refused, sent_back, returned, second = (
        _receive(db, gate, prisoner, f"S-{n}", 70 - n) for n in range(7)
    )
    for parcel in (taken, handed, refused, sent_back):
        inspect_taking_the_phone(db, gate, parcel)
    custody.hand_over(db, gate, handed)
    custody.record_refusal(db, gate, refused, "не нужна")
    custody.record_refusal(db, gate, sent_back, "не нужна")
    custody.return_to_sender(db, gate, sent_back, "отказ")
    custody.return_to_sender(db, gate, returned, "сверх квоты")
    # a parcel pulled from another desk before any of its events: not yet inspected
    pulled = new_id()
    with db.engine.begin() as connection, open_gate(connection):
        connection.execute(
            insert(Parcel.__table__),
            [
                {
                    "id": pulled,
                    "facility_id": gate.facility_id,
                    "origin_device": "other-desk",
                    "field_hlc": {},
                    "deleted": False,
                    "tracking": "BSH-1-PQQQQ-00001",
                    "prisoner_id": prisoner,
                    "sender_visitor_id": None,
                    "sender_name": "Почта",
                    "sender_document": "",
                    "channel": "post",
                    "weight_grams": 700,
                    "seal": "S-99",
                    "received_at": utc_now() - timedelta(minutes=1),
                    "received_by": None,
                    "note": "",
                }
            ],
        )
    inspection = views.waiting(db, gate, Status.AWAITING_INSPECTION)
    assert [r.id for r in inspection] == [first, second, pulled]
    assert {r.status for r in inspection} == {Status.AWAITING_INSPECTION}
    assert [r.id for r in views.waiting(db, gate, Status.AWAITING_HANDOVER)] == [taken]
    with db.read() as session:
        today = facility_today(session, gate.facility_id)
    log = {row.seal: row for row in parcel_log.parcel_log(db, gate, today)}
    assert {seal: row.status for seal, row in log.items()} == {
        "S-0": "awaiting_inspection",
        "S-1": "awaiting_handover",
        "S-2": "handed_over",
        "S-3": "refused",
        "S-4": "returned",
        "S-5": "returned",
        "S-6": "awaiting_inspection",
        "S-99": "awaiting_inspection",
    }
    assert log["S-1"].confiscated == "Mobile phones and SIM cards (Телефон)"
    assert log["S-99"].items == 0 and log["S-99"].officer == ""


def _plans(db, call) -> list[str]:
    """The query plan of each SELECT ``call`` runs, as SQLite reports it."""
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    with db.engine.connect() as connection:
        return [
            "\n".join(
                row[3]
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)
            )
            for sql, parameters in statements
        ]


def test_the_lists_read_through_their_indexes(db, gate, prisoner):
    parcel = _receive(db, gate, prisoner, "S-1", 5)
    inspect_taking_the_phone(db, gate, parcel)
    _receive(db, gate, prisoner, "S-2", 1)
    with db.read() as session:
        today = facility_today(session, gate.facility_id)

    queue = "\n".join(_plans(db, lambda: views.waiting(db, gate, Status.AWAITING_HANDOVER)))
    # the parcels merged with the ended ones, then loaded by key, never walked one by one
    assert "MERGE (EXCEPT)" in queue and "ix_parcel_event_kind (kind=?)" in queue
    assert "ix_parcel_facility_received" not in queue

    mine = "\n".join(_plans(db, lambda: views.prisoner_parcels(db, gate, prisoner)))
    assert "ix_parcel_prisoner_received (prisoner_id=?)" in mine
    assert "ix_parcel_facility_received" not in mine

    day = "\n".join(_plans(db, lambda: parcel_log.parcel_log(db, gate, today)))
    assert "ix_parcel_facility_received (facility_id=? AND received_at>? AND received_at<?)" in day

    for plans in (queue, mine, day):
        for line in plans.splitlines():
            # a table read whole, other than the queue's merge of the parcels' keys
            if line.startswith("SCAN parcel") and "sqlite_autoindex_parcel_1" not in line:
                pytest.fail(line)
