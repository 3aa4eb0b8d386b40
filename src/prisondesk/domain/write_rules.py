"""Who may write each replicated table: the permission matrix (``roles.py``) applied to the
rows themselves. The services check these permissions before every write; the server checks
every pushed change against the same rules, with the role it knows for the user who made it
(DESIGN.md, Security; docs/authorisation.md says what a device may push)."""

from __future__ import annotations

from prisondesk.domain.roles import Permission, Role, has_permission

P = Permission
_FILE = frozenset({P.EDIT_PRISONERS})
_VISITORS = frozenset({P.MANAGE_VISITS, P.APPROVE})
_SCHEDULE = frozenset({P.APPROVE, P.CONFIGURE_FACILITY})
_SETUP = frozenset({P.CONFIGURE_FACILITY})
_GATE_PARCELS = frozenset({P.GATE_PARCELS})
_WORKSHOPS = frozenset({P.MANAGE_WORKSHOPS, P.APPROVE})

# The permissions of which a writer of the table holds at least one. A new table gets its
# rule here (a test refuses a replicated table without one).
TABLE_WRITERS: dict[str, frozenset[Permission]] = {
    "audit_entry": frozenset(P),  # any user (every role holds a permission): their own trail
    "prisoner": _FILE,
    "prisoner_photo": _FILE,
    "contact": _FILE,
    "injury": _FILE,
    "property_item": _FILE,
    "movement": _FILE,
    "facility": _SETUP,
    "facility_setting": _SETUP,
    "wing": _SETUP,
    "user_account": frozenset({P.MANAGE_USERS}),
    "visitor": _VISITORS,
    "visitor_photo": _VISITORS,
    "prisoner_visitor": _VISITORS,
    "visit_restriction": _VISITORS,
    "visit_room": _SCHEDULE,
    "visit_slot": _SCHEDULE,
    "visit_blocked_date": _SCHEDULE,
    # booked by the visits desk, closed at the gate, cancelled when the prisoner leaves
    "visit_booking": frozenset({P.MANAGE_VISITS, P.GATE_VISITS, P.EDIT_PRISONERS}),
    "visit_booking_visitor": frozenset({P.MANAGE_VISITS}),
    "visit_pass_key": frozenset({P.MANAGE_VISITS}),
    "visit_gate_event": frozenset({P.GATE_VISITS}),
    "parcel": _GATE_PARCELS,
    "parcel_item": _GATE_PARCELS,
    # the gate's steps; a parcel held when the registry records its prisoner's departure
    "parcel_event": frozenset({P.GATE_PARCELS, P.EDIT_PRISONERS}),
    "parcel_image": _GATE_PARCELS,
    "parcel_quota_approval": frozenset({P.APPROVE}),  # a supervisor's override
    "workshop": _WORKSHOPS,
    "workshop_instructor": _WORKSHOPS,
    "workshop_session": _WORKSHOPS,
    "workshop_programme": _WORKSHOPS,
    # put on the list by staff or a social worker's plan; ended when the prisoner leaves
    "workshop_waiting": frozenset(
        {P.MANAGE_WORKSHOPS, P.APPROVE, P.EDIT_ASSESSMENTS, P.EDIT_PRISONERS}
    ),
    "workshop_allocation": frozenset({P.MANAGE_WORKSHOPS, P.APPROVE, P.EDIT_PRISONERS}),
    "attendance_mark": frozenset({P.RECORD_ATTENDANCE}),
    "pay_rate": frozenset({P.APPROVE}),
    "pay_period": frozenset({P.MANAGE_WORKSHOPS, P.APPROVE}),  # approved by a supervisor
    "pay_line": frozenset({P.MANAGE_WORKSHOPS, P.APPROVE}),
    # wages posted on a supervisor's approval; the payout at release by the registry
    "ledger_entry": frozenset({P.APPROVE, P.EDIT_PRISONERS}),
    # written by social workers and psychologists; approved, sent back, overridden and
    # classified by a supervisor
    "assessment": frozenset({P.EDIT_ASSESSMENTS, P.APPROVE}),
    "assessment_step": frozenset({P.EDIT_ASSESSMENTS, P.APPROVE}),
    "classification": frozenset({P.APPROVE}),
    "plan_action": frozenset({P.EDIT_ASSESSMENTS, P.APPROVE}),
    "plan_note": frozenset({P.EDIT_ASSESSMENTS, P.APPROVE}),
    "case_note": frozenset({P.WRITE_CASE_NOTES}),
    "sync_conflict_decision": frozenset({P.APPROVE}),
    "sync_conflict": frozenset(),  # written by the server alone (never pushed)
}

# Columns whose values are secrets: never shown, never switched in conflict review, redacted
# in audit entries (services/core/audit.snapshot).
SECRET_COLUMNS: dict[str, frozenset[str]] = {
    "user_account": frozenset({"password_hash"}),
    "visit_pass_key": frozenset({"secret"}),
}

# A user may change these of their own account (a new password, the screen language); the
# rest of an account (role, name, enabled, removed) only a user manager changes.
OWN_ACCOUNT_COLUMNS = frozenset({"password_hash", "must_change_password", "language"})

# Tables a supervisor's conflict review may not switch (accounts change only by their managers).
NOT_REVIEWED = frozenset({"user_account"})

# What a first workstation writes while the server knows no user of its facility: the
# facility, its wings and settings, its first administrator, and the audit of it all.
SETUP_TABLES = frozenset({"facility", "wing", "facility_setting", "user_account", "audit_entry"})


def switchable(table: str, columns: frozenset[str]) -> bool:
    """Whether conflict review may switch these columns of a record to the value that lost:
    never a user account (its manager changes it), never a secret."""
    return table not in NOT_REVIEWED and not columns & SECRET_COLUMNS.get(table, frozenset())


def may_write(
    role: Role,
    table: str,
    kind: str,
    columns: frozenset[str],
    *,
    own_account: bool = False,
) -> bool:
    """Whether a user of ``role`` may make this change: ``kind`` (insert, update, delete) of
    ``columns`` of a row of ``table`` (``own_account``: the row is the user's own account)."""
    writers = TABLE_WRITERS.get(table)
    if not writers:  # unknown, or written by the server alone
        return False
    own_columns = table == "user_account" and kind == "update" and own_account
    if own_columns and columns <= OWN_ACCOUNT_COLUMNS:  # a new password, the screen language
        return True
    if any(has_permission(role, p) for p in writers):
        return True
    # conflict review: a supervisor switches a field of a record to the value that lost
    return kind == "update" and switchable(table, columns) and has_permission(role, P.APPROVE)
