"""``POST /sync/push``: each op applied on its own merits, in the order sent (SYNC.md, Push).

A push is one transaction. The rows the ops touch are loaded up front, merged in memory field
by field — the higher HLC wins; a concurrent loser becomes a ``sync_conflict`` row — and
written back at the end, each changed row under a new ``seq`` in the order it was first
touched (so a parent precedes the children pushed after it).

Only the writing holds the push lock that every push waits for (database.py). A push reads and
merges beside other devices' pushes, then, under the lock, looks again at what it read of
theirs — the seq of each row, the holder of each unique value — and decides again, under the
lock, if any of it has changed (two desks changing one record at the same moment), as it does
for the rare pushes whose decisions rest on more than those reads (a transfer, a facility's
first user). What a push reads of its own device (receipts, audit chain) its device lock keeps
still.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, select, tuple_, update

from prisondesk.domain.hlc import Timestamp
from prisondesk.domain.ids import new_id
from prisondesk.domain.jsonbytes import canonical, dumps
from prisondesk.domain.wire import from_wire, to_wire
from prisondesk.domain.write_rules import SECRET_COLUMNS
from prisondesk.server import audit_chain, authorise, digest_totals, transfers
from prisondesk.server.database import SeqCounter, copy_rows
from prisondesk.server.models import OpReceipt, ServerRow, UniqueKey
from prisondesk.server.push_context import (
    MISSING,
    PushContext,
    Rejected,
    RowState,
    packed,
    sent_stamp,
    sent_value,
)
from prisondesk.server.push_context import unique_key_text as _key
from prisondesk.server.tables import (
    SERVER_WRITTEN,
    UUID_TEXT,
    InvalidValue,
    TableSpec,
    checked_apart,
    normalized,
    plain_values,
    table_specs,
)

MAX_SKEW_MS = 5 * 60 * 1000
ORIGIN = "origin_device"  # not sent: the device whose HLC an event carries
CONFLICT_TABLE = "sync_conflict"
REDACTED = "***"  # a secret column's value in a conflict record (as in audit entries)
KINDS = ("insert", "update", "delete")


def push_ops(ctx: PushContext, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply ``ops`` (already shaped by the request model) and return one result per op."""
    audit_user = ctx.device.audit_user
    results = _decide(ctx, ops)
    seqs = ctx.lock()
    if ctx.overlapping and _changed_meanwhile(ctx):
        # decided again under the push lock, which nothing else changes; the ops are as sent
        # but for values normalised in place, which normalise to themselves
        ctx.device.audit_user = audit_user
        ctx = PushContext(ctx.session, ctx.lock, ctx.device, ctx.clock, ctx.now, among=ctx.among)
        results = _decide(ctx, ops)
    _write(ctx, seqs)
    return results


