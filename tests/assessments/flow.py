"""Steps the assessment tests share."""

from __future__ import annotations

from datetime import date, timedelta

from prisondesk.db.engine import Database
from prisondesk.services.assessments import workflow
from prisondesk.services.core.actor import Actor
from tests.assessments.conftest import EXAMPLE, lowest
from tests.workshops.fixtures import today


def review_day(db: Database, actor: Actor, months: int = 6) -> date:
    return today(db, actor) + timedelta(days=30 * months)


def submitted(db, assessor, prisoner_id, answers=None, reason="initial") -> str:
    """An assessment started, answered and submitted by ``assessor``; its id."""
    assessment = workflow.start(db, assessor, prisoner_id, EXAMPLE, reason)
    workflow.save_answers(db, assessor, assessment, answers if answers is not None else lowest())
    workflow.submit(db, assessor, assessment, review_day(db, assessor))
    return assessment


def approved(db, assessor, supervisor, prisoner_id, answers=None, reason="initial") -> str:
    assessment = submitted(db, assessor, prisoner_id, answers, reason)
    workflow.approve(db, supervisor, assessment)
    return assessment
