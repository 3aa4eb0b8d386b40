"""Workshops between desks, through the server on SQLite and PostgreSQL: a register marked,
a pay period computed and approved on one desk arrives whole at another, whose deposit
balances equal the first one's; the server authorises each change by its user's role (an
attendance mark by those who record attendance, never a gate officer; a ledger entry by a
supervisor)."""

from __future__ import annotations

from datetime import timedelta

from prisondesk.domain.ids import new_id
from prisondesk.services.core import facility
from prisondesk.services.sync import syncing
from prisondesk.services.workshops import attendance, ledger, pay, rates
from prisondesk.services.workshops.rates import RateEntry
from tests.intake.fixtures import admit_completely
from tests.server.desks import account, first_desk, joining_desk, staff
from tests.server.protocol import enrol, insert_op, officer, push, statuses
from tests.workshops.fixtures import allocated, make_workshop, today


def test_a_paid_register_travels_whole_between_desks(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    instructor = staff(first, "instructor1", "instructor")
    chief = staff(first, "chief", "supervisor")
    registrar = staff(first, "registry1", "registry_officer")
    prisoner = admit_completely(
        first.db, registrar, facility.current_facility(first.db).wings[0].id
    ).id
    day = today(first.db, instructor)
    workshop = make_workshop(
        first.db,
        instructor,
        instructor_ids=[instructor.user_id],
        sessions=[(d, "full") for d in range(7)],
    )
    _, place, _ = allocated(
        first.db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=3)
    )
    rates.add_rate(first.db, chief, RateEntry(workshop, "A", "session", 40_000, day))
    attendance.mark(first.db, instructor, place, day, "full", "attended", 360)
    period = pay.compute_period(first.db, chief, day, day)
    pay.approve_period(first.db, chief, period.id)
    report = first.sync()
    assert report.rejected == 0 and syncing.status(first.db).rejected == 0, report
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    reader = account(second, "chief")  # the supervisor as the joining desk learnt them
    assert ledger.balance(second.db, reader, prisoner) == ledger.balance(first.db, chief, prisoner)
    assert ledger.balance(second.db, reader, prisoner).total == 40_000
    assert second.sync().digest in ("ok", "unchanged")


def test_only_those_who_record_attendance_may_push_a_mark(client, enrolment_code):
    def mark_by(role: str, code: str) -> list[tuple[str, str | None]]:
        facility_id = new_id()
        device, _, auth = enrol(client, enrolment_code(code), (facility_id, code))
        user = officer(client, auth, device, facility_id, role)
        values = {
            "id": new_id(),
            "facility_id": facility_id,
            "workshop_id": new_id(),
            "allocation_id": new_id(),
            "prisoner_id": new_id(),
            "day": "2026-12-01",
            "part": "full",
            "outcome": "attended",
            "paid": True,
            "marked_at": "2026-12-01T09:00:00.000000Z",
        }
        op = {**insert_op("attendance_mark", device, values), "user_id": user}
        return statuses(push(client, auth, [op]))

    assert mark_by("gate_officer", "BSH-1") == [("rejected", "forbidden")]
    assert mark_by("instructor", "OSH-2") == [("applied", None)]


def test_only_a_supervisor_or_the_registry_may_post_to_the_deposit(client, enrolment_code):
    def entry_by(role: str, code: str) -> list[tuple[str, str | None]]:
        facility_id = new_id()
        device, _, auth = enrol(client, enrolment_code(code), (facility_id, code))
        user = officer(client, auth, device, facility_id, role)
        values = {
            "id": new_id(),
            "facility_id": facility_id,
            "prisoner_id": new_id(),
            "account": "spendable",
            "kind": "wage",
            "amount": 10_000,
            "occurred_at": "2026-12-01T09:00:00.000000Z",
        }
        op = {**insert_op("ledger_entry", device, values), "user_id": user}
        return statuses(push(client, auth, [op]))

    assert entry_by("instructor", "BSH-1") == [("rejected", "forbidden")]
    assert entry_by("supervisor", "OSH-2") == [("applied", None)]
