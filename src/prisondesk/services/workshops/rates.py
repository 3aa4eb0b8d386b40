"""Pay rates, as a supervisor sets them: what a workshop pays a pay band, per full-day
session, per hour or per piece, in tyiyn, from a day (to a day, or until further notice).
Rates of one workshop and band never overlap, so each day has at most one rate in force; a
rate is changed by ending it and adding the next one. A pay period reads the rate in force
on each marked day (:func:`rate_on`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import PayRate, Workshop
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import Basis
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.validate import Checks, required_text
from prisondesk.services.workshops.workshops import workshop_here

MAX_AMOUNT = 10_000_000  # tyiyn: 100 000 som for one session, hour or piece is a typing slip
MAX_BAND = 16


class RateRefused(Refused):
    """A rate that cannot be set; ``reason``: overlap."""


@dataclass(frozen=True)
class RateView:
    id: str
    workshop_id: str
    workshop_name: str
    band: str
    basis: str
    amount: int  # tyiyn per full-day session, hour or piece
    effective_from: date
    effective_to: date | None  # the last day it is in force; None: until further notice


@dataclass(frozen=True)
class RateEntry:
    workshop_id: str
    band: str
    basis: str
    amount: int
    effective_from: date
    effective_to: date | None = None


def add_rate(db: Database, actor: Actor, entry: RateEntry) -> RateView:
    """A new rate of a workshop and band; refused if it overlaps another of the same band.
    Every problem of the form is reported at once."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        check = Checks()
        workshop = check(_workshop, session, actor, entry.workshop_id)
        band = check(_band, entry.band)
        basis = check(_basis, entry.basis)
        amount = check(_amount, entry.amount)
        start = check(_day, entry.effective_from, "effective_from")
        end = check(_end, start, entry.effective_to) if start is not None else None
        check.done()
        assert workshop is not None and band is not None and start is not None
        _refuse_overlap(session, workshop, band, start, end, None)
        rate = PayRate(
            facility_id=workshop.facility_id,
            workshop_id=workshop.id,
            band=band,
            basis=basis,
            amount=amount,
            effective_from=start,
            effective_to=end,
            deleted=False,
        )
        session.add(rate)
        session.flush()
        audit.record(session, db, actor, "create", "pay_rate", rate.id, after=audit.snapshot(rate))
        return _view(rate, workshop.name)


def end_rate(db: Database, actor: Actor, rate_id: str, last_day: date) -> RateView:
    """End a rate on ``last_day`` (on or after its first day); a later end than it had is
    refused if it would overlap the rate that follows."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        rate = _rate_here(session, actor, rate_id)
        end = _end(rate.effective_from, last_day)
        workshop = session.get(Workshop, rate.workshop_id)
        assert workshop is not None
        _refuse_overlap(session, workshop, rate.band, rate.effective_from, end, rate.id)
        before = {"effective_to": audit.snapshot(rate)["effective_to"]}
        rate.effective_to = end
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "update",
            "pay_rate",
            rate.id,
            before=before,
            after={"effective_to": end.isoformat()},
        )
        return _view(rate, workshop.name)


def rates(db: Database, actor: Actor, workshop_id: str | None = None) -> list[RateView]:
    """The facility's rates (or one workshop's), by workshop, band and first day."""
    with db.read() as session:
        verify_any(session, actor, Permission.APPROVE, Permission.MANAGE_WORKSHOPS)
        query = (
            select(PayRate, Workshop.name)
            .join(Workshop, Workshop.id == PayRate.workshop_id)
            .where(PayRate.facility_id == actor.facility_id, ~PayRate.deleted)
        )
        if workshop_id is not None:
            query = query.where(PayRate.workshop_id == workshop_id)
        rows = session.execute(
            query.order_by(Workshop.name, PayRate.band, PayRate.effective_from)
        ).all()
        return [_view(rate, name) for rate, name in rows]


def rate_on(session: Session, workshop_id: str, band: str, day: date) -> PayRate | None:
    """The rate in force for the workshop and band on ``day``, or None. Should desks working
    apart have left two (each desk refuses the overlap, but not the other desk's), the one
    that began last wins, then the greater id: every desk picks the same."""
    return session.scalars(
        select(PayRate)
        .where(
            PayRate.workshop_id == workshop_id,
            PayRate.band == band,
            ~PayRate.deleted,
            PayRate.effective_from <= day,
            or_(PayRate.effective_to.is_(None), PayRate.effective_to >= day),
        )
        .order_by(PayRate.effective_from.desc(), PayRate.id.desc())
        .limit(1)
    ).first()


def in_force(rates: list[PayRate], day: date) -> PayRate | None:
    """As :func:`rate_on`, over rates already read (one workshop and band): a pay period
    reads them once, not once for each mark."""
    found = [r for r in rates if r.effective_from <= day and (r.effective_to or day) >= day]
    return max(found, key=lambda r: (r.effective_from, r.id), default=None)


def _refuse_overlap(
    session: Session,
    workshop: Workshop,
    band: str,
    start: date,
    end: date | None,
    own_id: str | None,
) -> None:
    query = select(PayRate).where(
        PayRate.workshop_id == workshop.id,
        PayRate.band == band,
        ~PayRate.deleted,
        PayRate.id != (own_id or ""),
        or_(PayRate.effective_to.is_(None), PayRate.effective_to >= start),
    )
    if end is not None:
        query = query.where(PayRate.effective_from <= end)
    other = session.scalars(query.order_by(PayRate.effective_from).limit(1)).first()
    if other is None:
        return
    if other.effective_to is None:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "{workshop} already pays band {band} a rate from {start} on: end that rate first, "
            "or start this one after it.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "{workshop} already pays band {band} a rate from {start} to {end}: end that rate "
            "first, or start this one after it.",
        )
    raise RateRefused(
        "overlap",
        message,
        field="effective_from",
        workshop=workshop.name,
        band=band,
        start=other.effective_from,
        end=other.effective_to,
    )


def _rate_here(session: Session, actor: Actor, rate_id: str) -> PayRate:
    rate = session.get(PayRate, rate_id)
    if rate is None or rate.deleted or rate.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such pay rate here."), field="rate")
    return rate


def _workshop(session: Session, actor: Actor, workshop_id: str) -> Workshop:
    try:
        return workshop_here(session, actor, workshop_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="workshop") from None


def _band(value: str) -> str:
    return required_text(value, "band", MAX_BAND).upper()


def _basis(value: str) -> str:
    try:
        return Basis(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose what the rate pays for: a session, an hour or a piece."
            ),
            field="basis",
        ) from None


def _amount(value: int) -> int:
    if type(value) is not int or not 0 < value <= MAX_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A rate is more than 0 and at most {max} som, in tyiyn (whole numbers)."
            ),
            field="amount",
            max=MAX_AMOUNT // 100,
        )
    return value


def _day(value: date | None, field: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a date."), field=field)
    return value


def _end(start: date, end: date | None) -> date | None:
    if end is None:
        return None
    end = _day(end, "effective_to")
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A rate cannot end before it begins ({start})."),
            field="effective_to",
            start=start,
        )
    return end


def _view(rate: PayRate, workshop_name: str) -> RateView:
    return RateView(
        rate.id,
        rate.workshop_id,
        workshop_name,
        rate.band,
        rate.basis,
        rate.amount,
        rate.effective_from,
        rate.effective_to,
    )
