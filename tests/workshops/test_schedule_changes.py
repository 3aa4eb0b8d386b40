"""A running workshop's weekly sessions change: a session taken out keeps the registers of
the days it was held, one added is held from that day on; and a session's length, which a
scan records as worked (an hourly rate pays a scanned session)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prisondesk.services.core.errors import ValidationError
from prisondesk.services.workshops import attendance, workshops
from prisondesk.services.workshops.mark_checks import AttendanceRefused
from tests.workshops.fixtures import (
    WEEKDAYS,
    allocated,
    audit_count,
    entry_of,
    make_workshop,
    today,
)
from tests.workshops.test_attendance import workdays_before


@pytest.fixture
def place(db, supervisor, workshop, prisoner) -> str:
    start = today(db, supervisor) - timedelta(days=40)
    return allocated(db, supervisor, prisoner, workshop_id=workshop, starts_on=start)[1]


def _held_on(db, actor, day) -> list[tuple[str, str]]:
    return [(s.workshop_name, s.part) for s in workshops.sessions_on(db, actor, day)]


def test_a_session_taken_out_keeps_the_registers_of_the_days_it_was_held(
    db, instructor, supervisor, workshop, place
):
    past = workdays_before(today(db, supervisor), 3)[0]
    weekly = [s for s in WEEKDAYS if s.weekday != past.weekday()]
    workshops.edit_workshop(
        db, supervisor, workshop, entry_of(db, supervisor, workshop, sessions=tuple(weekly))
    )

    assert workshops.workshop_detail(db, instructor, workshop).sessions == tuple(weekly)
    assert _held_on(db, instructor, past) == [("Кожевенный цех", "full")]  # held then
    mark = attendance.mark(db, instructor, place, past, "full", "attended", minutes=480)
    assert mark.day == past
    assert len(attendance.register(db, instructor, workshop, past, "full").rows) == 1
    next_week = today(db, supervisor) + timedelta(days=7 - (today(db, supervisor) - past).days % 7)
    assert next_week.weekday() == past.weekday() and next_week > today(db, supervisor)
    assert _held_on(db, instructor, next_week) == []  # no longer held


def test_a_session_added_is_held_from_that_day(db, instructor, supervisor, workshop, place):
    now = today(db, supervisor)
    saturday = now - timedelta(days=(now.weekday() - 5) % 7 or 7)  # the last Saturday before
    weekly = (*WEEKDAYS, (5, "morning"))
    workshops.edit_workshop(
        db, supervisor, workshop, entry_of(db, supervisor, workshop, sessions=weekly)
    )
    before = audit_count(db)
    with pytest.raises(AttendanceRefused) as refused:
        attendance.mark(db, instructor, place, saturday, "morning", "attended")
    assert refused.value.reason == "no_session" and audit_count(db) == before
    assert _held_on(db, instructor, saturday + timedelta(days=7)) == [("Кожевенный цех", "morning")]


def test_a_session_taken_out_and_put_back_the_same_day_is_held_once(
    db, instructor, supervisor, workshop
):
    day = workdays_before(today(db, supervisor), 1)[0]
    weekly = tuple(s for s in WEEKDAYS if s.weekday != day.weekday())
    workshops.edit_workshop(
        db, supervisor, workshop, entry_of(db, supervisor, workshop, sessions=weekly)
    )
    workshops.edit_workshop(
        db, supervisor, workshop, entry_of(db, supervisor, workshop, sessions=WEEKDAYS)
    )
    assert workshops.workshop_detail(db, instructor, workshop).sessions == WEEKDAYS
    assert _held_on(db, instructor, day) == [("Кожевенный цех", "full")]
    assert _held_on(db, instructor, day + timedelta(days=7)) == [("Кожевенный цех", "full")]


def test_a_scan_records_the_whole_session_as_worked(db, instructor, supervisor, prisoner, another):
    day = workdays_before(today(db, supervisor), 1)[0]
    start = day - timedelta(days=7)
    halves = make_workshop(
        db,
        supervisor,
        name="Войлочный цех",
        sessions=[(day.weekday(), "morning")],
        session_minutes=210,
    )
    _, morning, _ = allocated(db, supervisor, prisoner, workshop_id=halves, starts_on=start)
    full = make_workshop(db, supervisor, sessions=[(day.weekday(), "full")])
    someone = another("Садыков")
    allocated(db, supervisor, someone, workshop_id=full, starts_on=start)

    register = attendance.register(db, instructor, halves, day, "morning")
    assert register.minutes == 210
    marked = attendance.mark_scanned(
        db, instructor, halves, day, "morning", register.rows[0].number
    )
    assert (marked.allocation_id, marked.minutes) == (morning, 210)
    number = attendance.register(db, instructor, full, day, "full").rows[0].number
    assert attendance.mark_scanned(db, instructor, full, day, "full", number).minutes == 480


@pytest.mark.parametrize("minutes", [0, 29, 361, "240", 240.0])
def test_a_half_day_session_lasts_half_an_hour_to_six_hours(db, instructor, minutes):
    before = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        make_workshop(db, instructor, session_minutes=minutes)  # type: ignore[arg-type]
    assert refused.value.field == "session_minutes" and "30" in refused.value.render()
    assert audit_count(db) == before


def test_the_session_length_is_kept_and_changed(db, instructor, workshop):
    assert workshops.workshop_detail(db, instructor, workshop).session_minutes == 240
    workshops.edit_workshop(
        db, instructor, workshop, entry_of(db, instructor, workshop, session_minutes=270)
    )
    assert workshops.workshop_detail(db, instructor, workshop).session_minutes == 270
