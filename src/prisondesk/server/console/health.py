"""Sync health, per facility: its latest change (``seq``) and when it came, its active desks,
those not seen for some days, and the changes refused in the last 24 hours by reason. No
row's content is read: nothing personal, nothing secret."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from prisondesk.server.database import ServerDatabase
from prisondesk.server.models import Rejection, ServerDevice, ServerFacility, ServerRow

REFUSED_WITHIN = timedelta(hours=24)


@dataclass(frozen=True)
class HealthRow:
    code: str
    name: str
    latest_seq: int | None
    last_change_at: datetime | None
    active_devices: int
    late: list[str]  # the names of active desks not seen for the days asked
    refused: list[tuple[str, int]]  # (reason, count), most first


def overview(db: ServerDatabase, late_days: int, now: datetime | None = None) -> list[HealthRow]:
    now = now or datetime.now(UTC)
    late_before = now - timedelta(days=late_days)
    with db.read() as session:
        facilities = session.scalars(select(ServerFacility).order_by(ServerFacility.code)).all()
        desks: dict[str | None, list[ServerDevice]] = {}
        for device in session.scalars(
            select(ServerDevice)
            .where(ServerDevice.revoked_at.is_(None))
            .order_by(ServerDevice.name)
        ):
            desks.setdefault(device.facility_id, []).append(device)
        refused: dict[str | None, list[tuple[str, int]]] = {}
        for facility_id, reason, count in session.execute(
            select(Rejection.facility_id, Rejection.reason, func.count())
            .where(Rejection.at >= now - REFUSED_WITHIN)
            .group_by(Rejection.facility_id, Rejection.reason)
            .order_by(func.count().desc(), Rejection.reason)
        ):
            refused.setdefault(facility_id, []).append((reason, count))
        rows = []
        for facility in facilities:
            # the facility's newest row, by the (facility_id, seq) index: one step of it
            latest = session.execute(
                select(ServerRow.seq, ServerRow.changed_at)
                .where(ServerRow.facility_id == facility.id)
                .order_by(ServerRow.seq.desc())
                .limit(1)
            ).first()
            active = desks.get(facility.id, [])
            rows.append(
                HealthRow(
                    facility.code,
                    facility.name,
                    latest.seq if latest else None,
                    latest.changed_at if latest else None,
                    len(active),
                    [
                        d.name
                        for d in active
                        if d.last_seen_at is None or d.last_seen_at < late_before
                    ],
                    refused.get(facility.id, []),
                )
            )
    return rows
