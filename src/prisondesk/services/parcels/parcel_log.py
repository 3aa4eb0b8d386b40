"""The parcel log: every parcel received on a day (or all of them), with where it has got to
and what was taken from it — for the shift report, printed or exported as CSV or XLSX."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, Parcel, ParcelEvent, ParcelItem, UserAccount
from prisondesk.domain.clock import from_local, local, zone
from prisondesk.domain.parcels import EventKind, status_of
from prisondesk.domain.roles import Permission
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.spreadsheets import FORMATS, write_table
from prisondesk.services.parcels.views import prisoner_names


@dataclass(frozen=True)
class ParcelLogRow:
    tracking: str
    received: str  # the facility's date and time
    channel: str
    sender: str
    prisoner: str
    weight_grams: int
    seal: str
    items: int
    status: str
    confiscated: str  # "what (item); …"
    officer: str


COLUMNS = tuple(f.name for f in fields(ParcelLogRow))


def parcel_log(db: Database, actor: Actor, day: date | None = None) -> list[ParcelLogRow]:
    """The parcels received on ``day`` at the facility (its calendar), or every parcel."""
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        return _rows(session, actor, day)


def export_parcels(
    db: Database, actor: Actor, path: Path, fmt: str, day: date | None = None
) -> int:
    """The log as CSV or XLSX (cells that would run as formulas are written as text); the
    export is audited before the file takes its name."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    rows = parcel_log(db, actor, day)

    # senders' and prisoners' names leave the system
    audited = audit.export_recorder(
        db,
        actor,
        Permission.GATE_PARCELS,
        "parcel_log",
        {"day": day.isoformat() if day else "all", "file": path.name},
    )
    sheet = day.isoformat() if day else "parcels"
    return write_table(
        path, fmt, COLUMNS, (astuple(row) for row in rows), sheet=sheet, publish=audited
    )


def _rows(session: Session, actor: Actor, day: date | None) -> list[ParcelLogRow]:
    facility = session.get(Facility, actor.facility_id)
    tz = zone(facility.time_zone if facility else None)
    query = select(Parcel).where(Parcel.facility_id == actor.facility_id, ~Parcel.deleted)
    if day is not None:
        starts = from_local(datetime.combine(day, time()), tz)
        query = query.where(
            Parcel.received_at >= starts, Parcel.received_at < starts + timedelta(days=1)
        )
    parcels = session.scalars(query.order_by(Parcel.received_at, Parcel.tracking)).all()
    ids = [p.id for p in parcels]
    events: dict[str, list[ParcelEvent]] = defaultdict(list)
    items: dict[str, dict[str, str]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for event in session.scalars(select(ParcelEvent).where(ParcelEvent.parcel_id.in_(chunk))):
            events[event.parcel_id].append(event)
        for item in session.scalars(select(ParcelItem).where(ParcelItem.parcel_id.in_(chunk))):
            items[item.parcel_id][item.id] = item.description
    people = prisoner_names(session, [p.prisoner_id for p in parcels])
    names = {u.id: u.username for u in session.scalars(select(UserAccount))}
    return [
        ParcelLogRow(
            tracking=p.tracking,
            received=local(p.received_at, tz).strftime("%Y-%m-%d %H:%M"),
            channel=p.channel,
            sender=p.sender_name,
            prisoner=people.get(p.prisoner_id, ""),
            weight_grams=p.weight_grams,
            seal=p.seal,
            items=len(items[p.id]),
            status=status_of(e.kind for e in events[p.id]).value,
            confiscated="; ".join(
                f"{e.prohibited} ({items[p.id].get(e.item_id or '', '')})"
                for e in events[p.id]
                if e.kind == EventKind.CONFISCATED
            ),
            officer=names.get(p.received_by or "", ""),
        )
        for p in parcels
    ]
