"""The parcels module's reports against three days with known answers, made through the
receipt and custody services as the gate desk makes them: parcels received per day with what
became of them (handed over, refused, returned, held, forwarded, still waiting) and the items
listed, and the items confiscated by the facility's list of prohibited things. A parcel handed
in at 05:30 in Bishkek — 23:30 UTC the day before — counts on the facility's day, and so does
an item taken at 00:30. Another facility's parcels in the same database are never read; an
empty range, a stopped report and a role that may not read reports are shown too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import insert

from prisondesk.db.capture import open_gate
from prisondesk.db.models import Facility, Parcel, ParcelEvent, ParcelItem
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.ids import new_id
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.parcels import custody, receipt, settings, views
from prisondesk.services.parcels.custody import Confiscation, Inspection
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from prisondesk.services.parcels.settings import ParcelSettings, Prohibited
from prisondesk.services.reports import run
from prisondesk.services.reports.parcels import build_confiscations, build_parcels_received
from prisondesk.services.reports.report import Cancelled, Job

BISHKEK = zone("Asia/Bishkek")
D1 = date(2025, 3, 4)  # past days: the parcels never count against this month's quota
D2, D3, D4 = D1 + timedelta(days=1), D1 + timedelta(days=2), D1 + timedelta(days=3)

FOOD = ItemEntry("Food", "Печенье «Юбилейное»", 3, "pack")
SOCKS = ItemEntry("Clothing and footwear", "Носки шерстяные", 2, "pcs")
PHONE = ItemEntry("Other", "Телефон в банке с мёдом", 1, "pcs")
CASH = ItemEntry("Other", "Наличные в конверте", 1, "pcs")
VODKA = ItemEntry("Food", "Бутылка «минеральной воды»", 1, "pcs")
PILLS = ItemEntry("Medicines", "Таблетки без рецепта", 1, "pack")

PHONES = "Mobile phones and SIM cards"
CASH_OVER = "Cash over the limit"
PILLS_NOT_PRESCRIBED = "Medicines not prescribed"


def at(day: date, clock: str) -> datetime:
    """A moment on the facility's clock (UTC+6), stored as UTC."""
    return from_local(datetime.combine(day, time.fromisoformat(clock)), BISHKEK)


@dataclass
class ThreeDays:
    parcels: dict[str, str]  # "p1"… -> parcel id


