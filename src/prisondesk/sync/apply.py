"""Applying pulled changes to a workstation database (SYNC.md, Pull).

A page and the cursor after it are stored in one transaction (``Database.apply_remote``).
A record takes the server's value for every field, except fields this device still has in its
outbox: those keep the local value until the server has answered for them. Events are
inserted once. The device's clock moves past every HLC it receives.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Table, UniqueConstraint, delete, insert, select, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from prisondesk.db.capture import AUDIT_TABLE, HLC_STATE_KEY
from prisondesk.db.models import RejectedChange
from prisondesk.db.replication import LocalState, OutboxEntry, replicated_models
from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.wire import from_wire, utc_now
from prisondesk.sync import state
from prisondesk.sync.schema import table_schema

Touched = dict[str, set[str]]
AfterApply = Callable[[Session, Touched], None]


# wire types from_wire converts (dates, times, bytes) or checks (booleans, integers); text,
# uuid and json values are the Python values as they arrive
_CONVERTED = {"datetime", "date", "bytes", "boolean", "integer"}


@dataclass(frozen=True)
class LocalTable:
    table: Table
    kind: str
    types: dict[str, str]
    converted: frozenset[str] = frozenset()  # columns whose wire value needs from_wire
    revocable: bool = False  # follows a prisoner: a transfer away deletes it here


@cache
def local_tables() -> dict[str, LocalTable]:
    tables = {}
    for model in replicated_models():
        schema = table_schema(model)
        types = schema["columns"]
        tables[model.__tablename__] = LocalTable(  # type: ignore[attr-defined]
            model.__table__,  # type: ignore[attr-defined]
            schema["kind"],
            types,
            frozenset(name for name, kind in types.items() if kind in _CONVERTED),
            model.follows_prisoner,
        )
    return tables


CANNOT_STORE = "cannot_store"  # the reason of a pulled row kept among the rejected changes
UNSTORED = uuid.UUID("5a3c3f0e-6f1e-4d7c-9c1a-2f6f5b2c7d11")  # names their op ids


@dataclass
class PageResult:
    applied: int = 0
    skipped: int = 0  # tables this version does not know
    unstored: int = 0  # rows this desk could not store: kept as rejected changes
    touched: Touched = field(default_factory=lambda: defaultdict(set))


def apply_page(
    session: Session,
    clock: HybridClock,
    changes: list[dict[str, Any]],
    next_cursor: int | None,
    after_apply: AfterApply | None = None,
) -> PageResult:
    """Store one page (and, unless re-pulling a table, the cursor after it)."""
    result = PageResult()
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    # a row's latest change in the page decides: a revoked row goes, whatever came before
    latest = {(c["table"], c["row_id"]): c for c in changes}
    revoked = [c for c in latest.values() if c.get("revoked") and c["table"] in local_tables()]
    gone = {(c["table"], c["row_id"]) for c in revoked}
    for change in changes:
        if change["table"] not in local_tables():
            result.skipped += 1
        elif not change.get("revoked") and (change["table"], change["row_id"]) not in gone:
            by_table[change["table"]].append(change)
    for change in revoked:
        _forget(session, local_tables()[change["table"]], change["row_id"])
        result.applied += 1
    newest = ""
    for name, table_changes in by_table.items():
        target = local_tables()[name]
        if target.kind == "event":
            unstored = _insert_events(session, target, table_changes)
            if unstored:
                _keep_unstored(session, unstored)
                result.unstored += len(unstored)
            if name == AUDIT_TABLE:
                _follow_own_head(session, clock.device_id, table_changes, unstored)
        else:
            _merge_records(session, target, table_changes)
        result.applied += len(table_changes)
        result.touched[name].update(c["row_id"] for c in table_changes)
        newest = max([newest, *(max(c["hlc"].values(), default="") for c in table_changes)])
    if newest:
        clock.observe(newest)
        session.execute(
            update(LocalState)
            .where(LocalState.key == HLC_STATE_KEY, LocalState.value < clock.last)
            .values(value=clock.last)
        )
    if after_apply is not None and result.touched:
        after_apply(session, result.touched)
    if next_cursor is not None:
        state.put(session, state.CURSOR, str(next_cursor))
    return result


def _values(target: LocalTable, row: dict[str, Any]) -> dict[str, Any]:
    types, converted = target.types, target.converted
    return {
        name: from_wire(value, types[name]) if name in converted else value
        for name, value in row.items()
        if name in types  # a column a newer server knows and this version does not
    }


def _origin(change: dict[str, Any]) -> str:
    stamp = change["hlc"].get("id", "")
    return stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""


def _insert_events(
    session: Session, target: LocalTable, changes: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Store pulled events (one already here is left as it is); return those this desk could
    not store because another row holds one of their unique values."""
    rows = [
        {
            **_values(target, change["row"]),
            "hlc": next(iter(change["hlc"].values()), ""),
            "origin_device": _origin(change),
        }
        for change in changes
    ]
    session.execute(sqlite_insert(target.table).on_conflict_do_nothing(), rows)
    ids = [change["row_id"] for change in changes]
    present: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        present.update(
            session.scalars(select(target.table.c.id).where(target.table.c.id.in_(chunk)))
        )
    return [change for change in changes if change["row_id"] not in present]


