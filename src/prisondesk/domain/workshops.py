"""Workshops and pay: the words of the module and the arithmetic of wages (DOMAIN.md,
Workshops and pay; Mandela Rules 96–103). Money is integer tyiyn (1 som = 100 tyiyn), never
a float. The rounding rules, stated once and tested:

- **per session**: a rate is for a full-day session; a half-day session earns half of it.
  A pay line counts half-sessions, and its pay is ``rate × half-sessions / 2``, rounded
  half up to the tyiyn once for the line (so two halves earn exactly one full session);
- **per hour**: the line's minutes are summed, and its pay is ``rate × minutes / 60``,
  rounded half up to the tyiyn once for the line;
- **per piece**: ``rate × pieces``, exact;
- a paid absence (sick, rest day) counts as its session was worked, for a session rate; for
  an hour rate it counts the minutes the instructor recorded; it makes no pieces;
- **the split** (Rule 103): of each wage, the part held until release is
  ``wage × held percent / 100`` rounded **down** to the tyiyn, and the spendable part is the
  rest, so the two always add up to the wage exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from prisondesk.domain.text import QT_TRANSLATE_NOOP

WORKSHOPS = "workshops"  # translation context


class Part(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    FULL = "full"


PART_LABELS = {
    Part.MORNING: QT_TRANSLATE_NOOP("workshops", "Morning"),
    Part.AFTERNOON: QT_TRANSLATE_NOOP("workshops", "Afternoon"),
    Part.FULL: QT_TRANSLATE_NOOP("workshops", "Full day"),
}


def half_sessions(part: str) -> int:
    """What a session of this part counts towards a session rate: a full day is two halves."""
    return 2 if part == Part.FULL else 1


class Outcome(StrEnum):
    ATTENDED = "attended"
    SICK = "sick"
    REST_DAY = "rest_day"
    REFUSED = "refused"
    CLASH = "clash"
    OTHER = "other"


@dataclass(frozen=True)
class OutcomeRule:
    label: str
    paid: bool
    needs_note: bool = False


OUTCOMES: dict[Outcome, OutcomeRule] = {
    Outcome.ATTENDED: OutcomeRule(QT_TRANSLATE_NOOP("workshops", "Present"), paid=True),
    Outcome.SICK: OutcomeRule(QT_TRANSLATE_NOOP("workshops", "Sick"), paid=True),
    Outcome.REST_DAY: OutcomeRule(QT_TRANSLATE_NOOP("workshops", "Rest day"), paid=True),
    # a refusal goes on the prisoner's record with a case note
    Outcome.REFUSED: OutcomeRule(
        QT_TRANSLATE_NOOP("workshops", "Refused to work"), paid=False, needs_note=True
    ),
    Outcome.CLASH: OutcomeRule(
        QT_TRANSLATE_NOOP("workshops", "Elsewhere (visit, court, medical)"), paid=False
    ),
    Outcome.OTHER: OutcomeRule(
        QT_TRANSLATE_NOOP("workshops", "Other reason"), paid=False, needs_note=True
    ),
}


class WaitingStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"
    ALLOCATED = "allocated"
    REMOVED = "removed"  # taken off the list by staff (the prisoner left, or no longer fits)
    WITHDRAWN = "withdrawn"  # the prisoner withdrew


# where each status may go next; the last three are final
WAITING_MOVES: dict[WaitingStatus, frozenset[WaitingStatus]] = {
    WaitingStatus.PENDING: frozenset(
        {
            WaitingStatus.APPROVED,
            WaitingStatus.DECLINED,
            WaitingStatus.REMOVED,
            WaitingStatus.WITHDRAWN,
        }
    ),
    WaitingStatus.APPROVED: frozenset(
        {WaitingStatus.ALLOCATED, WaitingStatus.REMOVED, WaitingStatus.WITHDRAWN}
    ),
    WaitingStatus.DECLINED: frozenset(),
    WaitingStatus.ALLOCATED: frozenset(),
    WaitingStatus.REMOVED: frozenset(),
    WaitingStatus.WITHDRAWN: frozenset(),
}

WAITING_LABELS = {
    WaitingStatus.PENDING: QT_TRANSLATE_NOOP("workshops", "Pending"),
    WaitingStatus.APPROVED: QT_TRANSLATE_NOOP("workshops", "Approved"),
    WaitingStatus.DECLINED: QT_TRANSLATE_NOOP("workshops", "Declined"),
    WaitingStatus.ALLOCATED: QT_TRANSLATE_NOOP("workshops", "Allocated"),
    WaitingStatus.REMOVED: QT_TRANSLATE_NOOP("workshops", "Removed"),
    WaitingStatus.WITHDRAWN: QT_TRANSLATE_NOOP("workshops", "Withdrawn"),
}


class EndReason(StrEnum):
    COMPLETED = "completed"
    DISMISSED = "dismissed"
    RELEASED = "released"
    SECURITY = "security"
    HEALTH = "health"
    OWN_REQUEST = "own_request"
    TRANSFERRED = "transferred"


END_LABELS = {
    EndReason.COMPLETED: QT_TRANSLATE_NOOP("workshops", "Completed"),
    EndReason.DISMISSED: QT_TRANSLATE_NOOP("workshops", "Dismissed"),
    EndReason.RELEASED: QT_TRANSLATE_NOOP("workshops", "Released"),
    EndReason.SECURITY: QT_TRANSLATE_NOOP("workshops", "Security"),
    EndReason.HEALTH: QT_TRANSLATE_NOOP("workshops", "Health"),
    EndReason.OWN_REQUEST: QT_TRANSLATE_NOOP("workshops", "Own request"),
    EndReason.TRANSFERRED: QT_TRANSLATE_NOOP("workshops", "Transferred"),
}


class Basis(StrEnum):
    SESSION = "session"
    HOUR = "hour"
    PIECE = "piece"


BASIS_LABELS = {
    Basis.SESSION: QT_TRANSLATE_NOOP("workshops", "per full-day session"),
    Basis.HOUR: QT_TRANSLATE_NOOP("workshops", "per hour"),
    Basis.PIECE: QT_TRANSLATE_NOOP("workshops", "per piece"),
}


class PeriodStatus(StrEnum):
    """A pay period run: computed (shown for approval; its days' marks are frozen),
    approved (its wages posted), or discarded before approval (its days open again)."""

    COMPUTED = "computed"
    APPROVED = "approved"
    DISCARDED = "discarded"


class Account(StrEnum):
    SPENDABLE = "spendable"
    HELD = "held"  # set aside until release (Rule 103)


class EntryKind(StrEnum):
    WAGE = "wage"
    PAYOUT = "payout"


# EXAMPLE DEFAULT: the share of each wage held until release; the facility sets its own
EXAMPLE_HELD_PERCENT = 50
MAX_PIECES = 10_000
MAX_MINUTES = 12 * 60  # one session
# a half-day session's length, as a workshop sets it (a full day counts twice): what a scan
# or a click on "present" records as worked, so that an hourly rate pays a scanned session
DEFAULT_SESSION_MINUTES = 4 * 60
MIN_SESSION_MINUTES, MAX_SESSION_MINUTES = 30, MAX_MINUTES // 2


def worked_minutes(part: str, session_minutes: int) -> int:
    """The minutes a session of this part lasts in a workshop whose half-day session lasts
    ``session_minutes``."""
    return half_sessions(part) * session_minutes


def round_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` to the nearest integer, halves up (for non-negatives)."""
    if numerator < 0 or denominator <= 0:
        raise ValueError("amounts are never negative here")
    return (2 * numerator + denominator) // (2 * denominator)


def session_pay(rate: int, halves: int) -> int:
    return round_half_up(rate * halves, 2)


def hourly_pay(rate: int, minutes: int) -> int:
    return round_half_up(rate * minutes, 60)


def piece_pay(rate: int, pieces: int) -> int:
    return rate * pieces


def pay_for(basis: str, rate: int, halves: int, minutes: int, pieces: int) -> int:
    """A pay line's wage in tyiyn by its rate's basis (the module docstring's rules)."""
    if basis == Basis.SESSION:
        return session_pay(rate, halves)
    if basis == Basis.HOUR:
        return hourly_pay(rate, minutes)
    return piece_pay(rate, pieces)


@dataclass(frozen=True)
class Split:
    spendable: int
    held: int


def split_wage(wage: int, held_percent: int) -> Split:
    """The part held until release rounded down, the rest spendable: they add up exactly."""
    if not 0 <= held_percent <= 100:
        raise ValueError("a percentage")
    held = wage * held_percent // 100
    return Split(wage - held, held)


def som(tyiyn: int) -> str:
    """Tyiyn written as som with two decimals and a point: ``12345`` is ``123.45`` (screens
    and papers put the locale's decimal mark in)."""
    sign = "-" if tyiyn < 0 else ""
    whole, part = divmod(abs(tyiyn), 100)
    return f"{sign}{whole}.{part:02d}"


# --- what the printed documents say (services/workshops/documents.py reads them; printing/
# workshops draws them). Dates and times arrive written as the reader's locale writes them.
@dataclass(frozen=True)
class StatementLine:
    day: str
    text: str  # "Wage, pay period 01.11.2026–30.11.2026", "Payout on release"
    account: str  # spendable | held
    amount: int  # tyiyn, positive in, negative out


@dataclass(frozen=True)
class StatementDoc:
    """A prisoner's deposit account over a period; ``final`` on the day of release."""

    facility: str
    prisoner: str  # full name and number
    first_day: str
    last_day: str
    opening_spendable: int
    opening_held: int
    lines: tuple[StatementLine, ...]
    closing_spendable: int
    closing_held: int
    printed_at: str
    final: bool = False


@dataclass(frozen=True)
class DepositCardDoc:
    """The handover of the deposit card at release, which the prisoner signs."""

    facility: str
    prisoner: str
    released_on: str
    spendable: int
    held: int
    card: str  # the bank card's number as the officer typed it (last digits), or ""
    officer: str


@dataclass(frozen=True)
class CertificateDoc:
    """A certificate of completion of a training programme."""

    facility: str
    number: str
    prisoner: str
    programme: str
    workshop: str
    enterprise: str
    first_day: str
    last_day: str
    length_days: int
    issued_on: str
    instructor: str