@pytest.fixture
def three_days(db, officer, registrar, complete) -> ThreeDays:
    """Seven parcels received over three days (and one the morning after), each taken as far
    along its way as the table says."""
    a = complete().id
    b = complete(
        surname="Токтогулов",
        given_name="Эрлан",
        patronymic="",
        pin="21705199000999",
        document_number="ID7654321",
    ).id
    c = complete(
        surname="Мамбетов",
        given_name="Азамат",
        patronymic="",
        pin="21705199000888",
        document_number="ID7654322",
    ).id
    seals = iter(range(1, 100))

    def receive(prisoner: str, moment: datetime, *items: ItemEntry) -> str:
        entry = ParcelEntry(
            prisoner_id=prisoner,
            channel="gate",
            sender_name="Асанова Гүлнара",
            weight_grams=3000,
            seal=f"S-{next(seals):04d}",
            items=items,
        )
        return receipt.receive_parcel(db, officer, entry, at=moment)

    def inspect(parcel: str, moment: datetime, taken: dict[int, tuple[str, str]]) -> None:
        """Every item passes but those taken: {position: (prohibited thing, result)}."""
        ids = [item.id for item in views.parcel_detail(db, officer, parcel).items]
        results = {i: taken[n][1] if n in taken else "passed" for n, i in enumerate(ids)}
        found = {ids[n]: Confiscation(what, "служебная записка") for n, (what, _) in taken.items()}
        custody.inspect_parcel(db, officer, parcel, Inspection("xray", results, found), at=moment)

    p1 = receive(a, at(D1, "10:00"), FOOD, SOCKS)
    inspect(p1, at(D1, "11:00"), {})
    custody.hand_over(db, officer, p1, at=at(D1, "15:00"))

    p2 = receive(b, at(D1, "12:00"), FOOD, PHONE, CASH)
    inspect(p2, at(D1, "13:00"), {1: (PHONES, "confiscated"), 2: (CASH_OVER, "confiscated")})
    custody.hand_over(db, officer, p2, at=at(D2, "09:00"))  # the next day: counts on D1

    early = at(D2, "05:30")
    assert early.date() == D1  # 23:30 UTC the day before
    p3 = receive(a, early, FOOD)
    custody.return_to_sender(db, officer, p3, "Отправитель забрал посылку", at=at(D2, "06:00"))

    p4 = receive(b, at(D2, "10:00"), FOOD, VODKA)
    after_midnight = at(D3, "00:30")
    assert after_midnight.date() == D2  # 18:30 UTC: the facility's D3
    inspect(p4, after_midnight, {1: ("Alcohol", "confiscated")})
    custody.record_refusal(db, officer, p4, "Отказался от передачи", at=at(D3, "10:00"))

    p5 = receive(c, at(D2, "11:00"), SOCKS)
    p6 = receive(c, at(D2, "11:30"), FOOD)
    movements.record_movement(db, registrar, c, MoveRequest("transfer_out", destination="ИК-3"))
    custody.forward(db, officer, p6, "ИК-3 Нарын", at=at(D3, "09:00"))

    p7 = receive(a, at(D3, "09:00"), FOOD, PHONE, PILLS)
    inspect(p7, at(D3, "10:00"), {1: (PHONES, "confiscated"), 2: (PILLS_NOT_PRESCRIBED, "medical")})
    inspect(p7, at(D3, "11:00"), {1: (PHONES, "confiscated"), 2: (PILLS_NOT_PRESCRIBED, "medical")})

    p8 = receive(a, at(D4, "00:10"), FOOD, PHONE)  # the range's next day (18:10 UTC on D3)
    inspect(p8, at(D4, "00:20"), {1: (PHONES, "confiscated")})
    ids = dict(p1=p1, p2=p2, p3=p3, p4=p4, p5=p5, p6=p6, p7=p7, p8=p8)
    return ThreeDays(ids)


RECEIVED_KEYS = [
    "day",
    "received",
    "items",
    "handed_over",
    "refused",
    "returned",
    "held",
    "forwarded",
    "waiting",
]


def test_parcels_received_per_day_and_what_became_of_them(db, chief, three_days):
    made = run.run_report(db, chief, "parcels_received", D1, D3)
    assert made.facilities == ("Исправительная колония №1",)
    assert [column.key for column in made.columns] == RECEIVED_KEYS
    # the parcel handed in at 05:30 on D2 counts there, not on 23:30 UTC's day; the one of
    # the next morning (18:10 UTC on D3) not at all
    assert made.rows == (
        (D1, 2, 5, 2, 0, 0, 0, 0, 0),
        (D2, 4, 5, 0, 1, 1, 1, 1, 0),
        (D3, 1, 3, 0, 0, 0, 0, 0, 1),
    )
    assert made.totals == (None, 7, 13, 2, 1, 1, 1, 1, 1)
    (chart,) = made.charts
    assert (chart.kind, chart.categories) == ("bar", (D1, D2, D3))
    assert [(s.title, s.values) for s in chart.series] == [
        ("Handed over", (2.0, 0.0, 0.0)),
        ("Refused by the prisoner", (0.0, 1.0, 0.0)),
        ("Returned to the sender", (0.0, 1.0, 0.0)),
        ("Held: the prisoner has left", (0.0, 1.0, 0.0)),
        ("Forwarded after the prisoner", (0.0, 1.0, 0.0)),
        ("Awaiting inspection or handover", (0.0, 0.0, 1.0)),
    ]


def test_one_day_and_the_morning_after(db, chief, three_days):
    made = run.run_report(db, chief, "parcels_received", D2, D2)
    assert made.rows == ((D2, 4, 5, 0, 1, 1, 1, 1, 0),)
    after = run.run_report(db, chief, "parcels_received", D4, D4)
    assert after.rows == ((D4, 1, 2, 0, 0, 0, 0, 0, 1),)


def test_a_parcel_still_waiting_moves_to_its_outcome(db, chief, officer, three_days):
    custody.hand_over(db, officer, three_days.parcels["p7"], at=at(D3, "16:00"))
    made = run.run_report(db, chief, "parcels_received", D3, D3)
    assert made.rows == ((D3, 1, 3, 1, 0, 0, 0, 0, 0),)


