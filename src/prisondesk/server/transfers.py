"""Transfers between facilities (SYNC.md, Transfers), made by the push that sends a
prisoner's file out: its ``status`` becomes ``transferred_out`` with ``transfer_to`` naming
another facility of this server.

- The receiving facility gets the file as a prisoner arriving (``in_transit``, with
  ``transfer_from`` set and no wing or cell), and every row that follows the prisoner
  (contacts, injuries, property, photo, deposit ledger, assessments and their steps and
  classifications, the plan and its notes, case notes): their ``facility_id`` changes, so
  they reach its workstations on their next pull under new ``seq`` values.
- The sending facility keeps its own events, which stay where they are, and the file as it
  was when the prisoner left; the rows that followed the prisoner are revoked for it, and its
  workstations delete their copies (``server_left_row``, merged into its pulls by ``seq``).
- An event that follows the prisoner and reaches the server after the transfer (a wage the
  sender posts later) is stored at the receiving facility, and the sender loses it likewise.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import delete, select, tuple_

from prisondesk.domain.jsonbytes import canonical
from prisondesk.server import digest_totals
from prisondesk.server.database import SeqCounter, copy_rows
from prisondesk.server.models import LeftRow, ServerFacility, ServerRow
from prisondesk.server.push_context import (
    LeftEntry,
    PushContext,
    Rejected,
    RowState,
    packed,
    sent_value,
)
from prisondesk.server.tables import UUID_TEXT, table_specs

PRISONER = "prisoner"
LEFT = "transferred_out"
ARRIVING = "in_transit"


def check_destination(ctx: PushContext, values: dict[str, Any]) -> None:
    """Refuse a ``transfer_to`` that names the sender, or no facility whose first
    workstation has enrolled (only those ids are final)."""
    target = values.get("transfer_to")
    if target is None:
        return
    if ctx.facilities is None:
        ctx.facilities = set(
            ctx.session.scalars(select(ServerFacility.id).where(ServerFacility.claimed))
        )
    if target == ctx.device.facility_id or target not in ctx.facilities:
        raise Rejected("invalid_value", "transfer_to: not another enrolled facility of this server")


def prisoners_of(ops: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """The prisoners whose rows the ops insert, for ``check_still_here`` (loaded with the
    push's other rows)."""
    specs = table_specs()
    found = set()
    for op in ops:
        spec = specs.get(op["table"])
        if spec is None or not spec.follows_prisoner or op["kind"] != "insert":
            continue
        value = sent_value(op, "prisoner_id")
        if type(value) is str and UUID_TEXT.match(value):
            found.add((PRISONER, value))
    return found


def check_still_here(ctx: PushContext, values: dict[str, Any]) -> None:
    """Refuse a new row about a prisoner whose file has gone to another facility."""
    prisoner = ctx.rows.get((PRISONER, values.get("prisoner_id")))
    if prisoner is not None and prisoner.facility_id != ctx.device.facility_id:
        raise Rejected("out_of_scope", "the prisoner was transferred to another facility")


def forward_if_gone(ctx: PushContext, state: RowState) -> None:
    """An event that follows a prisoner whose file has gone to another facility — a wage of
    a pay period approved at the sending facility after the transfer — goes where the file
    is, as it would have gone with the transfer, and the sender's workstations delete their
    copy: refused, the prisoner's money would be lost; kept, it would stay behind."""
    prisoner = ctx.rows.get((PRISONER, state.row.get("prisoner_id")))
    source = state.facility_id
    if prisoner is None or prisoner.deleted or prisoner.facility_id in (None, source):
        return
    ctx.left.append(LeftEntry(source, state.table, state.row_id, None, {}))
    state.row = {**state.row, "facility_id": prisoner.facility_id}
    state.facility_id = prisoner.facility_id  # an event's one HLC stays the device's own


def hand_over_if_left(ctx: PushContext, state: RowState) -> None:
    """Hand the file over if the op just applied sent the prisoner to another facility."""
    row, source = state.row, state.facility_id
    target = row.get("transfer_to")
    if (
        state.table != PRISONER
        or state.deleted
        or row.get("status") != LEFT
        or target is None
        or source is None
        or target == source
    ):
        return
    followers = _followers(ctx, source, state.row_id)
    ctx.left.append(LeftEntry(source, PRISONER, state.row_id, dict(row), dict(state.hlc)))
    ctx.left.extend(LeftEntry(source, f.table, f.row_id, None, {}) for f in followers)
    stamp = ctx.clock.tick()
    arriving = {
        "facility_id": target,
        "status": ARRIVING,
        "transfer_from": source,
        "transfer_to": None,
        "wing_id": None,
        "cell": "",
    }
    _move(ctx, state, arriving, stamp)
    for follower in followers:
        _move(ctx, follower, {"facility_id": target}, stamp)


def _followers(ctx: PushContext, source: str, prisoner_id: str) -> list[RowState]:
    """The records of ``source`` about the prisoner: those this push holds, and the stored
    ones (by their indexed ``prisoner_id``)."""
    tables = [spec.name for spec in table_specs().values() if spec.follows_prisoner]
    found: dict[tuple[str, str], RowState] = {
        key: state
        for key, state in ctx.rows.items()
        if state is not None
        and state.table in tables
        and state.facility_id == source
        and state.row.get("prisoner_id") == prisoner_id
    }
    stored = ctx.session.scalars(
        select(ServerRow).where(
            ServerRow.prisoner_id == prisoner_id,
            ServerRow.facility_id == source,
            ServerRow.table_name.in_(tables),
        )
    )
    for row in stored:
        key = (row.table_name, row.row_id)
        if key in ctx.rows:
            continue  # this push's own state of the row is the newer one
        state = RowState.stored(row)
        if state.row.get("prisoner_id") == prisoner_id:
            ctx.rows[key] = found[key] = state
    return list(found.values())


def _move(ctx: PushContext, state: RowState, changes: dict[str, Any], stamp: str) -> None:
    state.row = {**state.row, **changes}
    state.hlc.update(dict.fromkeys(changes, stamp))
    state.writers.update(dict.fromkeys(changes))  # the server wrote these, no user
    state.facility_id = changes["facility_id"]
    ctx.touch(state)


def write_left(ctx: PushContext, seqs: SeqCounter, totals: digest_totals.Changes) -> None:
    """Store what the senders keep and lose, after the moved rows. An entry a facility had
    of an earlier transfer of the same rows is replaced; one the receiver had (the prisoner
    comes back) goes, since the rows are its own again."""
    entries = ctx.left
    stale = {(e.facility_id, e.table, e.row_id) for e in entries}
    for e in entries:
        moved = ctx.rows[(e.table, e.row_id)]
        if moved is not None and moved.facility_id is not None:
            stale.add((moved.facility_id, e.table, e.row_id))
    keys = sorted(stale)
    left = LeftRow.__table__
    for start in range(0, len(keys), 500):
        gone = ctx.session.execute(
            delete(left)
            .where(
                tuple_(left.c.facility_id, left.c.table_name, left.c.row_id).in_(
                    keys[start : start + 500]
                )
            )
            .returning(left.c.facility_id, left.c.table_name, left.c.row_hash)
        )
        for facility, table, hashed in gone:
            if hashed is not None:
                totals.remove(facility, table, hashed, kept=True)
    rows = []
    for entry in entries:
        encoded = canonical(entry.row) if entry.row is not None else None
        rows.append(
            {
                "facility_id": entry.facility_id,
                "table_name": entry.table,
                "row_id": entry.row_id,
                "seq": seqs.next(),
                "row": encoded.decode("utf-8") if encoded is not None else None,
                "hlc": (packed(entry.hlc, entry.row) if entry.row else b"{}").decode(),
                "row_hash": hashlib.sha256(encoded).hexdigest()[:32] if encoded else None,
                "left_at": ctx.now,
            }
        )
    for row in rows:
        if row["row_hash"] is not None:
            totals.add(row["facility_id"], row["table_name"], row["row_hash"], kept=True)
    ctx.session.flush()
    copy_rows(ctx.session.connection(), LeftRow.__table__, rows)
