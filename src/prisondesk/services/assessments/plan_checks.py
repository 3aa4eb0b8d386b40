"""The checks of a plan's forms: an action's kind and status, its target date, its owner,
and the date of a next review (of the plan, or of an assessment). Each failure names its
field."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from prisondesk.db.models import UserAccount
from prisondesk.domain.assessments import ActionStatus
from prisondesk.domain.instruments import PlanAction as ActionKind
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import ValidationError


def checked_kind(value: str) -> str:
    try:
        return ActionKind(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose what kind of action it is."), field="kind"
        ) from None


def checked_status(value: str) -> str:
    try:
        return ActionStatus(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose one from the list."), field="status"
        ) from None


def checked_target(today: date, value: date | None) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Set the target date."), field="target_on"
        )
    if value < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The target date cannot be in the past."),
            field="target_on",
        )
    return value


def checked_review(today: date, value: date | None) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Set the date of the next review."),
            field="next_review_on",
        )
    if value < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The next review cannot be in the past."),
            field="next_review_on",
        )
    return value


def checked_owner(session: Session, actor: Actor, user_id: str) -> str:
    user = session.get(UserAccount, user_id)
    if user is None or user.deleted or not user.active or user.facility_id != actor.facility_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The owner is a user of this facility: choose from the list."
            ),
            field="owner_id",
        )
    return user.id
