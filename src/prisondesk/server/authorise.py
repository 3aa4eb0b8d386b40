"""Every pushed change authorised as the services authorise a desk's own writes
(``domain/write_rules.py``), against the role the server knows for the user who made it
(DESIGN.md, Security; docs/authorisation.md).

- An op names its user (``user_id``): a user of the device's facility as the server knows
  them at that op (a user created earlier in the same push counts), whose role may make that
  change. A user's own account: a new password and the screen language only.
- A user's change is covered by their audit entry: the push carries an audit entry of that
  user, or the device's latest audit entry, stored by an earlier push, is theirs (a
  transaction too large for one push goes in several, its audit entry first).
- An op by no user is a first workstation's setup, before the server knows any user of its
  facility: the facility, its wings and settings, its first administrator and its audit.
  Afterwards only the audit of a failed login, or of a new desk joining, names no user.
- An audit entry names the user who pushes it.
Anything else is rejected ``forbidden`` and logged with the device."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import exists, select

from prisondesk.domain.roles import Role
from prisondesk.domain.write_rules import SETUP_TABLES, may_write
from prisondesk.server.models import ServerRow
from prisondesk.server.push_context import MISSING, PushContext, Rejected, sent_value

log = logging.getLogger(__name__)
AUDIT = "audit_entry"
USERS = "user_account"
# audited without a user: a failed login, and a new desk joining its facility before it
# knows any user (services/sync/syncing.enrol)
ANONYMOUS_AUDIT = frozenset({"login_failed", "enrol"})


def users_of(ops: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """The user rows the ops' authors need (preloaded with the rows the ops touch)."""
    return {(USERS, op["user_id"]) for op in ops if isinstance(op.get("user_id"), str)}


def prepare(ctx: PushContext, ops: list[dict[str, Any]], lands: Callable[[dict], bool]) -> None:
    """Whose audit entries this push carries, before any op runs: only entries that will be
    stored (``lands``) cover their user's changes, wherever they stand in the push."""
    ctx.audited_users = {
        op["user_id"]
        for op in ops
        if op["table"] == AUDIT
        and op["kind"] == "insert"
        and op.get("user_id") is not None
        and sent_value(op, "user_id") == op["user_id"]
        and lands(op)
    }


def _setting_up(ctx: PushContext) -> bool:
    """Whether the server knew no user of the device's facility when this push began: read
    once, and only for a push with an op that names no user."""
    if ctx.setting_up is None:
        stored = ServerRow.__table__
        ctx.setting_up = not ctx.session.scalar(
            select(
                exists().where(
                    stored.c.table_name == USERS,
                    stored.c.facility_id == ctx.device.facility_id,
                    stored.c.deleted.is_(False),
                )
            )
        )
    return ctx.setting_up


def authorise(ctx: PushContext, op: dict[str, Any], columns: frozenset[str]) -> None:
    """Raise ``Rejected("forbidden")`` unless the op's user may make this change."""
    try:
        _check(ctx, op, columns)
    except Rejected as refusal:
        log.warning(
            "forbidden: device %s pushed %s %s/%s as user %s: %s",
            ctx.device.id,
            op["kind"],
            op["table"],
            op["row_id"],
            op.get("user_id"),
            refusal.detail,
        )
        raise


def applied(ctx: PushContext, op: dict[str, Any]) -> None:
    """Note an applied op: the device's latest audit entry covers its user's next changes."""
    if op["table"] == AUDIT:
        ctx.device.audit_user = op.get("user_id")


def _check(ctx: PushContext, op: dict[str, Any], columns: frozenset[str]) -> None:
    table, user_id = op["table"], op.get("user_id")
    if user_id is None:
        _check_anonymous(ctx, op)
        return
    user = ctx.rows.get((USERS, user_id))
    if user is None or user.deleted or user.facility_id != ctx.device.facility_id:
        raise Rejected("forbidden", "the op's user is not a user of this facility")
    try:
        role = Role(user.row.get("role"))
    except ValueError:
        raise Rejected("forbidden", "the op's user has no known role") from None
    if table == AUDIT:
        if sent_value(op, "user_id") != user_id:
            raise Rejected("forbidden", "an audit entry names the user who pushes it")
        return
    if not may_write(
        role, table, op["kind"], columns, own_account=table == USERS and op["row_id"] == user_id
    ):
        raise Rejected("forbidden", f"a {role.value} may not make this change to {table}")
    if user_id not in ctx.audited_users and ctx.device.audit_user != user_id:
        raise Rejected("forbidden", "no audit entry of the op's user covers it")


def _check_anonymous(ctx: PushContext, op: dict[str, Any]) -> None:
    table = op["table"]
    if table == AUDIT and sent_value(op, "user_id") is None:
        if sent_value(op, "action") in ANONYMOUS_AUDIT or _setting_up(ctx):
            return
        raise Rejected("forbidden", "only a failed login or an enrolment names no user")
    if table not in SETUP_TABLES or not _setting_up(ctx):
        raise Rejected("forbidden", "the op names no user")
    if table == USERS and sent_value(op, "role") not in (MISSING, Role.ADMIN.value):
        raise Rejected("forbidden", "a facility's setup creates its administrator only")
