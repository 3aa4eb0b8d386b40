from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base
from prisondesk.db.replication import ReplicatedRecord


class UserAccount(ReplicatedRecord, Base):
    """A person who logs in. Replicates within the facility so any desk accepts the login."""

    __tablename__ = "user_account"
    # every facility has its own "admin": names are unique within a facility
    __table_args__ = (UniqueConstraint("facility_id", "username"),)

    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(8), default="ru")


class LoginFailure(Base):
    """A failed login at this workstation; lockout counts these. Local, never replicated."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime]
    cleared: Mapped[bool] = mapped_column(Boolean, default=False)
