"""All models, imported here so that metadata and migrations see every table."""

from prisondesk.db.models.audit import AuditEntry
from prisondesk.db.models.facility import Facility, Wing
from prisondesk.db.models.prisoner import Prisoner
from prisondesk.db.models.users import LoginFailure, UserAccount
from prisondesk.db.replication import LocalState, OutboxEntry

__all__ = [
    "AuditEntry",
    "Facility",
    "LocalState",
    "LoginFailure",
    "OutboxEntry",
    "Prisoner",
    "UserAccount",
    "Wing",
]