def _decide(ctx: PushContext, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every op checked, merged and answered in memory: nothing is written yet."""
    _preload(ctx, ops)
    authorise.prepare(ctx, ops, lambda audit: _lands(ctx, audit))
    results = []
    for op in ops:
        flags: list[str] = []
        try:
            status = _apply(ctx, op, flags)
        except Rejected as refusal:
            result = {"op_id": op["op_id"], "status": "rejected", "reason": refusal.reason}
            if refusal.detail:
                result["detail"] = refusal.detail
            results.append(result)
            continue
        if status in ("applied", "merged"):
            ctx.receipts.add(op["op_id"])
            authorise.applied(ctx, op)
        if status in ("applied", "merged") and (op["kind"] != "insert" or flags):
            # an insert's row is its own receipt (its id keeps the insert's HLC for good):
            # only updates, deletes and inserts whose clock was pulled back get a receipt
            ctx.new_receipts.append(
                {
                    "op_id": op["op_id"],
                    "device_id": ctx.device.id,
                    "status": status,
                    "received_at": ctx.now,
                }
            )
        result = {"op_id": op["op_id"], "status": status}
        if flags:
            result["flags"] = flags
        results.append(result)
    return results


def _changed_meanwhile(ctx: PushContext) -> bool:
    """Whether another push has changed what this one's decisions rest on since it read it
    (asked under the push lock)."""
    if ctx.left or ctx.setting_up:
        return True  # a transfer's rows, a facility's first user: found by queries, not ids
    stored_rows = ServerRow.__table__
    now: dict[tuple[str, str], int] = {}
    for chunk in _chunks(sorted({row_id for _, row_id in ctx.read_rows})):
        found = ctx.session.execute(
            select(stored_rows.c.table_name, stored_rows.c.row_id, stored_rows.c.seq).where(
                ctx.among(stored_rows.c.row_id, chunk)
            )
        )
        now.update(((table, row_id), seq) for table, row_id, seq in found)
    if any(now.get(key) != seq for key, seq in ctx.read_rows.items()):
        return True
    by_table: dict[str, list[str]] = {}
    for table, key in ctx.read_keys:
        by_table.setdefault(table, []).append(key)
    for table, keys in by_table.items():
        for chunk in _chunks(sorted(keys)):
            held = ctx.session.execute(
                select(UniqueKey.key, UniqueKey.row_id).where(
                    UniqueKey.table_name == table, ctx.among(UniqueKey.key, chunk)
                )
            )
            holders = dict(held.all())
            if any(holders.get(key) != ctx.read_keys[(table, key)] for key in chunk):
                return True
    return False


def _preload(ctx: PushContext, ops: list[dict[str, Any]]) -> None:
    """The rows, receipts and unique values the ops need, a few queries per push. Only
    well-formed ids are looked up (the others' ops are refused, and PostgreSQL takes no NUL
    in a text parameter)."""
    keys = sorted(
        {(op["table"], op["row_id"]) for op in ops if UUID_TEXT.match(op["row_id"])}
        | transfers.prisoners_of(ops)
        | {key for key in authorise.users_of(ops) if UUID_TEXT.match(key[1])}
    )
    stored_rows = ServerRow.__table__  # rows, not ORM objects: nothing tracks them here
    ctx.read_rows.update(dict.fromkeys(keys))
    for chunk in _chunks(keys):
        found = ctx.session.execute(
            select(stored_rows).where(ctx.among(stored_rows.c.row_id, [row for _, row in chunk]))
        )
        for stored in found:
            key = (stored.table_name, stored.row_id)
            ctx.rows[key] = RowState.stored(stored)
            ctx.read_rows[key] = stored.seq
    # an insert of a row the server has never stored cannot have been answered before (rows
    # are never removed), so only the others' receipts are looked up
    answered_before = [
        op["op_id"]
        for op in ops
        if (op["kind"] != "insert" or (op["table"], op["row_id"]) in ctx.rows)
        and UUID_TEXT.match(op["op_id"])
    ]
    for chunk in _chunks(answered_before):
        ctx.receipts.update(
            ctx.session.scalars(select(OpReceipt.op_id).where(ctx.among(OpReceipt.op_id, chunk)))
        )
    _preload_unique_keys(ctx, ops)
    audit_chain.preload(ctx, ops)


def _preload_unique_keys(ctx: PushContext, ops: list[dict[str, Any]]) -> None:
    """The unique values the ops' inserts claim, looked up in one query per table (the
    per-op lookup in ``_key_holder`` remains for updates)."""
    wanted: dict[str, set[str]] = {}
    for op in ops:
        spec = table_specs().get(op["table"])
        if spec is None or op["kind"] != "insert":
            continue
        for columns in spec.unique:
            sent = {c: ctx.device.id if c == ORIGIN else sent_value(op, c) for c in columns}
            if MISSING not in sent.values():
                wanted.setdefault(spec.name, set()).add(_key(sent, columns))
    for table, keys in wanted.items():
        ctx.keys.update(dict.fromkeys(((table, key) for key in keys), None))
        for chunk in _chunks(sorted(keys)):
            held = ctx.session.execute(
                select(UniqueKey.key, UniqueKey.row_id).where(
                    UniqueKey.table_name == table, ctx.among(UniqueKey.key, chunk)
                )
            )
            for key, row_id in held:
                ctx.keys[(table, key)] = row_id
                ctx.stored_keys.add((table, key))
        ctx.read_keys.update(((table, key), ctx.keys[(table, key)]) for key in keys)


def _chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _apply(ctx: PushContext, op: dict[str, Any], flags: list[str]) -> str:
    if op["op_id"] in ctx.receipts:
        return "duplicate"
    spec = table_specs().get(op["table"])
    if spec is None:
        raise Rejected("unknown_table")
    if spec.name in SERVER_WRITTEN:
        raise Rejected("forbidden", f"{spec.name} is written by the server only")
    if not UUID_TEXT.match(op["op_id"]) or not UUID_TEXT.match(op["row_id"]):
        raise Rejected("invalid_value", "op_id and row_id are lowercase UUIDs")
    if op["kind"] not in KINDS:
        raise Rejected("invalid_value", f"unknown kind {op['kind']!r}")
    if spec.kind == "event" and op["kind"] != "insert":
        raise Rejected("append_only", f"{spec.name} is an event table: insert only")
    state = ctx.rows.get((spec.name, op["row_id"]))
    if state is not None and (
        (spec.kind == "event" and state.facility_id == ctx.device.facility_id)
        or _same_insert(op, state)
    ):
        # an event stored already (events merge by union), or this very insert replayed (an
        # HLC is never written twice; its row may have gone with a transferred prisoner
        # since): answered before the value checks, as a receipt would be — the rules may
        # have tightened since
        return "duplicate"
    fields = _checked_fields(ctx, spec, op, flags)
    if state is None and op["kind"] != "insert":
        raise Rejected("unknown_row")
    _check_scope(ctx, spec, op, fields, state)
    authorise.authorise(ctx, op, frozenset(fields.values))
    if spec.kind == "event":
        if spec.name == audit_chain.TABLE:
            audit_chain.check(ctx, fields.values)
        stored = _store_new(ctx, spec, op, fields, event=True)
        if spec.name == audit_chain.TABLE:
            audit_chain.stored(ctx, fields.values)
        elif spec.follows_prisoner:
            transfers.forward_if_gone(ctx, stored)
        return "applied"
    if spec.name == transfers.PRISONER:
        transfers.check_destination(ctx, fields.values)
    elif spec.follows_prisoner and state is None:
        transfers.check_still_here(ctx, fields.values)
    if state is None:
        state = _store_new(ctx, spec, op, fields, event=False)
        status = "applied"
    elif op["kind"] == "delete":
        _tombstone(ctx, spec, state, fields.stamps["deleted"])
        return "applied"
    else:
        status = _merge(ctx, spec, state, op, fields)
    transfers.hand_over_if_left(ctx, state)
    return status


def _lands(ctx: PushContext, op: dict[str, Any]) -> bool:
    """Whether an audit entry of this push will be stored, or already is: the checks
    ``_apply`` makes of an event before its user is authorised."""
    spec = table_specs()[authorise.AUDIT]
    if not (UUID_TEXT.match(op["op_id"]) and UUID_TEXT.match(op["row_id"])):
        return False
    stored = ctx.rows.get((spec.name, op["row_id"]))
    if stored is not None:
        return stored.facility_id == ctx.device.facility_id
    try:
        fields = _checked_fields(ctx, spec, op, [])
        _check_scope(ctx, spec, op, fields, None)
        audit_chain.check(ctx, fields.values)
    except Rejected:
        return False
    keyed = {**fields.values, ORIGIN: ctx.device.id}
    return all(  # a place of the chain another entry holds: refused, so it covers nobody
        _key_holder(ctx, spec.name, _key(keyed, columns)) in (None, op["row_id"])
        for columns in spec.unique
    )


def _same_insert(op: dict[str, Any], state: RowState) -> bool:
    """Whether the stored record was created by this insert: its ``id`` keeps the HLC of the
    insert that made it for good."""
    if op["kind"] != "insert":
        return False
    stamp = sent_stamp(op, "id")
    return type(stamp) is str and stamp == state.hlc.get("id")


class Fields(NamedTuple):
    """An op's checked fields: their values and their HLCs, by column."""

    values: dict[str, Any]
    stamps: dict[str, str]


