"""What the pay run, its count, its views and the attendance register share about pay
periods: their statuses, who runs them, the refusal of a pay step, a period of this facility
found by its id, and the run that has taken some days already — a day is paid once, so a
second run may not cover it and its attendance may no longer change."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.models import PayPeriod
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import PeriodStatus
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import NotFound, Refused

RUNNING = (Permission.MANAGE_WORKSHOPS, Permission.APPROVE)
COMPUTED, APPROVED, DISCARDED = PeriodStatus
CHUNK = 500  # ids to a query's IN list


class PayRefused(Refused):
    """A pay period step that cannot go ahead; ``reason`` is a stable code: ``twice``,
    ``future``, ``no_rate``, ``clash``, ``approved``."""


def run_period_covering(
    session: Session, facility_id: str | None, first: date, last: date
) -> PayPeriod | None:
    """A period of the facility, computed or approved, that covers a day of ``first`` to
    ``last`` (a discarded one has given its days back)."""
    return session.scalars(
        select(PayPeriod).where(
            PayPeriod.facility_id == facility_id,
            ~PayPeriod.deleted,
            PayPeriod.status != DISCARDED,
            PayPeriod.first_day <= last,
            PayPeriod.last_day >= first,
        )
    ).first()


def period_here(session: Session, actor: Actor, period_id: str) -> PayPeriod:
    """A computed or approved period of the actor's facility."""
    period = session.get(PayPeriod, period_id)
    if (
        period is None
        or period.deleted
        or period.status == DISCARDED
        or period.facility_id != actor.facility_id
    ):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such pay period here."))
    return period
