"""Console accounts: created on the command line, signed in with a password (argon2), locked
after repeated failures as desk accounts are (domain/passwords.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from prisondesk.domain.ids import new_id
from prisondesk.domain.passwords import (
    LOCKOUT,
    MAX_FAILURES,
    hash_password,
    password_problem,
    verify_password,
)
from prisondesk.server import admin_audit
from prisondesk.server.database import ServerDatabase
from prisondesk.server.devices import AdminError
from prisondesk.server.models import ConsoleAdmin, ConsoleSession
from prisondesk.server.text import N_

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
UNKNOWN = "(no such account)"  # how a refused name is audited
# verified against when the name is unknown, so that a wrong name takes as long as a wrong
# password and tells nothing about which accounts exist
_NOBODY = hash_password("no such account, no such password")


@dataclass(frozen=True)
class Admin:
    id: str
    name: str


class LoginRefused(Exception):
    """A refused sign-in: a wrong name, a wrong password and a locked account alike (the
    audit says which it was)."""


def add_admin(db: ServerDatabase, name: str, password: str, by: str) -> Admin:
    name = name.strip().lower()
    if not NAME.match(name):
        raise AdminError(
            422,
            "invalid_name",
            N_(
                "A console name has 2 to 64 small Latin letters, digits, dots, dashes or "
                "underscores."
            ),
        )
    problem = password_problem(password, name)
    if problem is not None:
        raise AdminError(422, "weak_password", problem.text, **problem.params)
    with db.write() as session:
        if session.scalar(select(ConsoleAdmin.id).where(ConsoleAdmin.name == name)):
            raise AdminError(
                409, "admin_exists", N_("There is a console account {name} already."), name=name
            )
        admin = ConsoleAdmin(
            id=new_id(),
            name=name,
            password_hash=hash_password(password),
            created_at=datetime.now(UTC),
            failed_logins=0,
        )
        session.add(admin)
        admin_audit.record(session, by, "admin_added", name)
    return Admin(admin.id, admin.name)


def log_in(db: ServerDatabase, name: str, password: str, now: datetime | None = None) -> Admin:
    """The account, or ``LoginRefused``; every attempt is audited, refused ones too.

    The password is checked outside any transaction (argon2 takes a fifth of a second: on
    SQLite a write transaction would hold every push meanwhile), and always — for a name
    that does not exist and for a locked account too — so that the answer's time tells
    nothing. The refusal is the same for all three.
    A name that is no account is audited as such, never as typed (it may be a password)."""
    now = now or datetime.now(UTC)
    name = name.strip().lower()[:64]
    if not NAME.match(name):
        name = ""  # control characters, a password typed in the wrong field: no account
    with db.read() as session:
        found = session.scalar(select(ConsoleAdmin).where(ConsoleAdmin.name == name))
    right = verify_password(found.password_hash if found else _NOBODY, password)
    if found is None:
        with db.write() as session:
            admin_audit.record(session, admin_audit.console_actor(UNKNOWN), "login_failed", UNKNOWN)
        raise LoginRefused()
    actor = admin_audit.console_actor(name)
    with db.write() as session:  # committed whatever the answer: the refusals are the audit
        admin = session.scalar(
            select(ConsoleAdmin).where(ConsoleAdmin.id == found.id).with_for_update()
        )
        locked = admin.locked_until is not None and admin.locked_until > now
        if right and not locked:
            admin.failed_logins, admin.locked_until = 0, None
            admin_audit.record(session, actor, "login", name)
            return Admin(admin.id, admin.name)
        if not locked:
            if admin.last_failed_at is None or now - admin.last_failed_at > LOCKOUT:
                admin.failed_logins = 0  # failures long ago are forgiven, as on desks
            admin.failed_logins += 1
            admin.last_failed_at = now
            if admin.failed_logins >= MAX_FAILURES:
                admin.locked_until, admin.failed_logins = now + LOCKOUT, 0
                admin_audit.record(session, actor, "locked", name)
                locked = True
        admin_audit.record(session, actor, "login_failed", name, "locked" if locked else "")
    raise LoginRefused()


def unlock(db: ServerDatabase, name: str, by: str) -> None:
    """An account locked by wrong passwords (someone else's, perhaps) opens again."""
    with db.write() as session:
        admin = _named(session, name)
        admin.locked_until, admin.failed_logins = None, 0
        admin_audit.record(session, by, "admin_unlocked", admin.name)


def set_password(db: ServerDatabase, name: str, password: str, by: str) -> None:
    """A new password; the account's sessions end."""
    with db.write() as session:
        admin = _named(session, name)
        problem = password_problem(password, admin.name)
        if problem is not None:
            raise AdminError(422, "weak_password", problem.text, **problem.params)
        admin.password_hash = hash_password(password)
        admin.locked_until, admin.failed_logins = None, 0
        session.execute(delete(ConsoleSession).where(ConsoleSession.admin_id == admin.id))
        admin_audit.record(session, by, "admin_password", admin.name)


def remove(db: ServerDatabase, name: str, by: str) -> None:
    """The account goes, and its sessions end at once."""
    with db.write() as session:
        admin = _named(session, name)
        session.execute(delete(ConsoleSession).where(ConsoleSession.admin_id == admin.id))
        session.delete(admin)
        admin_audit.record(session, by, "admin_removed", admin.name)


def _named(session, name: str) -> ConsoleAdmin:
    admin = session.scalar(
        select(ConsoleAdmin).where(ConsoleAdmin.name == name.strip().lower()).with_for_update()
    )
    if admin is None:
        raise AdminError(
            404, "unknown_admin", N_("There is no console account {name}."), name=name.strip()
        )
    return admin


def admins(db: ServerDatabase) -> list[ConsoleAdmin]:
    with db.read() as session:
        return list(session.scalars(select(ConsoleAdmin).order_by(ConsoleAdmin.name)))
