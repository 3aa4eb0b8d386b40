"""Console accounts: created on the command line, signed in with a password (argon2), locked
after repeated failures as desk accounts are (domain/passwords.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

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
from prisondesk.server.models import ConsoleAdmin
from prisondesk.server.text import N_

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
# verified against when the name is unknown, so that a wrong name takes as long as a wrong
# password and tells nothing about which accounts exist
_NOBODY = hash_password("no such account, no such password")


@dataclass(frozen=True)
class Admin:
    id: str
    name: str


class LoginRefused(Exception):
    """``reason``: ``wrong`` (name or password) or ``locked`` (``until`` is set)."""

    def __init__(self, reason: str, until: datetime | None = None) -> None:
        super().__init__(reason)
        self.reason, self.until = reason, until


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
    """The account, or ``LoginRefused``; every attempt is audited, refused ones too."""
    now = now or datetime.now(UTC)
    name = name.strip().lower()[:64]
    actor = admin_audit.console_actor(name)
    refusal: LoginRefused | None = None
    with db.write() as session:  # committed whatever the answer: the refusals are the audit
        admin = session.scalar(
            select(ConsoleAdmin).where(ConsoleAdmin.name == name).with_for_update()
        )
        if admin is None:
            verify_password(_NOBODY, password)
            refusal = LoginRefused("wrong")
        elif admin.locked_until is not None and admin.locked_until > now:
            refusal = LoginRefused("locked", admin.locked_until)
        elif not verify_password(admin.password_hash, password):
            if admin.last_failed_at is None or now - admin.last_failed_at > LOCKOUT:
                admin.failed_logins = 0  # failures long ago are forgiven, as on desks
            admin.failed_logins += 1
            admin.last_failed_at = now
            refusal = LoginRefused("wrong")
            if admin.failed_logins >= MAX_FAILURES:
                admin.locked_until, admin.failed_logins = now + LOCKOUT, 0
                admin_audit.record(session, actor, "locked", name)
                refusal = LoginRefused("locked", admin.locked_until)
        if refusal is not None:
            admin_audit.record(session, actor, "login_failed", name, refusal.reason)
        else:
            admin.failed_logins, admin.locked_until = 0, None
            admin_audit.record(session, actor, "login", name)
            signed_in = Admin(admin.id, admin.name)
    if refusal is not None:
        raise refusal
    return signed_in


def admins(db: ServerDatabase) -> list[ConsoleAdmin]:
    with db.read() as session:
        return list(session.scalars(select(ConsoleAdmin).order_by(ConsoleAdmin.name)))
