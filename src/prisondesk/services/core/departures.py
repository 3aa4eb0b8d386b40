"""A prisoner leaves the facility (release, transfer out): each module above intake undoes
what it holds for them — pending visits today; parcels, workshop places and the deposit
account as those modules arrive — in the movement's own transaction.

Intake may not import the modules built on it, so each module names its handler in
``services/modules.py``, and front ends call :func:`prisondesk.services.modules.load` when
they open a database. A departure before that is refused loudly rather than leaving a
module's records behind silently.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.services.core.actor import Actor

# (session, db, actor, prisoner_id, reason) -> how many records the handler changed
Handler = Callable[[Session, Database, Actor, str, str], int]

_handlers: dict[str, Handler] = {}
_loaded = False


def register(module: str, handler: Handler) -> None:
    """A module's handler (one per module; registering again replaces it)."""
    _handlers[module] = handler


def mark_loaded() -> None:
    global _loaded
    _loaded = True


def prisoner_left(
    session: Session, db: Database, actor: Actor, prisoner_id: str, reason: str
) -> None:
    """Run every module's handler inside the caller's transaction."""
    if not _loaded:
        raise RuntimeError("services.modules.load() was not called: modules cannot see departures")
    for handler in _handlers.values():
        handler(session, db, actor, prisoner_id, reason)
