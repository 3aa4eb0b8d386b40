"""Facilities, enrolment codes and device tokens on the central server.

Secrets (enrolment codes, device tokens) are stored only as SHA-256 hashes: a copy of the
database does not let anyone act as a workstation. A code is single-use and expires.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from prisondesk.domain.ids import new_id
from prisondesk.domain.numbers import FACILITY_CODE
from prisondesk.server import admin_audit
from prisondesk.server.database import ServerDatabase
from prisondesk.server.models import EnrolmentCode, ServerDevice, ServerFacility, ServerRow
from prisondesk.server.text import N_

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone
CODE_VALID_FOR = timedelta(hours=24)


class AdminError(Exception):
    """A refused administration request; ``code`` is the protocol's error code. ``message``
    is English (the protocol's JSON, the command line); the console translates ``template``
    and fills in ``params``."""

    def __init__(self, status: int, code: str, template: str, /, **params: object) -> None:
        self.status, self.code, self.template, self.params = status, code, template, params
        self.message = template.format(**params)
        super().__init__(self.message)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.strip().upper().encode("utf-8")).hexdigest()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def now() -> datetime:
    return datetime.now(UTC)


def add_facility(db: ServerDatabase, code: str, name: str, by: str | None = None) -> ServerFacility:
    """``by``: who asks (admin_audit.py; the command line's account when not said)."""
    code = code.strip().upper()
    if not FACILITY_CODE.match(code):
        raise AdminError(
            422, "invalid_code", N_("A facility code has 2 to 16 Latin capitals, digits or dashes.")
        )
    name = " ".join(name.split())
    if not name:
        raise AdminError(422, "invalid_name", N_("A facility needs a name."))
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name) or "<" in name or ">" in name:
        raise AdminError(
            422, "invalid_name", N_("A facility's name holds letters, digits and punctuation, "
                                    "without < > or control characters."),
        )  # fmt: skip
    if len(name) > 200:
        raise AdminError(422, "invalid_name", N_("A facility's name has at most 200 characters."))
    with db.write() as session:
        if session.scalar(select(ServerFacility).where(ServerFacility.code == code)):
            raise AdminError(
                409, "facility_exists", N_("Facility {code} is registered already."), code=code
            )
        facility = ServerFacility(
            id=new_id(), code=code, name=name, claimed=False, created_at=now()
        )
        session.add(facility)
        admin_audit.record(session, by or admin_audit.shell_actor(), "facility_added", code, name)
    return facility


def facilities(db: ServerDatabase) -> list[ServerFacility]:
    with db.read() as session:
        return list(session.scalars(select(ServerFacility).order_by(ServerFacility.code)))


def new_enrolment_code(
    db: ServerDatabase,
    facility_code: str | None,
    valid_for: timedelta = CODE_VALID_FOR,
    by: str | None = None,
) -> tuple[str, datetime]:
    """A one-time code for a workstation of ``facility_code`` (None: a headquarters viewer).
    The code itself is audited by its hash's beginning, never whole."""
    code = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    with db.write() as session:
        facility_id = None
        if facility_code is not None:
            facility = session.scalar(
                select(ServerFacility).where(ServerFacility.code == facility_code.strip().upper())
            )
            if facility is None:
                raise AdminError(
                    404,
                    "unknown_facility",
                    N_("There is no facility {code}: add it first."),
                    code=facility_code.strip().upper(),
                )
            facility_id = facility.id
        expires = now() + valid_for
        session.add(
            EnrolmentCode(
                code_hash=secret_hash(code),
                facility_id=facility_id,
                created_at=now(),
                expires_at=expires,
            )
        )
        admin_audit.record(
            session, by or admin_audit.shell_actor(), "code_issued",
            facility.code if facility_id else "HQ",
            secret_hash(code)[:8],  # which code, never the code
        )  # fmt: skip
    return code, expires


@dataclass(frozen=True)
class LocalFacility:
    """The facility a workstation already holds (set up offline), sent with its enrolment."""

    id: str
    code: str


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    token: str
    facility_id: str | None


def enroll(
    db: ServerDatabase,
    code: str,
    name: str,
    app_version: str,
    device_id: str | None = None,
    local: LocalFacility | None = None,
) -> Enrolment:
    """Turn a one-time code into a device token. A workstation set up offline lends its
    facility id to a facility nobody has claimed yet, keeping its rows; any other mismatch
    is refused with a message that says what to do."""
    moment = now()
    with db.write() as session:
        # locked: two workstations racing with one code cannot both use it
        entry = session.get(EnrolmentCode, secret_hash(code), with_for_update=True)
        if entry is None or entry.used_at is not None or entry.expires_at <= moment:
            raise AdminError(
                401,
                "invalid_code",
                "this enrolment code is unknown, used or expired: ask the server administrator "
                "for a new one",
            )
        facility = session.get(ServerFacility, entry.facility_id) if entry.facility_id else None
        if facility is None and local is not None:  # refused before the code is spent
            raise AdminError(
                409,
                "headquarters_code",
                "this code is for a headquarters viewer and this workstation serves a facility: "
                "ask for a code of its facility",
            )
        if facility is not None:
            _join(session, facility, local)
        device_id = device_id or new_id()
        token = secrets.token_urlsafe(32)
        device = session.get(ServerDevice, device_id)
        facility_id = facility.id if facility else None
        if device is None:
            device = ServerDevice(id=device_id, enrolled_at=moment)
            session.add(device)
        elif device.revoked_at is None:
            # device ids are visible in every HLC: a code must not let anyone take over an
            # enrolled workstation's identity
            raise AdminError(
                409,
                "device_enrolled",
                "this workstation is already enrolled: revoke it on the server first",
            )
        device.facility_id = facility_id
        device.name = name.strip()[:200] or device_id
        device.app_version = app_version[:40]
        device.token_hash = token_hash(token)
        device.revoked_at = None
        device.enrolled_at = moment
        entry.used_at, entry.used_by = moment, device_id
    return Enrolment(device_id, token, facility_id)


def _join(session, facility: ServerFacility, local: LocalFacility | None) -> None:
    if local is None:
        if not facility.claimed:
            raise AdminError(
                409,
                "facility_empty",
                "no workstation of facility {code} has synced yet: set up the first "
                "one with its own administrator, then enrol it",
                code=facility.code,
            )
        return
    if local.code.strip().upper() != facility.code:
        raise AdminError(
            409,
            "facility_mismatch",
            "this workstation serves facility {local}, but the code is for {code}",
            local=local.code,
            code=facility.code,
        )
    if local.id == facility.id:
        return
    if facility.claimed or session.scalar(
        select(ServerRow.row_id).where(ServerRow.facility_id == facility.id).limit(1)
    ):
        raise AdminError(
            409,
            "facility_taken",
            "facility {code} already has data from another workstation: set this "
            "workstation up again and choose to join the existing facility",
            code=facility.code,
        )
    # The first workstation keeps its rows: the server takes its facility id, and so do the
    # codes and devices registered under the provisional one.
    old_id = facility.id
    for model in (EnrolmentCode, ServerDevice):
        for row in session.scalars(select(model).where(model.facility_id == old_id)):
            row.facility_id = local.id
    facility.id = local.id
    facility.claimed = True


def directory(db: ServerDatabase) -> list[dict[str, str]]:
    """Facilities whose first workstation has enrolled: their ids are final (a provisional
    id changes when that workstation claims the facility)."""
    with db.read() as session:
        found = session.scalars(
            select(ServerFacility).where(ServerFacility.claimed).order_by(ServerFacility.code)
        )
        return [{"id": f.id, "code": f.code, "name": f.name} for f in found]


def authenticate(db: ServerDatabase, token: str) -> ServerDevice | None:
    with db.read() as session:
        device = session.scalar(
            select(ServerDevice).where(ServerDevice.token_hash == token_hash(token))
        )
    if device is None or device.revoked_at is not None:
        return None
    return device


SEEN_EVERY = timedelta(minutes=1)  # ``prisondesk server devices`` shows the minute


def mark_seen(
    session: Session, device: ServerDevice, moment: datetime, audit_user: str | None
) -> None:
    """Note the device's push, in the push's own transaction: when it was last seen (once a
    minute is enough: a round of a large upload is many pushes) and whose audit entry it
    pushed last (server/authorise.py)."""
    changes: dict[str, object] = {}
    if device.last_seen_at is None or moment - device.last_seen_at >= SEEN_EVERY:
        changes["last_seen_at"] = moment
    if audit_user != device.audit_user:
        changes["audit_user"] = audit_user
    if changes:
        session.execute(update(ServerDevice).where(ServerDevice.id == device.id).values(changes))


def devices(db: ServerDatabase) -> list[ServerDevice]:
    with db.read() as session:
        return list(session.scalars(select(ServerDevice).order_by(ServerDevice.enrolled_at)))


def revoke(db: ServerDatabase, device_id: str, by: str | None = None) -> ServerDevice:
    """Revoke by full id or an unambiguous beginning of it."""
    with db.write() as session:
        found = list(
            session.scalars(
                select(ServerDevice).where(ServerDevice.id.startswith(device_id, autoescape=True))
            )
        )
        if len(found) != 1:
            raise AdminError(
                404,
                "unknown_device",
                N_("{count} desks match {given}: give more of the id."),
                count=len(found),
                given=device_id,
            )
        device = found[0]
        if device.revoked_at is not None:
            raise AdminError(
                409, "already_revoked", N_("The desk {device} is revoked already."),
                device=device.id,
            )  # fmt: skip
        device.revoked_at = now()
        admin_audit.record(session, by or admin_audit.shell_actor(), "device_revoked", device.id,
                           device.name)  # fmt: skip
        return device
