"""What the parcel screens show: the queues (waiting for inspection, waiting for handover), a
prisoner's parcels, one parcel with its items and its history, and the parcel a scanned
tracking barcode names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import except_, func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Parcel,
    ParcelEvent,
    ParcelImage,
    Prisoner,
    QuotaApproval,
)
from prisondesk.domain.keyboard import typed_code
from prisondesk.domain.names import numbered_name
from prisondesk.domain.parcels import ENDINGS, EventKind, Status, endings, status_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visit_pass import parse_scan
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import Refused
from prisondesk.services.core.users import full_names
from prisondesk.services.parcels.custody import find_parcel, items_of, statuses_of


class ScanRefused(Refused):
    """A scan that opens no parcel."""


@dataclass(frozen=True)
class ParcelRow:
    id: str
    tracking: str
    prisoner: str
    sender: str
    received_at: datetime
    weight_grams: int
    seal: str
    status: Status


@dataclass(frozen=True)
class ItemLine:
    id: str
    category: str
    description: str
    quantity: int
    unit: str
    result: str  # passed | confiscated | medical, or "" before inspection


@dataclass(frozen=True)
class HistoryLine:
    kind: str
    at: datetime
    officer: str
    detail: str  # what was taken, why it went back, where it was sent


@dataclass(frozen=True)
class ParcelDetail:
    row: ParcelRow
    channel: str
    items: tuple[ItemLine, ...]
    history: tuple[HistoryLine, ...]  # oldest first
    quota_approval: str  # "Supervisor: reason", or ""
    clash: bool  # desks working apart ended it in different ways: a supervisor looks
    photos: int = 0  # photos of the parcel or its contents
    xray_images: int = 0


def waiting(db: Database, actor: Actor, status: Status) -> list[ParcelRow]:
    """The facility's parcels waiting for inspection or for handover, oldest first."""
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        # The parcels without an ending event, the few still on their way among years of
        # them: one merge, in id order, of the parcels' keys with each ending's range of
        # ix_parcel_event_kind, so that SQLite walks each index once instead of looking up
        # every parcel's events (most of a second at 500,000 parcels, bench/parcels.py). The
        # ORDER BY is what makes it a merge; handovers come first, as most parcels end so and
        # each merge passes on only the parcels left.
        kinds = sorted(ENDINGS, key=lambda kind: kind != EventKind.HANDED_OVER)
        merged = except_(
            select(Parcel.id),
            *(select(ParcelEvent.parcel_id).where(ParcelEvent.kind == kind) for kind in kinds),
        )
        unended = list(session.scalars(merged.order_by(merged.selected_columns.id)))
        statuses = statuses_of(session, unended)
        wanted = [parcel_id for parcel_id in unended if statuses[parcel_id] == status]
        parcels: list[Parcel] = []
        for start in range(0, len(wanted), 500):
            # by key alone: with the facility in the WHERE clause SQLite would rather walk
            # all of the facility's parcels (ix_parcel_facility_received)
            chunk = wanted[start : start + 500]
            found = session.scalars(select(Parcel).where(Parcel.id.in_(chunk)))
            parcels += [p for p in found if p.facility_id == actor.facility_id and not p.deleted]
        parcels.sort(key=lambda p: (p.received_at, p.id))
        return _rows(session, parcels, statuses)


