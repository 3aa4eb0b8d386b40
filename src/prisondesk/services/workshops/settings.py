"""The facility's pay setting: the share of each wage held until release (Rule 103), one
facility setting (one record: desks that edit it apart merge by its clock), read as the
labelled example until the facility sets its own. Each pay period stores the share in force
when it was computed, so changing it never changes a period already run."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import FacilitySetting
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import EXAMPLE_HELD_PERCENT
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import ValidationError

HELD_PERCENT_KEY = "workshop_held_percent"


@dataclass(frozen=True)
class PaySettings:
    held_percent: int  # of each wage, held until release; the rest is spendable
    example: bool  # still the shipped example, not the facility's own


def pay_settings_in(session: Session, facility_id: str | None) -> PaySettings:
    stored = session.scalar(
        select(FacilitySetting.value).where(
            FacilitySetting.facility_id == facility_id,
            FacilitySetting.key == HELD_PERCENT_KEY,
            ~FacilitySetting.deleted,
        )
    )
    if _is_percent(stored):
        assert isinstance(stored, int)
        return PaySettings(stored, example=False)
    return PaySettings(EXAMPLE_HELD_PERCENT, example=True)


def pay_settings(db: Database, actor: Actor) -> PaySettings:
    """The share held until release, as the pay screens and the settings tab show it."""
    with db.read() as session:
        verify_any(
            session,
            actor,
            Permission.MANAGE_WORKSHOPS,
            Permission.APPROVE,
            Permission.CONFIGURE_FACILITY,
        )
        return pay_settings_in(session, actor.facility_id)


def save_pay_settings(db: Database, actor: Actor, held_percent: int) -> PaySettings:
    """The facility's own share held until release, 0 to 100 per cent (its administrators,
    as the other settings)."""
    if not _is_percent(held_percent):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The part held until release is a whole percentage from 0 to 100."
            ),
            field="held_percent",
        )
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
        before = pay_settings_in(session, actor.facility_id)
        row = session.scalar(
            select(FacilitySetting).where(
                FacilitySetting.facility_id == actor.facility_id,
                FacilitySetting.key == HELD_PERCENT_KEY,
            )
        )
        if row is None:
            session.add(
                FacilitySetting(
                    facility_id=actor.facility_id, key=HELD_PERCENT_KEY, value=held_percent
                )
            )
        else:
            row.value, row.deleted = held_percent, False
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "update",
            "workshop_pay_settings",
            None,
            before={HELD_PERCENT_KEY: before.held_percent},
            after={HELD_PERCENT_KEY: held_percent},
        )
        return pay_settings_in(session, actor.facility_id)


def _is_percent(value: object) -> bool:
    return type(value) is int and 0 <= value <= 100
