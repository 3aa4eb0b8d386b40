"""Users: login with lockout, password changes, and user administration."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, LoginFailure, UserAccount
from prisondesk.domain.passwords import LOCKOUT, MAX_FAILURES
from prisondesk.domain.roles import HEADQUARTERS_ROLES, Permission, Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    ValidationError,
)
from prisondesk.services.core.passwords import check_password_rules, hash_password, verify_password
from prisondesk.services.core.validate import required_text

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
LANGUAGES = ("ru", "ky", "en")
UNKNOWN_USER = "(unknown)"


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    locked: bool
    must_change_password: bool
    language: str


def actor_of(user: UserAccount) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        facility_id=user.facility_id,
        language=user.language,
        must_change_password=user.must_change_password,
    )


def _failures_since(session: Session, username: str, since: datetime) -> list[datetime]:
    return list(
        session.scalars(
            select(LoginFailure.at)
            .where(
                LoginFailure.username == username, ~LoginFailure.cleared, LoginFailure.at >= since
            )
            .order_by(LoginFailure.at)
        )
    )


def _locked_until(session: Session, username: str, now: datetime) -> datetime | None:
    """Locked while the last five failures all fall within 15 minutes: the lock lifts when the
    oldest of them is 15 minutes old, and the message tells exactly that moment."""
    failures = _failures_since(session, username, now - LOCKOUT)
    if len(failures) >= MAX_FAILURES:
        return failures[-MAX_FAILURES] + LOCKOUT
    return None


def _clear_failures(session: Session, username: str) -> None:
    session.execute(
        update(LoginFailure).where(LoginFailure.username == username).values(cleared=True)
    )


def _raise_locked(until: datetime, now: datetime) -> None:
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    raise AccountLocked(
        QT_TRANSLATE_NOOP(
            "errors",
            "Too many wrong passwords: this account is locked for "
            "{minutes} more minutes. An administrator can unlock it now.",
        ),
        field="password",
        minutes=minutes,
    )


def _check_credentials(db: Database, username: str, password: str) -> UserAccount:
    """The user, if the password is right and the account may log in; failures are counted
    (and audited) in their own transaction so that they survive the refusal."""
    now = utc_now()
    with db.write(None) as session:
        if (until := _locked_until(session, username, now)) is not None:
            _raise_locked(until, now)
        # a facility's desk logs in its facility's staff; a headquarters desk its own accounts
        facility_id = (
            None
            if db.headquarters
            else session.scalar(select(Facility.id).where(~Facility.deleted).limit(1))
        )
        user = session.scalar(
            select(UserAccount).where(
                UserAccount.username == username,
                UserAccount.facility_id.is_not_distinct_from(facility_id),
                ~UserAccount.deleted,
            )
        )
        if user is not None and user.active and verify_password(user.password_hash, password):
            _clear_failures(session, username)
            return user
        session.add(LoginFailure(username=username, at=now))
        # An unknown name may be a password typed in the wrong field: never put it in the
        # replicated audit trail (the local failure count keeps it for the lockout).
        audit.record(
            session,
            db,
            None,
            "login_failed",
            "user_account",
            user.id if user else None,
            username=username if user else UNKNOWN_USER,
            facility_id=facility_id,
        )
        locked_now = _locked_until(session, username, now)
    if locked_now is not None:
        _raise_locked(locked_now, now)
    raise AuthenticationFailed(
        QT_TRANSLATE_NOOP("errors", "Wrong user name or password, or the account is disabled."),
        field="password",
    )


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Log in. Five wrong passwords in 15 minutes lock the account for 15 minutes."""
    username = username.strip().lower()
    user = _check_credentials(db, username, password)
    actor = actor_of(user)
    with db.write(actor.user_id) as session:
        audit.record(session, db, actor, "login", "user_account", actor.user_id)
    return actor


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """Unlock a locked workstation: the same rules and lockout as a login."""
    _check_credentials(db, actor.username, password)


def _get_user(session: Session, user_id: str) -> UserAccount:
    user = session.get(UserAccount, user_id)
    if user is None or user.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This user no longer exists."))
    return user


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> Actor:
    """Change one's own password; a wrong current password counts towards the lockout."""
    try:
        _check_credentials(db, actor.username, old_password)
    except AuthenticationFailed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The current password is wrong."), field="old_password"
        ) from None
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, changing_password=True)
        user = _get_user(session, actor.user_id)
        if old_password == new_password:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one."),
                field="new_password",
            )
        check_password_rules(new_password, user.username, field="new_password")
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        audit.record(session, db, actor, "change_password", "user_account", user.id)
        return actor_of(user)


def set_language(db: Database, actor: Actor, language: str) -> Actor:
    if language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown language."), field="language")
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, changing_password=True)  # allowed before the new password
        user = _get_user(session, actor.user_id)
        before = audit.snapshot(user)
        user.language = language
        audit.record(
            session,
            db,
            actor,
            "update",
            "user_account",
            user.id,
            before={"language": before["language"]},
            after={"language": language},
        )
        return actor_of(user)


def _validate_username(username: str) -> str:
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A user name has 3 to 32 Latin letters, digits, dots, "
                "dashes or underscores, starting with a letter or digit.",
            ),
            field="username",
        )
    return username


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role | str,
    temporary_password: str,
    *,
    facility_id: str | None = None,
) -> UserInfo:
    """Add a user who must change the temporary password at first login. A headquarters
    desk keeps administrators and headquarters viewers only."""
    _check_headquarters_role(db, role)
    new = NewUser(
        username,
        full_name,
        role,
        temporary_password,
        must_change=True,
        facility_id=facility_id or actor.facility_id,
    )
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_USERS)
        return add_user(db, actor, new, session=session)


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: Role | str
    password: str
    must_change: bool
    facility_id: str | None
    language: str = "ru"


