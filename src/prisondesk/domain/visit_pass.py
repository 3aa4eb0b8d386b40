"""What a printed visit pass's barcode carries, and how the gate knows it is genuine.

``BSH-1-K7Q-00042.A3.7KQ2MX``: the pass number (facility code, the issuing desk's tag, its
running count — unique without asking anyone, like prisoner numbers), the id of the
facility's pass key that signed it, and a keyed check: the first 6 characters of an
HMAC-SHA256 over the facility id and the pass number, in an alphabet without look-alike
letters. A mistyped or forged pass fails the check; a pass of another facility fails it too
(its facility id differs). Keys are random, one per facility as a rule, and replicate to the
facility's desks; a key id lets the gate pick the right one.

Under the barcode the pass prints the same code for typing, ``BSH-1-K7Q-00042 A3 7KQ2MX``;
the gate reads it typed as well as scanned: in lower case, with spaces for dots, and with the
Cyrillic letters that look like the Latin ones (an officer on a Russian or Kyrgyz keyboard).
These only make the typed code readable: the check still refuses any typo.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date

from prisondesk.domain.text import QT_TRANSLATE_NOOP

CHECK_LENGTH = 6
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SCANNED = re.compile(r"^([A-Z0-9-]{6,40})\.([A-Z0-9]{1,8})\.([A-Z0-9]{6})$")
# Cyrillic capitals (Russian and Kyrgyz keyboards) that look like a Latin one, and dashes a
# copied text may carry; applied after upper(), so lower case maps too
_TYPED = str.maketrans(
    "АВЕКМНОРСТУХҮІ\u2010\u2011\u2012\u2013\u2014\u2212",
    "ABEKMHOPCTYXYI------",
)
_SEPARATOR = re.compile(r"\s*[.,]\s*|\s+")
_HYPHEN = re.compile(r"\s*-\s*")


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


def readable_code(code: str) -> str:
    """The code of a barcode as printed under it for typing: its three parts apart."""
    return code.replace(".", " ")


def parse_scan(text: str) -> ScannedPass | None:
    """The parts of a scanned barcode or of its code typed by hand, or None when it is not a
    pass at all. Only ``genuine`` tells whether the pass is real and was read right."""
    typed = _HYPHEN.sub("-", text.strip().upper().translate(_TYPED))
    found = SCANNED.match(".".join(_SEPARATOR.split(typed)))
    if found is None:
        return None
    return ScannedPass(found[1], found[2], found[3])


def genuine(scanned: ScannedPass, secret: str, facility_id: str) -> bool:
    expected = check_code(secret, facility_id, scanned.pass_number)
    return hmac.compare_digest(expected, scanned.check)


# Identity documents a pass names in the language it is printed in; any other document type
# prints as typed. Spellings are folded by _fold.
DOCUMENT_TYPES = {
    "passport": QT_TRANSLATE_NOOP("printing", "passport"),
    "id_card": QT_TRANSLATE_NOOP("printing", "ID card"),
    "birth_certificate": QT_TRANSLATE_NOOP("printing", "birth certificate"),
    "driving_licence": QT_TRANSLATE_NOOP("printing", "driving licence"),
    "military_id": QT_TRANSLATE_NOOP("printing", "military ID"),
    "residence_permit": QT_TRANSLATE_NOOP("printing", "residence permit"),
    "lawyer_certificate": QT_TRANSLATE_NOOP("printing", "lawyer's certificate"),
    "service_id": QT_TRANSLATE_NOOP("printing", "service ID"),
}
_SPELLINGS = {
    "passport": ("passport", "паспорт"),
    "id_card": (
        "id card",
        "id",
        "identity card",
        "id карта",
        "ид карта",
        "айди карта",
        "удостоверение личности",
        "инсандык күбөлүк",
    ),
    "birth_certificate": (
        "birth certificate",
        "свидетельство о рождении",
        "св во о рождении",
        "свид о рождении",
        "туулгандыгы тууралуу күбөлүк",
        "туулгандыгы жөнүндө күбөлүк",
    ),
    "driving_licence": (
        "driving licence",
        "driving license",
        "driver's license",
        "driver's licence",
        "driver license",
        "водительское удостоверение",
        "айдоочулук күбөлүк",
    ),
    "military_id": ("military id", "военный билет", "аскердик билет"),
    "residence_permit": ("residence permit", "вид на жительство", "жашоого уруксат"),
    "lawyer_certificate": (
        "lawyer's certificate",
        "lawyer certificate",
        "удостоверение адвоката",
        "адвокатское удостоверение",
        "адвокаттын күбөлүгү",
    ),
    "service_id": ("service id", "служебное удостоверение", "кызматтык күбөлүк"),
}
_FOLD_NOISE = re.compile(r"[\s_\-.]+")


def _fold(text: str) -> str:
    return _FOLD_NOISE.sub(" ", text.casefold().replace("ё", "е").replace("’", "'")).strip()


_KNOWN_DOCUMENTS = {_fold(s): key for key, spellings in _SPELLINGS.items() for s in spellings}


def known_document_type(typed: str) -> str | None:
    """The key in DOCUMENT_TYPES of a document type as typed in any language, or None."""
    return _KNOWN_DOCUMENTS.get(_fold(typed))


@dataclass(frozen=True)
class PassVisitor:
    full_name: str
    document_type: str  # as typed; the pass translates the known ones
    document_number: str
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
