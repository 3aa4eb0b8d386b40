"""Sentence arithmetic: the release date from the start, the term and time already served."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Term:
    years: int = 0
    months: int = 0
    days: int = 0

    @property
    def empty(self) -> bool:
        return not (self.years or self.months or self.days)


def release_date(start: date, term: Term, credited_days: int = 0) -> date:
    """The day the term ends: start plus the term in calendar years, months and days (a month
    from 31 January ends on the last day of February), less days credited from remand."""
    return (
        start
        + relativedelta(years=term.years, months=term.months, days=term.days)
        - timedelta(days=credited_days)
    )
