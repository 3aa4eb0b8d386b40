"""The audit entry's hash chain, one rule for the desks that write entries and the server that
checks them before it stores them (docs/audit-chain.md describes it for other clients).

An entry's hash is SHA-256, in lowercase hex, of the canonical JSON (keys sorted, separators
``,`` and ``:``, UTF-8, non-ASCII not escaped) of the entry's fields in their wire form, with
its device's id under ``device``. Each entry holds the previous entry's hash of the same
device (``GENESIS`` for the first, ``device_seq`` 1), so removing or changing one breaks the
chain after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = "0" * 64
HASHED = (
    "id",
    "device_seq",
    "facility_id",
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "note",
    "prev_hash",
)


def chain_hash(values: Mapping[str, Any]) -> str:
    """The hash of an entry given as wire values by column (``origin_device`` among them)."""
    body = {column: values[column] for column in HASHED}
    body["device"] = values["origin_device"]
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
