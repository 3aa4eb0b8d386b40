"""All models, imported here so that metadata and migrations see every table."""

from prisondesk.db.models.audit import AuditEntry
from prisondesk.db.models.facility import Facility, Wing
from prisondesk.db.models.parcels import (
    Parcel,
    ParcelEvent,
    ParcelImage,
    ParcelItem,
    QuotaApproval,
)
from prisondesk.db.models.prisoner import (
    Contact,
    Injury,
    Movement,
    Prisoner,
    PrisonerPhoto,
    PropertyItem,
    SearchKey,
    SearchVariant,
)
from prisondesk.db.models.sync import ConflictDecision, RejectedChange, SyncConflict
from prisondesk.db.models.users import LoginFailure, UserAccount
from prisondesk.db.models.visits import (
    BlockedDate,
    BookingVisitor,
    FacilitySetting,
    GateEvent,
    PrisonerVisitor,
    VisitBooking,
    Visitor,
    VisitorPhoto,
    VisitorSearchKey,
    VisitPassKey,
    VisitRestriction,
    VisitRoom,
    VisitSlot,
)
from prisondesk.db.replication import LocalState, OutboxEntry

__all__ = [
    "AuditEntry",
    "BlockedDate",
    "BookingVisitor",
    "ConflictDecision",
    "Contact",
    "Facility",
    "FacilitySetting",
    "GateEvent",
    "Injury",
    "LocalState",
    "LoginFailure",
    "Movement",
    "OutboxEntry",
    "Parcel",
    "ParcelEvent",
    "ParcelImage",
    "ParcelItem",
    "Prisoner",
    "PrisonerPhoto",
    "PrisonerVisitor",
    "PropertyItem",
    "QuotaApproval",
    "RejectedChange",
    "SearchKey",
    "SearchVariant",
    "SyncConflict",
    "UserAccount",
    "VisitBooking",
    "VisitPassKey",
    "VisitRestriction",
    "VisitRoom",
    "VisitSlot",
    "Visitor",
    "VisitorPhoto",
    "VisitorSearchKey",
    "Wing",
]
