"""The deposit account: wages posted in a spendable part and a part held until release, the
balance a sum, a statement over days, and the payout at release (never more than the
balance, never of an empty account)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import LedgerEntry
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.workshops import attendance, ledger, pay, rates
from prisondesk.services.workshops.ledger import Balance, LedgerRefused
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, audit_count, today
from tests.workshops.test_attendance import workdays_before


def _entries(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(LedgerEntry)) or 0


@pytest.fixture
def earned(db, instructor, supervisor, workshop, prisoner) -> str:
    """The prisoner worked one full day at 100.01 som, and the period is approved: 50.01 som
    spendable and 50.00 held. The prisoner's id."""
    day = workdays_before(today(db, supervisor), 1)[0]
    _, allocation, _ = allocated(
        db, supervisor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=7)
    )
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_001, day))
    attendance.mark(db, instructor, allocation, day, "full", "attended")
    period = pay.compute_period(db, supervisor, day, day)
    pay.approve_period(db, supervisor, period.id)
    return prisoner


def test_the_balance_is_the_sum_of_the_entries(db, registrar, earned):
    assert ledger.balance(db, registrar, earned) == Balance(5_001, 5_000, 10_001)


def test_a_statement_opens_and_closes_with_the_balance(db, registrar, supervisor, earned):
    now = today(db, registrar)
    month = ledger.statement(db, registrar, earned, now - timedelta(days=30), now)
    assert month.opening == Balance(0, 0, 0) and month.closing == Balance(5_001, 5_000, 10_001)
    assert [(e.account, e.kind, e.amount) for e in month.entries] == [
        ("spendable", "wage", 5_001),
        ("held", "wage", 5_000),
    ]
    assert all(e.day == now and e.period_first is not None for e in month.entries)
    assert month.name == "Асанов Бакыт Нурланович" and month.number
    earlier = ledger.statement(db, supervisor, earned, now - timedelta(60), now - timedelta(31))
    assert earlier.entries == () and earlier.closing == Balance(0, 0, 0)
    later = ledger.statement(db, registrar, earned, now + timedelta(1), now + timedelta(2))
    assert later.opening == later.closing == Balance(5_001, 5_000, 10_001)
    with pytest.raises(ValidationError):
        ledger.statement(db, registrar, earned, now, now - timedelta(days=1))


def test_the_release_payout_pays_the_whole_balance(db, registrar, earned):
    movements.record_movement(db, registrar, earned, MoveRequest("release"))
    payout = ledger.pay_out_on_release(db, registrar, earned, note="Карта № 4417")
    assert (payout.spendable, payout.held, payout.total) == (5_001, 5_000, 10_001)
    assert payout.balance == Balance(0, 0, 0) == ledger.balance(db, registrar, earned)
    with db.read() as session:
        out = session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "payout")).all()
    assert sorted((e.account, e.amount, e.note) for e in out) == [
        ("held", -5_000, "Карта № 4417"),
        ("spendable", -5_001, "Карта № 4417"),
    ]
    before = audit_count(db)
    with pytest.raises(LedgerRefused) as refused:
        ledger.pay_out_on_release(db, registrar, earned)
    assert refused.value.reason == "empty" and "Асанов" in refused.value.render()
    assert (audit_count(db), _entries(db)) == (before, 4)


def test_a_part_payout_comes_from_the_spendable_part_first(db, registrar, supervisor, earned):
    movements.record_movement(db, registrar, earned, MoveRequest("release"))
    payout = ledger.pay_out_on_release(db, supervisor, earned, amount=6_000)
    assert (payout.spendable, payout.held) == (5_001, 999)
    assert payout.balance == Balance(0, 4_001, 4_001)


def test_the_held_part_is_paid_only_on_release(db, supervisor, earned):
    """Rule 103: while the prisoner is held, only the spendable part may be paid out."""
    before = (audit_count(db), _entries(db))
    for asked in (None, 5_002):  # the whole balance, or a tyiyn more than the spendable part
        with pytest.raises(LedgerRefused) as refused:
            ledger.pay_out_on_release(db, supervisor, earned, amount=asked)
        assert refused.value.reason == "held_until_release"
        assert "50.00" in refused.value.render() and "50.01" in refused.value.render()
    assert (audit_count(db), _entries(db)) == before
    payout = ledger.pay_out_on_release(db, supervisor, earned, amount=5_001)
    assert payout.balance == Balance(0, 5_000, 5_000)


def test_a_payout_larger_than_the_balance_is_refused(db, registrar, earned):
    before = (audit_count(db), _entries(db))
    with pytest.raises(LedgerRefused) as refused:
        ledger.pay_out_on_release(db, registrar, earned, amount=10_002)
    assert refused.value.reason == "over_balance"
    assert "100.01" in refused.value.render() and "100.02" in refused.value.render()
    for bad in (0, -100, 12.5, True):
        with pytest.raises(ValidationError) as invalid:
            ledger.pay_out_on_release(db, registrar, earned, amount=bad)
        assert invalid.value.field == "amount"
    assert (audit_count(db), _entries(db)) == before
    assert ledger.balance(db, registrar, earned).total == 10_001


def test_an_empty_account_has_no_payout(db, registrar, prisoner):
    with pytest.raises(LedgerRefused) as refused:
        ledger.pay_out_on_release(db, registrar, prisoner)
    assert refused.value.reason == "empty"


def test_who_reads_and_pays_the_account(db, instructor, staff, earned):
    with pytest.raises(PermissionDenied):
        ledger.balance(db, instructor, earned)
    with pytest.raises(PermissionDenied):
        ledger.pay_out_on_release(db, instructor, earned)
    social = staff("social1", "social_worker")
    assert ledger.balance(db, social, earned).total == 10_001  # the file's reader
    with pytest.raises(PermissionDenied):
        ledger.pay_out_on_release(db, social, earned)
