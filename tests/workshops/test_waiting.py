"""The waiting list: on the list, approved or declined, allocated a place; withdrawn or
removed; only along the allowed moves, and never twice open for one workshop."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import Allocation, WaitingEntry
from prisondesk.services.core.errors import InvalidFields, PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.workshops import allocations, programmes, waiting, workshops
from prisondesk.services.workshops.programmes import ProgrammeEntry
from prisondesk.services.workshops.waiting_checks import WaitingRefused
from tests.workshops.fixtures import allocated, audit_count, make_workshop, today


def _rows(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _approved(db, manager, prisoner_id, workshop_id) -> str:
    entry_id = waiting.add(db, manager, prisoner_id, workshop_id)
    waiting.decide(db, manager, entry_id, approve=True)
    return entry_id


def test_a_prisoner_goes_on_the_list_and_is_allocated(db, instructor, workshop, prisoner):
    before = audit_count(db)
    entry_id = waiting.add(db, instructor, prisoner, workshop, note="просил сам")
    assert audit_count(db) == before + 1
    [entry] = waiting.waiting_list(db, instructor, workshop)
    assert (entry.status, entry.source, entry.reason) == ("pending", "staff", "просил сам")
    assert entry.prisoner_name == "Асанов Бакыт Нурланович"

    assert waiting.decide(db, instructor, entry_id, approve=True) == "approved"
    assert audit_count(db) == before + 2
    allocation_id = waiting.allocate(db, instructor, entry_id, pay_band="b")
    assert audit_count(db) == before + 3

    [entry] = waiting.entries_of(db, instructor, prisoner)
    assert (entry.status, entry.allocation_id) == ("allocated", allocation_id)
    assert entry.reason == "просил сам"  # steps without a reason keep the note
    [place] = allocations.allocations_of(db, instructor, prisoner)
    assert (place.id, place.workshop_name, place.pay_band) == (allocation_id, "Кожевенный цех", "B")
    assert place.starts_on == today(db, instructor) and place.ends_on is None
    assert workshops.workshop_detail(db, instructor, workshop).allocated == 1


def test_a_place_in_a_programme_from_a_given_day(db, supervisor, instructor, workshop, prisoner):
    programme = programmes.add_programme(
        db, instructor, workshop, ProgrammeEntry("Основы войлока", 30)
    )
    entry_id = waiting.add(db, instructor, prisoner, workshop, programme_id=programme)
    waiting.decide(db, supervisor, entry_id, approve=True)
    start = today(db, supervisor) - timedelta(days=3)  # recorded after the first day
    allocation_id = waiting.allocate(db, supervisor, entry_id, starts_on=start)
    [place] = allocations.allocations_of(db, supervisor, prisoner)
    assert (place.id, place.programme_name, place.programme_days) == (
        allocation_id,
        "Основы войлока",
        30,
    )
    assert place.starts_on == start


def test_a_social_worker_proposes_a_place_from_the_plan(db, social_worker, workshop, prisoner):
    entry_id = waiting.add(db, social_worker, prisoner, workshop, source="assessment")
    [entry] = waiting.entries_of(db, social_worker, prisoner)
    assert (entry.id, entry.source, entry.status) == (entry_id, "assessment", "pending")
    with pytest.raises(PermissionDenied):  # deciding is for those who run the workshop
        waiting.decide(db, social_worker, entry_id, approve=True)


def test_a_gate_officer_cannot_put_anyone_on_a_list(db, staff, workshop, prisoner):
    gate = staff("gate1", "gate_officer", "Осмонов Улан")
    before = audit_count(db)
    with pytest.raises(PermissionDenied):
        waiting.add(db, gate, prisoner, workshop)
    assert audit_count(db) == before and _rows(db, WaitingEntry) == 0


def test_every_problem_of_the_entry_is_reported_at_once(db, instructor, prisoner):
    before = audit_count(db)
    with pytest.raises(InvalidFields) as refused:
        waiting.add(
            db, instructor, "01a0b0c0-0000-7000-8000-000000000000", "nowhere", source="rumour"
        )
    assert {p.field for p in refused.value.problems} == {"prisoner", "workshop", "source"}
    assert audit_count(db) == before and _rows(db, WaitingEntry) == 0


def test_a_programme_of_another_workshop_is_refused(db, instructor, workshop, prisoner):
    other = make_workshop(db, instructor, name="Швейный цех")
    programme = programmes.add_programme(db, instructor, other, ProgrammeEntry("Шитьё", 30))
    with pytest.raises(ValidationError) as refused:
        waiting.add(db, instructor, prisoner, workshop, programme_id=programme)
    assert refused.value.field == "programme"


def test_a_prisoner_who_was_released_is_not_put_on_a_list(
    db, registrar, instructor, workshop, prisoner
):
    movements.record_movement(db, registrar, prisoner, MoveRequest("release"))
    before = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        waiting.add(db, instructor, prisoner, workshop)
    assert refused.value.field == "prisoner"
    assert "is not held here" in str(refused.value)
    assert audit_count(db) == before and _rows(db, WaitingEntry) == 0


def test_one_open_entry_per_prisoner_and_workshop(db, instructor, workshop, prisoner):
    entry_id = waiting.add(db, instructor, prisoner, workshop)
    before = audit_count(db)
    with pytest.raises(WaitingRefused) as refused:
        waiting.add(db, instructor, prisoner, workshop)
    assert refused.value.reason == "already_waiting"
    waiting.decide(db, instructor, entry_id, approve=True)
    with pytest.raises(WaitingRefused):  # approved is still open
        waiting.add(db, instructor, prisoner, workshop)
    assert audit_count(db) == before + 1 and _rows(db, WaitingEntry) == 1
    waiting.withdraw(db, instructor, entry_id)
    waiting.add(db, instructor, prisoner, workshop)  # closed: a new entry may follow


def test_one_who_holds_a_place_is_not_put_on_the_same_list(db, instructor, workshop, prisoner):
    allocated(db, instructor, prisoner, workshop_id=workshop)
    with pytest.raises(WaitingRefused) as refused:
        waiting.add(db, instructor, prisoner, workshop)
    assert refused.value.reason == "already_placed"
    other = make_workshop(db, instructor, name="Швейный цех")
    waiting.add(db, instructor, prisoner, other)  # another workshop's list is fine


def test_declining_needs_a_reason(db, supervisor, workshop, prisoner):
    entry_id = waiting.add(db, supervisor, prisoner, workshop)
    before = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        waiting.decide(db, supervisor, entry_id, approve=False, reason="  ")
    assert refused.value.field == "reason"
    assert audit_count(db) == before
    assert waiting.waiting_list(db, supervisor, workshop)[0].status == "pending"
    assert waiting.decide(db, supervisor, entry_id, approve=False, reason="нет мест") == "declined"
    [entry] = waiting.waiting_list(db, supervisor, workshop)
    assert (entry.status, entry.reason) == ("declined", "нет мест")
    assert entry.decided_at is not None


def test_removing_needs_a_reason(db, instructor, workshop, prisoner):
    entry_id = waiting.add(db, instructor, prisoner, workshop)
    with pytest.raises(ValidationError) as refused:
        waiting.remove(db, instructor, entry_id, "")
    assert refused.value.field == "reason"
    assert waiting.remove(db, instructor, entry_id, "переведён в другой отряд") == "removed"


@pytest.mark.parametrize(
    ("steps", "refused_step"),
    [
        (["decline"], "approve"),  # a declined entry is final
        (["decline"], "allocate"),
        ([], "allocate"),  # pending: approve first
        (["approve"], "approve"),  # decided already
        (["approve"], "decline"),
        (["approve", "allocate"], "withdraw"),  # allocated: end the place instead
        (["approve", "allocate"], "remove"),
        (["withdraw"], "approve"),
        (["remove"], "withdraw"),
    ],
)
def test_an_entry_moves_only_along_the_allowed_moves(
    db, instructor, workshop, prisoner, steps, refused_step
):
    entry_id = waiting.add(db, instructor, prisoner, workshop)
    do = {
        "approve": lambda: waiting.decide(db, instructor, entry_id, approve=True),
        "decline": lambda: waiting.decide(db, instructor, entry_id, approve=False, reason="нет"),
        "allocate": lambda: waiting.allocate(db, instructor, entry_id),
        "withdraw": lambda: waiting.withdraw(db, instructor, entry_id, "передумал"),
        "remove": lambda: waiting.remove(db, instructor, entry_id, "не подходит"),
    }
    for step in steps:
        do[step]()
    before, places = audit_count(db), _rows(db, Allocation)
    status = waiting.entries_of(db, instructor, prisoner)[0].status
    with pytest.raises(WaitingRefused) as refused:
        do[refused_step]()
    assert refused.value.reason == "not_now"
    assert "cannot be made" in str(refused.value)
    assert audit_count(db) == before and _rows(db, Allocation) == places
    assert waiting.entries_of(db, instructor, prisoner)[0].status == status


def test_a_full_workshop_takes_no_one_more(db, instructor, prisoner, another):
    small = make_workshop(db, instructor, name="Малый цех", capacity=1)
    allocated(db, instructor, prisoner, workshop_id=small)
    entry_id = _approved(db, instructor, another(), small)
    before = audit_count(db)
    with pytest.raises(WaitingRefused) as refused:
        waiting.allocate(db, instructor, entry_id)
    assert refused.value.reason == "full"
    assert "1 of 1 places" in str(refused.value)
    assert audit_count(db) == before and _rows(db, Allocation) == 1
    assert waiting.waiting_list(db, instructor, small)[0].status == "approved"
    # a place that ended frees its room
    [place] = allocations.allocations_of(db, instructor, prisoner)
    allocations.end_allocation(db, instructor, place.id, today(db, instructor), "dismissed")
    tomorrow = today(db, instructor) + timedelta(days=1)
    waiting.allocate(db, instructor, entry_id, starts_on=tomorrow)


def test_a_second_place_in_the_same_workshop_is_refused(db, instructor, workshop, prisoner):
    _, allocation_id, _ = allocated(
        db,
        instructor,
        prisoner,
        workshop_id=workshop,
        starts_on=today(db, instructor) - timedelta(days=10),
    )
    last_day = today(db, instructor) - timedelta(days=2)
    allocations.end_allocation(db, instructor, allocation_id, last_day, "own_request")
    entry_id = _approved(db, instructor, prisoner, workshop)
    with pytest.raises(WaitingRefused) as refused:  # would overlap the place that ended
        waiting.allocate(db, instructor, entry_id, starts_on=last_day)
    assert refused.value.reason == "already_placed"
    waiting.allocate(db, instructor, entry_id, starts_on=last_day + timedelta(days=1))


def test_an_allocation_form_reports_every_problem(db, instructor, workshop, prisoner):
    entry_id = _approved(db, instructor, prisoner, workshop)
    with pytest.raises(InvalidFields) as refused:
        waiting.allocate(
            db, instructor, entry_id, starts_on="2026-12-01", pay_band="", programme_id="x"
        )
    assert {p.field for p in refused.value.problems} == {"starts_on", "pay_band", "programme"}


def test_one_released_before_the_place_is_given_gets_none(
    db, registrar, instructor, workshop, prisoner
):
    entry_id = _approved(db, instructor, prisoner, workshop)
    movements.record_movement(db, registrar, prisoner, MoveRequest("release"))
    with pytest.raises(WaitingRefused):  # the hook took the entry off the list
        waiting.allocate(db, instructor, entry_id)
    assert _rows(db, Allocation) == 0


def test_the_list_shows_open_entries_first_oldest_first(db, instructor, workshop, another):
    first, second, third = another("Алиев"), another("Бекова"), another("Волков")
    declined = waiting.add(db, instructor, first, workshop)
    waiting.add(db, instructor, second, workshop)
    waiting.add(db, instructor, third, workshop)
    waiting.decide(db, instructor, declined, approve=False, reason="нет")
    shown = waiting.waiting_list(db, instructor, workshop)
    assert [(v.prisoner_id, v.status) for v in shown] == [
        (second, "pending"),
        (third, "pending"),
        (first, "declined"),
    ]
