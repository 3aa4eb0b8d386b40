"""Places in workshops: ending one on a day for a reason, the people of a day's register, a
prisoner's places, and places ended by themselves when the prisoner leaves."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prisondesk.db.models import AttendanceMark
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.errors import InvalidFields, PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.workshops import allocations, programmes, waiting, workshops
from prisondesk.services.workshops.allocations import AllocationRefused
from prisondesk.services.workshops.programmes import ProgrammeEntry
from tests.workshops.fixtures import allocated, audit_count, make_workshop, today


def _place(db, actor, prisoner_id):
    [place] = allocations.allocations_of(db, actor, prisoner_id)
    return place


def test_a_training_place_ends_completed(db, instructor, workshop, prisoner):
    programme = programmes.add_programme(db, instructor, workshop, ProgrammeEntry("Курс", 30))
    start = today(db, instructor) - timedelta(days=30)
    _, allocation_id, _ = allocated(
        db, instructor, prisoner, workshop_id=workshop, starts_on=start, programme_id=programme
    )
    before = audit_count(db)
    last_day = today(db, instructor) - timedelta(days=1)
    allocations.end_allocation(db, instructor, allocation_id, last_day, "completed", "сдал")
    assert audit_count(db) == before + 1
    place = _place(db, instructor, prisoner)
    assert (place.ends_on, place.end_reason, place.end_note, place.programme_name) == (
        last_day,
        "completed",
        "сдал",
        "Курс",
    )
    assert workshops.workshop_detail(db, instructor, workshop).allocated == 0


def test_a_place_ends_on_its_first_day_at_the_earliest(db, instructor, workshop, prisoner):
    start = today(db, instructor) - timedelta(days=5)
    _, allocation_id, _ = allocated(db, instructor, prisoner, workshop_id=workshop, starts_on=start)
    before = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        allocations.end_allocation(
            db, instructor, allocation_id, start - timedelta(days=1), "dismissed"
        )
    assert refused.value.field == "ends_on"
    assert audit_count(db) == before and _place(db, instructor, prisoner).ends_on is None
    allocations.end_allocation(db, instructor, allocation_id, start, "dismissed")
    assert _place(db, instructor, prisoner).ends_on == start


def test_a_place_does_not_end_in_the_future(db, instructor, workshop, prisoner):
    _, allocation_id, _ = allocated(db, instructor, prisoner, workshop_id=workshop)
    with pytest.raises(ValidationError) as refused:
        allocations.end_allocation(
            db, instructor, allocation_id, today(db, instructor) + timedelta(days=1), "health"
        )
    assert refused.value.field == "ends_on"


def test_every_problem_of_the_ending_is_reported_at_once(db, instructor, workshop, prisoner):
    _, allocation_id, _ = allocated(db, instructor, prisoner, workshop_id=workshop)
    before = audit_count(db)
    with pytest.raises(InvalidFields) as refused:
        allocations.end_allocation(
            db, instructor, allocation_id, today(db, instructor) - timedelta(days=1), "bored"
        )
    assert {p.field for p in refused.value.problems} == {"ends_on", "end_reason"}
    assert audit_count(db) == before


def test_a_place_ends_once(db, instructor, workshop, prisoner):
    _, allocation_id, _ = allocated(db, instructor, prisoner, workshop_id=workshop)
    allocations.end_allocation(db, instructor, allocation_id, today(db, instructor), "security")
    before = audit_count(db)
    with pytest.raises(AllocationRefused) as refused:
        allocations.end_allocation(db, instructor, allocation_id, today(db, instructor), "health")
    assert refused.value.reason == "ended"
    assert audit_count(db) == before and _place(db, instructor, prisoner).end_reason == "security"


def test_a_place_does_not_end_before_a_day_already_marked(db, instructor, workshop, prisoner):
    start = today(db, instructor) - timedelta(days=7)
    _, allocation_id, _ = allocated(db, instructor, prisoner, workshop_id=workshop, starts_on=start)
    marked = start + timedelta(days=3)
    with db.write(instructor.user_id) as session:  # as the register records a mark
        mark = AttendanceMark(
            facility_id=instructor.facility_id,
            workshop_id=workshop,
            allocation_id=allocation_id,
            prisoner_id=prisoner,
            day=marked,
            part="full",
            outcome="attended",
            paid=True,
            marked_at=utc_now(),
        )
        session.add(mark)
        session.flush()
        audit.record(session, db, instructor, "mark", "attendance_mark", mark.id)
    with pytest.raises(AllocationRefused) as refused:
        allocations.end_allocation(
            db, instructor, allocation_id, marked - timedelta(days=1), "dismissed"
        )
    assert refused.value.reason == "marked"
    allocations.end_allocation(db, instructor, allocation_id, marked, "dismissed")


def test_only_those_who_run_workshops_end_places(db, social_worker, instructor, workshop, prisoner):
    _, allocation_id, _ = allocated(db, instructor, prisoner, workshop_id=workshop)
    with pytest.raises(PermissionDenied):
        allocations.end_allocation(
            db, social_worker, allocation_id, today(db, instructor), "dismissed"
        )


def test_the_register_lists_the_places_held_that_day(
    db, instructor, supervisor, workshop, prisoner, another
):
    day = today(db, instructor)
    allocated(db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=10))
    later = another("Бекова")
    allocated(db, instructor, later, workshop_id=workshop, starts_on=day - timedelta(days=2))
    gone = another("Алиев")
    _, gone_place, _ = allocated(
        db, instructor, gone, workshop_id=workshop, starts_on=day - timedelta(days=10)
    )
    allocations.end_allocation(db, instructor, gone_place, day - timedelta(days=5), "dismissed")

    def names(on):
        return [v.prisoner_id for v in allocations.active_in(db, supervisor, workshop, on)]

    assert names(day - timedelta(days=11)) == []
    assert names(day - timedelta(days=5)) == [gone, prisoner]  # its last day still counts
    assert names(day - timedelta(days=4)) == [prisoner]
    assert names(day) == [prisoner, later]


def test_a_prisoner_file_shows_every_place_newest_first(db, instructor, workshop, prisoner):
    day = today(db, instructor)
    _, first, _ = allocated(
        db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=20)
    )
    allocations.end_allocation(db, instructor, first, day - timedelta(days=10), "own_request")
    sewing = make_workshop(db, instructor, name="Швейный цех")
    _, second, _ = allocated(db, instructor, prisoner, workshop_id=sewing)
    shown = allocations.allocations_of(db, instructor, prisoner)
    assert [(v.id, v.workshop_name) for v in shown] == [
        (second, "Швейный цех"),
        (first, "Кожевенный цех"),
    ]


def test_release_ends_places_and_takes_entries_off_the_lists(
    db, registrar, instructor, workshop, prisoner
):
    day = today(db, instructor)
    _, place, _ = allocated(
        db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=3)
    )
    sewing = make_workshop(db, instructor, name="Швейный цех")
    pending = waiting.add(db, instructor, prisoner, sewing)
    felt = make_workshop(db, instructor, name="Войлочный цех")
    approved = waiting.add(db, instructor, prisoner, felt)
    waiting.decide(db, instructor, approved, approve=True)
    before = audit_count(db)

    movements.record_movement(db, registrar, prisoner, MoveRequest("release"))

    assert audit_count(db) == before + 2  # the movement's entry and the workshops' one
    ended = _place(db, instructor, prisoner)
    assert (ended.id, ended.ends_on, ended.end_reason) == (place, day, "released")
    entries = {e.id: e for e in waiting.entries_of(db, instructor, prisoner)}
    assert {entries[pending].status, entries[approved].status} == {"removed"}
    assert entries[pending].reason == "auto:release"
    assert allocations.active_in(db, instructor, workshop, day + timedelta(days=1)) == []


def test_a_transfer_ends_places_as_transferred(db, registrar, instructor, workshop, prisoner):
    tomorrow = today(db, instructor) + timedelta(days=1)  # a place that had not begun yet
    allocated(db, instructor, prisoner, workshop_id=workshop, starts_on=tomorrow)
    movements.record_movement(
        db, registrar, prisoner, MoveRequest("transfer_out", destination="ИК-3", reason="суд")
    )
    place = _place(db, instructor, prisoner)
    assert (place.end_reason, place.ends_on) == ("transferred", today(db, instructor))
    assert allocations.active_in(db, instructor, workshop, tomorrow) == []


def test_a_place_that_ended_earlier_is_left_as_it_was(
    db, registrar, instructor, workshop, prisoner
):
    day = today(db, instructor)
    _, place, _ = allocated(
        db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=9)
    )
    allocations.end_allocation(db, instructor, place, day - timedelta(days=2), "completed")
    before = audit_count(db)
    movements.record_movement(db, registrar, prisoner, MoveRequest("release"))
    assert audit_count(db) == before + 1  # nothing of the workshops' to end: no entry of theirs
    assert _place(db, instructor, prisoner).end_reason == "completed"
