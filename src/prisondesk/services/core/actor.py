"""Who is calling a service, and the permission check every service makes first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from prisondesk.db.models import UserAccount
from prisondesk.domain.roles import ROLE_LABELS, ROLES, Permission, Role, has_permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.core.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    full_name: str
    role: Role
    facility_id: str | None
    language: str = "ru"
    must_change_password: bool = False

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this action."),
            role=Label(ROLES, ROLE_LABELS[actor.role]),
        )


def verify_actor(
    session: Session,
    actor: Actor,
    permission: Permission | None = None,
    *,
    changing_password: bool = False,
) -> None:
    """Check the caller against the stored account inside the transaction: a user disabled,
    removed or demoted since logging in (here or on another desk) is refused at once."""
    user = session.get(UserAccount, actor.user_id)
    if user is None or user.deleted or not user.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Your account was disabled or removed. Log in again.")
        )
    if user.must_change_password and not changing_password:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Change your temporary password first."))
    if permission is not None and not has_permission(Role(user.role), permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this action."),
            role=Label(ROLES, ROLE_LABELS[Role(user.role)]),
        )


def verify_any(session: Session, actor: Actor, *permissions: Permission) -> None:
    """As ``verify_actor``, for a service open to any of ``permissions`` (a list the gate reads
    and the administrator edits)."""
    held = next((p for p in permissions if actor.can(p)), permissions[0])
    verify_actor(session, actor, held)  # checked against the stored account, not the claim
