"""The deposit ledger follows a transferred prisoner (SYNC.md, Transfers), desks and a real
server on loopback, SQLite and PostgreSQL: facility A pays a wage (spendable and held until
release) and transfers the prisoner; facility B's desks get every entry and the same balance,
B pays the whole of it out at the release and its other desk sees the payout; A's desks keep
their own events (the attendance marks, the pay period) and the file marked as transferred
out, and no longer hold the prisoner's deposit ledger, then or after B's payout. A wage A
posts after the prisoner has left (the month's pay run later) reaches them at B too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AttendanceMark, LedgerEntry, PayLine, PayPeriod, Prisoner
from prisondesk.domain.wire import utc_now
from prisondesk.server.models import ServerRow
from prisondesk.server.pull import digest
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.sync import syncing
from prisondesk.services.workshops import attendance, ledger, pay, payroll, rates
from prisondesk.services.workshops.ledger import Balance, LedgerRefused
from prisondesk.services.workshops.rates import RateEntry
from tests.intake.fixtures import admit_completely
from tests.server.desks import Desk, account, first_desk, joining_desk, staff
from tests.server.digest_reference import counted_digest
from tests.workshops.fixtures import allocated, make_workshop, today

WAGE = 40_000  # tyiyn: one full session at the rate below


@dataclass
class Facilities:
    a1: Desk  # facility A's desk that pays the wage and sends the prisoner
    a2: Desk  # another desk of A
    b1: Desk  # facility B's desk that receives the prisoner and pays out at release
    b2: Desk  # another desk of B
    chief: Actor  # A's supervisor (at a1)
    a_registrar: Actor
    b_registrar: Actor


@pytest.fixture
def facilities(tmp_path, server, enrolment_code) -> Facilities:
    a1 = first_desk(tmp_path / "a1", server.url, enrolment_code("BSH-1"))
    b1 = first_desk(
        tmp_path / "b1", server.url, enrolment_code("OSH-2", "СИЗО Ош"), facility_code="OSH-2"
    )
    chief = staff(a1, "chief", "supervisor")
    a_registrar = staff(a1, "registry1", "registry_officer")
    b_registrar = staff(b1, "registry2", "registry_officer")
    for desk in (a1, b1, a1):  # a1 twice: now it knows the other facility
        _synced(desk)
    a2 = joining_desk(tmp_path / "a2", server.url, enrolment_code("BSH-1"))
    b2 = joining_desk(tmp_path / "b2", server.url, enrolment_code("OSH-2"))
    return Facilities(a1, a2, b1, b2, chief, a_registrar, b_registrar)


def _synced(desk: Desk) -> None:
    report = desk.sync()
    assert report.rejected == 0 and syncing.status(desk.db).rejected == 0, report


def _paid_prisoner(a: Facilities) -> str:
    """A prisoner of A with one approved wage on the deposit account."""
    prisoner = _worked_a_day(a)
    _run_pay(a)
    return prisoner


def _run_pay(a: Facilities) -> None:
    """A's supervisor computes and approves today's pay period at a1."""
    day = today(a.a1.db, a.chief)
    period = pay.compute_period(a.a1.db, a.chief, day, day)
    pay.approve_period(a.a1.db, a.chief, period.id)


def _worked_a_day(a: Facilities) -> str:
    """A prisoner of A who worked today in a workshop paying ``WAGE`` a session."""
    desk = a.a1
    instructor = staff(desk, "instructor1", "instructor")
    wing = facility.current_facility(desk.db).wings[0].id
    prisoner = admit_completely(desk.db, a.a_registrar, wing).id
    day = today(desk.db, instructor)
    workshop = make_workshop(
        desk.db,
        instructor,
        instructor_ids=[instructor.user_id],
        sessions=[(d, "full") for d in range(7)],
    )
    _, place, _ = allocated(
        desk.db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=3)
    )
    rates.add_rate(desk.db, a.chief, RateEntry(workshop, "A", "session", WAGE, day))
    attendance.mark(desk.db, instructor, place, day, "full", "attended", 360)
    return prisoner


def _entries(desk: Desk, prisoner_id: str) -> list[tuple]:
    """The prisoner's deposit ledger as the desk holds it, oldest first."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.prisoner_id == prisoner_id)
            .order_by(LedgerEntry.occurred_at, LedgerEntry.account, LedgerEntry.id)
        )
        return [
            (e.id, e.account, e.kind, e.amount, e.pay_period_id, e.occurred_at, e.facility_id)
            for e in rows
        ]


