"""Risk and needs assessment: the words of the module and its rules (DOMAIN.md, Risk and needs
assessment; Mandela Rules 89, 93, 94; UNODC Handbook on the Classification of Prisoners,
2020). The instruments themselves are data (``domain/instruments``).

- An assessment moves draft → awaiting approval → approved, or is sent back with a reason
  and submitted again; ``MOVES`` says which step goes where, and nothing else is allowed.
  An approved assessment never changes: a reassessment is a new one.
- The assessor cannot approve their own assessment; a supervisor may set another level than
  the instrument's only with a written reason (an override).
- The next review date is mandatory and not in the past; changing it needs a reason.
- The approved level gives the classification: a security level and the conditions of
  detention suggested (the court sets the regime; the facility sets the conditions within it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from prisondesk.domain.instruments.model import ASSESSMENTS  # noqa: F401 (the context)
from prisondesk.domain.text import QT_TRANSLATE_NOOP


class Status(StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    SENT_BACK = "sent_back"


STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("assessments", "Draft"),
    Status.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("assessments", "Awaiting approval"),
    Status.APPROVED: QT_TRANSLATE_NOOP("assessments", "Approved"),
    Status.SENT_BACK: QT_TRANSLATE_NOOP("assessments", "Sent back"),
}


class Step(StrEnum):
    """A step in an assessment's life, recorded with who took it and when."""

    STARTED = "started"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SENT_BACK = "sent_back"
    REVIEW_DATE_CHANGED = "review_date_changed"


# the status a step needs, and the status it leaves
MOVES: dict[Step, tuple[frozenset[Status], Status]] = {
    Step.SUBMITTED: (frozenset({Status.DRAFT, Status.SENT_BACK}), Status.AWAITING_APPROVAL),
    Step.APPROVED: (frozenset({Status.AWAITING_APPROVAL}), Status.APPROVED),
    Step.SENT_BACK: (frozenset({Status.AWAITING_APPROVAL}), Status.SENT_BACK),
}
EDITABLE = frozenset({Status.DRAFT, Status.SENT_BACK})  # the answers may change

STEP_LABELS = {
    Step.STARTED: QT_TRANSLATE_NOOP("assessments", "Started"),
    Step.SUBMITTED: QT_TRANSLATE_NOOP("assessments", "Submitted for approval"),
    Step.APPROVED: QT_TRANSLATE_NOOP("assessments", "Approved"),
    Step.SENT_BACK: QT_TRANSLATE_NOOP("assessments", "Sent back"),
    Step.REVIEW_DATE_CHANGED: QT_TRANSLATE_NOOP("assessments", "Review date changed"),
}


class ReviewReason(StrEnum):
    """Why an assessment is made: the first one after admission, or a review."""

    INITIAL = "initial"
    DUE = "due"
    INCIDENT = "incident"
    RISK_CHANGE = "risk_change"
    TRANSFER = "transfer"
    MANUAL = "manual"


REASON_LABELS = {
    ReviewReason.INITIAL: QT_TRANSLATE_NOOP("assessments", "First assessment"),
    ReviewReason.DUE: QT_TRANSLATE_NOOP("assessments", "Review due"),
    ReviewReason.INCIDENT: QT_TRANSLATE_NOOP("assessments", "After an incident"),
    ReviewReason.RISK_CHANGE: QT_TRANSLATE_NOOP("assessments", "Change in risk"),
    ReviewReason.TRANSFER: QT_TRANSLATE_NOOP("assessments", "After a transfer"),
    ReviewReason.MANUAL: QT_TRANSLATE_NOOP("assessments", "Other reason"),
}


class SecurityLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


SECURITY_LABELS = {
    SecurityLevel.LOW: QT_TRANSLATE_NOOP("assessments", "Low security"),
    SecurityLevel.MEDIUM: QT_TRANSLATE_NOOP("assessments", "Medium security"),
    SecurityLevel.HIGH: QT_TRANSLATE_NOOP("assessments", "High security"),
}


class Conditions(StrEnum):
    """Conditions of detention within the regime the court set."""

    LIGHTENED = "lightened"
    ORDINARY = "ordinary"
    STRICT = "strict"


