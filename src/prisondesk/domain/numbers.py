"""Prisoner numbers that are unique across the service without asking anyone.

``BSH-1-K7Q-00042``: the facility code, a three-letter tag of the workstation that issued it
(from its device id, so each desk numbers its own range) and that desk's running count. Two
desks of a facility share a tag with a probability of about 1 in 30,000 per pair; the unique
constraint on the number makes such a clash visible when they sync.
"""

from __future__ import annotations

import re
import uuid

# a facility's code, the first part of its prisoners' numbers: desks and the server check it
# the same way
FACILITY_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud and typed safely


def device_tag(device_id: str) -> str:
    bits = uuid.UUID(device_id).int & 0x7FFF  # the random tail of a UUIDv7
    return "".join(ALPHABET[(bits >> shift) & 0x1F] for shift in (10, 5, 0))


def prisoner_number(facility_code: str, tag: str, sequence: int) -> str:
    return f"{facility_code}-{tag}-{sequence:05d}"


_NUMBER_TAIL = re.compile(f"^[{ALPHABET}]{{3}}-[0-9]{{5,9}}$")


def is_prisoner_number(text: str, facility_code: str) -> bool:
    """Whether ``text`` is a number as this facility's desks give them (an imported register
    may keep its numbers only in this form: anything else would be a number no desk can
    search, print or keep unique)."""
    prefix = f"{facility_code}-"
    return text.startswith(prefix) and _NUMBER_TAIL.match(text[len(prefix) :]) is not None
