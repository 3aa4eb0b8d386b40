"""The facility's assessment settings: how many days after admission a prisoner should have
their first assessment (the due lists show who is still without one), and the wing suggested
for each security level (the classification's suggestion; a supervisor decides). One
facility setting record (desks that edit it apart merge by its clock), read as the labelled
example until the facility sets its own."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import FacilitySetting, Wing
from prisondesk.domain.assessments import EXAMPLE_FIRST_ASSESSMENT_DAYS, SecurityLevel
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.validate import Checks

KEY = "assessment_settings"
MAX_DAYS = 365


@dataclass(frozen=True)
class AssessmentSettings:
    first_within_days: int  # a first assessment is due this many days after admission
    wings: dict[str, str]  # security level -> the wing suggested (its id); none: no suggestion
    example: bool  # still the shipped example, not the facility's own


def settings_in(session: Session, facility_id: str | None) -> AssessmentSettings:
    stored = session.scalar(
        select(FacilitySetting.value).where(
            FacilitySetting.facility_id == facility_id,
            FacilitySetting.key == KEY,
            ~FacilitySetting.deleted,
        )
    )
    if not isinstance(stored, dict) or not _is_days(stored.get("first_within_days")):
        return AssessmentSettings(EXAMPLE_FIRST_ASSESSMENT_DAYS, {}, example=True)
    wings = stored.get("wings") if isinstance(stored.get("wings"), dict) else {}
    known = {level.value for level in SecurityLevel}
    return AssessmentSettings(
        stored["first_within_days"],
        {k: v for k, v in wings.items() if k in known and isinstance(v, str)},
        example=False,
    )


def assessment_settings(db: Database, actor: Actor) -> AssessmentSettings:
    with db.read() as session:
        verify_any(
            session,
            actor,
            Permission.EDIT_ASSESSMENTS,
            Permission.VIEW_ASSESSMENTS,
            Permission.APPROVE,
            Permission.CONFIGURE_FACILITY,
        )
        return settings_in(session, actor.facility_id)


def save_settings(
    db: Database, actor: Actor, first_within_days: int, wings: dict[str, str]
) -> AssessmentSettings:
    """The facility's own settings (its administrators, as the other settings)."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
        check = Checks()
        check(_days, first_within_days)
        chosen = check(_wings, session, actor, wings)
        check.done()
        assert chosen is not None
        before = settings_in(session, actor.facility_id)
        value = {"first_within_days": first_within_days, "wings": chosen}
        row = session.scalar(
            select(FacilitySetting).where(
                FacilitySetting.facility_id == actor.facility_id, FacilitySetting.key == KEY
            )
        )
        if row is None:
            session.add(FacilitySetting(facility_id=actor.facility_id, key=KEY, value=value))
        else:
            row.value, row.deleted = value, False
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "update",
            "assessment_settings",
            None,
            before={"first_within_days": before.first_within_days, "wings": before.wings},
            after=value,
        )
        return settings_in(session, actor.facility_id)


def _is_days(value: object) -> bool:
    return type(value) is int and 1 <= value <= MAX_DAYS


def _days(value: object) -> int:
    if not _is_days(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A first assessment is due within 1 to {n} days of admission."
            ),
            field="first_within_days",
            n=MAX_DAYS,
        )
    return value  # type: ignore[return-value]


def _wings(session: Session, actor: Actor, wings: dict[str, str]) -> dict[str, str]:
    known = {level.value for level in SecurityLevel}
    ours = set(
        session.scalars(select(Wing.id).where(Wing.facility_id == actor.facility_id, ~Wing.deleted))
    )
    chosen = {level: wing for level, wing in wings.items() if wing}
    if not set(chosen) <= known or not set(chosen.values()) <= ours:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a wing of this facility for each level."),
            field="wings",
        )
    return chosen
