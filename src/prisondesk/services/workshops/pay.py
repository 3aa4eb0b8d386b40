"""Pay periods, as the supervisor runs them: compute a period (its first and last day) from
the attendance marks, look over each prisoner's pay, then approve it — which posts each
wage to the prisoner's deposit account, split into the spendable part and the part held
until release (Rule 103) by the facility's share in force when the period was computed.
A period's lines are counted in ``pay_count``; ``pay_views`` shows them.

A computed period may be discarded before its approval (wrong days, a mark to put right):
its days are open again for marking and for a new run. Its rows are kept, marked discarded,
and a new run from the same first day takes them up again — the ids are its facility's and
first day's, and a deleted row never comes back in sync.

Refused, with nothing written: a period overlapping one already run ("running a pay period
twice"), a last day after the facility's today or before the first; what the count refuses
(a paid mark without a rate, marks left in disagreement); approving a period twice, or
discarding an approved one."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import LedgerEntry, PayLine, PayPeriod
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import Account, EntryKind, split_wage
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.workshops.pay_count import CountedLine, count_lines
from prisondesk.services.workshops.pay_views import PeriodView, lines_of, view_in
from prisondesk.services.workshops.periods import (
    APPROVED,
    COMPUTED,
    DISCARDED,
    RUNNING,
    PayRefused,
    period_here,
    run_period_covering,
)
from prisondesk.services.workshops.settings import pay_settings_in

MAX_PERIOD_DAYS = 93  # a month, or a quarter at most
# a wage's ledger entry has an id of its line and account, so that a period approved on two
# desks working apart posts each wage once (the server answers the second "duplicate")
WAGE_ENTRIES = uuid.UUID("6f1d7c52-3b8e-4d7a-9a51-1c0b7e2f4a90")


def compute_period(db: Database, actor: Actor, first_day: date, last_day: date) -> PeriodView:
    """Run a pay period: one line per place with paid marks, the wage split by the
    facility's share held until release; shown for a supervisor's approval."""
    _check_days(first_day, last_day)
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *RUNNING)
        if last_day > facility_today(session, actor.facility_id):
            raise PayRefused(
                "future",
                QT_TRANSLATE_NOOP(
                    "errors", "The period ends on {day}, which has not come yet: run it after."
                ),
                field="last_day",
                day=last_day,
            )
        _refuse_overlap(session, actor, first_day, last_day)
        held_percent = pay_settings_in(session, actor.facility_id).held_percent
        counted = count_lines(session, actor.facility_id, first_day, last_day)
        run = {
            "first_day": first_day,
            "last_day": last_day,
            "status": COMPUTED,
            "computed_at": utc_now(),
            "computed_by": actor.user_id,
            "approved_at": None,
            "approved_by": None,
            "held_percent": held_percent,
        }
        period = session.get(PayPeriod, period_id(actor.facility_id or "", first_day))
        if period is None:
            period = PayPeriod(
                id=period_id(actor.facility_id or "", first_day),
                facility_id=actor.facility_id,
                deleted=False,
                **run,
            )
            session.add(period)
            session.flush()
        else:  # a discarded run from the same first day: taken up again
            _update(period, run)
        _write_lines(session, period, counted)
        session.flush()
        view = view_in(session, period)
        audit.record(
            session,
            db,
            actor,
            "compute",
            "pay_period",
            period.id,
            after={
                "first_day": first_day.isoformat(),
                "last_day": last_day.isoformat(),
                "held_percent": held_percent,
                "lines": len(view.lines),
                "total": view.total,
            },
        )
        return view


def discard_period(db: Database, actor: Actor, period_id: str) -> None:
    """Discard a computed period before its approval: its days are open again for marking
    and for a new run (wrong days chosen, or a mark to put right first)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *RUNNING)
        period = period_here(session, actor, period_id)
        if period.status != COMPUTED:
            raise PayRefused(
                "approved",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This pay period has been approved: its wages are posted and it stays.",
                ),
            )
        view = view_in(session, period)
        period.status = DISCARDED
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "discard",
            "pay_period",
            period.id,
            before={"status": COMPUTED, "lines": len(view.lines), "total": view.total},
            after={"status": DISCARDED},
        )