_SHAPE = 'each field is {"value": ..., "hlc": ...}'


def _checked_fields(
    ctx: PushContext, spec: TableSpec, op: dict[str, Any], flags: list[str]
) -> Fields:
    """The op's values and HLCs, every one checked. This runs for every field of every op
    pushed, so the work is done in comprehensions, and an HLC the fields share (the usual
    case) is checked once."""
    sent = op.get("values")  # docs/sync-additions.md: values that share one HLC
    if type(op["base"]) is not dict:
        raise Rejected("invalid_value", "base is an object: {column: ...}")
    if sent is not None:
        if type(sent) is not dict or type(op.get("hlc")) is not str:
            raise Rejected("invalid_value", "values are an object, with their hlc")
        values = sent  # this op's own: parsed from its request
        stamps = dict.fromkeys(values, op["hlc"])
        distinct = {op["hlc"]}
    else:
        raw = op["fields"]
        if type(raw) is not dict:
            raise Rejected("invalid_value", "fields are an object: {column: ...}")
        try:
            values = {name: item["value"] for name, item in raw.items()}
            stamps = {name: item["hlc"] for name, item in raw.items()}
            distinct = set(stamps.values())
        except (TypeError, KeyError):
            raise Rejected("invalid_value", _SHAPE) from None
    columns = spec.columns
    kind = op["kind"]
    plain = kind != "delete" and plain_values(spec, values, every_column=kind == "insert")
    if plain:  # known columns, all there for an insert; only these few are left to look at
        unusual = [
            name
            for name in checked_apart(spec)
            if name in values and not columns[name].as_sent(values[name])
        ]
    else:
        unusual = [
            name
            for name, value in values.items()
            if (column := columns.get(name)) is not None and not column.as_sent(value)
        ]
    for name in unusual:
        column = columns[name]
        try:
            values[name] = normalized(column, values[name])
        except InvalidValue as problem:
            raise Rejected("invalid_value", f"{name}: {problem}") from None
    clamped = {hlc: _clamped(ctx, hlc, flags) for hlc in distinct}
    if any(hlc != stamp for hlc, stamp in clamped.items()):
        stamps = {name: clamped[hlc] for name, hlc in stamps.items()}
    if kind == "delete":
        if set(values) != {"deleted"} or values["deleted"] is not True:
            raise Rejected("invalid_value", 'a delete carries only {"deleted": true}')
    else:
        if not plain:
            _check_column_names(columns, values, kind)
        if kind == "insert":
            if values["id"] != op["row_id"]:
                raise Rejected("invalid_value", "id differs from row_id")
        elif "id" in values and values["id"] != op["row_id"]:
            raise Rejected("invalid_value", "id cannot change")
    return Fields(values, stamps)


