"""Small pure checks on text that users type."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """Trimmed, NFC-normalised, inner whitespace runs collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def has_control_characters(value: str) -> bool:
    return bool(_CONTROL.search(value))
