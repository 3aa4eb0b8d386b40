"""Change capture: every local write to a replicated table lands in the outbox, in the same
transaction, stamped with the device's hybrid logical clock.

Three layers make capture impossible to bypass:

1. ORM mapper events stamp HLCs and write the outbox row for each insert and update;
   hard deletes raise (records are tombstoned, events are never deleted).
2. Bulk ORM statements (``session.execute(update(Model)...)``) on replicated tables raise, since
   they skip the mapper events.
3. SQLite triggers (``guards.py``) abort any write to a replicated table made outside a capturing
   flush, so even raw SQL on the connection cannot slip past; event tables refuse UPDATE and
   DELETE outright.

Applying changes pulled from the server is the one write that must not be captured: the sync
engine sets ``session.info[APPLYING_REMOTE]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert, inspect, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session

from prisondesk.db.errors import AppendOnlyError, AuditMissingError, CaptureBypassError
from prisondesk.db.replication import (
    LocalState,
    OutboxEntry,
    Replicated,
    ReplicatedEvent,
    ReplicatedRecord,
)
from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.ids import new_id
from prisondesk.domain.wire import to_wire, utc_now

REPLICATION = "pd_replication"
APPLYING_REMOTE = "pd_applying_remote"
ACTOR_ID = "pd_actor_id"
_CAPTURED = "pd_captured_ops"
_AUDITED = "pd_audited"
HLC_STATE_KEY = "hlc_last"


@dataclass
class ReplicationContext:
    """What a session needs to stamp changes: this device and its clock."""

    device_id: str
    clock: HybridClock


@dataclass
class CaptureGate:
    """Per-connection switch read by the SQLite guard triggers via ``pd_capture()``."""

    depth: int = 0

    def value(self) -> int:
        return 1 if self.depth > 0 else 0


class CapturingSession(Session):
    """The only session class the workstation uses (see ``engine.Database``)."""


def _gate(connection: Connection) -> CaptureGate | None:
    return connection.info.get("pd_capture_gate")


@event.listens_for(CapturingSession, "before_flush")
def _open_gate(session: Session, flush_context: Any, instances: Any) -> None:
    gate = _gate(session.connection())
    if gate is not None:
        gate.depth = 1


@event.listens_for(CapturingSession, "after_flush_postexec")
def _close_gate_and_save_clock(session: Session, flush_context: Any) -> None:
    connection = session.connection()
    gate = _gate(connection)
    if gate is not None:
        gate.depth = 0
    context: ReplicationContext | None = session.info.get(REPLICATION)
    if context is not None and session.info.get(_CAPTURED):
        connection.execute(
            update(LocalState)
            .where(LocalState.key == HLC_STATE_KEY)
            .values(value=context.clock.last)
        )


@event.listens_for(CapturingSession, "before_commit")
def _require_audit(session: Session) -> None:
    session.flush()
    if session.info.get(_CAPTURED) and not session.info.get(_AUDITED):
        raise AuditMissingError("a write to replicated tables must add an audit entry")


@event.listens_for(CapturingSession, "after_transaction_end")
def _reset_counters(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_CAPTURED, None)
        session.info.pop(_AUDITED, None)


@event.listens_for(CapturingSession, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.session.info.get(APPLYING_REMOTE):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Replicated):
        raise CaptureBypassError(
            f"bulk {state.statement.__visit_name__} on {mapper.class_.__name__} bypasses change "
            "capture: load the objects and change them through the session"
        )


def _context(target: Replicated) -> tuple[Session, ReplicationContext] | None:
    session = object_session(target)
    if session is None or session.info.get(APPLYING_REMOTE):
        return None
    context = session.info.get(REPLICATION)
    if context is None:
        raise CaptureBypassError("session has no replication context: use Database.write()")
    return session, context


def _write_outbox(
    connection: Connection,
    session: Session,
    target: Replicated,
    kind: str,
    fields: dict[str, Any],
    base: dict[str, Any],
) -> None:
    connection.execute(
        insert(OutboxEntry).values(
            op_id=new_id(),
            table_name=target.__tablename__,  # type: ignore[attr-defined]
            row_id=target.id,
            kind=kind,
            fields=fields,
            base=base,
            user_id=session.info.get(ACTOR_ID),
            device_time=utc_now(),
        )
    )
    session.info[_CAPTURED] = session.info.get(_CAPTURED, 0) + 1
    if target.__tablename__ == "audit_entry":  # type: ignore[attr-defined]
        session.info[_AUDITED] = True


@event.listens_for(Replicated, "before_insert", propagate=True)
def _stamp_insert(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    found = _context(target)
    if found is None:
        return
    _, context = found
    stamp = context.clock.tick()
    if not target.origin_device:
        target.origin_device = context.device_id
    if isinstance(target, ReplicatedRecord):
        target.field_hlc = {column: stamp for column in target.data_columns()}
    else:
        assert isinstance(target, ReplicatedEvent)
        target.hlc = stamp


@event.listens_for(Replicated, "after_insert", propagate=True)
def _capture_insert(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    found = _context(target)
    if found is None:
        return
    session, _ = found
    if isinstance(target, ReplicatedRecord):
        stamps = target.field_hlc
    else:
        assert isinstance(target, ReplicatedEvent)
        stamps = dict.fromkeys(target.data_columns(), target.hlc)
    fields = {
        column: {"value": to_wire(getattr(target, column)), "hlc": stamps[column]}
        for column in target.data_columns()
    }
    _write_outbox(connection, session, target, "insert", fields, {})


@event.listens_for(Replicated, "before_update", propagate=True)
def _stamp_update(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    if isinstance(target, ReplicatedEvent):
        raise AppendOnlyError(f"{type(target).__name__} is an event: correct it with a new event")
    assert isinstance(target, ReplicatedRecord)
    found = _context(target)
    if found is None:
        return
    _, context = found
    state = inspect(target)
    changed, base = [], {}
    for column in [*target.data_columns(), "deleted"]:
        history = state.attrs[column].history
        if history.has_changes():
            changed.append(column)
            base[column] = to_wire(history.deleted[0]) if history.deleted else None
    if not changed:
        target.pd_pending = None  # type: ignore[attr-defined]
        return
    stamp = context.clock.tick()
    target.field_hlc = {**(target.field_hlc or {}), **dict.fromkeys(changed, stamp)}
    target.pd_pending = (changed, base, stamp)  # type: ignore[attr-defined]


@event.listens_for(Replicated, "after_update", propagate=True)
def _capture_update(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    pending = getattr(target, "pd_pending", None)
    found = _context(target)
    if found is None or pending is None:
        return
    session, _ = found
    changed, base, stamp = pending
    target.pd_pending = None  # type: ignore[attr-defined]
    fields = {
        column: {"value": to_wire(getattr(target, column)), "hlc": stamp} for column in changed
    }
    kind = "delete" if "deleted" in changed and target.deleted else "update"  # type: ignore[attr-defined]
    _write_outbox(connection, session, target, kind, fields, base)


@event.listens_for(Replicated, "before_delete", propagate=True)
def _refuse_delete(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    if isinstance(target, ReplicatedEvent):
        raise AppendOnlyError(f"{type(target).__name__} is an event and is never deleted")
    raise CaptureBypassError(
        f"{type(target).__name__} is a record: set deleted=True (a tombstone) instead of deleting"
    )