CATEGORIES = [
    "Alcohol",
    "Drugs",
    PHONES,
    "Sharp objects",
    CASH_OVER,
    PILLS_NOT_PRESCRIBED,
]


def test_confiscations_by_the_facilitys_list_of_prohibited_things(db, chief, three_days):
    made = run.run_report(db, chief, "confiscations", D1, D3)
    assert [column.key for column in made.columns] == ["category", "items", "parcels"]
    # the phone taken twice from the seventh parcel (inspected again) is one item; the alcohol
    # taken at 00:30 on D3 counts there; the phone of D4's first minutes not at all
    assert made.rows == (
        ("Alcohol", 1, 1),
        ("Drugs", 0, 0),
        (PHONES, 2, 2),
        ("Sharp objects", 0, 0),
        (CASH_OVER, 1, 1),
        (PILLS_NOT_PRESCRIBED, 1, 1),
    )
    # the example list is translated where it is shown
    assert {row[0].context for row in made.rows} == {"parcels"}
    # the parcels with anything taken, each once: the second, the fourth and the seventh
    assert made.totals == (None, 5, 3)
    (chart,) = made.charts
    assert (chart.kind, chart.categories) == ("bar", tuple(CATEGORIES))
    assert [(s.title, s.values) for s in chart.series] == [
        ("Items confiscated", (1.0, 0.0, 2.0, 0.0, 1.0, 1.0))
    ]


def test_a_confiscation_counts_on_the_facilitys_day(db, chief, three_days):
    first_two = run.run_report(db, chief, "confiscations", D1, D2)
    assert [row[1:] for row in first_two.rows] == [(0, 0), (0, 0), (1, 1), (0, 0), (1, 1), (0, 0)]
    assert first_two.totals == (None, 2, 1)
    third = run.run_report(db, chief, "confiscations", D3, D3)
    assert [row[1:] for row in third.rows] == [(1, 1), (0, 0), (1, 1), (0, 0), (0, 0), (1, 1)]
    assert third.totals == (None, 3, 2)
    fourth = run.run_report(db, chief, "confiscations", D4, D4)
    assert fourth.rows[2][1:] == (1, 1) and fourth.totals == (None, 1, 1)


def test_the_facilitys_own_list_and_entries_removed_from_it(db, admin, chief, three_days):
    settings.save_parcel_settings(
        db,
        admin,
        ParcelSettings(
            categories=("Food", "Other"),
            prohibited=(
                Prohibited("Спиртное", incident=True),
                Prohibited(PHONES, incident=True),
            ),
            quotas={"general": settings.EXAMPLE_QUOTAS["general"]},
            examples=False,
        ),
    )
    made = run.run_report(db, chief, "confiscations", D1, D3)
    # the facility's list first, in its order; then what it no longer lists but was taken
    assert made.rows == (
        ("Спиртное", 0, 0),
        (PHONES, 2, 2),
        ("Alcohol", 1, 1),
        (CASH_OVER, 1, 1),
        (PILLS_NOT_PRESCRIBED, 1, 1),
    )
    assert not hasattr(made.rows[0][0], "context")  # the facility's own word, as written
    assert made.rows[1][0].context == "parcels"
    assert made.totals == (None, 5, 3)


