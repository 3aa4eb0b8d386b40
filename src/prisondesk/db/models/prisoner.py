from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedRecord


class Prisoner(ReplicatedRecord, Base):
    """The core of the prisoner registry; the intake module adds admission details."""

    __tablename__ = "prisoner"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None]
    sex: Mapped[str] = mapped_column(String(16), default="")
    wing_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="in_custody")
