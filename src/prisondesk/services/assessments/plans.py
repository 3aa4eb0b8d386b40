"""The individual rehabilitation plan: actions that meet the needs an approved assessment
found — a workshop place (which puts the prisoner on that workshop's waiting list), education,
sessions with a psychologist, family contact and visits, preparation for release — each with
an owner, a target date and a status; progress notes on an action; and reviews of the whole
plan, each with the date of the next one. Social workers, psychologists and supervisors
write it; reading it is recorded as a sensitive read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import PlanAction, PlanNote
from prisondesk.domain.assessments import OPEN_ACTIONS, ActionStatus, Status
from prisondesk.domain.instruments import NEED_ACTIONS, NeedCode
from prisondesk.domain.instruments import PlanAction as ActionKind
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.assessments.plan_checks import (
    checked_kind,
    checked_owner,
    checked_review,
    checked_status,
    checked_target,
)
from prisondesk.services.assessments.records import assessment_here, latest_approved
from prisondesk.services.core import audit, proposals
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.users import full_names
from prisondesk.services.core.validate import Checks, optional_text, required_text
from prisondesk.services.intake.admission_file import get_prisoner

WRITING = (Permission.EDIT_ASSESSMENTS, Permission.APPROVE)
MAX_TEXT = 2000
TARGET_DAYS = 90  # the target date an action from a need proposes


@dataclass(frozen=True)
class ActionEntry:
    kind: str
    target_on: date | None
    owner_id: str | None = None  # None: the actor
    description: str = ""
    need: str = ""
    workshop_id: str | None = None  # a workshop place: the workshop asked for


@dataclass(frozen=True)
class ActionView:
    id: str
    kind: str
    need: str
    description: str
    owner_id: str | None
    owner: str  # full name
    target_on: date
    status: str
    workshop_id: str | None
    overdue: bool  # open, and its target date has passed
    notes: tuple[tuple[datetime, str, str], ...]  # (when, who, text), the latest first


@dataclass(frozen=True)
class ReviewView:
    written_at: datetime
    written_by: str
    text: str
    next_review_on: date | None


@dataclass(frozen=True)
class PlanView:
    prisoner_id: str
    actions: tuple[ActionView, ...]  # open first, by target date
    reviews: tuple[ReviewView, ...]  # the latest first
    needs_uncovered: tuple[str, ...]  # needs of the last approved assessment with no action
    assessment_id: str | None  # the last approved assessment
    next_review_on: date | None  # of the plan (its latest review)


class PlanRefused(Refused):
    """``reason``: ``not_approved`` (actions come from an approved assessment's needs)."""


def plan(db: Database, actor: Actor, prisoner_id: str) -> PlanView:
    """The prisoner's plan (a sensitive read, recorded)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, Permission.VIEW_ASSESSMENTS, Permission.EDIT_ASSESSMENTS)
        prisoner = get_prisoner(session, prisoner_id)
        view = plan_in(session, actor, prisoner.id)
        audit.record_read(session, db, actor, "plan", prisoner.id)
        return view


def actions_from_needs(
    db: Database, actor: Actor, assessment_id: str, target_on: date | None = None
) -> list[str]:
    """One action for each need the approved assessment found that no open action meets yet,
    owned by the actor, due in 90 days unless ``target_on`` says otherwise; their ids."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *WRITING)
        assessment = assessment_here(session, actor, assessment_id)
        if assessment.status != Status.APPROVED:
            raise PlanRefused(
                "not_approved",
                QT_TRANSLATE_NOOP(
                    "errors", "A plan is built from an approved assessment: approve it first."
                ),
            )
        today = facility_today(session, actor.facility_id)
        target = checked_target(today, target_on or today + timedelta(days=TARGET_DAYS))
        covered = {a.need for a in _actions(session, assessment.prisoner_id) if _open(a)}
        made = []
        for need in assessment.needs or ():
            if need in covered or need not in set(NeedCode):
                continue
            entry = ActionEntry(NEED_ACTIONS[NeedCode(need)].value, target, need=need)
            made.append(_add(session, db, actor, assessment.prisoner_id, entry, assessment.id))
        return made


def add_action(db: Database, actor: Actor, prisoner_id: str, entry: ActionEntry) -> str:
    """An action added by hand; its id. Every problem of the form at once."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *WRITING)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
        approved = latest_approved(session, prisoner.id)
        return _add(session, db, actor, prisoner.id, entry, approved.id if approved else None)


def update_action(
    db: Database,
    actor: Actor,
    action_id: str,
    *,
    status: str | None = None,
    owner_id: str | None = None,
    target_on: date | None = None,
    workshop_id: str | None = None,
) -> None:
    """Change an action's status, owner or target date; give a workshop place its workshop
    (the prisoner joins its waiting list)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *WRITING)
        action = _action_here(session, actor, action_id)
        today = facility_today(session, actor.facility_id)
        check = Checks()
        values: dict[str, object] = {}
        if status is not None:
            values["status"] = check(checked_status, status)
        if owner_id is not None:
            values["owner_id"] = check(checked_owner, session, actor, owner_id)
        if target_on is not None and target_on != action.target_on:
            values["target_on"] = check(checked_target, today, target_on)
        check.done()
        before = {name: getattr(action, name) for name in values}
        for name, value in values.items():
            setattr(action, name, value)
        if workshop_id and action.kind == ActionKind.WORKSHOP_PLACE and not action.workshop_id:
            action.workshop_id = workshop_id
            proposals.propose_place(
                session, db, actor, action.prisoner_id, workshop_id, action.description
            )
            values["workshop_id"] = workshop_id
        session.flush()
        old, new = audit.changes(_plain(before), _plain(values))
        audit.record(session, db, actor, "update", "plan_action", action.id, before=old, after=new)


