"""Roles and the permission matrix, checked by the services on every call."""

from __future__ import annotations

from enum import StrEnum

from prisondesk.domain.text import QT_TRANSLATE_NOOP

ROLES = "roles"  # translation context of role names


class Role(StrEnum):
    GATE_OFFICER = "gate_officer"
    REGISTRY_OFFICER = "registry_officer"
    SOCIAL_WORKER = "social_worker"
    PSYCHOLOGIST = "psychologist"
    INSTRUCTOR = "instructor"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    HQ_VIEWER = "hq_viewer"


ROLE_LABELS: dict[Role, str] = {
    Role.GATE_OFFICER: QT_TRANSLATE_NOOP("roles", "Gate officer"),
    Role.REGISTRY_OFFICER: QT_TRANSLATE_NOOP("roles", "Registry officer"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("roles", "Social worker"),
    Role.PSYCHOLOGIST: QT_TRANSLATE_NOOP("roles", "Psychologist"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("roles", "Workshop instructor"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Wing supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.HQ_VIEWER: QT_TRANSLATE_NOOP("roles", "Headquarters viewer"),
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    VIEW_PRISONERS = "view_prisoners"
    READ_FILES = "read_files"
    EDIT_PRISONERS = "edit_prisoners"
    GATE_VISITS = "gate_visits"
    MANAGE_VISITS = "manage_visits"
    GATE_PARCELS = "gate_parcels"
    RECORD_ATTENDANCE = "record_attendance"
    MANAGE_WORKSHOPS = "manage_workshops"
    EDIT_ASSESSMENTS = "edit_assessments"
    VIEW_ASSESSMENTS = "view_assessments"
    WRITE_CASE_NOTES = "write_case_notes"
    APPROVE = "approve"
    VIEW_REPORTS = "view_reports"
    CONFIGURE_FACILITY = "configure_facility"
    MEDICAL_NOTICES = "medical_notices"
    EXPORT_REGISTRY = "export_registry"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("roles", "Manage users"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("roles", "Read the audit log"),
    Permission.VIEW_PRISONERS: QT_TRANSLATE_NOOP("roles", "Find and view prisoners"),
    Permission.READ_FILES: QT_TRANSLATE_NOOP(
        "roles", "Read whole prisoner files (PIN, documents, legal basis) and print ID cards"
    ),
    Permission.EDIT_PRISONERS: QT_TRANSLATE_NOOP("roles", "Admit and edit prisoners"),
    Permission.GATE_VISITS: QT_TRANSLATE_NOOP("roles", "Check visitors in and out"),
    Permission.MANAGE_VISITS: QT_TRANSLATE_NOOP("roles", "Manage visitors and bookings"),
    Permission.GATE_PARCELS: QT_TRANSLATE_NOOP("roles", "Receive and hand over parcels"),
    Permission.RECORD_ATTENDANCE: QT_TRANSLATE_NOOP("roles", "Record workshop attendance"),
    Permission.MANAGE_WORKSHOPS: QT_TRANSLATE_NOOP("roles", "Manage workshops and pay"),
    Permission.EDIT_ASSESSMENTS: QT_TRANSLATE_NOOP("roles", "Write assessments and plans"),
    Permission.VIEW_ASSESSMENTS: QT_TRANSLATE_NOOP(
        "roles", "Read assessments, plans and restricted case notes"
    ),
    Permission.WRITE_CASE_NOTES: QT_TRANSLATE_NOOP(
        "roles", "Write case notes (what staff observe and do with a prisoner)"
    ),
    Permission.APPROVE: QT_TRANSLATE_NOOP("roles", "Approve and override"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("roles", "View reports"),
    Permission.CONFIGURE_FACILITY: QT_TRANSLATE_NOOP("roles", "Configure the facility"),
    Permission.MEDICAL_NOTICES: QT_TRANSLATE_NOOP("roles", "Read injuries and complaints noted"),
    Permission.EXPORT_REGISTRY: QT_TRANSLATE_NOOP("roles", "Export the registry"),
}

P = Permission
_EVERY_DESK = {P.VIEW_PRISONERS}  # the registry list: names, numbers, wings, photos
_FILES = {P.READ_FILES}  # the whole file: for those whose work is the prisoner's file
# dynamic security: staff who read the file write what they observe and do with a prisoner
_NOTES = {P.WRITE_CASE_NOTES}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.GATE_OFFICER: frozenset(_EVERY_DESK | {P.GATE_VISITS, P.GATE_PARCELS}),
    # the registry officer notes injuries at admission (Rule 8), so reads them too
    Role.REGISTRY_OFFICER: frozenset(
        _EVERY_DESK
        | _FILES
        | _NOTES
        | {P.EDIT_PRISONERS, P.MANAGE_VISITS, P.EXPORT_REGISTRY, P.MEDICAL_NOTICES}
    ),
    Role.SOCIAL_WORKER: frozenset(
        _EVERY_DESK | _FILES | _NOTES | {P.EDIT_ASSESSMENTS, P.VIEW_ASSESSMENTS, P.MANAGE_VISITS}
    ),
    Role.PSYCHOLOGIST: frozenset(
        _EVERY_DESK | _FILES | _NOTES | {P.EDIT_ASSESSMENTS, P.VIEW_ASSESSMENTS}
    ),
    Role.INSTRUCTOR: frozenset(_EVERY_DESK | {P.RECORD_ATTENDANCE, P.MANAGE_WORKSHOPS}),
    Role.SUPERVISOR: frozenset(
        _EVERY_DESK
        | _FILES
        | _NOTES
        | {
            P.APPROVE,
            P.VIEW_ASSESSMENTS,
            P.EDIT_ASSESSMENTS,  # assesses too, but never approves their own
            P.VIEW_REPORTS,
            P.VIEW_AUDIT,
            P.MEDICAL_NOTICES,
            P.MANAGE_VISITS,
            P.GATE_VISITS,
            P.GATE_PARCELS,
            P.RECORD_ATTENDANCE,
        }
    ),
    Role.ADMIN: frozenset({P.MANAGE_USERS, P.VIEW_AUDIT, P.CONFIGURE_FACILITY, P.VIEW_REPORTS}),
    Role.HQ_VIEWER: frozenset(_EVERY_DESK | {P.VIEW_REPORTS}),
}


# the accounts a headquarters desk keeps: any other role would read every facility's files
# with a facility's rights (services/core/headquarters.py; refused in db/capture.py too)
HEADQUARTERS_ROLES = (Role.ADMIN, Role.HQ_VIEWER)


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]