def _count(desk: Desk, model, prisoner_id: str) -> int:
    with desk.db.read() as session:
        return session.scalar(
            select(func.count()).select_from(model).where(model.prisoner_id == prisoner_id)
        )


def _facility(desk: Desk) -> str:
    return facility.current_facility(desk.db).id


def _in_step(*desks: Desk) -> None:
    """Every desk's figures equal its server's (pulled to the end, nothing pending)."""
    for desk in desks:
        assert desk.sync().digest in ("ok", "unchanged")


def test_the_deposit_ledger_goes_with_the_prisoner_and_is_paid_out_there(facilities, server):
    f = facilities
    prisoner = _paid_prisoner(f)
    paid = ledger.balance(f.a1.db, f.chief, prisoner)
    assert paid.total == WAGE and paid.spendable > 0 and paid.held > 0
    _synced(f.a1)
    _synced(f.a2)
    sent = _entries(f.a1, prisoner)
    assert len(sent) == 2  # the wage's spendable part and its part held until release
    assert _entries(f.a2, prisoner) == sent
    a_facility, b_facility = _facility(f.a1), _facility(f.b1)
    assert {e[-1] for e in sent} == {a_facility}

    # A transfers the prisoner to B
    assert [d.id for d in movements.destinations(f.a1.db, f.a_registrar)] == [b_facility]
    _transfer(f, prisoner)
    for desk in (f.a1, f.b1, f.b2, f.a2):
        _synced(desk)

    # B's desks hold every entry, now B's, and the balance A had
    moved = [(*e[:-1], b_facility) for e in sent]
    reader = account(f.b2, "registry2")
    for desk, actor in ((f.b1, f.b_registrar), (f.b2, reader)):
        assert _entries(desk, prisoner) == moved
        assert ledger.balance(desk.db, actor, prisoner) == paid
        day = today(desk.db, actor)
        shown = ledger.statement(desk.db, actor, prisoner, day, day)
        assert sorted((e.id, e.account, e.kind, e.amount) for e in shown.entries) == sorted(
            e[:4] for e in sent
        )
        assert (shown.opening, shown.closing) == (Balance(0, 0, 0), paid)
    with server.db.read() as session:
        stored = session.scalars(
            select(ServerRow.facility_id).where(
                ServerRow.table_name == "ledger_entry", ServerRow.prisoner_id == prisoner
            )
        )
        assert list(stored) == [b_facility, b_facility]

    # A's desks keep their own events and records, and the file as it left; not the ledger
    for desk in (f.a1, f.a2):
        _assert_left_behind(desk, prisoner, a_facility, b_facility)
    assert ledger.balance(f.a1.db, f.chief, prisoner) == Balance(0, 0, 0)
    _in_step(f.a1, f.a2, f.b1, f.b2)

    # B: the held part waits for the release; the prisoner arrives, is released, paid out
    with pytest.raises(LedgerRefused) as refused:
        ledger.pay_out_on_release(f.b1.db, f.b_registrar, prisoner)
    assert refused.value.reason == "held_until_release"
    wing = facility.current_facility(f.b1.db).wings[0]
    arrival = MoveRequest(
        "transfer_in", occurred_at=utc_now() - timedelta(minutes=1), wing_id=wing.id, cell="3"
    )
    movements.record_movement(f.b1.db, f.b_registrar, prisoner, arrival)
    movements.record_movement(f.b1.db, f.b_registrar, prisoner, MoveRequest("release"))
    payout = ledger.pay_out_on_release(f.b1.db, f.b_registrar, prisoner)
    assert (payout.spendable, payout.held, payout.total) == (paid.spendable, paid.held, WAGE)
    assert payout.balance == Balance(0, 0, 0)
    for desk in (f.b1, f.b2, f.a1, f.a2):
        _synced(desk)

    # B's other desk sees the payout; A's desks see none of it
    assert ledger.balance(f.b2.db, reader, prisoner) == Balance(0, 0, 0)
    kinds = sorted((e[1], e[2], e[3]) for e in _entries(f.b2, prisoner))
    assert kinds == sorted(
        [
            ("held", "payout", -paid.held),
            ("held", "wage", paid.held),
            ("spendable", "payout", -paid.spendable),
            ("spendable", "wage", paid.spendable),
        ]
    )
    assert _entries(f.b2, prisoner) == _entries(f.b1, prisoner)
    for desk in (f.a1, f.a2):
        _assert_left_behind(desk, prisoner, a_facility, b_facility)
    _in_step(f.a1, f.a2, f.b1, f.b2)
    for facility_id in (a_facility, b_facility, None):  # None: headquarters
        assert digest(server.db, facility_id)["tables"] == counted_digest(server.db, facility_id)


