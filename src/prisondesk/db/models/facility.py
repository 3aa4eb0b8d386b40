from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base
from prisondesk.db.replication import ReplicatedRecord


class Facility(ReplicatedRecord, Base):
    """A prison. Its own ``facility_id`` equals its ``id``."""

    __tablename__ = "facility"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    time_zone: Mapped[str] = mapped_column(String(64), default="Asia/Bishkek")


class Wing(ReplicatedRecord, Base):
    __tablename__ = "wing"

    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
