"""Row and operation identifiers: UUIDv7 as lowercase hyphenated text (SYNC.md)."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> str:
    """A time-ordered UUIDv7, unique without coordination between workstations."""
    return str(uuid6.uuid7())


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False