def approve_period(db: Database, actor: Actor, period_id: str) -> PeriodView:
    """A supervisor approves a computed period: each wage is posted to the prisoner's
    deposit account, its spendable part and its part held until release."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        period = period_here(session, actor, period_id)
        if period.status != COMPUTED:
            raise PayRefused(
                "approved",
                QT_TRANSLATE_NOOP(
                    "errors", "This pay period has been approved already: its wages are posted."
                ),
            )
        moment = utc_now()
        posted = 0
        already = set(  # posted by another desk's approval of this period, pulled since
            session.scalars(select(LedgerEntry.id).where(LedgerEntry.pay_period_id == period.id))
        )
        for line in lines_of(session, period.id):
            if line.amount <= 0:
                continue
            for account, amount in ((Account.SPENDABLE, line.spendable), (Account.HELD, line.held)):
                entry_id = wage_entry_id(line.id, account)
                if amount == 0 or entry_id in already:
                    continue
                session.add(
                    LedgerEntry(
                        id=entry_id,
                        facility_id=period.facility_id,
                        prisoner_id=line.prisoner_id,
                        account=account.value,
                        kind=EntryKind.WAGE.value,
                        amount=amount,
                        pay_period_id=period.id,
                        occurred_at=moment,
                        recorded_by=actor.user_id,
                    )
                )
                posted += 1
        period.status, period.approved_at, period.approved_by = APPROVED, moment, actor.user_id
        session.flush()
        view = view_in(session, period)
        audit.record(
            session,
            db,
            actor,
            "approve",
            "pay_period",
            period.id,
            before={"status": COMPUTED},
            after={
                "status": APPROVED,
                "entries": posted,
                "total": view.total,
                "spendable": view.spendable,
                "held": view.held,
            },
        )
        return view


def period_id(facility_id: str, first_day: date) -> str:
    """A period's id is its facility's and first day's: two desks that run the same month
    apart make one period (the server merges the two), not two that both post wages."""
    return str(uuid.uuid5(WAGE_ENTRIES, f"period:{facility_id}:{first_day.isoformat()}"))


def line_id(period: str, allocation_id: str) -> str:
    """A line's id is its period's and place's, for the same reason."""
    return str(uuid.uuid5(WAGE_ENTRIES, f"line:{period}:{allocation_id}"))


def wage_entry_id(line_id: str, account: str) -> str:
    """The id of the ledger entry that posts a line's part on ``account``."""
    return str(uuid.uuid5(WAGE_ENTRIES, f"{line_id}:{account}"))


def _update(row: object, values: dict[str, object]) -> None:
    """Set the values that differ (an unchanged field makes no change to sync)."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _write_lines(session: Session, period: PayPeriod, counted: list[CountedLine]) -> None:
    """The run's lines: new ones added, those of a discarded run of the period set to this
    run's counts, or to none when this run does not pay their place."""
    earlier = {
        line.id: line
        for line in session.scalars(
            select(PayLine).where(PayLine.pay_period_id == period.id, ~PayLine.deleted)
        )
    }
    for line in counted:
        split = split_wage(line.amount, period.held_percent)
        values = {
            "half_sessions": line.halves,
            "minutes": line.minutes,
            "pieces": line.pieces,
            "amount": line.amount,
            "spendable": split.spendable,
            "held": split.held,
        }
        found = earlier.pop(line_id(period.id, line.allocation_id), None)
        if found is not None:
            _update(found, values)
            continue
        session.add(
            PayLine(
                id=line_id(period.id, line.allocation_id),
                facility_id=period.facility_id,
                pay_period_id=period.id,
                prisoner_id=line.prisoner_id,
                allocation_id=line.allocation_id,
                workshop_id=line.workshop_id,
                deleted=False,
                **values,
            )
        )
    none = dict.fromkeys(("half_sessions", "minutes", "pieces", "amount", "spendable", "held"), 0)
    for unpaid in earlier.values():
        _update(unpaid, none)


# -- checks ---------------------------------------------------------------------------------


def _check_days(first_day: date, last_day: date) -> None:
    for value, field in ((first_day, "first_day"), (last_day, "last_day")):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a date."), field=field)
    if last_day < first_day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period cannot end before it begins."),
            field="last_day",
        )
    if (last_day - first_day).days >= MAX_PERIOD_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A pay period is at most {n} days."),
            field="last_day",
            n=MAX_PERIOD_DAYS,
        )


def _refuse_overlap(session: Session, actor: Actor, first_day: date, last_day: date) -> None:
    other = run_period_covering(session, actor.facility_id, first_day, last_day)
    if other is not None:
        raise PayRefused(
            "twice",
            QT_TRANSLATE_NOOP(
                "errors",
                "The pay period {first} – {last} has been run already and covers these days: "
                "a day is paid once.",
            ),
            field="first_day",
            first=other.first_day,
            last=other.last_day,
        )
