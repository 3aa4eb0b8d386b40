"""The visits module's reports against two days with known answers, made through the booking
and gate services as the desks make them: the gate log (a line per visitor of each visit, the
facility's clock, totals and visitors in per day) and the visits per day by kind (held,
cancelled, not attended, refused entry). A visitor let in at 05:30 in Bishkek — 23:30 UTC the
day before — counts on the facility's day. An empty range, a stopped report and a role that
may not read reports are shown too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from prisondesk.db.models import Prisoner
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.reports import run
from prisondesk.services.reports.report import Cancelled, Job
from prisondesk.services.visits import bookings, gate, gate_day, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec
from tests.visits.fixtures import facility_today

BISHKEK = zone("Asia/Bishkek")
# the visitors of tests/visits/fixtures.py: name, document
MOTHER = ("Асанова Гүлнара", "passport ID1000001")
SISTER = ("Асанова Айпери", "passport ID1000002")
CHILD = ("Асанов Нурсултан", "passport KG0000003")
STRANGER = ("Петров Пётр", "passport ID1000004")
LAWYER = ("Адвокатов Бакыт", "passport ID1000005")


def at(day: date, clock: str) -> datetime:
    """A moment on the facility's clock (UTC+6), stored as UTC."""
    return from_local(datetime.combine(day, time.fromisoformat(clock)), BISHKEK)


@dataclass
class TwoDays:
    first: date  # a Tuesday
    second: date
    third: date  # the long family visit of the second day ends this morning
    numbers: dict[str, str]  # "v1"… -> the pass number
    a: tuple[str, str]  # prisoner A: number, name
    b: tuple[str, str]


@pytest.fixture
def two_days(db, monkeypatch, clerk, chief, officer, world, complete) -> TwoDays:
    d1 = world.tuesday
    d2, d3 = d1 + timedelta(days=1), d1 + timedelta(days=2)
    other = complete(
        surname="Токтогулов",
        given_name="Эрлан",
        patronymic="",
        pin="21705199000999",
        document_number="ID7654321",
    )
    link = visitors.link_visitor(db, clerk, other.id, world.sister, "сестра")
    visitors.approve_visitor(db, chief, link)

    def today_is(day: date) -> None:  # the facility's calendar, as the desks read it
        monkeypatch.setattr("prisondesk.services.core.facility.local_today", lambda tz: day)

    def slot(kind, weekday, starts, ends) -> str:
        return schedule.add_slot(
            db, chief, SlotSpec(world.room_id, kind, weekday, starts, ends, 2, facility_today())
        )

    def book(slot_id, day, prisoner, people) -> bookings.BookingResult:
        return bookings.book_visit(
            db,
            clerk,
            prisoner_id=prisoner,
            slot_id=slot_id,
            day=day,
            visitor_ids=people,
            lead_id=people[0],
        )

    a, b = world.prisoner_id, other.id
    today_is(d1)
    v1 = book(world.short_slot, d1, a, [world.mother, world.child])
    v3 = book(world.short_slot, d1, b, [world.sister])
    v2 = book(world.lawyer_slot, d1, a, [world.lawyer])
    v4 = book(slot(VisitKind.OFFICIAL, 1, "22:00", "23:59"), d1, a, [world.stranger])
    gate.check_in(db, officer, v1.booking_id, [world.mother, world.child], at=at(d1, "10:05"))
    gate.check_out(db, officer, v1.booking_id, at=at(d1, "11:30"))
    gate.check_in(db, officer, v2.booking_id, [world.lawyer], at=at(d1, "14:02"))
    gate.check_out(db, officer, v2.booking_id, at=at(d1, "14:50"))
    gate.check_in(db, officer, v4.booking_id, [world.stranger], at=at(d1, "23:30"))
    gate.check_out(db, officer, v4.booking_id, at=at(d1, "23:50"))
    assert gate_day.close_day(db, officer, at=at(d1, "23:55")).no_shows == (v3.number,)

    today_is(d2)
    v5 = book(slot(VisitKind.LAWYER, 2, "05:00", "06:00"), d2, b, [world.lawyer])
    v6 = book(slot(VisitKind.SHORT, 2, "10:00", "12:00"), d2, b, [world.sister])
    v7 = book(slot(VisitKind.OFFICIAL, 2, "12:00", "13:00"), d2, a, [world.stranger])
    v8 = book(slot(VisitKind.LONG, 2, "20:00", "08:00"), d2, a, [world.mother, world.sister])
    early = at(d2, "05:30")
    assert early.date() == d1  # 23:30 UTC the day before
    gate.check_in(db, officer, v5.booking_id, [world.lawyer], at=early)
    gate.check_out(db, officer, v5.booking_id, at=at(d2, "05:55"))
    gate.check_out(db, officer, v6.booking_id, "declined_entry", at=at(d2, "10:15"))
    bookings.cancel_booking(db, clerk, v7.booking_id, "болезнь")
    gate.check_in(db, officer, v8.booking_id, [world.mother], at=at(d2, "20:10"))
    gate.check_in(db, officer, v8.booking_id, [world.sister], at=at(d2, "20:20"))
    today_is(d3)
    gate.check_out(db, officer, v8.booking_id, at=at(d3, "07:45"))

    with db.read() as session:
        a_number = session.get(Prisoner, a).number
    passes = dict(v1=v1, v2=v2, v3=v3, v4=v4, v5=v5, v6=v6, v7=v7, v8=v8)
    return TwoDays(
        d1,
        d2,
        d3,
        {name: result.number for name, result in passes.items()},
        (a_number, "Асанов Бакыт Нурланович"),
        (other.number, "Токтогулов Эрлан"),
    )


