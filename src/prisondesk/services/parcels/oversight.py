"""What supervisors look over: the items confiscated over a period, and the parcels desks
working apart left in a state one desk alone could not reach (two active parcels under one
seal, or one parcel ended in two different ways). Events merge by union, so these are shown
to a person to settle rather than resolved by a rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, Parcel, ParcelEvent, ParcelItem, UserAccount
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.parcels import ENDINGS, EventKind, active
from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.parcels.custody import statuses_of
from prisondesk.services.parcels.views import prisoner_names

MAX_DAYS = 366


@dataclass(frozen=True)
class ConfiscationRow:
    parcel_id: str
    tracking: str
    at: datetime
    prisoner: str
    item: str
    prohibited: str
    to: str  # confiscated | medical
    note: str
    officer: str


@dataclass(frozen=True)
class Attention:
    parcel_id: str
    tracking: str
    prisoner: str
    problem: str  # "seal" | "endings"
    detail: str  # the seal shared, or the endings recorded


def confiscations(db: Database, actor: Actor, first: date, last: date) -> list[ConfiscationRow]:
    """Items taken from parcels from ``first`` to ``last`` (the facility's days), newest
    first. A period longer than a year is cut to a year from ``first``."""
    last = min(last, first + timedelta(days=MAX_DAYS - 1))
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)
        starts = from_local(datetime.combine(first, time()), tz)
        ends = from_local(datetime.combine(last + timedelta(days=1), time()), tz)
        found = session.execute(
            select(ParcelEvent, Parcel, ParcelItem.description, UserAccount.full_name)
            .join(Parcel, Parcel.id == ParcelEvent.parcel_id)
            .outerjoin(ParcelItem, ParcelItem.id == ParcelEvent.item_id)
            .outerjoin(UserAccount, UserAccount.id == ParcelEvent.officer_id)
            .where(
                ParcelEvent.kind == EventKind.CONFISCATED,
                ParcelEvent.occurred_at >= starts,
                ParcelEvent.occurred_at < ends,
                Parcel.facility_id == actor.facility_id,
                ~Parcel.deleted,
            )
            .order_by(ParcelEvent.occurred_at.desc(), Parcel.tracking)
        ).all()
        people = prisoner_names(session, [parcel.prisoner_id for _, parcel, _, _ in found])
        return [
            ConfiscationRow(
                parcel.id,
                parcel.tracking,
                event.occurred_at,
                people.get(parcel.prisoner_id, ""),
                description or "",
                event.prohibited,
                str(event.results.get("to", "confiscated")),
                event.reason,
                officer or "",
            )
            for event, parcel, description, officer in found
        ]


def needing_attention(db: Database, actor: Actor) -> list[Attention]:
    """Parcels a supervisor must look at: active parcels sharing a seal (received on two
    desks apart), and parcels ended in more than one way (handed over on one desk, returned
    on another)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.APPROVE)
        mine = (Parcel.facility_id == actor.facility_id, ~Parcel.deleted)
        shared = (
            select(func.upper(Parcel.seal))
            .where(*mine)
            .group_by(func.upper(Parcel.seal))
            .having(func.count() > 1)
        )
        sealed = session.scalars(
            select(Parcel).where(*mine, func.upper(Parcel.seal).in_(shared))
        ).all()
        status = statuses_of(session, [p.id for p in sealed])
        holders: dict[str, list[Parcel]] = {}
        for parcel in sealed:
            if active(status[parcel.id]):
                holders.setdefault(parcel.seal.upper(), []).append(parcel)
        clashing_seals = [p for group in holders.values() if len(group) > 1 for p in group]

        endings = (
            select(ParcelEvent.parcel_id)
            .where(ParcelEvent.kind.in_([kind.value for kind in ENDINGS]))
            .group_by(ParcelEvent.parcel_id)
            .having(func.count(func.distinct(ParcelEvent.kind)) > 1)
        )
        ended_twice = session.scalars(
            select(Parcel).where(*mine, Parcel.id.in_(endings)).order_by(Parcel.tracking)
        ).all()
        kinds: dict[str, list[str]] = {}
        for parcel_id, kind in session.execute(
            select(ParcelEvent.parcel_id, ParcelEvent.kind)
            .where(
                ParcelEvent.parcel_id.in_([p.id for p in ended_twice]),
                ParcelEvent.kind.in_([kind.value for kind in ENDINGS]),
            )
            .order_by(ParcelEvent.occurred_at)
        ):
            kinds.setdefault(parcel_id, []).append(kind)

        people = prisoner_names(session, [p.prisoner_id for p in clashing_seals + ended_twice])
        rows = [
            Attention(p.id, p.tracking, people.get(p.prisoner_id, ""), "seal", p.seal)
            for p in sorted(clashing_seals, key=lambda p: (p.seal.upper(), p.tracking))
        ]
        rows += [
            Attention(
                p.id,
                p.tracking,
                people.get(p.prisoner_id, ""),
                "endings",
                ", ".join(dict.fromkeys(kinds.get(p.id, []))),
            )
            for p in ended_twice
        ]
        return rows