def _check_column_names(columns: dict[str, Any], values: dict[str, Any], kind: str) -> None:
    unknown = values.keys() - columns.keys()
    if unknown:
        raise Rejected("invalid_value", f"unknown columns: {sorted(unknown)}")
    if kind == "insert":
        missing = columns.keys() - values.keys()
        if missing:
            raise Rejected(
                "invalid_value", f"an insert holds every column; missing {sorted(missing)}"
            )


_CLOCK_HEAD = re.compile(r"[0-9]{15}-[0-9]{5}-")


def _clamped(ctx: PushContext, hlc: Any, flags: list[str]) -> str:
    if (
        type(hlc) is str
        and hlc[22:] == ctx.device.id
        and _CLOCK_HEAD.match(hlc)
        and int(hlc[:15]) <= ctx.now.timestamp() * 1000 + MAX_SKEW_MS
    ):
        # the usual case, said quickly: this device's clock, not ahead. Exactly what the
        # path below accepts, as a device id is made of HLC_TEXT's characters (a UUID)
        return hlc
    if not isinstance(hlc, str):
        raise Rejected("invalid_value", "hlc is text")
    try:
        stamp = Timestamp.parse(hlc)
    except ValueError:
        raise Rejected("invalid_value", f"not an HLC: {hlc[:80]!r}") from None
    if stamp.device_id != ctx.device.id:
        # a device writes with its own clock only: another device's id would let it forge
        # (or shadow) that device's records and audit chain
        raise Rejected("invalid_value", "an HLC ends in the id of the device that pushes it")
    now_ms = int(ctx.now.timestamp() * 1000)
    if stamp.ms <= now_ms + MAX_SKEW_MS:
        return hlc
    # SYNC.md: a clock more than 5 minutes ahead is pulled back to the server's time; the
    # change is kept, and the device's id stays in the HLC.
    if "clock_skew" not in flags:
        flags.append("clock_skew")
    server = Timestamp.parse(ctx.clock.tick())
    return str(Timestamp(server.ms, server.counter, stamp.device_id))


