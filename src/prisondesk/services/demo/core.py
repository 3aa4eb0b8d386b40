"""The demo facility with its wings, and a user of every role (the user name is the role's
name; every demo user has the password :data:`DEMO_PASSWORD`, documented in the README)."""

from __future__ import annotations

import random

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import UserAccount
from prisondesk.domain.roles import Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import facility, users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import Conflict
from prisondesk.services.core.facility import FacilityInfo
from prisondesk.services.demo.people import person

DEMO_PASSWORD = "demo-pass-1"
DEMO_FACILITY = ("DEMO-47", "Исправительная колония №47 (демо)")
DEMO_WINGS = ["Блок 1", "Блок 2", "Блок 3", "Карантин"]


def fill_staff(db: Database, rng: random.Random) -> tuple[FacilityInfo, Actor, list[str]]:
    """The facility (set up on an empty database) and the users it lacks: returns the
    facility, its administrator and the user names created."""
    info = facility.current_facility(db)
    if info is None:
        facility.set_up_facility(
            db,
            code=DEMO_FACILITY[0],
            name=DEMO_FACILITY[1],
            wings=DEMO_WINGS,
            admin_username="admin",
            admin_full_name="Осмонов Талант (администратор)",
            admin_password=DEMO_PASSWORD,
        )
        info = facility.current_facility(db)
        assert info is not None
    elif info.code != DEMO_FACILITY[0]:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Demo data goes only into an empty database or the demo facility, never into "
                "{code}.",
            ),
            code=info.code,
        )
    with db.read() as session:
        admin_user = session.scalar(
            select(UserAccount).where(UserAccount.role == Role.ADMIN.value).limit(1)
        )
        assert admin_user is not None
        admin = users.actor_of(admin_user)
        existing = set(session.scalars(select(UserAccount.username)))
    created = []
    for role in Role:
        if role.value not in existing:
            add_staff(db, admin, role.value, role, rng)
            created.append(role.value)
    return info, admin, created


def add_staff(db: Database, admin: Actor, username: str, role: Role, rng: random.Random) -> Actor:
    """A demo user with a name of the region and the demo's password, acting."""
    surname, given, patronymic, _ = person(rng)
    new = users.NewUser(
        username,
        f"{surname} {given} {patronymic}",
        role,
        DEMO_PASSWORD,
        must_change=False,
        facility_id=admin.facility_id,
    )
    users.add_user(db, admin, new)
    found = actor_named(db, username)
    assert found is not None
    return found


def staff_member(
    db: Database, admin: Actor, role: Role, rng: random.Random, username: str = ""
) -> Actor:
    """The demo user named ``username`` (the role's name unless said), added if missing."""
    name = username or role.value
    return actor_named(db, name) or add_staff(db, admin, name, role, rng)


def actor_with_role(db: Database, role: Role) -> Actor:
    """The first demo user of this role by user name (``supervisor`` before
    ``supervisor2``), acting."""
    with db.read() as session:
        user = session.scalar(
            select(UserAccount)
            .where(UserAccount.role == role.value)
            .order_by(UserAccount.username)
            .limit(1)
        )
    return users.actor_of(user)


def actor_named(db: Database, username: str) -> Actor | None:
    with db.read() as session:
        user = session.scalar(select(UserAccount).where(UserAccount.username == username))
    return users.actor_of(user) if user is not None else None
