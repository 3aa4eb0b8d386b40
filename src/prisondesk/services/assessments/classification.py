"""The classification an approved assessment gives (DOMAIN.md; UNODC Handbook on the
Classification of Prisoners): the risk level approved, its security level, the conditions of
detention and the wing suggested. Recorded as events on the prisoner, the latest being the
current one, the others its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Assessment, Classification, Wing
from prisondesk.domain.assessments import conditions_for, security_level
from prisondesk.domain.instruments import Instrument
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments import instruments
from prisondesk.services.assessments.settings import settings_in
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound
from prisondesk.services.core.users import full_names
from prisondesk.services.intake.admission_file import get_prisoner


@dataclass(frozen=True)
class ClassificationView:
    id: str
    assessment_id: str
    risk_level: str  # the instrument's level code
    risk_label: dict[str, str]  # its label by language (en, ru, ky)
    security_level: str
    conditions: str
    wing: str  # the wing suggested, its name; "" for none
    decided_by: str  # full name
    decided_at: datetime


def classify(
    session: Session, actor: Actor, assessment: Assessment, instrument: Instrument, moment: datetime
) -> None:
    """Record the classification of an assessment being approved (in its transaction)."""
    security = security_level(instrument.rank(assessment.level), len(instrument.levels))
    wing = settings_in(session, actor.facility_id).wings.get(security.value)
    session.add(
        Classification(
            facility_id=assessment.facility_id,
            prisoner_id=assessment.prisoner_id,
            assessment_id=assessment.id,
            risk_level=assessment.level,
            security_level=security.value,
            conditions=conditions_for(security).value,
            wing_id=wing,
            decided_by=actor.user_id,
            decided_at=moment,
        )
    )


def history(db: Database, actor: Actor, prisoner_id: str) -> list[ClassificationView]:
    """The prisoner's classifications, the current one first (a sensitive read, recorded)."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.VIEW_ASSESSMENTS)
        prisoner = get_prisoner(session, prisoner_id)
        found = history_in(session, prisoner.id)
        audit.record_read(session, db, actor, "classification", prisoner.id)
        return found


def history_in(session: Session, prisoner_id: str) -> list[ClassificationView]:
    rows = session.execute(
        select(Classification, Assessment.instrument_id, Assessment.instrument_version)
        .join(Assessment, Assessment.id == Classification.assessment_id)
        .where(Classification.prisoner_id == prisoner_id)
        .order_by(Classification.decided_at.desc())
    ).all()
    wing_ids = {row.wing_id for row, _, _ in rows if row.wing_id}
    wings = dict(session.execute(select(Wing.id, Wing.name).where(Wing.id.in_(wing_ids))).all())
    users = full_names(session, (row.decided_by for row, _, _ in rows))
    views = []
    for row, instrument_id, version in rows:
        try:
            label = instruments.instrument(instrument_id, version).level(row.risk_level).label
            names = {"en": label.en, "ru": label.ru, "ky": label.ky}
        except NotFound:  # that version is no longer installed
            names = {"en": row.risk_level, "ru": row.risk_level, "ky": row.risk_level}
        views.append(
            ClassificationView(
                row.id,
                row.assessment_id,
                row.risk_level,
                names,
                row.security_level,
                row.conditions,
                wings.get(row.wing_id or "", ""),
                users.get(row.decided_by or "", ""),
                row.decided_at,
            )
        )
    return views
