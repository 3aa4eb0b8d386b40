"""The central server's own tables (SQLite or PostgreSQL, same migrations).

The server does not keep one table per replicated model: every replicated row lives in
``server_row`` as the JSON object pull delivers, with its per-field HLCs and the ``seq`` of its
latest change. A row changed ten times is pulled once, at its newest ``seq``, with its current
state — which is what SYNC.md asks for, and what keeps the change log from growing without end.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, MetaData, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from prisondesk.db.base import NAMING_CONVENTION, UtcDateTime, Uuid


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}


class ServerFacility(ServerBase):
    """A prison registered on the server. Its id is provisional until the first workstation
    that was set up offline with the same code enrols and lends it its own (``claimed``)."""

    __tablename__ = "server_facility"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    claimed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class ServerDevice(ServerBase):
    """An enrolled workstation (or a headquarters viewer: ``facility_id`` null, read-only)."""

    __tablename__ = "server_device"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    app_version: Mapped[str] = mapped_column(String(40))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    # the user of the latest audit entry it pushed: covers that user's changes in the next
    # push, for a transaction too large for one (authorise.py)
    audit_user: Mapped[str | None] = mapped_column(Uuid, nullable=True)


class EnrolmentCode(ServerBase):
    """A one-time code an administrator gives a workstation; stored hashed, expiring."""

    __tablename__ = "server_enrolment_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    facility_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)  # null: headquarters
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)


class ServerRow(ServerBase):
    """The current state of one replicated row and the ``seq`` of its latest change."""

    __tablename__ = "server_row"
    __table_args__ = (
        Index("ix_server_row_facility_seq", "facility_id", "seq"),
        Index("ix_server_row_row_id", "row_id"),  # a push finds its rows by id alone
        # a transfer finds the rows that follow the prisoner (only those are indexed)
        Index(
            "ix_server_row_prisoner",
            "prisoner_id",
            sqlite_where=text("prisoner_id IS NOT NULL"),
            postgresql_where=text("prisoner_id IS NOT NULL"),
        ),
    )

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    row: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly as pull delivers it
    hlc: Mapped[str] = mapped_column(Text)  # JSON {column: hlc}, or the one HLC of them all
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    row_hash: Mapped[str] = mapped_column(String(32))  # for the digest
    # JSON {column: user id}, or the one user of them all (push_context.packed)
    writers: Mapped[str] = mapped_column(Text, default="{}")
    changed_at: Mapped[datetime]
    # the prisoner a row that follows a prisoner is about (transfers.py); null for the rest
    prisoner_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)


class LeftRow(ServerBase):
    """What a facility keeps of a prisoner transferred away (SYNC.md, Transfers), pulled in
    ``seq`` order with the facility's other changes: the prisoner's file as it was when they
    left (``row`` set), or word that a row about them is no longer the facility's to see
    (``row`` null: pulled as a revocation, and the workstations delete their copy)."""

    __tablename__ = "server_left_row"
    __table_args__ = (Index("ix_server_left_row_facility_seq", "facility_id", "seq"),)

    facility_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    row: Mapped[str | None] = mapped_column(Text, nullable=True)  # canonical JSON
    hlc: Mapped[str] = mapped_column(Text, default="{}")
    row_hash: Mapped[str | None] = mapped_column(String(32), nullable=True)
    left_at: Mapped[datetime]


class UniqueKey(ServerBase):
    """A value a model declares unique (a user name within a facility, a prisoner number),
    held by one live row: a second row claiming it is rejected before it reaches any desk."""

    __tablename__ = "server_unique_key"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    row_id: Mapped[str] = mapped_column(Uuid)


class OpReceipt(ServerBase):
    """The server has answered for this op: a replay gets ``duplicate``, never a second write."""

    __tablename__ = "server_op_receipt"

    op_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[str] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime]


class DigestTotal(ServerBase):
    """The digest of one table's live rows of one facility (SYNC.md, Digest): their count and
    the XOR of their hashes, kept up to date by every push under the push lock, so a digest
    reads a few rows instead of hashing the facility. ``facility_id`` is empty for the rows
    every facility shares; ``kept`` totals what a facility keeps of prisoners who left."""

    __tablename__ = "server_digest_total"

    facility_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    kept: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)
    xor: Mapped[str] = mapped_column(String(32))  # hex, as the digest says it


class Counter(ServerBase):
    """The last ``seq`` handed out; advanced only under the push lock."""

    __tablename__ = "server_counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Rejection(ServerBase):
    """A change a push refused, with its reason (SYNC.md, Push): the console's sync health
    counts them. Nothing of the change itself is kept (it may hold personal data)."""

    __tablename__ = "server_rejection"
    __table_args__ = (Index("ix_server_rejection_at", "at"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime]
    device_id: Mapped[str] = mapped_column(Uuid)
    facility_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    table_name: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))


class ConsoleAdmin(ServerBase):
    """An account of the server console (``prisondesk server admin add``), apart from the
    desks' users."""

    __tablename__ = "server_console_admin"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)  # wrong passwords in a row
    last_failed_at: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]


class ConsoleSession(ServerBase):
    """A signed-in browser: the SHA-256 of its cookie's token, its CSRF token, and what the
    next page says was done (``flash``)."""

    __tablename__ = "server_console_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    admin_id: Mapped[str] = mapped_column(Uuid)
    csrf_token: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    flash: Mapped[str | None] = mapped_column(Text, nullable=True)


class AdminAudit(ServerBase):
    """Who administered the server, how and when (server/admin_audit.py)."""

    __tablename__ = "server_admin_audit"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))  # console:NAME or shell:USER
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")
