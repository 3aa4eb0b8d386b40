"""A workshop's training programmes, as an instructor or a supervisor sets them up: each has a
name no other programme of the workshop has, a number of days and a description, and is
followed by work. A place may be given in a programme (``waiting.allocate``); a programme
changed keeps its places."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Programme
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.core.validate import Checks, optional_text, required_text
from prisondesk.services.workshops.workshops import MANAGING, workshop_here

MAX_PROGRAMME_DAYS = 366


@dataclass(frozen=True)
class ProgrammeEntry:
    name: str
    length_days: int
    description: str = ""


def add_programme(db: Database, actor: Actor, workshop_id: str, entry: ProgrammeEntry) -> str:
    """A training programme of the workshop; its id."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        workshop = workshop_here(session, actor, workshop_id)
        values = _checked_programme(session, workshop.id, entry, None)
        programme = Programme(
            facility_id=workshop.facility_id, workshop_id=workshop.id, deleted=False, **values
        )
        session.add(programme)
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "workshop_programme",
            programme.id,
            after={"workshop_id": workshop.id, **values},
        )
        return programme.id


def edit_programme(db: Database, actor: Actor, programme_id: str, entry: ProgrammeEntry) -> None:
    """Change a programme's name, length or description (allocations keep following it)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        programme = programme_here(session, actor, programme_id)
        values = _checked_programme(session, programme.workshop_id, entry, programme.id)
        before = {name: getattr(programme, name) for name in values}
        for name, value in values.items():
            if getattr(programme, name) != value:
                setattr(programme, name, value)
        session.flush()
        old, new = audit.changes(before, values)
        audit.record(
            session, db, actor, "update", "workshop_programme", programme.id, before=old, after=new
        )


def programme_here(session: Session, actor: Actor, programme_id: str) -> Programme:
    """A training programme of a workshop of the actor's facility."""
    programme = session.get(Programme, programme_id)
    if programme is None or programme.deleted or programme.facility_id != actor.facility_id:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No such training programme here."), field="programme"
        )
    return programme


def _checked_programme(
    session: Session, workshop_id: str, entry: ProgrammeEntry, own_id: str | None
) -> dict[str, object]:
    check = Checks()
    name = check(required_text, entry.name, "name", 200)
    length = check(_length, entry.length_days)
    description = check(optional_text, entry.description, "description", 2000)
    if name is not None:
        others = session.scalars(
            select(Programme.name).where(
                Programme.workshop_id == workshop_id,
                ~Programme.deleted,
                Programme.id != (own_id or ""),
            )
        )
        if name.casefold() in {other.casefold() for other in others}:
            check.fail(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This workshop already has a programme called “{name}”."
                    ),
                    field="name",
                    name=name,
                )
            )
    check.done()
    return {"name": name, "length_days": length, "description": description}


def _length(value: int) -> int:
    if type(value) is not int or not 1 <= value <= MAX_PROGRAMME_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A programme lasts from 1 to {n} days."),
            field="length_days",
            n=MAX_PROGRAMME_DAYS,
        )
    return value
