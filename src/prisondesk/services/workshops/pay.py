"""Pay periods, as the supervisor runs them: compute a period (its first and last day) from
the attendance marks, look over each prisoner's pay, then approve it — which posts each
wage to the prisoner's deposit account, split into the spendable part and the part held
until release (Rule 103) by the facility's share in force when the period was computed.

A period's lines: one per place (allocation) with a paid mark in the period, counting its
half-sessions, minutes and pieces, and the wage by the rates in force on each marked day
(``domain/workshops.py`` states the rounding; when a rate changes within the period, each
day's ``rate × count`` is summed first and the line is still rounded once).

A computed period may be discarded before its approval (wrong days, a mark to put right):
its days are open again for marking and for a new run. Its rows are kept, marked discarded,
and a new run from the same first day takes them up again — the ids are its facility's and
first day's, and a deleted row never comes back in sync.

Refused, with nothing written: a period overlapping one already run ("running a pay period
twice"), a last day after the facility's today or before the first; a paid mark on a day
no rate covers (the workshop, band and day are named); marks that desks working apart left
in disagreement (a clash, corrected first); approving a period twice, or discarding an
approved one."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Allocation,
    AttendanceMark,
    LedgerEntry,
    PayLine,
    PayPeriod,
    PayRate,
    Prisoner,
    UserAccount,
    Workshop,
)
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import (
    Account,
    Basis,
    EntryKind,
    Outcome,
    PeriodStatus,
    half_sessions,
    round_half_up,
    split_wage,
)
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.workshops.attendance import settle_all
from prisondesk.services.workshops.rates import in_force
from prisondesk.services.workshops.settings import pay_settings_in

MAX_PERIOD_DAYS = 93  # a month, or a quarter at most
RUNNING = (Permission.MANAGE_WORKSHOPS, Permission.APPROVE)
COMPUTED, APPROVED, DISCARDED = PeriodStatus
# a wage's ledger entry has an id of its line and account, so that a period approved on two
# desks working apart posts each wage once (the server answers the second "duplicate")
WAGE_ENTRIES = uuid.UUID("6f1d7c52-3b8e-4d7a-9a51-1c0b7e2f4a90")
CHUNK = 500


class PayRefused(Refused):
    """A pay period step that cannot go ahead; ``reason`` is a stable code: ``twice``,
    ``future``, ``no_rate``, ``clash``, ``approved``."""


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
        counted = _count(session, actor.facility_id, first_day, last_day)
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
        for line in _lines(session, period.id):
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


# a line of a period: a run's lines count at least a half-session; one left with none is
# the place of an earlier, discarded run of the period that this run did not pay
_counts = (~PayLine.deleted) & (PayLine.half_sessions > 0)


def _update(row: object, values: dict[str, object]) -> None:
    """Set the values that differ (an unchanged field makes no change to sync)."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _write_lines(session: Session, period: PayPeriod, counted: list[_Line]) -> None:
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


# -- the count ------------------------------------------------------------------------------


@dataclass
class _Line:
    allocation_id: str
    prisoner_id: str
    workshop_id: str
    halves: int = 0
    minutes: int = 0
    pieces: int = 0
    # rate × count summed over the days, one sum per basis, each rounded once at the end
    by_session: int = 0
    by_hour: int = 0
    by_piece: int = 0

    @property
    def amount(self) -> int:
        return round_half_up(self.by_session, 2) + round_half_up(self.by_hour, 60) + self.by_piece