def _check_scope(
    ctx: PushContext,
    spec: TableSpec,
    op: dict[str, Any],
    fields: Fields,
    state: RowState | None,
) -> None:
    own = ctx.device.facility_id
    values = fields.values
    if state is not None:
        if state.facility_id != own:
            raise Rejected("out_of_scope", "the row belongs to another facility")
        if "facility_id" in values and values["facility_id"] != own:
            raise Rejected("out_of_scope", "a row cannot move to another facility this way")
        return
    facility = values.get("facility_id")
    if facility is None:
        raise Rejected("forbidden", "shared reference rows are not written by workstations")
    if facility != own:
        raise Rejected("out_of_scope", "the row belongs to another facility")


def _store_new(
    ctx: PushContext,
    spec: TableSpec,
    op: dict[str, Any],
    fields: Fields,
    event: bool,
) -> RowState:
    row, hlc = fields  # fresh dicts of this op: the state may own them
    state = RowState(spec.name, op["row_id"], row.get("facility_id"), row, hlc, False, False)
    if not event:
        state.writers = dict.fromkeys(row, op.get("user_id"))
        _claim_keys(ctx, spec, state, row)
    elif spec.unique:
        _claim_event_keys(ctx, spec, state)
    ctx.touch(state)
    return state


def _tombstone(ctx: PushContext, spec: TableSpec, state: RowState, stamp: str) -> None:
    if state.deleted:
        return  # a tombstone is final; the first one stands
    state.deleted = True
    state.hlc["deleted"] = stamp
    for columns in spec.unique:
        _free_key(ctx, state, _key(state.row, columns))
    ctx.touch(state)


def _merge(
    ctx: PushContext,
    spec: TableSpec,
    state: RowState,
    op: dict[str, Any],
    fields: Fields,
) -> str:
    base = op.get("base") or {}
    merged = False
    winners: dict[str, tuple[Any, str]] = {}
    conflicts: list[tuple[str, Write, Write]] = []  # written only if the op is not refused
    stamps = fields.stamps
    for name, value in fields.values.items():
        stamp = stamps[name]
        current, current_stamp = state.row.get(name), state.hlc.get(name, "")
        if stamp == current_stamp:
            continue  # this very write is already here
        theirs = Write(current, current_stamp, state.writers.get(name), None)
        ours = Write(value, stamp, op.get("user_id"), _device_time(op))
        if state.deleted:
            # the record was deleted meanwhile, and a tombstone is final: this edit lost
            if value != current:
                merged = True
                conflicts.append((name, theirs, ours))
        elif stamp > current_stamp:
            winners[name] = (value, stamp)
            # the device overwrote a value it never saw: the one it replaced lost
            if value != current and (name not in base or base[name] != current):
                conflicts.append((name, ours, theirs))
        elif value != current:
            merged = True
            conflicts.append((name, theirs, ours))
    if winners:
        proposed = {**state.row, **{name: value for name, (value, _) in winners.items()}}
        _claim_keys(ctx, spec, state, proposed)
        state.row = proposed
        state.hlc.update({name: stamp for name, (_, stamp) in winners.items()})
        state.writers.update(dict.fromkeys(winners, op.get("user_id")))
    for name, kept, lost in conflicts:
        _conflict(ctx, state, name, kept=kept, lost=lost)
    if winners or merged:
        # a new seq even when nothing changed: the device that lost must pull the winner
        ctx.touch(state)
    return "merged" if merged else "applied"