def _follow_own_head(
    session: Session, device: str, changes: list[dict[str, Any]], unstored: list[dict[str, Any]]
) -> None:
    """This device's own entries coming back (a desk restored from an older backup pulls what
    it wrote after it): the stored head moves on to the newest, or `audit verify` would call
    the head older than the chain."""
    refused = {c["row_id"] for c in unstored}
    own = [c["row"] for c in changes if c["row_id"] not in refused and _origin(c) == device]
    if not own:
        return
    newest = max(own, key=lambda row: row["device_seq"])
    held = state.audit_head(session)
    # a head that is gone stays gone: verify must still say that it was removed
    if held is not None and held[0] < newest["device_seq"]:
        state.put(
            session, state.AUDIT_HEAD, state.head_text(newest["device_seq"], newest["entry_hash"])
        )


def _keep_unstored(session: Session, changes: list[dict[str, Any]]) -> None:
    """A pulled row this desk cannot store is never dropped silently: it is kept among the
    rejected changes that supervisors see (once, however often it is pulled again)."""
    now = utc_now()
    session.execute(
        sqlite_insert(RejectedChange.__table__).on_conflict_do_nothing(),
        [
            {
                "op_id": str(uuid.uuid5(UNSTORED, f"{c['table']}:{c['row_id']}")),
                "table_name": c["table"],
                "row_id": c["row_id"],
                "kind": "insert",
                "fields": {  # as an outbox op holds them (services/sync/review.py reads it)
                    column: {"value": value, "hlc": c["hlc"].get(column, "")}
                    for column, value in c["row"].items()
                },
                "reason": CANNOT_STORE,
                "user_id": c["row"].get("user_id"),
                "device_time": now,
                "rejected_at": now,
            }
            for c in changes
        ],
    )


def _merge_records(session: Session, target: LocalTable, changes: list[dict[str, Any]]) -> None:
    table = target.table
    ids = [change["row_id"] for change in changes]
    local = {
        row.id: row
        for row in session.execute(
            select(table.c.id, table.c.field_hlc, table.c.deleted).where(table.c.id.in_(ids))
        )
    }
    pending = _pending_fields(session, table.name, ids)
    incoming, converted = {}, []
    for change in changes:
        keep = pending.get(change["row_id"], set()) if change["row_id"] in local else set()
        values = _values(target, change["row"])
        converted.append(values)
        incoming[change["row_id"]] = {k: v for k, v in values.items() if k not in keep}
    _make_room(session, table, incoming)
    new_rows: dict[str, dict[str, Any]] = {}
    for change, values in zip(changes, converted, strict=True):
        stamps = {k: v for k, v in change["hlc"].items() if k in target.types or k == "deleted"}
        found = local.get(change["row_id"])
        keep = pending.get(change["row_id"], set())
        if found is None:  # the latest state of a row seen twice in one page wins
            new_rows[change["row_id"]] = {
                **values,
                "field_hlc": stamps,
                "deleted": bool(change["deleted"]),
                "origin_device": _origin(change),
            }
            continue
        values = {k: v for k, v in values.items() if k not in keep}
        field_hlc = {
            **(found.field_hlc or {}),
            **{k: v for k, v in stamps.items() if k not in keep},
        }
        session.execute(
            update(table)
            .where(table.c.id == change["row_id"])
            .values(
                **values,
                field_hlc=field_hlc,
                deleted=bool(change["deleted"] or ("deleted" in keep and found.deleted)),
            )
        )
    if new_rows:
        session.execute(insert(table), list(new_rows.values()))


