"""The modules of the navigation, who sees each, where each role starts, and what a page
will hold until its module is built."""

from __future__ import annotations

from dataclasses import dataclass

from prisondesk.domain.roles import Permission, Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP

MODULES_CONTEXT = "modules"


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    description: str
    needs: tuple[Permission, ...] = ()  # any one of these; () while the module is not built

    def shown_to(self, can) -> bool:
        """``can(permission)``: a built module is shown only to those who may use it."""
        return not self.needs or any(can(p) for p in self.needs)


MODULES: tuple[Module, ...] = (
    Module(
        "intake",
        QT_TRANSLATE_NOOP("modules", "Intake"),
        "",
        needs=(Permission.VIEW_PRISONERS,),
    ),
    Module(
        "visits",
        QT_TRANSLATE_NOOP("modules", "Visits"),
        "",
        needs=(Permission.GATE_VISITS, Permission.MANAGE_VISITS),
    ),
    Module(
        "parcels",
        QT_TRANSLATE_NOOP("modules", "Parcels"),
        "",
        needs=(Permission.GATE_PARCELS,),
    ),
    Module(
        "workshops",
        QT_TRANSLATE_NOOP("modules", "Workshops"),
        "",
        needs=(Permission.RECORD_ATTENDANCE, Permission.MANAGE_WORKSHOPS),
    ),
    Module(
        "assessments",
        QT_TRANSLATE_NOOP("modules", "Assessments"),
        "",
        needs=(Permission.EDIT_ASSESSMENTS, Permission.VIEW_ASSESSMENTS),
    ),
    Module(
        "reports",
        QT_TRANSLATE_NOOP("modules", "Reports"),
        "",
        needs=(Permission.VIEW_REPORTS,),
    ),
    Module(
        "admin",
        QT_TRANSLATE_NOOP("modules", "Administration"),
        "",
        needs=(Permission.MANAGE_USERS,),
    ),
)

# where a role lands after login: its daily work (the others start at the first module)
HOME: dict[Role, str] = {
    Role.GATE_OFFICER: "visits",
    Role.INSTRUCTOR: "workshops",
    Role.SOCIAL_WORKER: "assessments",
    Role.PSYCHOLOGIST: "assessments",
}
