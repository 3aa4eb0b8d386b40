"""What a plan's forms offer to choose: the staff who may own an action, and the workshops a
plan may ask a place in (none without the workshops module)."""

from __future__ import annotations

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import UserAccount
from prisondesk.services.assessments.plans import WRITING
from prisondesk.services.core import proposals
from prisondesk.services.core.actor import Actor, verify_any


def owners(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """Who may own an action: the facility's active staff (not its administrators), as
    (user id, full name) by name."""
    with db.read() as session:
        verify_any(session, actor, *WRITING)
        rows = session.execute(
            select(UserAccount.id, UserAccount.full_name)
            .where(
                UserAccount.facility_id == actor.facility_id,
                UserAccount.active,
                ~UserAccount.deleted,
                UserAccount.role.not_in(("admin", "hq_viewer")),
            )
            .order_by(UserAccount.full_name)
        )
        return [(user_id, name) for user_id, name in rows]


def workshops_offered(db: Database, actor: Actor) -> list[proposals.Offered] | None:
    """The workshops a plan may ask a place in (None: no workshops module)."""
    with db.read() as session:
        verify_any(session, actor, *WRITING)
        return proposals.workshops_offered(session, actor)
