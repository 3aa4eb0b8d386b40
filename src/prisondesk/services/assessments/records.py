"""An assessment's rows as the assessment services find them: one of this facility, the
instrument version it was made with, a prisoner's last approved one; and the prisoner an
assessment may be made of (held here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.models import Assessment, Prisoner
from prisondesk.domain.assessments import Status
from prisondesk.domain.instruments import Instrument
from prisondesk.domain.names import name_of
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.assessments import instruments
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import NotFound, Refused
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.intake.admissions import CLOSED


class AssessmentRefused(Refused):
    """A step that cannot go ahead; ``reason``: ``status``, ``approved``, ``unfinished``,
    ``own``, ``not_held``."""


def assessment_here(session: Session, actor: Actor, assessment_id: str) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted or assessment.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such assessment here."))
    return assessment


def instrument_of(assessment: Assessment) -> Instrument:
    """The instrument version the assessment was made with."""
    return instruments.instrument(assessment.instrument_id, assessment.instrument_version)


def latest_approved(session: Session, prisoner_id: str) -> Assessment | None:
    return session.scalars(
        select(Assessment)
        .where(
            Assessment.prisoner_id == prisoner_id,
            Assessment.status == Status.APPROVED,
            ~Assessment.deleted,
        )
        .order_by(Assessment.approved_at.desc())
        .limit(1)
    ).first()


def held_here(session: Session, actor: Actor, prisoner_id: str) -> Prisoner:
    prisoner = get_prisoner(session, prisoner_id)
    if prisoner.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
    if prisoner.status in CLOSED:
        raise AssessmentRefused(
            "not_held",
            QT_TRANSLATE_NOOP("errors", "{name} is no longer held here (released or transferred)."),
            name=name_of(prisoner),
        )
    return prisoner
