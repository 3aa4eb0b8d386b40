"""The instructor's register: everyone with a place that day, marked by a scan or a click;
absences with their reasons; corrections as new marks in the history; and every mark that
must be refused, refused with its message and nothing written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from prisondesk.db.models import AttendanceMark
from prisondesk.domain.ids import new_id
from prisondesk.domain.keyboard import RUSSIAN_KEYS
from prisondesk.domain.workshops import MAX_MINUTES, MAX_PIECES
from prisondesk.services.core.errors import InvalidFields, PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.workshops import attendance, attendance_rates, pay, rates
from prisondesk.services.workshops.mark_checks import AttendanceRefused
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, audit_count, make_workshop, today


def workdays_before(day: date, count: int) -> list[date]:
    """The ``count`` weekdays (Monday to Friday) before ``day``, oldest first."""
    found: list[date] = []
    while len(found) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            found.append(day)
    return found[::-1]


def _marks(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AttendanceMark)) or 0


@pytest.fixture
def place(db, supervisor, workshop, prisoner):
    """The prisoner's place in the workshop (full days Monday to Friday), from 40 days ago:
    (allocation id, a recent workday)."""
    start = today(db, supervisor) - timedelta(days=40)
    _, allocation_id, _ = allocated(db, supervisor, prisoner, workshop_id=workshop, starts_on=start)
    return allocation_id, workdays_before(today(db, supervisor), 1)[0]


def _refused(db, code: str, call, *args, **kwargs) -> AttendanceRefused:
    before, marks = audit_count(db), _marks(db)
    with pytest.raises(AttendanceRefused) as refused:
        call(*args, **kwargs)
    assert refused.value.reason == code and refused.value.render()
    assert (audit_count(db), _marks(db)) == (before, marks)
    return refused.value


def test_the_register_lists_everyone_allocated_that_day(
    db, instructor, supervisor, workshop, place, another
):
    allocation_id, day = place
    later = another("Садыков")
    allocated(db, supervisor, later, workshop_id=workshop, starts_on=day + timedelta(days=1))
    register = attendance.register(db, instructor, workshop, day, "full")
    assert register.open and register.workshop_name == "Кожевенный цех"
    [row] = register.rows  # the second place starts the next day
    assert (row.allocation_id, row.mark, row.clash, row.held_here) == (
        allocation_id,
        None,
        False,
        True,
    )
    assert row.name == "Асанов Бакыт Нурланович" and row.pay_band == "A"

    marked = attendance.mark(db, instructor, allocation_id, day, "full", "attended", minutes=420)
    assert marked.paid and marked.current and marked.marked_by == "Жумабеков Эрлан"
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    assert row.mark is not None and (row.mark.id, row.mark.outcome, row.mark.minutes) == (
        marked.id,
        "attended",
        420,
    )


def test_a_scan_marks_present_whatever_the_keyboard_layout(db, instructor, workshop, place):
    allocation_id, day = place
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    russian = "".join(RUSSIAN_KEYS.get(ch, ch) for ch in row.number)  # as the scanner typed it
    assert russian != row.number
    marked = attendance.mark_scanned(db, instructor, workshop, day, "full", f" {russian} ")
    assert (marked.allocation_id, marked.outcome, marked.paid) == (allocation_id, "attended", True)
    # the same card again: already marked
    _refused(
        db, "marked", attendance.mark_scanned, db, instructor, workshop, day, "full", row.number
    )


def test_a_scan_of_someone_without_a_place_here_names_them(
    db, instructor, supervisor, workshop, place, another
):
    _, day = place
    elsewhere = another("Садыков")
    felt = make_workshop(db, supervisor, name="Войлочный цех")
    allocated(db, supervisor, elsewhere, workshop_id=felt, starts_on=day - timedelta(days=7))
    [row] = attendance.register(db, instructor, felt, day, "full").rows
    refused = _refused(
        db, "not_allocated", attendance.mark_scanned, db, instructor, workshop, day, "full",
        row.number,
    )  # fmt: skip
    assert "Садыков" in refused.render() and row.number in refused.render()
    _refused(
        db, "unknown_card", attendance.mark_scanned, db, instructor, workshop, day, "full", "X-0"
    )


def test_absences_take_their_reason_and_say_if_paid(db, instructor, workshop, place):
    allocation_id, _ = place
    sick_day, refused_day, clash_day = workdays_before(today(db, instructor), 3)
    sick = attendance.mark(db, instructor, allocation_id, sick_day, "full", "sick")
    refusal = attendance.mark(
        db, instructor, allocation_id, refused_day, "full", "refused", note="Отказался выйти"
    )
    clash = attendance.mark(db, instructor, allocation_id, clash_day, "full", "clash")
    assert (sick.paid, refusal.paid, clash.paid) == (True, False, False)
    assert refusal.note == "Отказался выйти"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"outcome": "asleep"}, "outcome"),
        ({"outcome": "refused"}, "note"),
        ({"outcome": "other", "note": "   "}, "note"),
        ({"pieces": -1}, "pieces"),
        ({"pieces": MAX_PIECES + 1}, "pieces"),
        ({"pieces": 2.5}, "pieces"),
        ({"minutes": -30}, "minutes"),
        ({"minutes": MAX_MINUTES + 1}, "minutes"),
        ({"minutes": True}, "minutes"),
        ({"outcome": "sick", "pieces": 3}, "pieces"),
        ({"outcome": "clash", "minutes": 60}, "minutes"),
        ({"part": "evening"}, "part"),
    ],
)
def test_bad_marks_are_refused_and_nothing_is_written(db, instructor, place, changes, field):
    allocation_id, day = place
    values = {"outcome": "attended", "minutes": 0, "pieces": 0, "note": "", "part": "full"}
    values.update(changes)
    before, marks = audit_count(db), _marks(db)
    with pytest.raises(ValidationError) as refused:
        attendance.mark(
            db,
            instructor,
            allocation_id,
            day,
            values.pop("part"),
            values.pop("outcome"),
            **values,
        )
    assert refused.value.field == field and refused.value.render()
    assert (audit_count(db), _marks(db)) == (before, marks)


def test_every_problem_of_a_mark_is_reported_at_once(db, instructor, place):
    allocation_id, day = place
    with pytest.raises(InvalidFields) as refused:
        attendance.mark(db, instructor, allocation_id, day, "full", "other", pieces=-1)
    assert {p.field for p in refused.value.problems} == {"note", "pieces"}


def test_a_second_mark_needs_a_correction_which_shows_in_the_history(
    db, instructor, supervisor, workshop, place
):
    allocation_id, day = place
    first = attendance.mark(db, instructor, allocation_id, day, "full", "attended", minutes=420)
    _refused(db, "marked", attendance.mark, db, instructor, allocation_id, day, "full", "sick")
    fixed = attendance.correct(db, supervisor, first.id, "sick", minutes=420)
    assert fixed.supersedes == first.id and fixed.outcome == "sick" and fixed.paid
    history = attendance.history(db, instructor, allocation_id, day, "full")
    assert [(m.id, m.current, m.marked_by) for m in history] == [
        (first.id, False, "Жумабеков Эрлан"),
        (fixed.id, True, "Касымова Динара"),
    ]
    # the old mark is corrected already: only the current one may be
    _refused(db, "corrected", attendance.correct, db, instructor, first.id, "attended")
    again = attendance.correct(db, instructor, fixed.id, "attended", pieces=4)
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    assert row.mark is not None and (row.mark.id, row.mark.pieces) == (again.id, 4)


def test_a_future_day_and_a_day_without_the_session_are_refused(db, instructor, workshop, place):
    allocation_id, _ = place
    now = today(db, instructor)
    tomorrow = now + timedelta(days=1)
    _refused(db, "future", attendance.mark, db, instructor, allocation_id, tomorrow, "full", "sick")
    saturday = now - timedelta(days=(now.weekday() - 5) % 7)
    _refused(
        db, "no_session", attendance.mark, db, instructor, allocation_id, saturday, "full", "sick"
    )
    monday = saturday + timedelta(days=2) - timedelta(days=7)
    _refused(
        db, "no_session", attendance.mark, db, instructor, allocation_id, monday, "morning", "sick"
    )
    ahead = tomorrow + timedelta(
        days=max(0, 7 - tomorrow.weekday()) if tomorrow.weekday() > 4 else 0
    )
    register = attendance.register(db, instructor, workshop, ahead, "full")
    assert not register.open  # shown ahead, marked once the day comes


def test_no_mark_before_the_place_begins_or_for_another_workshops_place(
    db, instructor, supervisor, another
):
    now = today(db, instructor)
    day = workdays_before(now, 1)[0]
    _, allocation_id, _ = allocated(db, supervisor, another("Садыков"), starts_on=now)
    refused = _refused(
        db, "not_allocated", attendance.mark, db, instructor, allocation_id, day, "full", "sick"
    )
    assert "Садыков" in refused.render()


def test_a_released_prisoner_is_not_marked(db, instructor, registrar, workshop, place, prisoner):
    allocation_id, day = place
    movements.record_movement(db, registrar, prisoner, MoveRequest("release"))
    refused = _refused(
        db, "not_held", attendance.mark, db, instructor, allocation_id, day, "full", "attended"
    )
    assert "Асанов" in refused.render()
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    assert not row.held_here


def test_marks_left_apart_by_two_desks_are_flagged_and_settled_by_a_correction(
    db, instructor, supervisor, workshop, place
):
    allocation_id, day = place
    mine = attendance.mark(db, instructor, allocation_id, day, "full", "attended", minutes=400)
    with db.read() as session:
        row = session.get(AttendanceMark, mine.id)
        facility_id, prisoner_id = row.facility_id, row.prisoner_id
    theirs = new_id()
    with db.apply_remote() as session:  # another desk, offline, marked the same session
        session.execute(
            insert(AttendanceMark).values(
                id=theirs,
                facility_id=facility_id,
                workshop_id=workshop,
                allocation_id=allocation_id,
                prisoner_id=prisoner_id,
                day=day,
                part="full",
                outcome="sick",
                paid=True,
                minutes=0,
                pieces=0,
                note="",
                supersedes=None,
                marked_by=supervisor.user_id,
                marked_at=datetime.now(UTC) + timedelta(minutes=5),
                hlc="remote",
                origin_device="other",
            )
        )
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    assert row.clash and row.mark is not None and row.mark.id == theirs  # the latest counts
    history = attendance.history(db, instructor, allocation_id, day, "full")
    assert all(m.clash for m in history) and [m.current for m in history] == [False, True]

    attendance.correct(db, supervisor, theirs, "attended", minutes=400)
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    assert not row.clash and row.mark is not None and row.mark.outcome == "attended"
    assert len(attendance.history(db, instructor, allocation_id, day, "full")) == 4


def test_two_desks_that_marked_the_same_are_no_clash(db, instructor, workshop, place):
    allocation_id, day = place
    mark = attendance.mark(db, instructor, allocation_id, day, "full", "attended")
    with db.read() as session:
        row = session.get(AttendanceMark, mark.id)
        values = {c: getattr(row, c) for c in AttendanceMark.data_columns()}
    with db.apply_remote() as session:
        session.execute(insert(AttendanceMark).values({**values, "id": new_id(), "hlc": "r"}))
    [row] = attendance.register(db, instructor, workshop, day, "full").rows
    assert not row.clash


def test_a_day_of_a_pay_period_already_run_is_not_marked(
    db, instructor, supervisor, workshop, place
):
    allocation_id, day = place
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_000, day))
    pay.compute_period(db, supervisor, day, day)
    _refused(
        db, "period_run", attendance.mark, db, instructor, allocation_id, day, "full", "attended"
    )


def test_attendance_rates_per_workshop(db, instructor, supervisor, workshop, place):
    allocation_id, _ = place
    days = workdays_before(today(db, instructor), 4)
    attendance.mark(db, instructor, allocation_id, days[0], "full", "attended")
    attendance.mark(db, instructor, allocation_id, days[1], "full", "attended")
    attendance.mark(db, instructor, allocation_id, days[2], "full", "sick")
    [rate] = attendance_rates.attendance_rates(db, supervisor, days[0], days[3])
    assert rate.workshop_id == workshop
    assert (rate.expected, rate.attended, rate.paid_absences, rate.unmarked) == (4, 2, 1, 1)
    assert rate.unpaid_absences == 0 and rate.percent == 50


def test_only_those_who_keep_registers_mark(db, staff, place):
    allocation_id, day = place
    gate = staff("gate1", "gate_officer")
    with pytest.raises(PermissionDenied):
        attendance.mark(db, gate, allocation_id, day, "full", "attended")