def _forget(session: Session, target: LocalTable, row_id: str) -> None:
    """A row this facility may no longer see (its prisoner was transferred away): the copy
    goes (only such rows may be deleted, see ``db/guards.py``)."""
    if target.revocable:
        session.execute(delete(target.table).where(target.table.c.id == row_id))


def _pending_fields(session: Session, table_name: str, ids: list[str]) -> dict[str, set[str]]:
    pending: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(ids), 500):
        entries = session.execute(
            select(OutboxEntry.row_id, OutboxEntry.fields).where(
                OutboxEntry.table_name == table_name,
                OutboxEntry.row_id.in_(ids[start : start + 500]),
            )
        )
        for row_id, fields in entries:
            pending[row_id].update(fields)
    return pending


def retire_refused_insert(session: Session, table_name: str, row_id: str, reason: str) -> None:
    """A record the server refused to create exists here only. It is tombstoned, and its
    unique values get a suffix, so the row the server did accept (the same user name, say)
    can arrive; the refused values stay in ``sync_rejected`` for the supervisor. A row about
    a prisoner transferred away meanwhile goes, as the rows about them did."""
    target = local_tables().get(table_name)
    if target is None or target.kind != "record":
        return
    if reason == "out_of_scope" and target.revocable:
        _forget(session, target, row_id)
        return
    table = target.table
    row = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        return
    changes: dict[str, Any] = {"deleted": True, **_freed_keys(table, row, row_id)}
    session.execute(update(table).where(table.c.id == row_id).values(**changes))


def _make_room(session: Session, table: Table, incoming: dict[str, dict[str, Any]]) -> None:
    """Before pulled rows take unique values (a user name, a prisoner number), local rows
    still holding them give them up. The server holds every such value once at every commit,
    so a holder's own newer state follows later in this pull; a holder the server never
    accepted keeps the suffix, and the digest check repairs the table. One query per unique
    column group and page."""
    for columns in _unique_columns(table):
        wanted = {
            tuple(values[name] for name in columns): row_id
            for row_id, values in incoming.items()
            if all(name in values for name in columns)
        }
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            if len(columns) == 1:
                holding = table.c[columns[0]].in_([key[0] for key in chunk])
            else:
                holding = tuple_(*(table.c[name] for name in columns)).in_(chunk)
            for holder in list(session.execute(select(table).where(holding)).mappings()):
                taker = wanted.get(tuple(holder[name] for name in columns))
                if taker is not None and taker != holder["id"]:
                    session.execute(
                        update(table)
                        .where(table.c.id == holder["id"])
                        .values(**_freed_keys(table, holder, holder["id"], only=columns))
                    )


def _freed_keys(
    table: Table, row: Any, row_id: str, only: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """New values for a row's unique text columns, suffixed with its id so they clash with
    nothing."""
    changes: dict[str, Any] = {}
    for columns in [only] if only else _unique_columns(table):
        for name in columns:
            value = row[name]
            if isinstance(value, str) and name != "facility_id":
                suffix = f"~{row_id[-8:]}"
                length = getattr(table.c[name].type, "length", None) or 200
                changes[name] = value[: length - len(suffix)] + suffix
                break
    return changes


@cache
def _unique_columns(table: Table) -> list[tuple[str, ...]]:
    groups = [
        tuple(c.key for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    return groups + [(c.key,) for c in table.columns if c.unique and not c.primary_key]