def _count(session: Session, facility_id: str | None, first: date, last: date) -> list[_Line]:
    """The lines of a period, read as plain columns (a month of a big facility is some
    60 000 marks): current marks, their places, and the rates of those places' workshops."""
    marks = session.execute(
        select(
            AttendanceMark.id,
            AttendanceMark.allocation_id,
            AttendanceMark.day,
            AttendanceMark.part,
            AttendanceMark.supersedes,
            AttendanceMark.marked_at,
            AttendanceMark.outcome,
            AttendanceMark.paid,
            AttendanceMark.minutes,
            AttendanceMark.pieces,
        ).where(
            AttendanceMark.facility_id == facility_id,
            AttendanceMark.day >= first,
            AttendanceMark.day <= last,
        )
    ).all()
    settled = settle_all(marks)  # type: ignore[arg-type]
    _refuse_clashes(session, [s.mark for s in settled.values() if s.clash])
    paid = [s.mark for s in settled.values() if s.mark.paid]
    places = _places(session, sorted({m.allocation_id for m in paid}))
    rates = _rates(session, sorted({p.workshop_id for p in places.values()}), first, last)
    lines: dict[str, _Line] = {}
    missing: list[tuple[date, str, str]] = []  # (day, workshop, band)
    found: dict[tuple[str, str, date], PayRate | None] = {}  # a day's rate, read once
    for m in paid:
        place = places[m.allocation_id]
        key = (place.workshop_id, place.pay_band, m.day)
        if key not in found:
            found[key] = in_force(rates.get(key[:2], []), m.day)
        rate = found[key]
        if rate is None:
            missing.append((m.day, place.workshop_id, place.pay_band))
            continue
        line = lines.get(m.allocation_id)
        if line is None:
            line = lines[m.allocation_id] = _Line(
                m.allocation_id, place.prisoner_id, place.workshop_id
            )
        halves = half_sessions(m.part)
        pieces = m.pieces if m.outcome == Outcome.ATTENDED else 0  # an absence makes none
        line.halves += halves
        line.minutes += m.minutes
        line.pieces += pieces
        if rate.basis == Basis.SESSION:
            line.by_session += rate.amount * halves
        elif rate.basis == Basis.HOUR:
            line.by_hour += rate.amount * m.minutes
        else:
            line.by_piece += rate.amount * pieces
    if missing:
        day, workshop_id, band = min(missing)
        workshop = session.get(Workshop, workshop_id)
        raise PayRefused(
            "no_rate",
            QT_TRANSLATE_NOOP(
                "errors",
                "{workshop} has no rate for band {band} on {day} ({count} paid sessions without "
                "a rate): add the rate, then run the period.",
            ),
            field="rates",
            workshop=workshop.name if workshop else workshop_id,
            band=band,
            day=day,
            count=len(missing),
        )
    return list(lines.values())


def _refuse_clashes(session: Session, clashing: list) -> None:
    """Marks that desks working apart left in disagreement are put right before they are
    paid: the pay would otherwise rest on whichever mark happened to be latest."""
    if not clashing:
        return
    first = min(clashing, key=lambda m: (m.day, m.allocation_id))
    row = session.execute(
        select(Prisoner.surname, Prisoner.given_name, Prisoner.patronymic, Workshop.name)
        .join(Allocation, Allocation.prisoner_id == Prisoner.id)
        .join(Workshop, Workshop.id == Allocation.workshop_id)
        .where(Allocation.id == first.allocation_id)
    ).one()
    raise PayRefused(
        "clash",
        QT_TRANSLATE_NOOP(
            "errors",
            "Marks that disagree (sessions: {count}), the first of {name} in {workshop} on "
            "{day}: correct them in the register (marked ⚠), then run the period.",
        ),
        field="first_day",
        count=len(clashing),
        name=name_of(row),
        workshop=row.name,
        day=first.day,
    )


def _places(session: Session, allocation_ids: list[str]) -> dict[str, Allocation]:
    found: dict[str, Allocation] = {}
    for start in range(0, len(allocation_ids), CHUNK):
        rows = session.execute(
            select(
                Allocation.id, Allocation.prisoner_id, Allocation.workshop_id, Allocation.pay_band
            ).where(Allocation.id.in_(allocation_ids[start : start + CHUNK]))
        )
        found.update((row.id, row) for row in rows)  # type: ignore[misc]
    return found


def _rates(
    session: Session, workshop_ids: list[str], first: date, last: date
) -> dict[tuple[str, str], list[PayRate]]:
    found: dict[tuple[str, str], list[PayRate]] = defaultdict(list)
    if not workshop_ids:
        return found
    rows = session.scalars(
        select(PayRate).where(
            PayRate.workshop_id.in_(workshop_ids),
            ~PayRate.deleted,
            PayRate.effective_from <= last,
        )
    )
    for rate in rows:
        if rate.effective_to is None or rate.effective_to >= first:
            found[(rate.workshop_id, rate.band)].append(rate)
    return found


# -- checks and views -----------------------------------------------------------------------


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
    other = session.scalars(
        select(PayPeriod).where(
            PayPeriod.facility_id == actor.facility_id,
            ~PayPeriod.deleted,
            PayPeriod.status != DISCARDED,
            PayPeriod.first_day <= last_day,
            PayPeriod.last_day >= first_day,
        )
    ).first()
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


def period_here(session: Session, actor: Actor, period_id: str) -> PayPeriod:
    period = session.get(PayPeriod, period_id)
    if (
        period is None
        or period.deleted
        or period.status == DISCARDED
        or period.facility_id != actor.facility_id
    ):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such pay period here."))
    return period


def _lines(session: Session, period_id: str) -> list[PayLine]:
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
