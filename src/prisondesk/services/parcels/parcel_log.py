"""The parcel log: every parcel received on a day (or all of them), with where it has got to
and what was taken from it — for the shift report, printed or exported as CSV or XLSX."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, select
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
    """The log's rows, read as plain columns, not ORM objects: a busy gate's day is some
    hundreds of parcels with thousands of items (counted; only the items taken are read)."""
    facility = session.get(Facility, actor.facility_id)
    tz = zone(facility.time_zone if facility else None)
    parcels = _received(session, actor, tz, day)
    kinds, taken, counts = _events_and_items(session, [p.id for p in parcels])
    described = _taken_items(session, taken)
    people = prisoner_names(session, [p.prisoner_id for p in parcels])
    officers = {p.received_by for p in parcels if p.received_by}
    names = dict(
        session.execute(
            select(UserAccount.id, UserAccount.username).where(UserAccount.id.in_(officers))
        ).all()
    )
    return [
        ParcelLogRow(
            tracking=p.tracking,
            received=local(p.received_at, tz).strftime("%Y-%m-%d %H:%M"),
            channel=p.channel,
            sender=p.sender_name,
            prisoner=people.get(p.prisoner_id, ""),
            weight_grams=p.weight_grams,
            seal=p.seal,
            items=counts.get(p.id, 0),
            status=status_of(kinds[p.id]).value,
            confiscated="; ".join(
                f"{what} ({described.get((p.id, item_id or ''), '')})"
                for what, item_id in taken[p.id]
            ),
            officer=names.get(p.received_by or "", ""),
        )
        for p in parcels
    ]


def _received(session: Session, actor: Actor, tz: ZoneInfo, day: date | None) -> list[Row]:
    """The parcels received on the day (a range of ``ix_parcel_facility_received``), or all."""
    query = select(
        Parcel.id,
        Parcel.tracking,
        Parcel.received_at,
        Parcel.channel,
        Parcel.sender_name,
        Parcel.prisoner_id,
        Parcel.weight_grams,
        Parcel.seal,
        Parcel.received_by,
    ).where(Parcel.facility_id == actor.facility_id, ~Parcel.deleted)
    if day is not None:
        starts = from_local(datetime.combine(day, time()), tz)
        query = query.where(
            Parcel.received_at >= starts, Parcel.received_at < starts + timedelta(days=1)
        )
    return list(session.execute(query.order_by(Parcel.received_at, Parcel.tracking)))


Taken = dict[str, list[tuple[str, str | None]]]  # parcel id -> (what, item id) of each taken


def _events_and_items(
    session: Session, ids: list[str]
) -> tuple[dict[str, list[str]], Taken, dict[str, int]]:
    """Each parcel's kinds of events, what was taken from it, and how many items it has."""
    kinds: dict[str, list[str]] = defaultdict(list)
    taken: Taken = defaultdict(list)
    counts: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        events = session.execute(
            select(
                ParcelEvent.parcel_id, ParcelEvent.kind, ParcelEvent.prohibited, ParcelEvent.item_id
            )
            .where(ParcelEvent.parcel_id.in_(chunk))
            .order_by(ParcelEvent.occurred_at, ParcelEvent.hlc)
        )
        for parcel_id, kind, prohibited, item_id in events:
            kinds[parcel_id].append(kind)
            if kind == EventKind.CONFISCATED:
                taken[parcel_id].append((prohibited, item_id))
        counted = session.execute(
            select(ParcelItem.parcel_id, func.count())
            .where(ParcelItem.parcel_id.in_(chunk))
            .group_by(ParcelItem.parcel_id)
        )
        counts.update((parcel_id, count) for parcel_id, count in counted)
    return kinds, taken, counts


def _taken_items(session: Session, taken: Taken) -> dict[tuple[str, str], str]:
    """The descriptions of the items taken, the only items the log names, by parcel and item."""
    wanted = sorted({item for found in taken.values() for _, item in found if item})
    described = {}
    for start in range(0, len(wanted), 500):
        found = session.execute(
            select(ParcelItem.parcel_id, ParcelItem.id, ParcelItem.description).where(
                ParcelItem.id.in_(wanted[start : start + 500])
            )
        )
        described.update(((parcel_id, item_id), text) for parcel_id, item_id, text in found)
    return described
