"""Parcels: each parcel with its itemised contents, the append-only events of its chain of
custody, the images attached to it and supervisors' quota approvals (DOMAIN.md, Parcels). A
parcel's status is read from its events (domain/parcels.py). The facility's lists (content
categories, prohibited items) and quotas are facility settings (services/parcels/settings.py):
an item and a confiscation keep the name they were recorded with."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent, ReplicatedRecord


class Parcel(ReplicatedRecord, Base):
    """A parcel as received; ``tracking`` is printed on the receipt and the label."""

    __tablename__ = "parcel"
    __table_args__ = (
        Index("ix_parcel_facility_received", "facility_id", "received_at"),
        # a prisoner's parcels newest first, and those of this month for the quota
        Index("ix_parcel_prisoner_received", "prisoner_id", "received_at"),
        Index("ix_parcel_seal", "seal"),
    )

    tracking: Mapped[str] = mapped_column(String(40), unique=True)
    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    sender_visitor_id: Mapped[str | None] = mapped_column(Uuid, nullable=True, index=True)
    sender_name: Mapped[str] = mapped_column(String(200))
    sender_document: Mapped[str] = mapped_column(String(100), default="")
    channel: Mapped[str] = mapped_column(String(16))
    weight_grams: Mapped[int] = mapped_column(Integer)
    seal: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime]
    received_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")


class QuotaApproval(ReplicatedEvent, Base):
    """A supervisor's word that a parcel over the prisoner's quota is accepted, with the
    reason. A row of its own, written as the supervisor, so that the server authorises it by
    the supervisor's role, not the gate officer's who received the parcel."""

    __tablename__ = "parcel_quota_approval"

    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcel.id"), index=True)
    supervisor_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    reason: Mapped[str] = mapped_column(String(300))
    approved_at: Mapped[datetime]


class ParcelItem(ReplicatedRecord, Base):
    """One line of a parcel's contents."""

    __tablename__ = "parcel_item"

    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcel.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(8))


class ParcelEvent(ReplicatedEvent, Base):
    """A step of a parcel's chain of custody, by whom and when. Insert-only: two gate desks
    recording steps at once never conflict (domain/parcels.status_of)."""

    __tablename__ = "parcel_event"
    __table_args__ = (
        Index("ix_parcel_event_parcel", "parcel_id", "occurred_at"),
        # the events of a kind in parcel order: the queues merge the parcels with those
        # that ended (services/parcels/views.waiting)
        Index("ix_parcel_event_kind", "kind", "parcel_id"),
    )

    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcel.id"))
    kind: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime]
    officer_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    # an inspection: its method, and each item's result {item id: passed | confiscated |
    # medical}; a confiscation: the item, what prohibited thing it is, the incident note
    method: Mapped[str] = mapped_column(String(16), default="")
    results: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    item_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    prohibited: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why returned, refused, held…
    destination: Mapped[str] = mapped_column(String(200), default="")  # where forwarded


class ParcelImage(ReplicatedEvent, Base):
    """An image of a parcel: the x-ray station's picture, or a photo at receipt."""

    __tablename__ = "parcel_image"

    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcel.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # xray | photo
    media_type: Mapped[str] = mapped_column(String(32))  # image/jpeg, image/png
    data: Mapped[bytes] = mapped_column(LargeBinary)
