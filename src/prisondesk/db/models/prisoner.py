"""The prisoner file: identity, legal basis, admission details, and what hangs off them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent, ReplicatedRecord


class Prisoner(ReplicatedRecord, Base):
    """One person in the registry. ``status`` is draft until the admission is completed."""

    __tablename__ = "prisoner"
    __table_args__ = (
        Index("ix_prisoner_pin", "pin"),
        Index("ix_prisoner_status_wing", "status", "wing_id"),
        Index("ix_prisoner_surname", "surname", "given_name"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # identity
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None]
    sex: Mapped[str] = mapped_column(String(16), default="")
    gender_identity: Mapped[str] = mapped_column(String(100), default="")
    citizenship: Mapped[str] = mapped_column(String(100), default="")
    pin: Mapped[str] = mapped_column(String(14), default="")
    document_type: Mapped[str] = mapped_column(String(50), default="")
    document_number: Mapped[str] = mapped_column(String(50), default="")
    languages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # legal basis
    authority: Mapped[str] = mapped_column(String(200), default="")
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[date | None]
    articles: Mapped[str] = mapped_column(String(300), default="")
    custody_type: Mapped[str] = mapped_column(String(16), default="")  # remand | convicted
    sentence_start: Mapped[date | None]
    term_years: Mapped[int] = mapped_column(Integer, default=0)
    term_months: Mapped[int] = mapped_column(Integer, default=0)
    term_days: Mapped[int] = mapped_column(Integer, default=0)
    credited_days: Mapped[int] = mapped_column(Integer, default=0)
    release_date: Mapped[date | None]
    # placement (the wing and cell are the latest movement's, kept here for lists and search)
    regime: Mapped[str] = mapped_column(String(32), default="")
    wing_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    cell: Mapped[str] = mapped_column(String(20), default="")
    admitted_at: Mapped[datetime | None]
    # a transfer between facilities of this system (SYNC.md, Transfers): the sending facility
    # sets ``transfer_to``; the server hands the file on with ``transfer_from`` set
    transfer_from: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    transfer_to: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    # admission checks (Nelson Mandela Rules 7-8)
    injuries_examined: Mapped[bool] = mapped_column(Boolean, default=False)
    rights_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    rights_language: Mapped[str] = mapped_column(String(50), default="")
    rights_explained_at: Mapped[datetime | None]
    # Rule 7(e) asks for what is known of the family: with no contact listed, why not
    # ("none": no family or next of kin; "declined": the prisoner would not name one), and a note
    family_contact_absent: Mapped[str | None] = mapped_column(String(16), nullable=True)
    family_contact_note: Mapped[str | None] = mapped_column(String(500), nullable=True)


class PrisonerPhoto(ReplicatedRecord, Base):
    """A small JPEG, kept apart so that lists and search never load it."""

    __tablename__ = "prisoner_photo"
    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)


class Injury(ReplicatedRecord, Base):
    """A visible injury or a complaint of prior ill-treatment noted at admission."""

    __tablename__ = "injury"
    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    body_part: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text)
    ill_treatment_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    medical_notified: Mapped[bool] = mapped_column(Boolean, default=False)


class PropertyItem(ReplicatedRecord, Base):
    """An item of personal property taken into storage (Rule 67)."""

    __tablename__ = "property_item"
    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    condition: Mapped[str] = mapped_column(String(200), default="")
    storage_place: Mapped[str] = mapped_column(String(100), default="")
    handed_back: Mapped[bool] = mapped_column(Boolean, default=False)


class Contact(ReplicatedRecord, Base):
    """Family or next of kin (Rule 7(e)) to be told of admission, transfer, illness or death."""

    __tablename__ = "contact"
    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    next_of_kin: Mapped[bool] = mapped_column(Boolean, default=False)


class Movement(ReplicatedEvent, Base):
    """Where a prisoner went and when: the current location is the latest of these."""

    __tablename__ = "movement"
    # covering who was held where and when (the population and compliance reports)
    __table_args__ = (
        Index(
            "ix_movement_prisoner_time",
            "prisoner_id",
            "occurred_at",
            "facility_id",
            "kind",
            "wing_id",
        ),
    )

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime]
    wing_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    cell: Mapped[str] = mapped_column(String(20), default="")
    destination: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class SearchKey(Base):
    """Local, derived: a prisoner's name keys (``domain/names.py``), rebuilt from the records."""

    __tablename__ = "search_key"

    prisoner_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class SearchVariant(Base):
    """Local, derived: each distinct key under itself and each one-letter deletion of it, so
    that a query with one typo finds its key through an index (the SymSpell method)."""

    __tablename__ = "search_variant"

    variant: Mapped[str] = mapped_column(String(100), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