def _validated(new: NewUser) -> NewUser:
    username = _validate_username(new.username)
    full_name = required_text(new.full_name, "full_name", 200)
    try:
        role = Role(new.role)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown role."), field="role") from None
    if new.language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown language."), field="language")
    check_password_rules(new.password, username)
    return replace(new, username=username, full_name=full_name, role=role)


def add_user(
    db: Database, actor: Actor | None, new: NewUser, session: Session | None = None
) -> UserInfo:
    """Validate and insert a user; the caller has checked permissions (or is the set-up).
    Runs in ``session`` when given (part of a larger transaction), else in its own."""
    new = _validated(new)
    if session is None:
        with db.write(actor.user_id if actor else None) as own:
            return _insert_user(own, db, actor, new)
    return _insert_user(session, db, actor, new)


def _insert_user(session: Session, db: Database, actor: Actor | None, new: NewUser) -> UserInfo:
    taken = session.scalar(
        select(func.count()).where(
            UserAccount.username == new.username,
            UserAccount.facility_id.is_not_distinct_from(new.facility_id),
        )
    )
    if taken:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "The user name {username} is already taken."),
            field="username",
            username=new.username,
        )
    user = UserAccount(
        username=new.username,
        full_name=new.full_name,
        role=Role(new.role).value,
        password_hash=hash_password(new.password),
        must_change_password=new.must_change,
        active=True,
        language=new.language,
        facility_id=new.facility_id,
        deleted=False,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        db,
        actor or actor_of(user),
        "create",
        "user_account",
        user.id,
        after=audit.snapshot(user),
    )
    return _info(session, user)


def _info(session: Session, user: UserAccount) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        active=user.active,
        locked=_locked_until(session, user.username, utc_now()) is not None,
        must_change_password=user.must_change_password,
        language=user.language,
    )


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    with db.read() as session:
        verify_actor(session, actor, Permission.MANAGE_USERS)
        users = session.scalars(  # a headquarters desk holds every facility's; its own
            select(UserAccount)
            .where(~UserAccount.deleted)
            .where(UserAccount.facility_id.is_not_distinct_from(actor.facility_id))
            .order_by(UserAccount.username)
        )
        return [_info(session, user) for user in users]


def _active_admins(session: Session, facility_id: str | None) -> int:
    """The facility's (or, with None, the headquarters desk's own) active administrators: a
    headquarters desk holds every facility's accounts too."""
    return (
        session.scalar(
            select(func.count()).where(
                UserAccount.role == Role.ADMIN.value,
                UserAccount.active,
                ~UserAccount.deleted,
                UserAccount.facility_id.is_not_distinct_from(facility_id),
            )
        )
        or 0
    )


def _check_headquarters_role(db: Database, role: Role | str) -> None:
    """A headquarters desk keeps administrators and headquarters viewers only: any other
    role would read every facility's files with a facility's rights."""
    if db.headquarters and Role(role) not in HEADQUARTERS_ROLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A headquarters desk has administrators and headquarters viewers only.",
            ),
            field="role",
        )


def update_user(
    db: Database,
    actor: Actor,
    user_id: str,
    *,
    full_name: str | None = None,
    role: Role | str | None = None,
    active: bool | None = None,
) -> UserInfo:
    """Change a user's name, role or whether the account may log in."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_USERS)
        user = _get_user(session, user_id)
        before = audit.snapshot(user)
        if full_name is not None:
            user.full_name = required_text(full_name, "full_name", 200)
        if role is not None:
            try:
                user.role = Role(role).value
            except ValueError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Unknown role."), field="role"
                ) from None
            _check_headquarters_role(db, role)
        if active is not None:
            if not active and user.id == actor.user_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."),
                    field="active",
                )
            user.active = active
        session.flush()
        if _active_admins(session, user.facility_id) == 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "At least one active administrator must remain."),
                field="role",
            )
        old, new = audit.changes(before, audit.snapshot(user))
        audit.record(session, db, actor, "update", "user_account", user.id, before=old, after=new)
        return _info(session, user)


def reset_password(db: Database, actor: Actor, user_id: str, temporary_password: str) -> UserInfo:
    """Set a temporary password (to be changed at next login) and lift any lockout."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_USERS)
        user = _get_user(session, user_id)
        check_password_rules(temporary_password, user.username)
        user.password_hash = hash_password(temporary_password)
        user.must_change_password = True
        _clear_failures(session, user.username)
        audit.record(session, db, actor, "reset_password", "user_account", user.id)
        return _info(session, user)


def unlock_user(db: Database, actor: Actor, user_id: str) -> UserInfo:
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_USERS)
        user = _get_user(session, user_id)
        _clear_failures(session, user.username)
        audit.record(session, db, actor, "unlock", "user_account", user.id)
        return _info(session, user)


def full_names(session: Session, user_ids: Iterable[str | None]) -> dict[str, str]:
    """Users' full names by id, for the lists that say who did what (None ids skipped)."""
    wanted = {u for u in user_ids if u}
    if not wanted:
        return {}
    found = session.execute(
        select(UserAccount.id, UserAccount.full_name).where(UserAccount.id.in_(wanted))
    )
    return dict(found.all())  # type: ignore[arg-type]
