"""What supervisors review after syncs: conflicts (two desks changed one field at once; the
later clock won everywhere) with the choice to keep the winner or switch to the other value,
and the changes the server refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    ConflictDecision,
    Prisoner,
    RejectedChange,
    SyncConflict,
    UserAccount,
)
from prisondesk.db.replication import ReplicatedRecord, replicated_models
from prisondesk.domain.hlc import Timestamp
from prisondesk.domain.names import numbered_name
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import from_wire, utc_now
from prisondesk.domain.write_rules import switchable
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import Conflict, NotFound, PermissionDenied
from prisondesk.sync.schema import table_schema

KEEP, SWITCH = "keep", "switch"


@dataclass(frozen=True)
class Side:
    value: Any
    at: datetime | None  # when the value was written (from its clock)
    device: str


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    record: str  # how a person recognises the record
    field: str
    kept: Side
    lost: Side
    kept_by: str  # the users who wrote each value, when known
    lost_by: str
    detected_at: datetime
    decision: str | None


@dataclass(frozen=True)
class RejectedView:
    op_id: str
    table: str
    row_id: str
    kind: str
    fields: dict[str, Any]
    reason: str
    by: str
    made_at: datetime
    rejected_at: datetime


def _side(item: dict[str, Any]) -> Side:
    try:
        stamp = Timestamp.parse(item.get("hlc", ""))
    except ValueError:
        return Side(item.get("value"), None, "")
    return Side(item.get("value"), datetime.fromtimestamp(stamp.ms / 1000, UTC), stamp.device_id)


def _record_label(session: Session, table: str, row_id: str) -> str:
    if table == Prisoner.__tablename__:
        prisoner = session.get(Prisoner, row_id)
        if prisoner is not None:
            return numbered_name(prisoner)
    if table == UserAccount.__tablename__:
        user = session.get(UserAccount, row_id)
        if user is not None:
            return user.username
    return row_id[-12:]


def _usernames(session: Session) -> dict[str, str]:
    return {
        row.id: row.username
        for row in session.execute(select(UserAccount.id, UserAccount.username))
    }


def conflicts(db: Database, actor: Actor) -> list[ConflictView]:
    """Every conflict this workstation knows of, newest first, with its decision if any."""
    with db.read() as session:
        verify_actor(session, actor, Permission.APPROVE)
        decided = {
            d.conflict_id: d.decision
            for d in session.scalars(select(ConflictDecision).order_by(ConflictDecision.hlc))
        }
        names = _usernames(session)
        rows = session.scalars(select(SyncConflict).order_by(SyncConflict.detected_at.desc()))
        return [
            ConflictView(
                c.id,
                c.table_name,
                c.row_id,
                _record_label(session, c.table_name, c.row_id),
                c.field,
                _side(c.kept),
                _side(c.lost),
                names.get(c.kept_user_id or "", ""),
                names.get(c.lost_user_id or "", ""),
                c.detected_at,
                decided.get(c.id),
            )
            for c in rows
        ]


def _check_switchable(conflict: SyncConflict) -> None:
    if not switchable(conflict.table_name, frozenset({conflict.field})):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "User accounts are changed by their administrator, not in conflict review: "
                "keep the value, and ask the administrator to change the account.",
            )
        )


def decide(db: Database, actor: Actor, conflict_id: str, decision: str) -> ConflictView:
    """Keep the value that won, or switch the record to the value that lost (a new change,
    synced like any other)."""
    if decision not in (KEEP, SWITCH):
        raise ValueError(decision)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This conflict no longer exists."))
        before = after = None
        if decision == SWITCH:
            _check_switchable(conflict)
            record = _record(session, conflict)
            value = from_wire(
                conflict.lost.get("value"), table_schema(type(record))["columns"][conflict.field]
            )
            before = {conflict.field: conflict.kept.get("value")}
            after = {conflict.field: conflict.lost.get("value")}
            setattr(record, conflict.field, value)
        session.add(
            ConflictDecision(
                conflict_id=conflict.id,
                decision=decision,
                user_id=actor.user_id,
                decided_at=utc_now(),
                facility_id=conflict.facility_id,
            )
        )
        session.flush()
        audit.record(
            session,
            db,
            actor,
            f"conflict_{decision}",
            conflict.table_name,
            conflict.row_id,
            before=before,
            after=after,
            note=conflict.field,
        )
    return next(c for c in conflicts(db, actor) if c.id == conflict_id)


def _record(session: Session, conflict: SyncConflict) -> ReplicatedRecord:
    model = next(
        (m for m in replicated_models() if m.__tablename__ == conflict.table_name),  # type: ignore[attr-defined]
        None,
    )
    record = session.get(model, conflict.row_id) if model is not None else None
    if not isinstance(record, ReplicatedRecord) or record.deleted:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "The record was deleted: there is nothing to switch.")
        )
    return record


def rejected(db: Database, actor: Actor) -> list[RejectedView]:
    with db.read() as session:
        verify_actor(session, actor, Permission.APPROVE)
        names = _usernames(session)
        rows = session.scalars(select(RejectedChange).order_by(RejectedChange.rejected_at.desc()))
        return [
            RejectedView(
                r.op_id,
                r.table_name,
                r.row_id,
                r.kind,
                {k: v.get("value") for k, v in r.fields.items()},
                r.reason,
                names.get(r.user_id or "", ""),
                r.device_time,
                r.rejected_at,
            )
            for r in rows
        ]
