"""Values on the sync wire (SYNC.md, Values): how a column's value becomes JSON and back.

The text of a value must be the same on every side, because digests hash rows exactly as pull
delivers them. Datetimes are therefore always written one way: UTC with six fractional digits
and a ``Z`` (``2026-11-28T09:15:00.000000Z``); readers accept any ISO 8601 form.
"""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from typing import Any


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime on the wire: times are timezone-aware UTC")
        utc = value.astimezone(UTC).replace(tzinfo=None)
        return utc.isoformat(timespec="microseconds") + "Z"  # isoformat pads the year
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def from_wire(value: Any, kind: str) -> Any:
    """The Python value of a wire value of column type ``kind`` (the /sync/schema types)."""
    if value is None:
        return None
    if kind == "datetime":
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            raise ValueError(f"datetime without a time zone: {value!r}")
        return parsed.astimezone(UTC)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "bytes":
        return base64.b64decode(value, validate=True)
    if kind == "boolean" and not isinstance(value, bool):
        raise ValueError(f"not a boolean: {value!r}")
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"not an integer: {value!r}")
    return value


def utc_now() -> datetime:
    return datetime.now(UTC)
