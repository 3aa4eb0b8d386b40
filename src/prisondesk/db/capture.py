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

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session

from prisondesk.db.errors import (
    AppendOnlyError,
    AuditMissingError,
    CaptureBypassError,
    ReadOnlyDesk,
    TombstoneError,
)
from prisondesk.db.replication import (
    LocalState,
    OutboxEntry,
    Replicated,
    ReplicatedEvent,
    ReplicatedRecord,
)
from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.ids import new_id
from prisondesk.domain.roles import HEADQUARTERS_ROLES
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import to_wire, utc_now

REPLICATION = "pd_replication"
APPLYING_REMOTE = "pd_applying_remote"
ACTOR_ID = "pd_actor_id"
_OPEN_GATE = "pd_open_gate"
_CLOCK_BEFORE = "pd_clock_before"
_OUTBOX_MARK = "pd_outbox_mark"
_OUTBOX_QUEUE = "pd_outbox_queue"
AUDIT_TABLE = "audit_entry"
HLC_STATE_KEY = "hlc_last"
HEADQUARTERS_KEY = "desk_headquarters"  # "1": enrolled with a headquarters code (read-only)


@dataclass
class ReplicationContext:
    """What a session needs to stamp changes: this device and its clock; and whether it is a
    headquarters desk, which keeps its own accounts and audit trail and changes no record of
    any facility."""

    device_id: str
    clock: HybridClock
    headquarters: bool = False


@dataclass
class CaptureGate:
    """Per-connection switch read by the SQLite guard triggers via ``pd_capture()``."""

    depth: int = 0

    def value(self) -> int:
        return 1 if self.depth > 0 else 0


@contextmanager
def open_gate(connection: Connection) -> Iterator[None]:
    """Let writes through the guard triggers on this connection: for schema migrations
    (each device runs the same ones, so their data changes are not sync operations)."""
    gate = _gate(connection)
    if gate is None:
        yield
        return
    gate.depth += 1
    try:
        yield
    finally:
        gate.depth -= 1


class CapturingSession(Session):
    """The only session class the workstation uses (see ``engine.Database``)."""

    def flush(self, objects: Any = None) -> None:
        try:
            super().flush(objects)
        finally:  # a failed flush must not leave raw writes open for the rest of the transaction
            self.info.pop(_OUTBOX_QUEUE, None)  # nor outbox rows of changes it did not make
            gate = self.info.pop(_OPEN_GATE, None)
            if gate is not None:
                gate.depth = 0


def _gate(connection: Connection) -> CaptureGate | None:
    return connection.info.get("pd_capture_gate")


@event.listens_for(CapturingSession, "before_flush")
def _open_gate_and_sync_clock(session: Session, flush_context: Any, instances: Any) -> None:
    context_here: ReplicationContext | None = session.info.get(REPLICATION)
    if context_here is not None and context_here.headquarters:
        _refuse_facility_changes(session)
    connection = session.connection()
    gate = _gate(connection)
    if gate is not None:
        gate.depth = 1
        session.info[_OPEN_GATE] = gate
    context: ReplicationContext | None = session.info.get(REPLICATION)
    if context is not None and not session.info.get(APPLYING_REMOTE):
        # Another process on this file (the CLI, a second window) may have ticked further:
        # under the write lock, start from the highest value stored.
        stored = connection.execute(
            select(LocalState.value).where(LocalState.key == HLC_STATE_KEY)
        ).scalar()
        if stored:
            context.clock.observe(stored)
        session.info[_CLOCK_BEFORE] = context.clock.last


def _refuse_facility_changes(session: Session) -> None:
    """A headquarters desk reads every facility and writes none: below every service, any
    change to a facility's rows is refused before it is written (its own accounts, with no
    facility, and the audit trail of what it read are its only writes)."""
    for row in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(row, Replicated):
            continue
        table = type(row).__tablename__  # type: ignore[attr-defined]
        own_account = (
            table == "user_account"
            and getattr(row, "facility_id", None) is None
            and getattr(row, "role", None) in HEADQUARTERS_ROLES
        )
        if table != AUDIT_TABLE and not own_account:
            raise ReadOnlyDesk(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This is a headquarters desk: it reads every facility and changes none.",
                )
            )


@event.listens_for(CapturingSession, "after_flush_postexec")
def _save_clock(session: Session, flush_context: Any) -> None:
    context: ReplicationContext | None = session.info.get(REPLICATION)
    before = session.info.pop(_CLOCK_BEFORE, None)
    if context is None or before is None or context.clock.last == before:
        return
    value = context.clock.last
    session.connection().execute(
        update(LocalState)
        .where(LocalState.key == HLC_STATE_KEY, LocalState.value < value)
        .values(value=value)
    )


@event.listens_for(CapturingSession, "after_begin")
def _mark_outbox(session: Session, transaction: Any, connection: Connection) -> None:
    if REPLICATION in session.info and transaction.parent is None:  # the root transaction only
        mark = connection.execute(select(func.max(OutboxEntry.seq))).scalar()
        session.info[_OUTBOX_MARK] = mark or 0


