"""A headquarters desk: enrolled with a headquarters code, it holds every facility's rows (as
the server sends them to headquarters, without secrets) and changes none of them — the data
layer refuses (``db/capture.py``). It has accounts of its own, with no facility: the first,
an administrator, is made when the desk is set up; the administrator adds headquarters
viewers, who read the registry and the reports of every facility.

Which facilities a reader may see is asked here by every screen that picks a facility: a
facility's staff see their own, a headquarters account every facility on the desk."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, UserAccount, Wing
from prisondesk.domain.roles import Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import Conflict
from prisondesk.services.core.facility import WingInfo


@dataclass(frozen=True)
class FacilityChoice:
    id: str
    code: str
    name: str
    wings: tuple[WingInfo, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


def facilities_seen(db: Database, actor: Actor) -> list[FacilityChoice]:
    """The facilities ``actor`` may read, by name."""
    with db.read() as session:
        return facilities_seen_in(session, actor)


def facilities_seen_in(session: Session, actor: Actor) -> list[FacilityChoice]:
    query = select(Facility).where(~Facility.deleted).order_by(Facility.name)
    if actor.facility_id is not None:
        query = query.where(Facility.id == actor.facility_id)
    facilities = session.scalars(query).all()
    wings: dict[str, list[WingInfo]] = {f.id: [] for f in facilities}
    for wing in session.scalars(
        select(Wing)
        .where(~Wing.deleted, Wing.facility_id.in_(wings))
        .order_by(Wing.position, Wing.name)
    ):
        wings[wing.facility_id].append(WingInfo(wing.id, wing.name))
    return [FacilityChoice(f.id, f.code, f.name, tuple(wings[f.id])) for f in facilities]


def is_headquarters(db: Database) -> bool:
    return db.headquarters


def needs_first_account(db: Database) -> bool:
    """Enrolled as headquarters, but nobody can log in yet (the set-up was cut short)."""
    if not db.headquarters:
        return False
    with db.read() as session:
        return _own_accounts(session) == 0


def set_up_headquarters(
    db: Database,
    *,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    language: str = "ru",
) -> Actor:
    """The headquarters desk's first administrator, once the desk is enrolled."""
    if not db.headquarters:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This workstation is not enrolled as a headquarters desk.")
        )
    with db.write(None) as session:
        if _own_accounts(session):
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This workstation is already set up."))
        new = users.NewUser(
            admin_username,
            admin_full_name,
            Role.ADMIN,
            admin_password,
            must_change=False,
            facility_id=None,
            language=language,
        )
        admin = users.add_user(db, None, new, session=session)
        return Actor(admin.id, admin.username, admin.full_name, Role.ADMIN, None, admin.language)


def _own_accounts(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).where(UserAccount.facility_id.is_(None), ~UserAccount.deleted)
        )
        or 0
    )
