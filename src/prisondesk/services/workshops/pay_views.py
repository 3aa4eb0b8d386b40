"""Pay periods as the supervisor looks them over: the facility's periods, the latest first,
with their status and totals; and one period with a line per prisoner's place (number, name,
workshop, what was counted, the wage and its two parts) and the names of those who computed
and approved it. A discarded run is not shown."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import PayLine, PayPeriod, Prisoner, UserAccount, Workshop
from prisondesk.domain.names import name_of
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.workshops.periods import CHUNK, DISCARDED, RUNNING, period_here

# a line of a period: a run's lines count at least a half-session; one left with none is
# the place of an earlier, discarded run of the period that this run did not pay
_counts = (~PayLine.deleted) & (PayLine.half_sessions > 0)


@dataclass(frozen=True)
class PayLineView:
    id: str
    prisoner_id: str
    number: str
    name: str
    allocation_id: str
    workshop_id: str
    workshop_name: str
    half_sessions: int
    minutes: int
    pieces: int
    amount: int  # the wage, tyiyn
    spendable: int
    held: int


@dataclass(frozen=True)
class PeriodSummary:
    id: str
    first_day: date
    last_day: date
    status: str  # computed | approved
    held_percent: int
    computed_at: datetime
    approved_at: datetime | None
    lines: int
    total: int


@dataclass(frozen=True)
class PeriodView:
    id: str
    first_day: date
    last_day: date
    status: str
    held_percent: int
    computed_at: datetime
    computed_by: str  # full names
    approved_at: datetime | None
    approved_by: str
    lines: tuple[PayLineView, ...]  # by workshop, then name
    total: int
    spendable: int
    held: int


def period_view(db: Database, actor: Actor, period_id: str) -> PeriodView:
    """A period with its lines (prisoners' numbers and names) and totals."""
    with db.read() as session:
        verify_any(session, actor, *RUNNING)
        return view_in(session, period_here(session, actor, period_id))


def periods(db: Database, actor: Actor) -> list[PeriodSummary]:
    """The facility's pay periods, the latest first, with their status and totals."""
    with db.read() as session:
        verify_any(session, actor, *RUNNING)
        found = session.scalars(
            select(PayPeriod)
            .where(
                PayPeriod.facility_id == actor.facility_id,
                ~PayPeriod.deleted,
                PayPeriod.status != DISCARDED,
            )
            .order_by(PayPeriod.first_day.desc())
        ).all()
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        ids = [p.id for p in found]
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(
                select(PayLine.pay_period_id, PayLine.amount).where(
                    PayLine.pay_period_id.in_(ids[start : start + CHUNK]), _counts
                )
            )
            for period_id, amount in rows:
                totals[period_id][0] += 1
                totals[period_id][1] += amount
        return [
            PeriodSummary(
                p.id,
                p.first_day,
                p.last_day,
                p.status,
                p.held_percent,
                p.computed_at,
                p.approved_at,
                *totals[p.id],
            )
            for p in found
        ]


def lines_of(session: Session, period_id: str) -> list[PayLine]:
    """The period's lines as stored (those an earlier, discarded run left unpaid are not)."""
    return list(session.scalars(select(PayLine).where(PayLine.pay_period_id == period_id, _counts)))


def view_in(session: Session, period: PayPeriod) -> PeriodView:
    rows = session.execute(
        select(
            PayLine,
            Prisoner.number,
            Prisoner.surname,
            Prisoner.given_name,
            Prisoner.patronymic,
            Workshop.name,
        )
        # outer joins: a line is never left out of the totals (the payroll reconciles them)
        .outerjoin(Prisoner, Prisoner.id == PayLine.prisoner_id)
        .outerjoin(Workshop, Workshop.id == PayLine.workshop_id)
        .where(PayLine.pay_period_id == period.id, _counts)
    ).all()
    lines = sorted(
        (
            PayLineView(
                row.PayLine.id,
                row.PayLine.prisoner_id,
                row.number or "",
                name_of(row) if row.surname else "",
                row.PayLine.allocation_id,
                row.PayLine.workshop_id,
                row.name or "",
                row.PayLine.half_sessions,
                row.PayLine.minutes,
                row.PayLine.pieces,
                row.PayLine.amount,
                row.PayLine.spendable,
                row.PayLine.held,
            )
            for row in rows
        ),
        key=lambda v: (v.workshop_name.casefold(), v.name.casefold(), v.number),
    )
    users = {
        u.id: u.full_name
        for u in session.scalars(
            select(UserAccount).where(
                UserAccount.id.in_([u for u in (period.computed_by, period.approved_by) if u])
            )
        )
    }
    return PeriodView(
        period.id,
        period.first_day,
        period.last_day,
        period.status,
        period.held_percent,
        period.computed_at,
        users.get(period.computed_by or "", ""),
        period.approved_at,
        users.get(period.approved_by or "", ""),
        tuple(lines),
        sum(v.amount for v in lines),
        sum(v.spendable for v in lines),
        sum(v.held for v in lines),
    )
