"""What a step on a waiting list must pass, and the refusal it meets: the prisoner is held
here (at court for the day still is), the workshop and programme are this facility's, the
entry may make the move (``WAITING_MOVES``), a prisoner has at most one open entry per
workshop and no second place in it. Each refusal says why and writes nothing."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prisondesk.db.models import Allocation, Prisoner, Programme, WaitingEntry, Workshop
from prisondesk.domain.names import name_of
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.workshops import WAITING_LABELS, WAITING_MOVES, WORKSHOPS, WaitingStatus
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.validate import optional_text, required_text
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.workshops.programmes import programme_here
from prisondesk.services.workshops.workshops import workshop_here

SOURCES = ("staff", "assessment")  # put on the list by staff, or proposed by a plan
OPEN = (WaitingStatus.PENDING.value, WaitingStatus.APPROVED.value)
HELD_HERE = ("in_custody", "at_court")  # at court for the day is still held here


class WaitingRefused(Refused):
    """The entry cannot take this step where it stands; ``reason`` is a stable code:
    ``already_waiting``, ``already_placed``, ``not_now``, ``full``, ``not_held``."""


def verify_move(entry: WaitingEntry, target: WaitingStatus) -> None:
    """The entry may move to ``target`` from where it stands (``WAITING_MOVES``)."""
    status = WaitingStatus(entry.status)
    if target not in WAITING_MOVES[status]:
        raise WaitingRefused(
            "not_now",
            QT_TRANSLATE_NOOP("errors", "This entry is {status}: it cannot be made {target} now."),
            status=Label(WORKSHOPS, WAITING_LABELS[status]),
            target=Label(WORKSHOPS, WAITING_LABELS[target]),
        )


def prisoner_held_here(session: Session, actor: Actor, prisoner_id: str) -> Prisoner:
    """A prisoner of this facility held here: a place is only for those who are."""
    try:
        prisoner = get_prisoner(session, prisoner_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="prisoner") from None
    if prisoner.facility_id != actor.facility_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No such prisoner here."), field="prisoner"
        )
    if prisoner.status not in HELD_HERE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is not held here: a workshop place is only for those who are."
            ),
            field="prisoner",
            name=name_of(prisoner),
        )
    return prisoner


def workshop_chosen(session: Session, actor: Actor, workshop_id: str) -> Workshop:
    """The workshop of the form, its absence reported beside the field."""
    try:
        return workshop_here(session, actor, workshop_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="workshop") from None


def programme_chosen(
    session: Session, actor: Actor, workshop: Workshop | None, programme_id: str | None
) -> Programme | None:
    """One of the workshop's programmes, or none (a place at work)."""
    if not programme_id or workshop is None:
        return None
    try:
        programme = programme_here(session, actor, programme_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="programme") from None
    if programme.workshop_id != workshop.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose one of this workshop's programmes."),
            field="programme",
        )
    return programme


def checked_source(value: str) -> str:
    if value not in SOURCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who proposes the place: staff or the assessment."),
            field="source",
        )
    return value


def checked_start(day: date) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the day the place starts."), field="starts_on"
        )
    return day


def checked_band(value: str) -> str:
    band = required_text(value, "pay_band", 16)
    return band.upper()


def why_declined(value: str) -> str:
    """The reason a place is declined: one is needed."""
    reason = checked_reason(value)
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the place is declined."), field="reason"
        )
    return reason


def checked_reason(value: str) -> str:
    """A reason or note given with a step (it may be empty)."""
    return optional_text(value, "reason", 2000)


def verify_not_waiting(session: Session, prisoner: Prisoner, workshop: Workshop) -> None:
    """No open entry of the prisoner on this workshop's list already."""
    open_one = session.scalar(
        select(WaitingEntry.id).where(
            WaitingEntry.prisoner_id == prisoner.id,
            WaitingEntry.workshop_id == workshop.id,
            WaitingEntry.status.in_(OPEN),
            ~WaitingEntry.deleted,
        )
    )
    if open_one is not None:
        raise WaitingRefused(
            "already_waiting",
            QT_TRANSLATE_NOOP(
                "errors", "{name} is already on the list of {workshop}: decide that entry."
            ),
            field="prisoner",
            name=name_of(prisoner),
            workshop=workshop.name,
        )


def verify_no_place(session: Session, prisoner: Prisoner, workshop: Workshop, day: date) -> None:
    """No place in the workshop that is held on ``day`` or begins after it."""
    held = session.scalar(
        select(Allocation.id).where(
            Allocation.prisoner_id == prisoner.id,
            Allocation.workshop_id == workshop.id,
            or_(Allocation.ends_on.is_(None), Allocation.ends_on >= day),
            ~Allocation.deleted,
        )
    )
    if held is not None:
        raise WaitingRefused(
            "already_placed",
            QT_TRANSLATE_NOOP("errors", "{name} already has a place in {workshop}."),
            field="prisoner",
            name=name_of(prisoner),
            workshop=workshop.name,
        )
