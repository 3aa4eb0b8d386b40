"""The modules of the navigation, and what each page will hold until it is built."""

from __future__ import annotations

from dataclasses import dataclass

from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP

MODULES_CONTEXT = "modules"


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    description: str
    needs: Permission | None = None


MODULES: tuple[Module, ...] = (
    Module(
        "intake",
        QT_TRANSLATE_NOOP("modules", "Intake"),
        "",
        needs=Permission.VIEW_PRISONERS,
    ),
    Module(
        "visits",
        QT_TRANSLATE_NOOP("modules", "Visits"),
        QT_TRANSLATE_NOOP(
            "modules",
            "Visitors, approved lists, bans, bookings, printed visit passes and the gate "
            "desk with barcode check-in and check-out. Coming soon.",
        ),
    ),
    Module(
        "parcels",
        QT_TRANSLATE_NOOP("modules", "Parcels"),
        QT_TRANSLATE_NOOP(
            "modules",
            "Receipt at the gate, itemised contents, inspection, contraband, quotas and "
            "handover to the prisoner. Coming soon.",
        ),
    ),
    Module(
        "workshops",
        QT_TRANSLATE_NOOP("modules", "Workshops"),
        QT_TRANSLATE_NOOP(
            "modules",
            "Vocational training and work, attendance, wages and the deposit account "
            "paid out on release. Coming soon.",
        ),
    ),
    Module(
        "assessments",
        QT_TRANSLATE_NOOP("modules", "Assessments"),
        QT_TRANSLATE_NOOP(
            "modules",
            "Risk and needs assessments and individual rehabilitation plans. Coming soon.",
        ),
    ),
    Module(
        "reports",
        QT_TRANSLATE_NOOP("modules", "Reports"),
        "",
        needs=Permission.VIEW_REPORTS,
    ),
    Module(
        "admin", QT_TRANSLATE_NOOP("modules", "Administration"), "", needs=Permission.MANAGE_USERS
    ),
)
