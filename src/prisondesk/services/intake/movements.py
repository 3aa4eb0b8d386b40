"""Movements: cell and wing changes, court trips, transfers and release. Each is an event; the
prisoner's current place and status follow from the latest one.

A transfer to another facility of the central server names it (``to_facility_id``, from the
directory the last sync brought): the server then hands the file over (SYNC.md, Transfers),
and the receiving facility records the arrival (``transfer_in``) with a wing and a cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Movement, Prisoner, PropertyItem, Wing
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit, departures, directory
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.directory import Destination
from prisondesk.services.core.errors import Conflict, NotFound, ValidationError
from prisondesk.services.core.validate import optional_text, required_text

# kind -> the status it leaves the prisoner in
KINDS = {
    "cell_change": "in_custody",
    "court_out": "at_court",
    "court_return": "in_custody",
    "transfer_out": "transferred_out",
    "transfer_in": "in_custody",
    "release": "released",
}
NOT_NOW = {
    "at_court": QT_TRANSLATE_NOOP(
        "errors",
        "The prisoner is at court: record the return first (or a release or transfer "
        "the court ordered).",
    ),
    "in_custody": QT_TRANSLATE_NOOP(
        "errors", "The prisoner is not at court: there is nothing to come back from."
    ),
    "in_transit": QT_TRANSLATE_NOOP(
        "errors", "The prisoner is on the way here: record the arrival first."
    ),
}
# what may happen from each status: a prisoner at court only comes back (or is released or
# transferred by the court's decision); one on the way here only arrives; nothing moves a
# prisoner who has left
ALLOWED = {
    "in_custody": ("cell_change", "court_out", "transfer_out", "release"),
    "at_court": ("court_return", "transfer_out", "release"),
    "in_transit": ("transfer_in",),
}
PLACED = {"cell_change", "transfer_in"}  # the movements that take a wing and cell


@dataclass(frozen=True)
class MovementView:
    id: str
    kind: str
    occurred_at: datetime
    wing: str
    cell: str
    destination: str
    reason: str


@dataclass(frozen=True)
class MoveRequest:
    kind: str
    occurred_at: datetime | None = None
    wing_id: str | None = None
    cell: str = ""
    destination: str = ""
    reason: str = ""
    property_returned: Sequence[str] = ()  # release: ids of the items handed back
    # transfer_out: a facility of the central server; None one outside it; "" none chosen
    to_facility_id: str | None = None


def destinations(db: Database, actor: Actor) -> list[Destination]:
    """The facilities a prisoner can be transferred to with their file (none before the
    first sync, or on a workstation that works alone)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        return directory.others(session)


def history(db: Database, actor: Actor, prisoner_id: str) -> list[MovementView]:
    with db.read() as session:
        verify_actor(session, actor, Permission.READ_FILES)  # court trips are the file's
        rows = session.execute(
            select(Movement, Wing.name)
            .outerjoin(Wing, Wing.id == Movement.wing_id)
            .where(Movement.prisoner_id == prisoner_id)
            .order_by(Movement.occurred_at, Movement.hlc)
        ).all()
        return [
            MovementView(m.id, m.kind, m.occurred_at, wing or "", m.cell, m.destination, m.reason)
            for m, wing in rows
        ]


def _check_time(session: Session, prisoner: Prisoner, moment: datetime) -> None:
    if moment > utc_now():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This date is in the future."), field="occurred_at"
        )
    latest = session.scalar(
        select(Movement.occurred_at)
        .where(Movement.prisoner_id == prisoner.id)
        .order_by(Movement.occurred_at.desc())
        .limit(1)
    )
    if latest is not None and moment < latest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A movement cannot come before the previous one ({previous})."
            ),
            field="occurred_at",
            previous=latest.isoformat(timespec="minutes"),
        )


def record_movement(
    db: Database, actor: Actor, prisoner_id: str, request: MoveRequest
) -> MovementView:
    """Record a movement; a release needs every stored item handed back or accounted for."""
    if request.kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of movement."), field="kind"
        )
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        prisoner = session.get(Prisoner, prisoner_id)
        if prisoner is None or prisoner.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This prisoner's file no longer exists."))
        if prisoner.status not in ALLOWED:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This prisoner is not in the facility."))
        if request.kind not in ALLOWED[prisoner.status]:
            raise Conflict(NOT_NOW[prisoner.status])
        moment = request.occurred_at or utc_now()
        _check_time(session, prisoner, moment)
        wing_id, cell = prisoner.wing_id, prisoner.cell
        if request.kind in PLACED:
            wing = session.get(Wing, request.wing_id) if request.wing_id else None
            if wing is None or wing.deleted or wing.facility_id != prisoner.facility_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose a wing of this facility."), field="wing_id"
                )
            wing_id, cell = wing.id, optional_text(request.cell, "cell", 20)
        destination = optional_text(request.destination, "destination", 200)
        transfer_to = None
        if request.kind == "transfer_out" and request.to_facility_id == "":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Choose where the prisoner goes: a facility of the list or another."
                ),
                field="to_facility_id",
            )
        if request.kind == "transfer_out" and request.to_facility_id:
            target = _destination(session, request.to_facility_id)
            transfer_to, destination = target.id, destination or target.name
        elif request.kind in {"transfer_out", "court_out"}:
            destination = required_text(request.destination, "destination", 200)
        reason = optional_text(request.reason, "reason", 2000)
        if request.kind == "release":
            _hand_back_property(session, prisoner, request.property_returned)
        movement = Movement(
            prisoner_id=prisoner.id,
            facility_id=prisoner.facility_id,
            kind=request.kind,
            occurred_at=moment,
            wing_id=wing_id,
            cell=cell,
            destination=destination,
            reason=reason,
        )
        session.add(movement)
        before = {"status": prisoner.status, "wing_id": prisoner.wing_id, "cell": prisoner.cell}
        prisoner.status, prisoner.wing_id, prisoner.cell = KINDS[request.kind], wing_id, cell
        if request.kind == "transfer_out":
            # with the status, in one change: the server hands the file over on seeing both
            prisoner.transfer_to = transfer_to
        session.flush()
        if request.kind in {"release", "transfer_out"}:
            # what other modules hold for the prisoner goes with them (pending visits: DOMAIN.md)
            departures.prisoner_left(session, db, actor, prisoner.id, f"auto:{request.kind}")
        audit.record(
            session,
            db,
            actor,
            request.kind,
            "prisoner",
            prisoner.id,
            before=before,
            after={
                "status": prisoner.status,
                "wing_id": wing_id,
                "cell": cell,
                **({"transfer_to": transfer_to} if transfer_to else {}),
            },
        )
        wing_name = session.get(Wing, wing_id).name if wing_id else ""
        return MovementView(
            movement.id, movement.kind, moment, wing_name, cell, destination, reason
        )


def _destination(session: Session, facility_id: str) -> Destination:
    for target in directory.others(session):
        if target.id == facility_id:
            return target
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Choose another facility from the list."),
        field="to_facility_id",
    )


def _hand_back_property(session: Session, prisoner: Prisoner, returned: Sequence[str]) -> None:
    items = session.scalars(
        select(PropertyItem).where(
            PropertyItem.prisoner_id == prisoner.id,
            ~PropertyItem.deleted,
            ~PropertyItem.handed_back,
        )
    ).all()
    missing = [item.item for item in items if item.id not in set(returned)]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Hand back every stored item before release: {items}."),
            field="property",
            items=", ".join(missing),
        )
    for item in items:
        item.handed_back = True
