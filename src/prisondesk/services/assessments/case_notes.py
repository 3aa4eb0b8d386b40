"""Case notes (dynamic security): what staff observe of a prisoner and do with them — a
positive note, a concern, an incident, family, a health referral. Notes are events: never
changed, a mistake put right by another note. Each is seen by everyone who reads the file,
or only by social workers, psychologists and supervisors; showing restricted notes is a
sensitive read, recorded. An assessor sees the notes written since the last assessment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import CaseNote
from prisondesk.domain.assessments import NoteKind, Visibility
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.core.users import full_names
from prisondesk.services.core.validate import Checks, required_text
from prisondesk.services.intake.admission_file import get_prisoner

MAX_TEXT = 4000
READING = (Permission.READ_FILES, Permission.VIEW_ASSESSMENTS)


@dataclass(frozen=True)
class NoteView:
    id: str
    kind: str
    visibility: str
    text: str
    written_by: str  # full name
    written_at: datetime


def write(
    db: Database, actor: Actor, prisoner_id: str, kind: str, visibility: str, text: str
) -> str:
    """Record a case note; its id. Every problem of the form at once."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.WRITE_CASE_NOTES)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
        check = Checks()
        chosen_kind = check(_choice, NoteKind, kind, "kind")
        seen_by = check(_choice, Visibility, visibility, "visibility")
        words = check(required_text, text, "text", MAX_TEXT)
        check.done()
        note = CaseNote(
            facility_id=actor.facility_id,
            prisoner_id=prisoner.id,
            kind=chosen_kind,
            visibility=seen_by,
            text=words,
            written_by=actor.user_id,
            written_at=utc_now(),
        )
        session.add(note)
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "case_note",
            note.id,
            after={"prisoner_id": prisoner.id, "kind": chosen_kind, "visibility": seen_by},
        )
        return note.id


def notes(
    db: Database, actor: Actor, prisoner_id: str, since: datetime | None = None
) -> list[NoteView]:
    """The prisoner's case notes the actor may see, the latest first (since a moment, for
    an assessor: the notes since the last assessment). Restricted ones shown are recorded
    as a sensitive read."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *READING)
        prisoner = get_prisoner(session, prisoner_id)
        found = notes_in(session, actor, prisoner.id, since)
        restricted = sum(1 for n in found if n.visibility == Visibility.RESTRICTED)
        if restricted:
            audit.record_read(
                session, db, actor, "case_note", prisoner.id, note=f"{restricted} restricted"
            )
        return found


def notes_in(
    session: Session, actor: Actor, prisoner_id: str, since: datetime | None = None
) -> list[NoteView]:
    query = select(CaseNote).where(CaseNote.prisoner_id == prisoner_id)
    if not actor.can(Permission.VIEW_ASSESSMENTS):
        query = query.where(CaseNote.visibility == Visibility.FILE)
    if since is not None:
        query = query.where(CaseNote.written_at > since)
    rows = session.scalars(query.order_by(CaseNote.written_at.desc())).all()
    users = full_names(session, (r.written_by for r in rows))
    return [
        NoteView(
            r.id, r.kind, r.visibility, r.text, users.get(r.written_by or "", ""), r.written_at
        )
        for r in rows
    ]


def _choice(kind: type, value: str, field: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose one from the list."), field=field
        ) from None
