"""What the printed plan says, read in one transaction (printing/assessments draws it): a
social worker, a psychologist or a supervisor prints the prisoner's individual rehabilitation
plan to go through it with them and give it to them to keep. The paper holds the actions
still to do and those done (not the cancelled ones), who helps with each and by when, the
day the plan is looked at again, and the names of the prisoner and of the person who prints
it, who sign it together. Nothing of the assessment goes on it: no level, no scores, no
answers. Printing is a read of the plan, recorded as every read of it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, UserAccount
from prisondesk.domain.assessments import ActionStatus, PlanDoc, PlanLine
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.assessments.plans import plan_in
from prisondesk.services.assessments.records import latest_approved
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound
from prisondesk.services.core.facility import facility_today
from prisondesk.services.intake.admission_file import get_prisoner

ShowDay = Callable[[date], str]


def _dotted_day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def plan_document(
    db: Database, actor: Actor, prisoner_id: str, show_day: ShowDay = _dotted_day
) -> PlanDoc:
    """The prisoner's plan as their paper shows it, days written by ``show_day``. The next
    review is the plan's latest review's; before the plan's first review, the approved
    assessment's (the plan is looked at again with the needs, at the latest)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, Permission.VIEW_ASSESSMENTS, Permission.EDIT_ASSESSMENTS)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
        view = plan_in(session, actor, prisoner.id)
        next_review = view.next_review_on
        if next_review is None:
            approved = latest_approved(session, prisoner.id)
            next_review = approved.next_review_on if approved else None
        facility = session.get(Facility, actor.facility_id)
        printed_on = facility_today(session, actor.facility_id)
        staff = session.get(UserAccount, actor.user_id)
        audit.record_read(session, db, actor, "plan", prisoner.id, note="printed")
        return PlanDoc(
            facility=facility.name if facility else "",
            prisoner=name_of(prisoner),
            number=prisoner.number or "",
            printed_on=show_day(printed_on),
            actions=tuple(
                PlanLine(a.kind, a.description, a.owner, show_day(a.target_on), a.status)
                for a in view.actions
                if a.status != ActionStatus.CANCELLED
            ),
            next_review_on=show_day(next_review) if next_review else "",
            staff=staff.full_name if staff else actor.full_name,
            staff_role=actor.role.value,
        )
