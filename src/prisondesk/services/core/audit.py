"""The audit trail: who did what to which record, in a hash chain per device.

Every service write calls :func:`record` inside its transaction (the data layer refuses to
commit a replicated change without one). Reading a sensitive record is logged with
:func:`record_read`. :func:`verify_chain` recomputes every hash and names the first entry that
does not fit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.capture import AUDIT_TABLE
from prisondesk.db.engine import Database
from prisondesk.db.models import AuditEntry, Facility, LocalState
from prisondesk.db.replication import OutboxEntry, ReplicatedRecord
from prisondesk.domain.audit_chain import GENESIS, chain_hash
from prisondesk.domain.ids import new_id
from prisondesk.domain.roles import Permission
from prisondesk.domain.wire import to_wire, utc_now
from prisondesk.domain.write_rules import SECRET_COLUMNS
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.sync import state as sync_state

HEAD_KEY = sync_state.AUDIT_HEAD
REDACTED = "***"


def snapshot(record: ReplicatedRecord) -> dict[str, Any]:
    """A record's data as JSON-ready values for before/after, secrets redacted."""
    secret = SECRET_COLUMNS.get(record.__tablename__, frozenset())  # type: ignore[attr-defined]
    return {
        column: REDACTED if column in secret else to_wire(getattr(record, column))
        for column in record.data_columns()
    }


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, for a compact update entry."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def entry_hash(entry: AuditEntry) -> str:
    """The entry's place in its device's chain (domain/audit_chain.py, checked by the server)."""
    return chain_hash(
        {
            "id": entry.id,
            "origin_device": entry.origin_device,
            "device_seq": entry.device_seq,
            "facility_id": entry.facility_id,
            "at": to_wire(entry.at),
            "user_id": entry.user_id,
            "username": entry.username,
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "before": entry.before,
            "after": entry.after,
            "note": entry.note,
            "prev_hash": entry.prev_hash,
        }
    )


def record(
    session: Session,
    db: Database,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: str | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
    username: str | None = None,
    facility_id: str | None = None,
) -> AuditEntry:
    """Append an audit entry to this device's chain, in the caller's transaction."""
    last = session.execute(
        select(AuditEntry.device_seq, AuditEntry.entry_hash)
        .where(AuditEntry.origin_device == db.device_id)
        .order_by(AuditEntry.device_seq.desc())
        .limit(1)
    ).first()
    if facility_id is None and not db.headquarters:  # headquarters entries have no facility
        facility_id = actor.facility_id if actor else _this_facility(session)
    entry = AuditEntry(
        id=new_id(),
        origin_device=db.device_id,
        device_seq=(last.device_seq + 1) if last else 1,
        facility_id=facility_id,
        at=utc_now(),
        user_id=actor.user_id if actor else None,
        username=username if username is not None else (actor.username if actor else ""),
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
        note=note,
        prev_hash=last.entry_hash if last else GENESIS,
    )
    entry.entry_hash = entry_hash(entry)
    session.add(entry)
    _save_head(session, entry)
    return entry


def _this_facility(session: Session) -> str | None:
    """Entries without a user (a failed login, say) still belong to this desk's facility:
    the server accepts only rows of the facility a device is enrolled with."""
    return session.scalar(select(Facility.id).where(~Facility.deleted).limit(1))


def _save_head(session: Session, entry: AuditEntry) -> None:
    """This device's newest entry, kept apart from the chain so that cutting entries off the
    end of the chain is noticed too (a chain alone proves only what it still contains)."""
    head = session.get(LocalState, HEAD_KEY)
    value = sync_state.head_text(entry.device_seq, entry.entry_hash)
    if head is None:
        session.add(LocalState(key=HEAD_KEY, value=value))
    else:
        head.value = value


def record_read(
    session: Session,
    db: Database,
    actor: Actor,
    entity: str,
    entity_id: str | None,
    note: str = "",
) -> AuditEntry:
    """Log, in the reading service's transaction, that ``actor`` was shown a sensitive record
    (injury notes and complaints of ill-treatment; assessments)."""
    return record(session, db, actor, "read", entity, entity_id, note=note)


@dataclass(frozen=True)
class AuditView:
    id: str
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def recent_entries(db: Database, actor: Actor, limit: int = 200) -> list[AuditView]:
    """The newest entries, for those whose role may read the audit log."""
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_AUDIT)
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit))
        return [
            AuditView(r.id, r.at, r.username, r.action, r.entity, r.entity_id, r.before, r.after)
            for r in rows
        ]


@dataclass(frozen=True)
class ChainProblem:
    device: str
    device_seq: int
    entry_id: str | None
    reason: str


