"""A rehabilitation plan (assessments) asks for a workshop place, and the workshops module
beside it puts the prisoner on that workshop's waiting list, in the plan's own transaction.
Modules side by side may not import each other (import-linter), so the workshops module
names its two functions in ``services/modules.py``; without it, a plan's workshop place is
an action like any other, with no list to join."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.services.core.actor import Actor


@dataclass(frozen=True)
class Offered:
    id: str
    name: str


# (session, actor) -> the workshops a place may be asked in
Offer = Callable[[Session, Actor], list[Offered]]
# (session, db, actor, prisoner id, workshop id, note) -> the waiting-list entry's id
Propose = Callable[[Session, Database, Actor, str, str, str], str]

_workshops: dict[str, Callable] = {}


def register_workshops(offer: Offer, propose: Propose) -> None:
    _workshops["offer"], _workshops["propose"] = offer, propose


def workshops_offered(session: Session, actor: Actor) -> list[Offered] | None:
    """The workshops a plan may ask a place in; None when the module is not there."""
    offer = _workshops.get("offer")
    return offer(session, actor) if offer else None


def propose_place(
    session: Session, db: Database, actor: Actor, prisoner_id: str, workshop_id: str, note: str
) -> str | None:
    """Put the prisoner on the workshop's waiting list (the plan proposed it); the entry's
    id, or None when the workshops module is not there."""
    propose = _workshops.get("propose")
    return propose(session, db, actor, prisoner_id, workshop_id, note) if propose else None