@dataclass(frozen=True)
class Write:
    value: Any
    hlc: str
    user_id: str | None
    device_time: str | None


def _device_time(op: dict[str, Any]) -> str | None:
    try:
        return to_wire(from_wire(op.get("device_time"), "datetime"))
    except (TypeError, ValueError, AttributeError):
        return None


def _conflict(ctx: PushContext, state: RowState, name: str, kept: Write, lost: Write) -> None:
    conflict_id = new_id()
    if name in SECRET_COLUMNS.get(state.table, ()):  # never shown, never sent to headquarters
        kept = Write(REDACTED, kept.hlc, kept.user_id, kept.device_time)
        lost = Write(REDACTED, lost.hlc, lost.user_id, lost.device_time)
    row = {
        "id": conflict_id,
        "facility_id": state.facility_id,
        "table_name": state.table,
        "row_id": state.row_id,
        "field": name,
        "kept": {"value": kept.value, "hlc": kept.hlc},
        "kept_user_id": kept.user_id if _is_uuid(kept.user_id) else None,
        "lost": {"value": lost.value, "hlc": lost.hlc},
        "lost_user_id": lost.user_id if _is_uuid(lost.user_id) else None,
        "lost_device_time": lost.device_time,
        "detected_at": to_wire(ctx.now),
    }
    stamp = ctx.clock.tick()
    conflict = RowState(
        CONFLICT_TABLE, conflict_id, state.facility_id, row, dict.fromkeys(row, stamp), False, False
    )
    ctx.touch(conflict)


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID_TEXT.match(value) is not None


def _claim_keys(
    ctx: PushContext, spec: TableSpec, state: RowState, proposed: dict[str, Any]
) -> None:
    """Refuse a value another live row already holds; otherwise move this row's claims."""
    claims = []
    for columns in spec.unique:
        new_key = _key(proposed, columns)
        old_key = None if proposed is state.row else _key(state.row, columns)
        if new_key == old_key:
            continue
        holder = _key_holder(ctx, spec.name, new_key)
        if holder is not None and holder != state.row_id:
            raise _taken(spec, columns, proposed)
        claims.append((old_key, new_key))
    for old_key, new_key in claims:
        if old_key is not None and old_key != new_key:
            _free_key(ctx, state, old_key)
        ctx.keys[(spec.name, new_key)] = state.row_id
        ctx.keys_changed.add((spec.name, new_key))


def _claim_event_keys(ctx: PushContext, spec: TableSpec, state: RowState) -> None:
    """An event's unique values, claimed for good (events are never changed or deleted). An
    event's device is the one that pushes it (its HLC ends in that device's id): desks keep
    ``UNIQUE(origin_device, device_seq)`` on audit entries and store what they pull only if
    it fits, so the server refuses what they could not store."""
    keyed = {**state.row, ORIGIN: ctx.device.id}
    keys = [_key(keyed, columns) for columns in spec.unique]
    for columns, key in zip(spec.unique, keys, strict=True):
        holder = _key_holder(ctx, spec.name, key)
        if holder is not None and holder != state.row_id:
            raise _taken(spec, columns, keyed)
    for key in keys:
        ctx.keys[(spec.name, key)] = state.row_id
        ctx.keys_changed.add((spec.name, key))


def _taken(spec: TableSpec, columns: tuple[str, ...], values: dict[str, Any]) -> Rejected:
    shown = ", ".join(f"{c}={values.get(c)!r}" for c in columns)
    return Rejected("unique_violation", f"{spec.name}: {shown} is already used by another row")


