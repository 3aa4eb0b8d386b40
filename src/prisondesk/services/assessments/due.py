"""The due lists of social workers and supervisors: reviews overdue and due soon, prisoners
still without an approved assessment some days after admission (a facility setting), and
assessments awaiting a supervisor's approval. Prisoners held here only (in custody, at court
for the day, or arriving on a transfer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Assessment, Prisoner
from prisondesk.domain.assessments import DUE_SOON_DAYS, Status
from prisondesk.domain.clock import local
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments.settings import settings_in
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.facility import facility_today, facility_zone

HELD = ("in_custody", "at_court", "in_transit")


@dataclass(frozen=True)
class DueRow:
    prisoner_id: str
    number: str
    name: str
    day: date | None  # the review date; for those without an assessment, the admission day
    days: int  # overdue by (positive) or due in (negative or zero); since admission
    assessment_id: str | None  # the one to open: approved (a review), or unfinished
    status: str  # of that assessment; "" for none


@dataclass(frozen=True)
class DueLists:
    today: date
    overdue: tuple[DueRow, ...]  # the most overdue first
    due_soon: tuple[DueRow, ...]  # the soonest first
    unassessed: tuple[DueRow, ...]  # admitted longest ago first
    awaiting_approval: tuple[DueRow, ...]  # submitted longest ago first
    first_within_days: int


def due_lists(db: Database, actor: Actor) -> DueLists:
    with db.read() as session:
        verify_any(session, actor, Permission.EDIT_ASSESSMENTS, Permission.VIEW_ASSESSMENTS)
        return due_in(session, actor)


def due_in(session: Session, actor: Actor) -> DueLists:
    today = facility_today(session, actor.facility_id)
    within = settings_in(session, actor.facility_id).first_within_days
    # plain columns, not whole rows: a big facility holds some 10,000 (answers are JSON)
    held = {
        p.id: p
        for p in session.execute(
            select(
                Prisoner.id,
                Prisoner.number,
                Prisoner.surname,
                Prisoner.given_name,
                Prisoner.patronymic,
                Prisoner.admitted_at,
            ).where(
                Prisoner.facility_id == actor.facility_id,
                Prisoner.status.in_(HELD),
                ~Prisoner.deleted,
            )
        )
    }
    latest: dict[str, Any] = {}  # approved, the latest by approval
    unfinished: dict[str, Any] = {}
    for row in session.execute(
        select(
            Assessment.id,
            Assessment.prisoner_id,
            Assessment.status,
            Assessment.started_at,
            Assessment.approved_at,
            Assessment.next_review_on,
        ).where(Assessment.facility_id == actor.facility_id, ~Assessment.deleted)
    ):
        if row.prisoner_id not in held:
            continue
        if row.status == Status.APPROVED:
            known = latest.get(row.prisoner_id)
            if known is None or _approved(row) > _approved(known):
                latest[row.prisoner_id] = row
        else:
            unfinished[row.prisoner_id] = row
    overdue, soon, unassessed, waiting = [], [], [], []
    tz = facility_zone(session, actor.facility_id)
    for prisoner_id, prisoner in held.items():
        approved, open_one = latest.get(prisoner_id), unfinished.get(prisoner_id)
        if open_one is not None and open_one.status == Status.AWAITING_APPROVAL:
            started = local(open_one.started_at, tz).date()
            waiting.append(_row(prisoner, started, (today - started).days, open_one))
        if approved is not None and approved.next_review_on is not None:
            late = (today - approved.next_review_on).days
            shown = open_one or approved
            if late > 0:
                overdue.append(_row(prisoner, approved.next_review_on, late, shown))
            elif -late <= DUE_SOON_DAYS:
                soon.append(_row(prisoner, approved.next_review_on, late, shown))
        elif approved is None and prisoner.admitted_at is not None:
            admitted = local(prisoner.admitted_at, tz).date()
            since = (today - admitted).days
            if since >= within:
                unassessed.append(_row(prisoner, admitted, since, open_one))
    return DueLists(
        today,
        tuple(sorted(overdue, key=lambda r: (-r.days, r.name))),
        tuple(sorted(soon, key=lambda r: (-r.days, r.name))),
        tuple(sorted(unassessed, key=lambda r: (-r.days, r.name))),
        tuple(sorted(waiting, key=lambda r: (r.day or today, r.name))),
        within,
    )


def _row(prisoner: Any, day: date | None, days: int, assessment: Any) -> DueRow:
    return DueRow(
        prisoner.id,
        prisoner.number,
        name_of(prisoner),
        day,
        days,
        assessment.id if assessment else None,
        assessment.status if assessment else "",
    )


def _approved(assessment: Any) -> datetime:
    return assessment.approved_at or assessment.started_at
