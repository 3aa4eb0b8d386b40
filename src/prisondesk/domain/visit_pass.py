"""What a printed visit pass's barcode carries, and how the gate knows it is genuine.

``BSH-1-K7Q-00042.A3.7KQ2MX``: the pass number (facility code, the issuing desk's tag, its
running count — unique without asking anyone, like prisoner numbers), the id of the
facility's pass key that signed it, and a keyed check: the first 6 characters of an
HMAC-SHA256 over the facility id and the pass number, in an alphabet without look-alike
letters. A mistyped or forged pass fails the check; a pass of another facility fails it too
(its facility id differs). Keys are random, one per facility as a rule, and replicate to the
facility's desks; a key id lets the gate pick the right one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date

CHECK_LENGTH = 6
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SCANNED = re.compile(r"^([A-Z0-9-]{6,40})\.([A-Z0-9]{1,8})\.([A-Z0-9]{6})$")


def new_pass_key() -> tuple[str, str]:
    """A key id (two characters) and a 256-bit secret (base64)."""
    key_id = "".join(secrets.choice(_ALPHABET) for _ in range(2))
    return key_id, base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def check_code(secret: str, facility_id: str, pass_number: str) -> str:
    digest = hmac.new(
        base64.b64decode(secret), f"{facility_id}|{pass_number}".encode(), hashlib.sha256
    ).digest()
    value = int.from_bytes(digest[:8], "big")
    return "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in range(CHECK_LENGTH))


def barcode_text(secret: str, key_id: str, facility_id: str, pass_number: str) -> str:
    return f"{pass_number}.{key_id}.{check_code(secret, facility_id, pass_number)}"


@dataclass(frozen=True)
class ScannedPass:
    pass_number: str
    key_id: str
    check: str


def parse_scan(text: str) -> ScannedPass | None:
    """The parts of a scanned barcode, or None when it is not a pass at all."""
    found = SCANNED.match(text.strip().upper())
    if found is None:
        return None
    return ScannedPass(found[1], found[2], found[3])


def genuine(scanned: ScannedPass, secret: str, facility_id: str) -> bool:
    expected = check_code(secret, facility_id, scanned.pass_number)
    return hmac.compare_digest(expected, scanned.check)


@dataclass(frozen=True)
class PassVisitor:
    full_name: str
    document: str
    child: bool


@dataclass(frozen=True)
class VisitPassDoc:
    facility: str
    number: str
    barcode: str
    kind: str
    day: date
    starts: str
    ends: str
    room: str
    prisoner: str
    visitors: tuple[PassVisitor, ...]