@event.listens_for(CapturingSession, "before_commit")
def _require_audit(session: Session) -> None:
    """What the transaction really put in the outbox (savepoints rolled back are gone) must
    include an audit entry whenever it includes anything."""
    session.flush()
    mark = session.info.get(_OUTBOX_MARK)
    if mark is None:
        return
    tables = set(
        session.connection()
        .execute(select(OutboxEntry.table_name).where(OutboxEntry.seq > mark).distinct())
        .scalars()
    )
    if tables and AUDIT_TABLE not in tables:
        raise AuditMissingError(f"changes to {sorted(tables)} need an audit entry")


@event.listens_for(CapturingSession, "after_transaction_end")
def _forget_outbox_mark(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_OUTBOX_MARK, None)


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


@contextmanager
def acting_as(session: Session, user_id: str) -> Iterator[None]:
    """Changes made inside are ``user_id``'s, in the same transaction: a supervisor's word
    given at another user's desk (the server authorises each change by its own user). What
    was pending is flushed first, so it stays the caller's."""
    session.flush()
    before = session.info.get(ACTOR_ID)
    session.info[ACTOR_ID] = user_id
    try:
        yield
        session.flush()
    finally:
        session.info[ACTOR_ID] = before


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
    """Queue the change's outbox row; the flush writes its queue in one statement at its end
    (``_write_queued_outbox``): a statement per row was most of an import's time."""
    session.info.setdefault(_OUTBOX_QUEUE, []).append(
        {
            "op_id": new_id(),
            "table_name": target.__tablename__,  # type: ignore[attr-defined]
            "row_id": target.id,
            "kind": kind,
            "fields": fields,
            "base": base,
            "user_id": session.info.get(ACTOR_ID),
            "device_time": utc_now(),
            "txn": session.info.get(_OUTBOX_MARK),
        }
    )


_OUTBOX_INSERT = insert(OutboxEntry.__table__)  # Core: the rows are plain values already


@event.listens_for(CapturingSession, "after_flush")
def _write_queued_outbox(session: Session, flush_context: Any) -> None:
    """In the flush's transaction, in the order the changes were made (``seq`` follows it)."""
    queued = session.info.pop(_OUTBOX_QUEUE, None)
    if queued:
        session.connection().execute(_OUTBOX_INSERT, queued)


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
    changed = [
        column
        for column in [*target.data_columns(), "deleted"]
        if state.attrs[column].history.has_changes()
    ]
    target.pd_pending = None  # type: ignore[attr-defined]
    if not changed:
        return
    if "deleted" in changed and not target.deleted:
        raise TombstoneError(
            f"{type(target).__name__} {target.id} was deleted: a tombstone is final"
        )
    stamp = context.clock.tick()
    target.field_hlc = {**(target.field_hlc or {}), **dict.fromkeys(changed, stamp)}
    target.pd_pending = (changed, _base_values(connection, target, changed), stamp)  # type: ignore[attr-defined]


def _base_values(
    connection: Connection, target: ReplicatedRecord, changed: list[str]
) -> dict[str, Any]:
    """The values the device saw before this edit. An attribute that was never loaded has no
    history, so its old value is read from the row, which the UPDATE has not touched yet."""
    state = inspect(target)
    base, unknown = {}, []
    for column in changed:
        old = state.attrs[column].history.deleted
        if old:
            base[column] = to_wire(old[0])
        else:
            unknown.append(column)
    if unknown:
        table = type(target).__table__  # type: ignore[attr-defined]
        row = connection.execute(
            select(*(table.c[column] for column in unknown)).where(table.c.id == target.id)
        ).one()
        base.update({column: to_wire(value) for column, value in zip(unknown, row, strict=True)})
    return base


@event.listens_for(Replicated, "after_update", propagate=True)
def _capture_update(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    pending = getattr(target, "pd_pending", None)
    found = _context(target)
    if found is None or pending is None:
        return
    session, _ = found
    changed, base, stamp = pending
    target.pd_pending = None  # type: ignore[attr-defined]
    data = [column for column in changed if column != "deleted"]
    if data:
        fields = {
            column: {"value": to_wire(getattr(target, column)), "hlc": stamp} for column in data
        }
        _write_outbox(connection, session, target, "update", fields, {c: base[c] for c in data})
    if "deleted" in changed:  # SYNC.md: a delete is a tombstone with its HLC, nothing else
        tombstone = {"deleted": {"value": True, "hlc": stamp}}
        _write_outbox(connection, session, target, "delete", tombstone, {"deleted": False})


@event.listens_for(Replicated, "before_delete", propagate=True)
def _refuse_delete(mapper: Mapper[Any], connection: Connection, target: Replicated) -> None:
    if isinstance(target, ReplicatedEvent):
        raise AppendOnlyError(f"{type(target).__name__} is an event and is never deleted")
    raise CaptureBypassError(
        f"{type(target).__name__} is a record: set deleted=True (a tombstone) instead of deleting"
    )