def prisoner_parcels(db: Database, actor: Actor, prisoner_id: str) -> list[ParcelRow]:
    """A prisoner's parcels, newest first (the prisoner file's Parcels tab)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        parcels = session.scalars(
            select(Parcel)
            .where(
                Parcel.prisoner_id == prisoner_id,
                Parcel.facility_id == actor.facility_id,
                ~Parcel.deleted,
            )
            .order_by(Parcel.received_at.desc())
        ).all()
        return _rows(session, parcels)


def parcel_detail(db: Database, actor: Actor, parcel_id: str) -> ParcelDetail:
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        parcel = find_parcel(session, actor, parcel_id)
        events = session.scalars(
            select(ParcelEvent)
            .where(ParcelEvent.parcel_id == parcel.id)
            .order_by(ParcelEvent.occurred_at, ParcelEvent.hlc)
        ).all()
        [row] = _rows(session, [parcel], {parcel.id: status_of(e.kind for e in events)})
        inspected = [e for e in events if e.kind == EventKind.INSPECTED]
        results = inspected[-1].results if inspected else {}
        items = items_of(session, parcel.id)
        approval = session.scalar(select(QuotaApproval).where(QuotaApproval.parcel_id == parcel.id))
        images = dict(
            session.execute(
                select(ParcelImage.kind, func.count())
                .where(ParcelImage.parcel_id == parcel.id)
                .group_by(ParcelImage.kind)
            ).all()
        )
        names = full_names(
            session, [e.officer_id for e in events] + [approval.supervisor_id if approval else None]
        )
        return ParcelDetail(
            row=row,
            channel=parcel.channel,
            items=tuple(
                ItemLine(i.id, i.category, i.description, i.quantity, i.unit, results.get(i.id, ""))
                for i in items
            ),
            history=tuple(
                HistoryLine(
                    e.kind,
                    e.occurred_at,
                    names.get(e.officer_id or "", ""),
                    e.prohibited or e.destination or e.reason,
                )
                for e in events
            ),
            quota_approval=(
                f"{names.get(approval.supervisor_id or '', '')}: {approval.reason}"
                if approval
                else ""
            ),
            clash=len(endings(e.kind for e in events)) > 1,
            photos=images.get("photo", 0),
            xray_images=images.get("xray", 0),
        )


def find_scanned(db: Database, actor: Actor, scanned: str) -> str:
    """The id of the parcel whose tracking barcode was scanned (or typed), whatever keyboard
    layout was on; a visit pass, or a number of no parcel here, is refused with its message."""
    if parse_scan(scanned) is not None:
        raise ScanRefused(
            "visit_pass",
            QT_TRANSLATE_NOOP(
                "errors", "This is a visit pass: scan it at the visits gate, not here."
            ),
        )
    number = typed_code(scanned.strip()).upper()
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        found = session.scalar(
            select(Parcel.id).where(
                Parcel.facility_id == actor.facility_id,
                Parcel.tracking == number,  # written in capitals: one index probe
                ~Parcel.deleted,
            )
        )
    if found is None:
        raise ScanRefused(
            "unknown",
            QT_TRANSLATE_NOOP(
                "errors",
                "No parcel here has this number. Scan the barcode on the parcel's label or "
                "receipt, or find the parcel by the prisoner.",
            ),
        )
    return found


def _rows(
    session: Session, parcels: list[Parcel], statuses: dict[str, Status] | None = None
) -> list[ParcelRow]:
    status = statuses if statuses is not None else statuses_of(session, [p.id for p in parcels])
    people = prisoner_names(session, [p.prisoner_id for p in parcels])
    return [
        ParcelRow(
            p.id,
            p.tracking,
            people.get(p.prisoner_id, ""),
            p.sender_name,
            p.received_at,
            p.weight_grams,
            p.seal,
            status[p.id],
        )
        for p in parcels
    ]


def prisoner_names(session: Session, prisoner_ids: list[str]) -> dict[str, str]:
    """Each prisoner as lists show them: number and full name."""
    wanted = sorted(set(prisoner_ids))
    names = {}
    for start in range(0, len(wanted), 500):
        found = session.execute(
            select(
                Prisoner.id,
                Prisoner.number,
                Prisoner.surname,
                Prisoner.given_name,
                Prisoner.patronymic,
            ).where(Prisoner.id.in_(wanted[start : start + 500]))
        )
        names.update((prisoner.id, numbered_name(prisoner)) for prisoner in found)
    return names