def add_progress(
    db: Database, actor: Actor, action_id: str, text: str, status: str | None = None
) -> str:
    """A progress note on an action, and its status now if it changed; the note's id."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *WRITING)
        action = _action_here(session, actor, action_id)
        check = Checks()
        words = check(required_text, text, "text", MAX_TEXT)
        now = check(checked_status, status) if status is not None else action.status
        check.done()
        assert words is not None and now is not None
        before = action.status
        action.status = now
        note = _note(session, actor, action.prisoner_id, words, action_id=action.id)
        audit.record(
            session,
            db,
            actor,
            "progress",
            "plan_action",
            action.id,
            before={"status": before},
            after={"status": now, "note": note},
        )
        return note


def review_plan(
    db: Database, actor: Actor, prisoner_id: str, text: str, next_review_on: date | None
) -> str:
    """A review of the whole plan, with the date of the next one; its id."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *WRITING)
        prisoner = get_prisoner(session, prisoner_id)
        today = facility_today(session, actor.facility_id)
        check = Checks()
        words = check(required_text, text, "text", MAX_TEXT)
        when = check(checked_review, today, next_review_on)
        check.done()
        assert words is not None
        note = _note(session, actor, prisoner.id, words, next_review_on=when)
        audit.record(
            session,
            db,
            actor,
            "review",
            "plan",
            prisoner.id,
            after={"next_review_on": when.isoformat() if when else None},
        )
        return note


def plan_in(session: Session, actor: Actor, prisoner_id: str) -> PlanView:
    today = facility_today(session, actor.facility_id)
    actions = _actions(session, prisoner_id)
    notes = session.scalars(
        select(PlanNote)
        .where(PlanNote.prisoner_id == prisoner_id)
        .order_by(PlanNote.written_at.desc())
    ).all()
    users = full_names(session, [*(a.owner_id for a in actions), *(n.written_by for n in notes)])
    by_action: dict[str, list[PlanNote]] = {}
    for note in notes:
        if note.action_id:
            by_action.setdefault(note.action_id, []).append(note)
    approved = latest_approved(session, prisoner_id)
    covered = {a.need for a in actions if _open(a)}
    views = [
        ActionView(
            a.id,
            a.kind,
            a.need,
            a.description,
            a.owner_id,
            users.get(a.owner_id or "", ""),
            a.target_on,
            a.status,
            a.workshop_id,
            _open(a) and a.target_on < today,
            tuple(
                (n.written_at, users.get(n.written_by or "", ""), n.text)
                for n in by_action.get(a.id, [])
            ),
        )
        for a in actions
    ]
    reviews = tuple(
        ReviewView(n.written_at, users.get(n.written_by or "", ""), n.text, n.next_review_on)
        for n in notes
        if n.action_id is None
    )
    return PlanView(
        prisoner_id,
        tuple(sorted(views, key=lambda v: (v.status not in OPEN_ACTIONS, v.target_on))),
        reviews,
        tuple(n for n in (approved.needs if approved else ()) if n not in covered),
        approved.id if approved else None,
        reviews[0].next_review_on if reviews else None,
    )


# -- rows and rules -------------------------------------------------------------------------


def _add(
    session: Session,
    db: Database,
    actor: Actor,
    prisoner_id: str,
    entry: ActionEntry,
    assessment_id: str | None,
) -> str:
    today = facility_today(session, actor.facility_id)
    check = Checks()
    kind = check(checked_kind, entry.kind)
    target = check(checked_target, today, entry.target_on)
    owner = check(checked_owner, session, actor, entry.owner_id or actor.user_id)
    description = check(optional_text, entry.description, "description", MAX_TEXT)
    check.done()
    action = PlanAction(
        facility_id=actor.facility_id,
        prisoner_id=prisoner_id,
        assessment_id=assessment_id,
        need=entry.need,
        kind=kind,
        description=description or "",
        owner_id=owner,
        target_on=target,
        status=ActionStatus.PLANNED.value,
        workshop_id=entry.workshop_id if kind == ActionKind.WORKSHOP_PLACE else None,
        created_by=actor.user_id,
        created_at=utc_now(),
        deleted=False,
    )
    session.add(action)
    session.flush()
    if action.workshop_id:
        proposals.propose_place(
            session, db, actor, prisoner_id, action.workshop_id, action.description
        )
    audit.record(
        session,
        db,
        actor,
        "create",
        "plan_action",
        action.id,
        after={
            "prisoner_id": prisoner_id,
            "kind": kind,
            "need": entry.need,
            "target_on": str(target),
        },
    )
    return action.id


def _actions(session: Session, prisoner_id: str) -> list[PlanAction]:
    return list(
        session.scalars(
            select(PlanAction).where(PlanAction.prisoner_id == prisoner_id, ~PlanAction.deleted)
        )
    )


def _action_here(session: Session, actor: Actor, action_id: str) -> PlanAction:
    action = session.get(PlanAction, action_id)
    if action is None or action.deleted or action.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such plan action here."))
    return action


def _open(action: PlanAction) -> bool:
    return action.status in OPEN_ACTIONS


def _note(
    session: Session,
    actor: Actor,
    prisoner_id: str,
    text: str,
    *,
    action_id: str | None = None,
    next_review_on: date | None = None,
) -> str:
    note = PlanNote(
        facility_id=actor.facility_id,
        prisoner_id=prisoner_id,
        action_id=action_id,
        text=text,
        next_review_on=next_review_on,
        written_by=actor.user_id,
        written_at=utc_now(),
    )
    session.add(note)
    session.flush()
    return note.id


def _plain(values: dict[str, object]) -> dict[str, object]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
