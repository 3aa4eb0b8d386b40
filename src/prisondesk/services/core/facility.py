"""The facility this workstation serves: first-run set-up, its description, and its "today"
(every module judges dates by the facility's calendar, not by the desk's clock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, Wing
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.ids import new_id
from prisondesk.domain.numbers import FACILITY_CODE
from prisondesk.domain.roles import Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit, users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import Conflict, ValidationError
from prisondesk.services.core.validate import required_text

MAX_WINGS = 100


@dataclass(frozen=True)
class WingInfo:
    id: str
    name: str


@dataclass(frozen=True)
class FacilityInfo:
    id: str
    code: str
    name: str
    wings: tuple[WingInfo, ...]
    time_zone: str = "Asia/Bishkek"


def current_facility(db: Database) -> FacilityInfo | None:
    """The facility of this workstation, or None before the first-run set-up and on a
    headquarters desk (which serves no facility of its own: ``headquarters.py``)."""
    if db.headquarters:
        return None
    with db.read() as session:
        facility = session.scalar(select(Facility).where(~Facility.deleted).limit(1))
        if facility is None:
            return None
        wings = session.scalars(
            select(Wing)
            .where(Wing.facility_id == facility.id, ~Wing.deleted)
            .order_by(Wing.position, Wing.name)
        )
        return FacilityInfo(
            facility.id,
            facility.code,
            facility.name,
            tuple(WingInfo(w.id, w.name) for w in wings),
            facility.time_zone,
        )


def facility_zone(session: Session, facility_id: str | None) -> ZoneInfo:
    """The facility's time zone: its days and clock times are those of this zone."""
    facility = session.get(Facility, facility_id) if facility_id else None
    return zone(facility.time_zone if facility else None)


def facility_today(session: Session, facility_id: str | None) -> date:
    """Today at the facility (a birth date "in the future" is judged by its calendar)."""
    return local_today(facility_zone(session, facility_id))


def _validate_wings(names: list[str]) -> list[str]:
    wings = [required_text(name, "wings", 100) for name in names if name.strip()]
    if not wings:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter at least one wing."), field="wings"
        )
    if len(wings) > MAX_WINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At most {n} wings."), field="wings", n=MAX_WINGS
        )
    folded = [w.casefold() for w in wings]
    if len(set(folded)) != len(folded):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Each wing name must be different."), field="wings"
        )
    return wings


def set_up_facility(
    db: Database,
    *,
    code: str,
    name: str,
    wings: list[str],
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    language: str = "ru",
) -> Actor:
    """First run: the facility, its wings and the first administrator, in one transaction."""
    code = code.strip().upper()
    if not FACILITY_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A facility code has 2 to 16 Latin capitals, digits or dashes, e.g. BSH-1.",
            ),
            field="code",
        )
    name = required_text(name, "name", 200)
    wing_names = _validate_wings(wings)
    facility_id = new_id()
    with db.write(None) as session:
        if session.scalar(select(Facility.id).limit(1)) is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This workstation is already set up."))
        facility = Facility(
            id=facility_id, facility_id=facility_id, code=code, name=name, deleted=False
        )
        session.add(facility)
        new_admin = users.NewUser(
            admin_username,
            admin_full_name,
            Role.ADMIN,
            admin_password,
            must_change=False,
            facility_id=facility_id,
            language=language,
        )
        admin = users.add_user(db, None, new_admin, session=session)
        actor = Actor(
            admin.id,
            admin.username,
            admin.full_name,
            Role.ADMIN,
            facility_id,
            language=admin.language,
        )
        for position, wing_name in enumerate(wing_names):
            session.add(
                Wing(facility_id=facility_id, name=wing_name, position=position, deleted=False)
            )
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "facility",
            facility_id,
            after={**audit.snapshot(facility), "wings": wing_names},
        )
        return actor
