"""The deposit card's handover sheet printed again: built from the latest payout as it was
recorded (what it paid from each account, its day, the officer who paid), not from today's
balance; each reprint audited as a read of the deposit account; refused, with a message
that says why, before any payout, and to those who do not pay deposits out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import AuditEntry
from prisondesk.domain.wire import to_wire
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.workshops import attendance, documents, ledger, pay, rates
from prisondesk.services.workshops.documents import NoPayout
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, audit_count, today
from tests.workshops.test_attendance import workdays_before


@pytest.fixture
def earned(db, instructor, supervisor, workshop, prisoner) -> str:
    """One full day at 100.01 som, approved: 50.01 som spendable, 50.00 held."""
    day = workdays_before(today(db, supervisor), 1)[0]
    _, allocation, _ = allocated(
        db, supervisor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=7)
    )
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_001, day))
    attendance.mark(db, instructor, allocation, day, "full", "attended")
    pay.approve_period(db, supervisor, pay.compute_period(db, supervisor, day, day).id)
    return prisoner


def _reads(db, prisoner: str) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEntry.username, AuditEntry.action, AuditEntry.note).where(
                AuditEntry.entity == "deposit_account", AuditEntry.entity_id == prisoner
            )
        )
        return [tuple(row) for row in rows if row.action == "read"]


def test_the_sheet_again_shows_the_payout_recorded_not_todays_balance(
    db, registrar, supervisor, earned
):
    movements.record_movement(db, registrar, earned, MoveRequest("release"))
    paid = ledger.pay_out_on_release(db, registrar, earned)
    first = documents.deposit_card_document(db, registrar, earned, paid, "4417")
    assert ledger.balance(db, registrar, earned).total == 0  # today's balance: nothing

    again = documents.deposit_card_again(db, supervisor, earned)  # another officer reprints
    assert (again.spendable, again.held) == (5_001, 5_000)
    assert (again.facility, again.prisoner, again.released_on) == (
        first.facility,
        first.prisoner,
        first.released_on,
    )
    assert again.officer == "Сыдыкова Айжан" == first.officer  # who paid, not who reprints
    assert again.card == ""  # the card's digits were never recorded
    assert _reads(db, earned) == [
        ("supervisor1", "read", f"card sheet printed again: the payout of {_wire(db, earned)}")
    ]
    documents.deposit_card_again(db, registrar, earned)
    assert len(_reads(db, earned)) == 2  # every reprint


def test_the_latest_payout_is_printed_again(db, registrar, supervisor, earned):
    ledger.pay_out_on_release(db, supervisor, earned, amount=1_000)  # held: spendable only
    movements.record_movement(db, registrar, earned, MoveRequest("release"))
    ledger.pay_out_on_release(db, registrar, earned)
    again = documents.deposit_card_again(db, registrar, earned)
    assert (again.spendable, again.held) == (4_001, 5_000)
    latest = ledger.latest_payout(db, registrar, earned)
    assert (latest.spendable, latest.held, latest.total) == (4_001, 5_000, 9_001)


def test_before_any_payout_there_is_nothing_to_print_again(db, registrar, earned):
    assert ledger.latest_payout(db, registrar, earned) is None
    before = audit_count(db)
    with pytest.raises(NoPayout) as refused:
        documents.deposit_card_again(db, registrar, earned)
    assert refused.value.reason == "no_payout"
    assert refused.value.render() == (
        "Асанов Бакыт Нурланович's deposit has not been paid out: there is no card sheet to "
        "print again."
    )
    assert audit_count(db) == before  # a refusal is not audited


def test_only_those_who_pay_deposits_out_print_the_sheet_again(db, registrar, staff, earned):
    movements.record_movement(db, registrar, earned, MoveRequest("release"))
    ledger.pay_out_on_release(db, registrar, earned)
    social = staff("social1", "social_worker")  # reads the file and the account
    assert ledger.latest_payout(db, social, earned).total == 10_001
    with pytest.raises(PermissionDenied):
        documents.deposit_card_again(db, social, earned)


def _wire(db, prisoner: str) -> str:
    with db.read() as session:
        return to_wire(ledger.latest_payout_in(session, prisoner).paid_at)