def test_the_gate_log_has_a_line_per_visitor_on_the_facility_clock(db, chief, two_days):
    d1, d2, d3, n = two_days.first, two_days.second, two_days.third, two_days.numbers
    a, b = two_days.a, two_days.b
    made = run.run_report(db, chief, "gate_log", d1, d3)
    assert made.facilities == ("Исправительная колония №1",)
    assert [column.key for column in made.columns] == [
        "day",
        "pass",
        "time_in",
        "time_out",
        "visitor",
        "document",
        "prisoner_number",
        "prisoner",
        "kind",
        "outcome",
    ]
    next_morning = f"{d3:%d.%m} 07:45"

    def line(day, visit, went_in, came_out, who, prisoner, kind, outcome="Completed"):
        return (day, n[visit], went_in, came_out, *who, *prisoner, kind, outcome)

    assert made.rows == (
        line(d1, "v1", "10:05", "11:30", MOTHER, a, "Short visit"),
        line(d1, "v1", "10:05", "11:30", CHILD, a, "Short visit"),  # after the lead
        line(d1, "v3", "", "", SISTER, b, "Short visit", "Did not arrive"),
        line(d1, "v2", "14:02", "14:50", LAWYER, a, "Lawyer visit"),
        line(d1, "v4", "23:30", "23:50", STRANGER, a, "Official visit"),
        line(d2, "v5", "05:30", "05:55", LAWYER, b, "Lawyer visit"),
        line(d2, "v6", "", "", SISTER, b, "Short visit", "Declined entry"),
        line(d2, "v7", "", "", STRANGER, a, "Official visit", "Cancelled"),
        line(d2, "v8", "20:10", next_morning, MOTHER, a, "Long family visit"),
        line(d2, "v8", "20:20", next_morning, SISTER, a, "Long family visit"),
    )
    # kinds and outcomes carry their context: each language shows its own words
    assert {(row[8].context, row[9].context) for row in made.rows} == {("gate", "gate")}
    # visits; visitors who went in and came out; visitors listed
    assert made.totals == (None, 8, 7, 7, 10, None, None, None, None, None)
    (chart,) = made.charts
    assert (chart.kind, chart.categories) == ("bar", (d1, d2, d3))
    assert [(s.title, s.values) for s in chart.series] == [("Visitors in", (4.0, 3.0, 0.0))]


def test_one_day_is_the_daily_gate_log(db, chief, two_days):
    made = run.run_report(db, chief, "gate_log", two_days.second, two_days.second)
    assert [row[1] for row in made.rows] == [
        two_days.numbers[v] for v in ("v5", "v6", "v7", "v8", "v8")
    ]
    assert made.totals[:5] == (None, 4, 3, 3, 5)
    assert made.charts[0].series[0].values == (3.0,)


def test_visits_per_day_count_each_kind_held_and_what_became_of_the_rest(db, chief, two_days):
    d1, d2, d3 = two_days.first, two_days.second, two_days.third
    made = run.run_report(db, chief, "visits_per_day", d1, d3)
    assert [column.key for column in made.columns] == [
        "day",
        "short",
        "long",
        "lawyer",
        "official",
        "held",
        "cancelled",
        "did_not_arrive",
        "refused",
    ]
    # the lawyer let in at 05:30 on the second day counts there, not on 23:30 UTC's day
    assert made.rows == (
        (d1, 1, 0, 1, 1, 3, 0, 1, 0),
        (d2, 0, 1, 1, 0, 2, 1, 0, 1),
        (d3, 0, 0, 0, 0, 0, 0, 0, 0),
    )
    assert made.totals == (None, 1, 1, 2, 1, 5, 1, 1, 1)
    (chart,) = made.charts
    assert (chart.kind, chart.categories) == ("bar", (d1, d2, d3))
    assert [(s.title, s.values) for s in chart.series] == [
        ("Short visits", (1.0, 0.0, 0.0)),
        ("Long family visits", (0.0, 1.0, 0.0)),
        ("Lawyer visits", (1.0, 1.0, 0.0)),
        ("Official visits", (1.0, 0.0, 0.0)),
    ]


def test_a_range_with_nothing(db, chief, two_days):
    first = two_days.third + timedelta(days=10)
    last = first + timedelta(days=2)
    log = run.run_report(db, chief, "gate_log", first, last)
    assert log.rows == () and log.totals == (None, 0, 0, 0, 0, None, None, None, None, None)
    assert log.charts[0].series[0].values == (0.0, 0.0, 0.0)
    per_day = run.run_report(db, chief, "visits_per_day", first, last)
    assert [row[0] for row in per_day.rows] == [first + timedelta(days=n) for n in range(3)]
    assert {row[1:] for row in per_day.rows} == {(0,) * 8}
    assert per_day.totals == (None, *(0,) * 8)


@pytest.mark.parametrize("name", ["gate_log", "visits_per_day"])
def test_a_year_goes_week_by_week_and_stops_when_asked(db, chief, world, name):
    first, last = date(2027, 1, 1), date(2027, 12, 31)
    seen: list[tuple[int, int]] = []
    made = run.run_report(
        db, chief, name, first, last, Job(lambda done, of: seen.append((done, of)))
    )
    assert seen[0] == (0, 365) and seen[-1] == (365, 365) and len(seen) == 53 + 1
    assert len(made.charts[0].categories) == 365
    job = Job()
    job.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, chief, name, first, last, job)


@pytest.mark.parametrize("name", ["gate_log", "visits_per_day"])
def test_refused_to_a_role_that_may_not_read_reports(db, officer, world, name):
    with pytest.raises(PermissionDenied):
        run.run_report(db, officer, name, world.tuesday, world.tuesday)
