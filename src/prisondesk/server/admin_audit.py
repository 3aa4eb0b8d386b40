"""The audit of the server's administration: who added a facility, issued an enrolment code,
revoked a desk or signed in to the console, and when — from the console (``console:NAME``)
or the command line (``shell:USER``). Written in the transaction of the change it records."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.server.database import ServerDatabase
from prisondesk.server.models import AdminAudit
from prisondesk.server.text import N_

# what each action is called on the console's audit page
ACTIONS = {
    "facility_added": N_("Facility added"),
    "code_issued": N_("Enrolment code issued"),
    "device_revoked": N_("Desk revoked"),
    "admin_added": N_("Console account added"),
    "admin_unlocked": N_("Console account unlocked"),
    "admin_password": N_("Console password changed"),
    "admin_removed": N_("Console account removed"),
    "login": N_("Signed in"),
    "login_failed": N_("Sign-in refused"),
    "locked": N_("Account locked"),
    "logout": N_("Signed out"),
}


def shell_actor() -> str:
    """The command line's actor: the account that ran ``prisondesk server …``."""
    try:
        return f"shell:{getpass.getuser()}"
    except (KeyError, OSError):  # a container's user with no name
        return "shell"


def console_actor(name: str) -> str:
    return f"console:{name}"


def record(session: Session, actor: str, action: str, subject: str, detail: str = "") -> None:
    assert action in ACTIONS, action
    session.add(
        AdminAudit(
            at=datetime.now(UTC),
            actor=actor[:100],
            action=action,
            subject=subject[:200],
            detail=detail[:1000],
        )
    )


SIGN_INS = ("login", "login_failed", "locked", "logout")


def recent(db: ServerDatabase, limit: int = 200, sign_ins: bool | None = None) -> list[AdminAudit]:
    """The newest entries first: all, the changes alone (``sign_ins=False``: a flood of
    refused sign-ins cannot push a revoke off the page) or the sign-ins alone."""
    query = select(AdminAudit).order_by(AdminAudit.id.desc()).limit(limit)
    if sign_ins is not None:
        chosen = AdminAudit.action.in_(SIGN_INS)
        query = query.where(chosen if sign_ins else ~chosen)
    with db.read() as session:
        return list(session.scalars(query))
