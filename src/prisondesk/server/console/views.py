"""What the console's pages list, read in one query or two each: facilities with their
desks, the enrolment codes issued, the desks with the changes refused to them lately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from prisondesk.server.database import ServerDatabase
from prisondesk.server.models import EnrolmentCode, Rejection, ServerDevice, ServerFacility

CODES_SHOWN = 100
REFUSED_DAYS = 7


@dataclass(frozen=True)
class FacilityRow:
    id: str
    code: str
    name: str
    created_at: datetime
    enrolled: int  # desks ever enrolled
    active_devices: int

    @property
    def waiting(self) -> bool:
        """No desk has joined it yet: its first desk is set up and enrolled next."""
        return self.enrolled == 0


@dataclass(frozen=True)
class CodeRow:
    facility: str | None  # "BSH-1 · name"; None: headquarters
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    used_by: str | None  # the desk's name
    state: str  # open, used, expired


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    facility_id: str | None
    facility: str | None  # "BSH-1 · name"; None: headquarters
    facility_code: str | None
    app_version: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None
    rejected: int  # changes refused to it in the last REFUSED_DAYS days


def _named(facility: ServerFacility | None) -> str | None:
    return f"{facility.code} · {facility.name}" if facility else None


def facilities(db: ServerDatabase) -> list[FacilityRow]:
    with db.read() as session:
        counts = {
            facility_id: (enrolled, enrolled - revoked)
            for facility_id, enrolled, revoked in session.execute(
                select(
                    ServerDevice.facility_id, func.count(), func.count(ServerDevice.revoked_at)
                ).group_by(ServerDevice.facility_id)
            )
        }
        rows = session.scalars(select(ServerFacility).order_by(ServerFacility.code)).all()
        return [
            FacilityRow(f.id, f.code, f.name, f.created_at, *counts.get(f.id, (0, 0))) for f in rows
        ]


def codes(db: ServerDatabase, now: datetime | None = None) -> list[CodeRow]:
    now = now or datetime.now(UTC)
    with db.read() as session:
        found = session.execute(
            select(EnrolmentCode, ServerFacility, ServerDevice.name)
            .outerjoin(ServerFacility, ServerFacility.id == EnrolmentCode.facility_id)
            .outerjoin(ServerDevice, ServerDevice.id == EnrolmentCode.used_by)
            .order_by(EnrolmentCode.created_at.desc())
            .limit(CODES_SHOWN)
        ).all()
    return [
        CodeRow(
            _named(facility),
            code.created_at,
            code.expires_at,
            code.used_at,
            used_by,
            "used" if code.used_at else ("expired" if code.expires_at <= now else "open"),
        )
        for code, facility, used_by in found
    ]


def devices(
    db: ServerDatabase,
    facility_id: str | None = None,
    now: datetime | None = None,
    device_id: str | None = None,
) -> list[DeviceRow]:
    since = (now or datetime.now(UTC)) - timedelta(days=REFUSED_DAYS)
    with db.read() as session:
        refused = dict(
            session.execute(
                select(Rejection.device_id, func.count())
                .where(Rejection.at >= since)
                .group_by(Rejection.device_id)
            ).all()
        )
        query = (
            select(ServerDevice, ServerFacility)
            .outerjoin(ServerFacility, ServerFacility.id == ServerDevice.facility_id)
            .order_by(ServerFacility.code, ServerDevice.name)
        )
        if facility_id:
            query = query.where(ServerDevice.facility_id == facility_id)
        if device_id:
            query = query.where(ServerDevice.id == device_id)
        found = session.execute(query).all()
    return [
        DeviceRow(
            d.id,
            d.name,
            d.facility_id,
            _named(f),
            f.code if f else None,
            d.app_version,
            d.enrolled_at,
            d.last_seen_at,
            d.revoked_at,
            refused.get(d.id, 0),
        )
        for d, f in found
    ]


def device(db: ServerDatabase, device_id: str) -> DeviceRow | None:
    found = devices(db, device_id=device_id)
    return found[0] if found else None
