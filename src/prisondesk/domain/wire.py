"""Values on the sync wire (SYNC.md, Values): how a column's value becomes JSON and back."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from typing import Any


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def utc_now() -> datetime:
    return datetime.now(UTC)
