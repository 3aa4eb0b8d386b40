"""The deposit account: an append-only ledger per prisoner, in tyiyn. Approved pay periods
post each wage in two parts — spendable, and held until release (Rule 103); at release the
registry pays the balance out (onto the deposit card the prisoner signs for), written as
negative entries. The balance is never stored: it is the sum of the entries, by account.
The entries go with the prisoner on a transfer.

A statement covers days of the facility's calendar: the opening balance, the entries, the
closing balance. A payout larger than the balance, or of an empty account, is refused."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, LedgerEntry, PayPeriod, Prisoner
from prisondesk.domain.clock import from_local, local, zone
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import Account, EntryKind, som
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.validate import optional_text
from prisondesk.services.intake.admission_file import get_prisoner

# who reads a prisoner's account: the file's readers, and the supervisor who approves pay
READING = (Permission.READ_FILES, Permission.APPROVE, Permission.EDIT_PRISONERS)
# who pays it out: the registry that records the release, or a supervisor
PAYING = (Permission.EDIT_PRISONERS, Permission.APPROVE)
MAX_STATEMENT_DAYS = 3660


class LedgerRefused(Refused):
    """A payout that cannot be made; ``reason``: ``empty``, ``over_balance``,
    ``held_until_release`` (the held part of a prisoner not released)."""


@dataclass(frozen=True)
class Balance:
    spendable: int
    held: int  # until release
    total: int


@dataclass(frozen=True)
class EntryView:
    id: str
    occurred_at: datetime
    day: date  # the facility's
    account: str  # spendable | held
    kind: str  # wage | payout
    amount: int  # tyiyn, negative out
    period_first: date | None  # a wage's pay period
    period_last: date | None
    note: str


@dataclass(frozen=True)
class Statement:
    prisoner_id: str
    number: str
    name: str
    first_day: date
    last_day: date
    opening: Balance
    entries: tuple[EntryView, ...]  # oldest first
    closing: Balance


@dataclass(frozen=True)
class Payout:
    spendable: int  # paid out of each account (positive)
    held: int
    total: int
    balance: Balance  # what is left


@dataclass(frozen=True)
class RecordedPayout:
    """A payout as its entries recorded it: when, what it took from each account (positive),
    who made it."""

    paid_at: datetime
    spendable: int
    held: int
    total: int
    recorded_by: str | None
    note: str


def balance(db: Database, actor: Actor, prisoner_id: str) -> Balance:
    """The prisoner's deposit account now: spendable, held until release, and the total."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        prisoner = _prisoner(session, actor, prisoner_id)
        return balance_in(session, prisoner.id)


def statement(
    db: Database, actor: Actor, prisoner_id: str, first_day: date, last_day: date
) -> Statement:
    """The account over days of the facility's calendar, for the printed statement (and the
    final one at release)."""
    if last_day < first_day or (last_day - first_day).days > MAX_STATEMENT_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose the statement's days: its end after its start, ten years at most."
            ),
            field="last_day",
        )
    with db.read() as session:
        verify_any(session, actor, *READING)
        prisoner = _prisoner(session, actor, prisoner_id)
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)
        starts = from_local(datetime.combine(first_day, time()), tz)
        ends = from_local(datetime.combine(last_day + timedelta(days=1), time()), tz)
        opening = balance_in(session, prisoner.id, before=starts)
        rows = session.execute(
            select(LedgerEntry, PayPeriod.first_day, PayPeriod.last_day)
            .outerjoin(PayPeriod, PayPeriod.id == LedgerEntry.pay_period_id)
            .where(
                LedgerEntry.prisoner_id == prisoner.id,
                LedgerEntry.occurred_at >= starts,
                LedgerEntry.occurred_at < ends,
            )
            .order_by(LedgerEntry.occurred_at, LedgerEntry.account.desc(), LedgerEntry.id)
        ).all()
        entries = tuple(
            EntryView(
                e.id,
                e.occurred_at,
                local(e.occurred_at, tz).date(),
                e.account,
                e.kind,
                e.amount,
                period_first,
                period_last,
                e.note,
            )
            for e, period_first, period_last in rows
        )
        spendable = opening.spendable + _sum(entries, Account.SPENDABLE)
        held = opening.held + _sum(entries, Account.HELD)
        return Statement(
            prisoner.id,
            prisoner.number,
            name_of(prisoner),
            first_day,
            last_day,
            opening,
            entries,
            Balance(spendable, held, spendable + held),
        )


