"""A report's days: the facility it is read for, with its time zone, and the days of its
range, read a week at a time so that a long report reports its progress and can be
stopped between weeks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from prisondesk.db.models import Facility
from prisondesk.services.core.facility import facility_zone

WEEK = 7  # days read at once: a year stops within a step, and a week is one quick query


def facility_of(session: Session, facility_id: str | None) -> tuple[tuple[str, ...], ZoneInfo]:
    """The name of the facility read (for ``Report.facilities``) and its time zone."""
    facility = session.get(Facility, facility_id) if facility_id else None
    names = (facility.name,) if facility else ()
    return names, facility_zone(session, facility_id)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def weeks(first: date, last: date) -> Iterator[tuple[int, date, date]]:
    """(days done before it, its first day, its last day) for each week of the range."""
    start = first
    while start <= last:
        end = min(start + timedelta(days=WEEK - 1), last)
        yield (start - first).days, start, end
        start = end + timedelta(days=1)
