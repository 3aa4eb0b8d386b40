"""The prisoner file's timeline: the case notes the reader may see and, for those who read
assessments, each assessment's steps, each classification and each review of the plan, the
latest first. Showing
anything restricted (a restricted note, an assessment step, a plan review) is recorded as a
sensitive read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import AssessmentStep, Classification, PlanNote
from prisondesk.domain.assessments import Visibility
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments.case_notes import READING, notes_in
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.users import full_names
from prisondesk.services.intake.admission_file import get_prisoner


@dataclass(frozen=True)
class Entry:
    at: datetime
    source: str  # note | assessment | plan | classification
    what: str  # the note's kind, the assessment's step, "review" of the plan, security level
    text: str  # the note, the step's reason, the review
    by: str  # full name
    restricted: bool  # not for everyone who reads the file


def timeline(db: Database, actor: Actor, prisoner_id: str) -> list[Entry]:
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *READING)
        prisoner = get_prisoner(session, prisoner_id)
        entries = [
            Entry(
                n.written_at, "note", n.kind, n.text, n.written_by, n.visibility != Visibility.FILE
            )
            for n in notes_in(session, actor, prisoner.id)
        ]
        if actor.can(Permission.VIEW_ASSESSMENTS):
            steps = session.scalars(
                select(AssessmentStep).where(AssessmentStep.prisoner_id == prisoner.id)
            ).all()
            reviews = session.scalars(
                select(PlanNote).where(
                    PlanNote.prisoner_id == prisoner.id, PlanNote.action_id.is_(None)
                )
            ).all()
            classified = session.scalars(
                select(Classification).where(Classification.prisoner_id == prisoner.id)
            ).all()
            names = full_names(
                session,
                [
                    *(s.taken_by for s in steps),
                    *(r.written_by for r in reviews),
                    *(c.decided_by for c in classified),
                ],
            )
            entries += [
                Entry(
                    s.taken_at,
                    "assessment",
                    s.step,
                    s.reason,
                    names.get(s.taken_by or "", ""),
                    True,
                )
                for s in steps
            ]
            entries += [
                Entry(
                    r.written_at, "plan", "review", r.text, names.get(r.written_by or "", ""), True
                )
                for r in reviews
            ]
            entries += [
                Entry(
                    c.decided_at,
                    "classification",
                    c.security_level,
                    "",
                    names.get(c.decided_by or "", ""),
                    True,
                )
                for c in classified
            ]
        restricted = sum(1 for e in entries if e.restricted)
        if restricted:
            audit.record_read(
                session, db, actor, "timeline", prisoner.id, note=f"{restricted} restricted"
            )
        return sorted(entries, key=lambda e: e.at, reverse=True)