def pay_out_on_release(
    db: Database, actor: Actor, prisoner_id: str, amount: int | None = None, note: str = ""
) -> Payout:
    """The release payout: the whole balance by default (or ``amount`` tyiyn, taken from the
    spendable part first), written as negative payout entries on each account it comes
    from."""
    if amount is not None and (type(amount) is not int or amount <= 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A payout is more than 0, in tyiyn (whole numbers)."),
            field="amount",
        )
    text = optional_text(note, "note", 500)
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *PAYING)
        prisoner = _prisoner(session, actor, prisoner_id)
        before = balance_in(session, prisoner.id)
        if before.total <= 0:
            raise LedgerRefused(
                "empty",
                QT_TRANSLATE_NOOP(
                    "errors", "{name} has nothing on the deposit account: there is no payout."
                ),
                field="amount",
                name=name_of(prisoner),
            )
        wanted = before.total if amount is None else amount
        if wanted > before.total:
            raise LedgerRefused(
                "over_balance",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}'s deposit account holds {balance} som: {amount} som is more than that.",
                ),
                field="amount",
                name=name_of(prisoner),
                balance=som(before.total),
                amount=som(wanted),
            )
        from_spendable = min(wanted, max(before.spendable, 0))
        from_held = wanted - from_spendable
        if from_held and prisoner.status != "released":  # Rule 103: saved for the release
            raise LedgerRefused(
                "held_until_release",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is not released: the part held until release ({held} som) is paid "
                    "only on release. Pay at most the spendable part ({spendable} som).",
                ),
                field="amount",
                name=name_of(prisoner),
                held=som(before.held),
                spendable=som(max(before.spendable, 0)),
            )
        moment = utc_now()
        for account, part in ((Account.SPENDABLE, from_spendable), (Account.HELD, from_held)):
            if part:
                session.add(
                    LedgerEntry(
                        facility_id=actor.facility_id,
                        prisoner_id=prisoner.id,
                        account=account.value,
                        kind=EntryKind.PAYOUT.value,
                        amount=-part,
                        occurred_at=moment,
                        recorded_by=actor.user_id,
                        note=text,
                    )
                )
        session.flush()
        after = balance_in(session, prisoner.id)
        audit.record(
            session,
            db,
            actor,
            "payout",
            "deposit_account",
            prisoner.id,
            before={"spendable": before.spendable, "held": before.held},
            after={
                "spendable": after.spendable,
                "held": after.held,
                "paid_out": wanted,
                "note": text,
            },
        )
        return Payout(from_spendable, from_held, wanted, after)


def latest_payout(db: Database, actor: Actor, prisoner_id: str) -> RecordedPayout | None:
    """The prisoner's latest payout, or None before any (the card sheet is printed again
    from it)."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        prisoner = _prisoner(session, actor, prisoner_id)
        return latest_payout_in(session, prisoner.id)


def latest_payout_in(session: Session, prisoner_id: str) -> RecordedPayout | None:
    """The entries of the latest payout: one payout writes its entries at one moment."""
    entries = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.prisoner_id == prisoner_id, LedgerEntry.kind == EntryKind.PAYOUT)
        .order_by(LedgerEntry.occurred_at.desc())
    ).all()
    if not entries:
        return None
    latest = [e for e in entries if e.occurred_at == entries[0].occurred_at]
    spendable = -sum(e.amount for e in latest if e.account == Account.SPENDABLE)
    held = -sum(e.amount for e in latest if e.account == Account.HELD)
    first = latest[0]
    return RecordedPayout(
        first.occurred_at, spendable, held, spendable + held, first.recorded_by, first.note
    )


def balance_in(session: Session, prisoner_id: str, before: datetime | None = None) -> Balance:
    """The sums of the prisoner's entries by account (those before a moment, if given)."""
    query = select(LedgerEntry.account, func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
        LedgerEntry.prisoner_id == prisoner_id
    )
    if before is not None:
        query = query.where(LedgerEntry.occurred_at < before)
    sums = dict(session.execute(query.group_by(LedgerEntry.account)).all())
    spendable, held = int(sums.get(Account.SPENDABLE, 0)), int(sums.get(Account.HELD, 0))
    return Balance(spendable, held, spendable + held)


def posted_for(session: Session, period_id: str) -> Balance:
    """What a pay period's approval posted, by account (the payroll reconciles with it)."""
    sums = dict(
        session.execute(
            select(LedgerEntry.account, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.pay_period_id == period_id, LedgerEntry.kind == EntryKind.WAGE)
            .group_by(LedgerEntry.account)
        ).all()
    )
    spendable, held = int(sums.get(Account.SPENDABLE, 0)), int(sums.get(Account.HELD, 0))
    return Balance(spendable, held, spendable + held)


def posted_by_prisoner(session: Session, period_id: str) -> list[tuple[str, Balance]]:
    """What a pay period's approval posted to each prisoner's account held here."""
    sums: dict[str, dict[str, int]] = defaultdict(dict)
    for prisoner_id, account, amount in session.execute(
        select(LedgerEntry.prisoner_id, LedgerEntry.account, func.sum(LedgerEntry.amount))
        .where(LedgerEntry.pay_period_id == period_id, LedgerEntry.kind == EntryKind.WAGE)
        .group_by(LedgerEntry.prisoner_id, LedgerEntry.account)
    ):
        sums[prisoner_id][account] = int(amount)
    return [
        (prisoner_id, _balance(by.get(Account.SPENDABLE, 0), by.get(Account.HELD, 0)))
        for prisoner_id, by in sums.items()
    ]


def _balance(spendable: int, held: int) -> Balance:
    return Balance(spendable, held, spendable + held)


def _sum(entries: tuple[EntryView, ...], account: Account) -> int:
    return sum(e.amount for e in entries if e.account == account)


def _prisoner(session: Session, actor: Actor, prisoner_id: str) -> Prisoner:
    prisoner = get_prisoner(session, prisoner_id)
    if prisoner.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
    return prisoner