@dataclass(frozen=True)
class ChainReport:
    checked: int
    devices: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(db: Database) -> ChainReport:
    """Recompute every device's chain; report the first entry (oldest) that breaks it. This
    device is checked even with no entries left: against its stored head, and against what its
    outbox and the server have seen of it."""
    problems: list[tuple[datetime, ChainProblem]] = []
    checked = 0
    with db.read() as session:
        devices = set(session.scalars(select(AuditEntry.origin_device).distinct()).all())
        for device in sorted(devices | {db.device_id}):
            entries = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.origin_device == device)
                .order_by(AuditEntry.device_seq)
            )
            found = _first_break(device, entries)
            if found is None and device == db.device_id:
                found = _check_head(session, device)
            checked += (
                session.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.origin_device == device)
                )
                or 0
            )
            if found:
                problems.append(found)
    problems.sort(key=lambda item: item[0])
    return ChainReport(checked, len(devices), problems[0][1] if problems else None)


def _check_head(session: Session, device: str) -> tuple[datetime, ChainProblem] | None:
    """The end of this device's chain against the head stored beside it, and the head against
    the newest entry the outbox still holds or the server acknowledged: removing the newest
    entries, the head with them, or every entry is each noticed and said."""
    head = sync_state.audit_head(session)
    newest = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.origin_device == device)
        .order_by(AuditEntry.device_seq.desc())
        .limit(1)
    ).first()
    when = newest.at if newest else utc_now()
    head_seq, head_hash = head or (0, "")
    newest_seq = newest.device_seq if newest else 0
    if head is None and newest is not None:
        reason = f"the stored head is missing although entries up to {newest_seq} exist"
        return when, ChainProblem(device, newest_seq, newest.id, reason)
    if newest_seq < head_seq:
        if newest is None:
            reason = f"every entry is missing (the stored head says {head_seq} were written)"
        else:
            reason = (
                f"entries from {newest_seq + 1} to {head_seq} are missing (the newest were removed)"
            )
        return when, ChainProblem(device, newest_seq + 1, None, reason)
    if newest is not None and newest_seq > head_seq:
        reason = f"the stored head (entry {head_seq}) is older than the newest entry"
        return when, ChainProblem(device, newest_seq, newest.id, reason)
    if newest is not None and newest.entry_hash != head_hash:
        reason = "the newest entry differs from the one this device recorded"
        return when, ChainProblem(device, newest_seq, newest.id, reason)
    for witness, seen in _seen_elsewhere(session):
        if seen > head_seq:
            reason = (
                f"entries from {head_seq + 1} to {seen} are missing, the stored head with "
                f"them: {witness} has seen entry {seen} of this device"
            )
            return when, ChainProblem(device, head_seq + 1, None, reason)
    return None


def _seen_elsewhere(session: Session) -> list[tuple[str, int]]:
    """The newest entry of this device that its unsent outbox holds (fields are stored as
    ``{column: {"value", "hlc"}}``) and that the server has acknowledged (sync/engine.py
    keeps the latter)."""
    in_outbox = session.scalar(  # the outbox holds this device's changes only
        select(func.max(OutboxEntry.fields[("device_seq", "value")].as_integer())).where(
            OutboxEntry.table_name == AUDIT_TABLE, OutboxEntry.kind == "insert"
        )
    )
    return [
        ("the outbox", int(in_outbox or 0)),
        ("the server", sync_state.audit_acknowledged(session)),
    ]


def _first_break(
    device: str, entries: Iterable[AuditEntry]
) -> tuple[datetime, ChainProblem] | None:
    expected_prev, expected_seq = GENESIS, 1
    for entry in entries:
        if entry.device_seq != expected_seq:
            reason = f"entry {expected_seq} is missing (next is {entry.device_seq})"
            return entry.at, ChainProblem(device, expected_seq, None, reason)
        if entry.prev_hash != expected_prev:
            reason = "does not follow the previous entry (previous hash differs)"
            return entry.at, ChainProblem(device, entry.device_seq, entry.id, reason)
        if entry_hash(entry) != entry.entry_hash:
            reason = "content was changed after it was written (hash differs)"
            return entry.at, ChainProblem(device, entry.device_seq, entry.id, reason)
        expected_prev, expected_seq = entry.entry_hash, expected_seq + 1
    return None


def export_recorder(
    db: Database, actor: Actor, permission: Permission, entity: str, details: dict[str, Any]
) -> Callable[[int], None]:
    """What an export calls once its file is complete and before it takes its name
    (``spreadsheets.write_table``'s ``publish``): the audit entry of what left the system,
    with the rows written, in a short transaction of its own."""

    def record_export(rows: int) -> None:
        with db.write(actor.user_id) as session:
            verify_actor(session, actor, permission)
            record(session, db, actor, "export", entity, None, after={**details, "rows": rows})

    return record_export
