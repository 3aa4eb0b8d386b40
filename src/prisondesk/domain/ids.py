"""Row and operation identifiers: UUIDv7 as lowercase hyphenated text (SYNC.md)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A time-ordered UUIDv7, unique without coordination between workstations."""
    return str(uuid6.uuid7())


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False


def created_at(identifier: str) -> datetime:
    """When a UUIDv7 was made (its first 48 bits are Unix milliseconds)."""
    millis = uuid.UUID(identifier).int >> 80
    return datetime.fromtimestamp(millis / 1000, UTC)
