"""An audit entry's place in its device's hash chain, checked before it is stored.

Every desk verifies every device's chain (``prisondesk audit verify``); an entry whose hash
does not fit would make the chain broken on every desk of the facility. So the server refuses
(``invalid_value``) an entry whose ``entry_hash`` is not the hash of its fields, the first
entry of a device (``device_seq`` 1) that does not start from ``GENESIS``, and an entry whose
``prev_hash`` is not the hash of the device's entry before it, when the server has that one
(an entry refused earlier leaves a gap, which desks report, rather than refusing every entry
after it). The rule itself is ``domain/audit_chain.py``; docs/audit-chain.md spells it out.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from prisondesk.domain.audit_chain import GENESIS, chain_hash
from prisondesk.domain.jsonbytes import loads
from prisondesk.server.models import ServerRow, UniqueKey
from prisondesk.server.push_context import PushContext, Rejected, sent_value, unique_key_text

TABLE = "audit_entry"
KEY = ("origin_device", "device_seq")  # desks' UNIQUE on audit_entry, as tables.py lists it


def _unique_key(device: str, seq: int) -> str:
    """The stored key ``(origin_device, device_seq)`` of a device's entry."""
    return unique_key_text({"origin_device": device, "device_seq": seq}, KEY)


def preload(ctx: PushContext, ops: list[dict[str, Any]]) -> None:
    """The stored entries that the pushed ones follow, with their hashes: two queries."""
    wanted: dict[str, int] = {}
    for op in ops:
        if op["table"] != TABLE or op["kind"] != "insert":
            continue
        seq = sent_value(op, "device_seq")
        if type(seq) is int and seq > 1:
            wanted[_unique_key(ctx.device.id, seq - 1)] = seq - 1
    if not wanted:
        return
    holders = dict(
        ctx.session.execute(
            select(UniqueKey.row_id, UniqueKey.key).where(
                UniqueKey.table_name == TABLE, ctx.among(UniqueKey.key, sorted(wanted))
            )
        ).all()
    )
    if not holders:
        return
    rows = ctx.session.execute(
        select(ServerRow.row_id, ServerRow.row).where(
            ServerRow.table_name == TABLE, ctx.among(ServerRow.row_id, sorted(holders))
        )
    )
    for row_id, text in rows:
        ctx.chain[(ctx.device.id, wanted[holders[row_id]])] = loads(text)["entry_hash"]


def check(ctx: PushContext, values: dict[str, Any]) -> None:
    """Refuse an entry that does not fit its device's chain as the server knows it."""
    entry = {**values, "origin_device": ctx.device.id}
    try:
        expected = chain_hash(entry)
    except (KeyError, TypeError, ValueError):
        raise Rejected(
            "invalid_value", "audit_entry: not hashable as docs/audit-chain.md says"
        ) from None
    if values.get("entry_hash") != expected:
        raise Rejected(
            "invalid_value", "entry_hash: not the hash of the entry (docs/audit-chain.md)"
        )
    seq = values.get("device_seq")
    if type(seq) is not int or seq < 1:
        raise Rejected("invalid_value", "device_seq: a device's entries count from 1")
    before = GENESIS if seq == 1 else ctx.chain.get((ctx.device.id, seq - 1))
    if before is not None and values.get("prev_hash") != before:
        raise Rejected(
            "invalid_value",
            f"prev_hash: not the hash of this device's entry {seq - 1}"
            if seq > 1
            else "prev_hash: a device's first entry follows GENESIS (64 zeros)",
        )


def stored(ctx: PushContext, values: dict[str, Any]) -> None:
    """The entry is in: the next one of this push follows it."""
    ctx.chain[(ctx.device.id, values["device_seq"])] = values["entry_hash"]