def _assert_left_behind(desk: Desk, prisoner: str, here: str, gone_to: str) -> None:
    with desk.db.read() as session:
        kept = session.get(Prisoner, prisoner)
        assert (kept.status, kept.facility_id, kept.transfer_to) == (
            "transferred_out",
            here,
            gone_to,
        )
    assert _entries(desk, prisoner) == []
    assert _count(desk, AttendanceMark, prisoner) == 1  # A's own event stays
    assert _count(desk, PayLine, prisoner) == 1  # and A's pay period with its line
    with desk.db.read() as session:
        assert session.scalar(select(PayPeriod.status)) == "approved"


def _transfer(f: Facilities, prisoner: str) -> None:
    target = movements.destinations(f.a1.db, f.a_registrar)[0]
    movements.record_movement(
        f.a1.db, f.a_registrar, prisoner, MoveRequest("transfer_out", to_facility_id=target.id)
    )


def test_a_wage_approved_after_the_transfer_follows_the_prisoner(facilities, server):
    """The month's pay is run after the prisoner has left: the wage they earned at A is
    posted at A, and reaches them at B (neither refused nor left behind at A)."""
    f = facilities
    prisoner = _worked_a_day(f)
    _transfer(f, prisoner)
    for desk in (f.a1, f.b1):
        _synced(desk)
    _run_pay(f)
    posted = _entries(f.a1, prisoner)
    assert sum(e[3] for e in posted) == WAGE  # on a1, until the server has answered
    for desk in (f.a1, f.a2, f.b1, f.b2):
        _synced(desk)

    b_facility = _facility(f.b1)
    for desk, actor in ((f.b1, f.b_registrar), (f.b2, account(f.b2, "registry2"))):
        assert _entries(desk, prisoner) == [(*e[:-1], b_facility) for e in posted]
        assert ledger.balance(desk.db, actor, prisoner).total == WAGE
    for desk in (f.a1, f.a2):
        _assert_left_behind(desk, prisoner, _facility(f.a1), b_facility)
    _in_step(f.a1, f.a2, f.b1, f.b2)
    for facility_id in (_facility(f.a1), b_facility, None):
        assert digest(server.db, facility_id)["tables"] == counted_digest(server.db, facility_id)


def test_the_sending_facility_still_exports_the_payroll_it_approved(facilities):
    f = facilities
    prisoner = _paid_prisoner(f)
    with f.a1.db.read() as session:
        period = session.scalar(select(PayPeriod.id))
    before = payroll.payroll(f.a1.db, f.chief, period)
    assert before.totals.wage == Decimal("400.00")
    _transfer(f, prisoner)
    for desk in (f.a1, f.b1, f.a1):
        _synced(desk)
    assert _entries(f.a1, prisoner) == []  # the wages went with the prisoner
    assert payroll.payroll(f.a1.db, f.chief, period).totals == before.totals
