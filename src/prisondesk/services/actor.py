"""Who is calling a service, and the permission check every service makes first."""

from __future__ import annotations

from dataclasses import dataclass

from prisondesk.domain.roles import ROLE_LABELS, Permission, Role, has_permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.errors import PermissionDenied


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
            role=ROLE_LABELS[actor.role],
        )