def _another_facility(db, prisoner_id: str) -> str:
    """A second facility's parcel in the same database (as at headquarters): one received on
    D1 with two items, one of them confiscated the same day."""
    other, parcel, item = new_id(), new_id(), new_id()
    record = {"facility_id": other, "origin_device": "hq", "field_hlc": {}, "deleted": False}
    event = {"facility_id": other, "origin_device": "hq", "hlc": "", "officer_id": None}
    with db.engine.begin() as connection, open_gate(connection):
        connection.execute(
            insert(Facility.__table__),
            [{**record, "id": other, "code": "OSH-2", "name": "ИК-2", "time_zone": "Asia/Bishkek"}],
        )
        connection.execute(
            insert(Parcel.__table__),
            [
                {
                    **record,
                    "id": parcel,
                    "tracking": "OSH-2-PAAA-00001",
                    "prisoner_id": prisoner_id,
                    "sender_visitor_id": None,
                    "sender_name": "Отправитель",
                    "sender_document": "",
                    "channel": "post",
                    "weight_grams": 1000,
                    "seal": "X-1",
                    "received_at": at(D1, "10:00"),
                    "received_by": None,
                    "note": "",
                }
            ],
        )
        connection.execute(
            insert(ParcelItem.__table__),
            [
                {**record, "id": i, "parcel_id": parcel, "position": n, "category": "Food"}
                | {"description": "—", "quantity": 1, "unit": "pcs"}
                for n, i in enumerate((item, new_id()))
            ],
        )
        connection.execute(
            insert(ParcelEvent.__table__),
            [
                {
                    **event,
                    "id": new_id(),
                    "parcel_id": parcel,
                    "kind": kind,
                    "occurred_at": at(D1, "10:00"),
                    "method": "",
                    "results": {},
                    "item_id": item if kind == "confiscated" else None,
                    "prohibited": "Drugs" if kind == "confiscated" else "",
                    "reason": "",
                    "destination": "",
                }
                for kind in ("received", "inspected", "confiscated")
            ],
        )
    return other


def test_each_facility_is_read_on_its_own(db, chief, three_days):
    with db.read() as session:
        (prisoner,) = {session.get(Parcel, three_days.parcels["p1"]).prisoner_id}
    other = _another_facility(db, prisoner)
    received = run.run_report(db, chief, "parcels_received", D1, D3)
    assert received.totals == (None, 7, 13, 2, 1, 1, 1, 1, 1)  # as before
    taken = run.run_report(db, chief, "confiscations", D1, D3)
    assert taken.rows[1] == ("Drugs", 0, 0) and taken.totals == (None, 5, 3)
    with db.read() as session:  # headquarters builds the other facility's report alike
        theirs = build_parcels_received(session, chief, D1, D1, other, Job())
        their_taken = build_confiscations(session, chief, D1, D3, other, Job())
    assert theirs.facilities == ("ИК-2",)
    assert theirs.rows == ((D1, 1, 2, 0, 0, 0, 0, 0, 1),)
    assert their_taken.rows[1] == ("Drugs", 1, 1) and their_taken.totals == (None, 1, 1)


def test_a_range_with_nothing(db, chief, three_days):
    first = D4 + timedelta(days=10)
    last = first + timedelta(days=2)
    received = run.run_report(db, chief, "parcels_received", first, last)
    assert [row[0] for row in received.rows] == [first + timedelta(days=n) for n in range(3)]
    assert {row[1:] for row in received.rows} == {(0,) * 8}
    assert received.totals == (None, *(0,) * 8)
    assert {s.values for s in received.charts[0].series} == {(0.0, 0.0, 0.0)}
    taken = run.run_report(db, chief, "confiscations", first, last)
    assert [row[0] for row in taken.rows] == CATEGORIES
    assert {row[1:] for row in taken.rows} == {(0, 0)}
    assert taken.totals == (None, 0, 0)
    assert taken.charts[0].series[0].values == (0.0,) * 6


def test_parcels_received_over_a_year_go_week_by_week_and_stop_when_asked(db, chief, admin):
    first, last = date(2027, 1, 1), date(2027, 12, 31)
    seen: list[tuple[int, int]] = []
    made = run.run_report(
        db, chief, "parcels_received", first, last, Job(lambda done, of: seen.append((done, of)))
    )
    assert seen[0] == (0, 365) and seen[-1] == (365, 365) and len(seen) == 53 + 1
    assert len(made.rows) == 365 and len(made.charts[0].categories) == 365
    job = Job()
    job.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, chief, "parcels_received", first, last, job)


def test_confiscations_report_their_progress_and_stop_when_asked(db, chief, admin):
    first, last = date(2027, 1, 1), date(2027, 12, 31)
    seen: list[tuple[int, int]] = []
    run.run_report(
        db, chief, "confiscations", first, last, Job(lambda done, of: seen.append((done, of)))
    )
    assert seen == [(0, 2), (1, 2), (2, 2)]
    job = Job()
    job.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, chief, "confiscations", first, last, job)


@pytest.mark.parametrize("name", ["parcels_received", "confiscations"])
def test_refused_to_a_role_that_may_not_read_reports(db, officer, name):
    with pytest.raises(PermissionDenied):
        run.run_report(db, officer, name, D1, D1)
