"""Visit rules that need no database: kinds, who counts as a child, how many visits a regime
allows in a month, and how many visitors a visit may bring (DOMAIN.md, Visits).

The figures below are **example defaults**, not law: each facility sets its own
(``FacilitySetting``); the product never hard-codes a legal value it does not know.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from prisondesk.domain.text import QT_TRANSLATE_NOOP

CHILD_UNDER = 18  # years; children are counted apart from adults


class VisitKind(StrEnum):
    SHORT = "short"  # hours, visiting room
    LONG = "long"  # a day or more, family room
    LAWYER = "lawyer"  # confidential; not counted against the allowance
    OFFICIAL = "official"  # not counted either


COUNTED = frozenset({VisitKind.SHORT, VisitKind.LONG})


@dataclass(frozen=True)
class Allowance:
    """Visits of each counted kind a prisoner may receive in one calendar month."""

    short: int
    long: int

    def of(self, kind: VisitKind) -> int | None:
        """None: not counted (lawyer, official)."""
        if kind == VisitKind.SHORT:
            return self.short
        if kind == VisitKind.LONG:
            return self.long
        return None


# EXAMPLE DEFAULTS — replace with the facility's own values in its settings.
EXAMPLE_ALLOWANCES: dict[str, Allowance] = {
    "remand": Allowance(short=2, long=0),
    "general": Allowance(short=2, long=1),
    "strict": Allowance(short=1, long=1),
    "special": Allowance(short=1, long=0),
    "settlement": Allowance(short=4, long=2),
}


@dataclass(frozen=True)
class VisitorLimits:
    """EXAMPLE DEFAULT: at most this many people come to one visit."""

    total: int = 3
    adults: int = 2
    children: int = 2


def age_on(born: date, day: date) -> int:
    return relativedelta(day, born).years


def is_child(born: date | None, day: date) -> bool:
    """A visitor without a recorded date of birth counts as an adult (stricter for limits
    on adults would be wrong the other way round: it is the adult who is responsible)."""
    return born is not None and age_on(born, day) < CHILD_UNDER


def month_of(day: date) -> tuple[date, date]:
    """The allowance period containing ``day``: its calendar month, first and last day."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def limit_problem(limits: VisitorLimits, adults: int, children: int) -> str | None:
    """Which limit a party of visitors breaks: "total", "adults", "children" or None."""
    if adults + children > limits.total:
        return "total"
    if adults > limits.adults:
        return "adults"
    if children > limits.children:
        return "children"
    return None


# how a visit ended, as the gate records it (translation context "gate")
OUTCOME_LABELS = {
    "completed": QT_TRANSLATE_NOOP("gate", "Completed"),
    "did_not_arrive": QT_TRANSLATE_NOOP("gate", "Did not arrive"),
    "failed_security": QT_TRANSLATE_NOOP("gate", "Failed the security check"),
    "declined_entry": QT_TRANSLATE_NOOP("gate", "Declined entry"),
    "terminated": QT_TRANSLATE_NOOP("gate", "Terminated by staff"),
    "prisoner_refused": QT_TRANSLATE_NOOP("gate", "Prisoner refused"),
}
# the gate log also lists visits cancelled before the day
LOG_LABELS = {**OUTCOME_LABELS, "cancelled": QT_TRANSLATE_NOOP("gate", "Cancelled")}