def _free_key(ctx: PushContext, state: RowState, key: str) -> None:
    ctx.keys[(state.table, key)] = None
    ctx.keys_changed.add((state.table, key))
    if state.exists:  # a stored row's value has a stored key: it must go
        ctx.stored_keys.add((state.table, key))


def _key_holder(ctx: PushContext, table: str, key: str) -> str | None:
    if (table, key) not in ctx.keys:
        holder = ctx.session.scalar(
            select(UniqueKey.row_id).where(UniqueKey.table_name == table, UniqueKey.key == key)
        )
        ctx.keys[(table, key)] = ctx.read_keys[(table, key)] = holder
        if holder is not None:
            ctx.stored_keys.add((table, key))
    return ctx.keys[(table, key)]


def _write(ctx: PushContext, seqs: SeqCounter) -> None:
    """Core statements, many rows each: the ORM's per-row bookkeeping is not needed here."""
    specs = table_specs()
    connection = ctx.session.connection()
    rows_table = ServerRow.__table__
    inserts, updates = [], []
    totals = digest_totals.Changes()
    for state in ctx.dirty.values():
        is_event = state.table in specs and specs[state.table].kind == "event"
        encoded = canonical(state.row)
        text = encoded.decode("utf-8")
        hashed = hashlib.sha256(encoded).hexdigest()[:32]  # = digest.row_hash
        if state.stored_hash is not None:
            totals.remove(state.stored_facility, state.table, state.stored_hash)
        if not state.deleted:
            totals.add(state.facility_id, state.table, hashed)
        if is_event:  # one HLC, no writers
            hlc, writers = dumps(next(iter(state.hlc.values()))), b"{}"
        else:
            hlc, writers = packed(state.hlc, state.row), packed(state.writers, state.row)
        values = {
            "table_name": state.table,
            "row_id": state.row_id,
            "facility_id": state.facility_id,
            "seq": seqs.next(),
            "row": text,
            "hlc": hlc.decode(),
            "deleted": state.deleted,
            "row_hash": hashed,
            "writers": writers.decode(),
            "changed_at": ctx.now,
            "prisoner_id": state.row.get("prisoner_id") if _follows(specs, state) else None,
        }
        (updates if state.exists else inserts).append(values)
    if inserts:
        copy_rows(connection, rows_table, inserts)
    if updates:
        connection.execute(
            update(rows_table)
            .where(
                rows_table.c.table_name == bindparam("key_table"),
                rows_table.c.row_id == bindparam("key_row"),
            )
            .values(
                {
                    c: bindparam(c)
                    for c in (
                        "seq",
                        "row",
                        "hlc",
                        "deleted",
                        "row_hash",
                        "writers",
                        "changed_at",
                        "facility_id",  # moved by a transfer
                        "prisoner_id",
                    )
                }
            ),
            [{**u, "key_table": u["table_name"], "key_row": u["row_id"]} for u in updates],
        )
    if ctx.keys_changed:
        changed = sorted(ctx.keys_changed)
        # only keys stored before this push have a row to remove (new values have none)
        for chunk in _chunks([k for k in changed if k in ctx.stored_keys]):
            ctx.session.execute(
                delete(UniqueKey).where(tuple_(UniqueKey.table_name, UniqueKey.key).in_(chunk))
            )
        held = [
            {"table_name": table, "key": key, "row_id": ctx.keys[(table, key)]}
            for table, key in changed
            if ctx.keys[(table, key)] is not None
        ]
        if held:
            copy_rows(connection, UniqueKey.__table__, held)
    if ctx.new_receipts:
        copy_rows(connection, OpReceipt.__table__, ctx.new_receipts)
    if ctx.left:
        transfers.write_left(ctx, seqs, totals)
    totals.apply(connection)


def _follows(specs: dict[str, TableSpec], state: RowState) -> bool:
    spec = specs.get(state.table)
    return spec is not None and spec.follows_prisoner


def utc_now() -> datetime:
    return datetime.now(UTC)