CONDITIONS_LABELS = {
    Conditions.LIGHTENED: QT_TRANSLATE_NOOP("assessments", "Lightened conditions"),
    Conditions.ORDINARY: QT_TRANSLATE_NOOP("assessments", "Ordinary conditions"),
    Conditions.STRICT: QT_TRANSLATE_NOOP("assessments", "Strict conditions"),
}

# an instrument's levels, lowest first, map onto the security levels by their place: the
# lowest is low security, the highest high, any between medium (an instrument of two levels
# has no medium)
_SECURITY_CONDITIONS = {
    SecurityLevel.LOW: Conditions.LIGHTENED,
    SecurityLevel.MEDIUM: Conditions.ORDINARY,
    SecurityLevel.HIGH: Conditions.STRICT,
}


def security_level(rank: int, levels: int) -> SecurityLevel:
    """The security level of the level at ``rank`` (0 lowest) of an instrument's ``levels``."""
    if rank <= 0:
        return SecurityLevel.LOW
    return SecurityLevel.HIGH if rank >= levels - 1 else SecurityLevel.MEDIUM


def conditions_for(level: SecurityLevel) -> Conditions:
    """The conditions of detention suggested for a security level (a supervisor decides)."""
    return _SECURITY_CONDITIONS[level]


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


ACTION_STATUS_LABELS = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("assessments", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("assessments", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("assessments", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("assessments", "Cancelled"),
}
OPEN_ACTIONS = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS})


class NoteKind(StrEnum):
    """Case notes (dynamic security): what staff saw or did with the prisoner."""

    POSITIVE = "positive"
    CONCERN = "concern"
    INCIDENT = "incident"
    FAMILY = "family"
    HEALTH_REFERRAL = "health_referral"


NOTE_KIND_LABELS = {
    NoteKind.POSITIVE: QT_TRANSLATE_NOOP("assessments", "Positive"),
    NoteKind.CONCERN: QT_TRANSLATE_NOOP("assessments", "Concern"),
    NoteKind.INCIDENT: QT_TRANSLATE_NOOP("assessments", "Incident"),
    NoteKind.FAMILY: QT_TRANSLATE_NOOP("assessments", "Family"),
    NoteKind.HEALTH_REFERRAL: QT_TRANSLATE_NOOP("assessments", "Health referral"),
}


class Visibility(StrEnum):
    FILE = "file"  # everyone who may read the prisoner's file
    RESTRICTED = "restricted"  # social workers, psychologists and supervisors only


VISIBILITY_LABELS = {
    Visibility.FILE: QT_TRANSLATE_NOOP("assessments", "Everyone who reads the file"),
    Visibility.RESTRICTED: QT_TRANSLATE_NOOP(
        "assessments", "Social workers, psychologists and supervisors only"
    ),
}

# how long after admission a prisoner should have their first assessment (a facility setting)
EXAMPLE_FIRST_ASSESSMENT_DAYS = 14
DUE_SOON_DAYS = 14  # a review within this many days is "due soon"
DEFAULT_REVIEW_MONTHS = 6  # the review date a new assessment proposes


# --- the printed plan the prisoner keeps (services/assessments/documents.py fills it;
# printing/assessments draws it). Days arrive written as the reader's language writes them.
@dataclass(frozen=True)
class PlanLine:
    """One action of the plan as the prisoner's paper shows it."""

    kind: str  # a PlanAction: the paper says it in plain words
    description: str  # what staff wrote of it, as written ("" for none)
    owner: str  # who helps: a full name
    target_on: str  # by when
    status: str  # an ActionStatus; cancelled actions are not printed


@dataclass(frozen=True)
class PlanDoc:
    """The individual rehabilitation plan the prisoner keeps: what will be done, who helps
    and by when, the next review and the names under the signatures. Nothing of the
    assessment it came from: no risk level, no scores, no answers."""

    facility: str
    prisoner: str  # full name
    number: str  # the prisoner's number, "" when none
    printed_on: str
    actions: tuple[PlanLine, ...]  # open ones first, by target date, then those done
    next_review_on: str  # "" when no day is set
    staff: str  # who talks the plan through with the prisoner and signs: a full name
    staff_role: str  # their Role, named under their signature
