"""Admissions that fall short of the Nelson Mandela Rules (7-8, 54-55): no injury examination,
no family or next-of-kin contact, rights not explained; and drafts left unfinished. A list a
supervisor can act on, file by file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_, select

from prisondesk.db.engine import Database
from prisondesk.db.models import Contact, Injury, Prisoner, Wing
from prisondesk.domain.names import full_name, name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor

PRESENT = ("in_custody", "at_court")
STALE_DRAFT = timedelta(days=1)
LIST_LIMIT = 1000


@dataclass(frozen=True)
class ComplianceGap:
    id: str
    number: str
    full_name: str
    wing: str
    admitted_at: datetime | None
    missing: tuple[str, ...]  # injuries, contacts, rights, placement, draft


def has_family_record() -> ColumnElement[bool]:
    """A contact listed, or a recorded reason why there is none (Rule 7(e): what is known);
    also read by the compliance report (``compliance_report.py``)."""
    return or_(
        Prisoner.family_contact_absent.is_not(None),
        exists().where(Contact.prisoner_id == Prisoner.id, ~Contact.deleted),
    )


def gaps(db: Database, actor: Actor, limit: int = LIST_LIMIT) -> list[ComplianceGap]:
    has_contact = has_family_record()
    stale = utc_now() - STALE_DRAFT
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_REPORTS)
        rows = session.execute(
            select(Prisoner, Wing.name, has_contact.label("has_contact"))
            .outerjoin(Wing, Wing.id == Prisoner.wing_id)
            .where(
                ~Prisoner.deleted,
                or_(
                    and_(
                        Prisoner.status.in_(PRESENT),
                        or_(
                            ~Prisoner.injuries_examined,
                            ~Prisoner.rights_explained,
                            ~has_contact,
                            Prisoner.wing_id.is_(None),
                            Prisoner.regime == "",
                        ),
                    ),
                    and_(Prisoner.status == "draft", Prisoner.id < _id_before(stale)),
                ),
            )
            .order_by(Prisoner.surname, Prisoner.given_name)
            .limit(limit)
        ).all()
        found = []
        for prisoner, wing, contact in rows:
            missing = []
            if prisoner.status == "draft":
                missing.append("draft")
            else:
                if not prisoner.injuries_examined:
                    missing.append("injuries")
                if not contact:
                    missing.append("contacts")
                if not prisoner.rights_explained:
                    missing.append("rights")
                if prisoner.wing_id is None or not prisoner.regime:
                    missing.append("placement")
            name = name_of(prisoner)
            found.append(
                ComplianceGap(
                    prisoner.id,
                    prisoner.number,
                    name,
                    wing or "",
                    prisoner.admitted_at,
                    tuple(missing),
                )
            )
        return found


def _id_before(moment: datetime) -> str:
    """The smallest UUIDv7 of ``moment``: ids sort by creation time."""
    millis = int(moment.timestamp() * 1000)
    hexed = f"{millis:012x}"
    return f"{hexed[:8]}-{hexed[8:]}-7000-8000-000000000000"


@dataclass(frozen=True)
class MedicalNotice:
    prisoner_id: str
    number: str
    full_name: str
    body_part: str
    description: str
    ill_treatment_complaint: bool


def medical_notices(db: Database, actor: Actor, limit: int = LIST_LIMIT) -> list[MedicalNotice]:
    """Injuries and complaints of prior ill-treatment flagged for the medical service (Rule 34:
    signs of torture or ill-treatment are documented and reported), newest first."""
    with db.write(actor.user_id) as session:  # health information: the reading is audited
        verify_actor(session, actor, Permission.MEDICAL_NOTICES)
        rows = session.execute(
            select(
                Injury, Prisoner.number, Prisoner.surname, Prisoner.given_name, Prisoner.patronymic
            )
            .join(Prisoner, Prisoner.id == Injury.prisoner_id)
            .where(Injury.medical_notified, ~Injury.deleted, ~Prisoner.deleted)
            .order_by(Injury.id.desc())
            .limit(limit)
        ).all()
        audit.record_read(session, db, actor, "medical_notices", None, note=f"{len(rows)} shown")
        return [
            MedicalNotice(
                injury.prisoner_id,
                number,
                full_name(surname, given, patronymic),
                injury.body_part,
                injury.description,
                injury.ill_treatment_complaint,
            )
            for injury, number, surname, given, patronymic in rows
        ]
