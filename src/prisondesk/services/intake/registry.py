"""The registry list: pages of prisoners with filters and sorting, for a lazy table model
that asks only for the rows it shows (fast with a hundred thousand files)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, Wing
from prisondesk.domain.names import full_name
from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor, verify_actor

SORTABLE = {
    "number": Prisoner.number,
    "surname": Prisoner.surname,
    "date_of_birth": Prisoner.date_of_birth,
    "status": Prisoner.status,
    "release_date": Prisoner.release_date,
}
PAGE = 200


@dataclass(frozen=True)
class RegistryFilter:
    facility_id: str | None = None  # a headquarters desk's one facility (None: all it holds)
    wing_id: str | None = None
    status: str | None = None
    regime: str | None = None


@dataclass(frozen=True)
class RegistryRow:
    id: str
    number: str
    full_name: str
    date_of_birth: date | None
    status: str
    regime: str
    wing: str
    cell: str
    release_date: date | None
    facility_id: str | None = None


def _filtered(query: Select, filters: RegistryFilter) -> Select:
    query = query.where(~Prisoner.deleted)
    if filters.facility_id:
        query = query.where(Prisoner.facility_id == filters.facility_id)
    if filters.wing_id:
        query = query.where(Prisoner.wing_id == filters.wing_id)
    if filters.status:
        query = query.where(Prisoner.status == filters.status)
    if filters.regime:
        query = query.where(Prisoner.regime == filters.regime)
    return query


def count(db: Database, actor: Actor, filters: RegistryFilter) -> int:
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        return session.scalar(_filtered(select(func.count()).select_from(Prisoner), filters)) or 0


def page(
    db: Database,
    actor: Actor,
    filters: RegistryFilter,
    sort: str = "surname",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE,
) -> list[RegistryRow]:
    column = SORTABLE.get(sort, Prisoner.surname)
    order = column.desc() if descending else column.asc()
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        rows = session.execute(
            _filtered(
                select(
                    Prisoner.id,
                    Prisoner.number,
                    Prisoner.surname,
                    Prisoner.given_name,
                    Prisoner.patronymic,
                    Prisoner.date_of_birth,
                    Prisoner.status,
                    Prisoner.regime,
                    Wing.name,
                    Prisoner.cell,
                    Prisoner.release_date,
                    Prisoner.facility_id,
                ).outerjoin(Wing, Wing.id == Prisoner.wing_id),
                filters,
            )
            .order_by(order, Prisoner.id)
            .offset(offset)
            .limit(limit)
        ).all()
        return [
            RegistryRow(
                r[0],
                r[1],
                full_name(r[2], r[3], r[4]),
                r[5],
                r[6],
                r[7],
                r[8] or "",
                r[9],
                r[10],
                r[11],
            )
            for r in rows
        ]
