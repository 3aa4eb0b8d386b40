"""The engine and session factory of a workstation database.

SQLite is opened with WAL, foreign keys, a busy timeout and ``synchronous=FULL`` (gate records
must survive a power cut). pysqlite's own transaction handling is switched off so that
SQLAlchemy emits BEGIN itself: write transactions start with ``BEGIN IMMEDIATE`` and take the
write lock up front, which avoids deadlocks between two writers upgrading read locks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from prisondesk.db.capture import (
    ACTOR_ID,
    APPLYING_REMOTE,
    HEADQUARTERS_KEY,
    HLC_STATE_KEY,
    REPLICATION,
    CaptureGate,
    CapturingSession,
    ReplicationContext,
    open_gate,
)
from prisondesk.db.replication import LocalState
from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.ids import new_id
from prisondesk.domain.jsonbytes import column_text, loads

BUSY_TIMEOUT_MS = 10_000
DEVICE_ID_KEY = "device_id"


def sqlite_engine(path: Path | str) -> Engine:
    """An engine on a SQLite file with PrisonDesk's pragmas and the capture gate function."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        json_serializer=column_text,  # field HLCs and outbox fields: written on every change
        json_deserializer=loads,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see module doc)
        gate = CaptureGate()
        connection_record.info["pd_capture_gate"] = gate
        dbapi_connection.create_function("pd_capture", 0, gate.value)
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
            "synchronous=FULL",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "checkin")
    def _close_gate(dbapi_connection: Any, connection_record: Any) -> None:
        gate = connection_record.info.get("pd_capture_gate")
        if gate is not None:
            gate.depth = 0

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("pd_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """One workstation database: sessions for reading and for writing (with capture)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.device_id = self._ensure_local_identity()
        self.clock = HybridClock(self.device_id, last=self._local_state(HLC_STATE_KEY) or None)
        self.replication = ReplicationContext(
            self.device_id, self.clock, self._local_state(HEADQUARTERS_KEY) == "1"
        )
        info = {REPLICATION: self.replication}
        self._reader = sessionmaker(
            engine, class_=CapturingSession, expire_on_commit=False, info=info
        )
        self._writer = sessionmaker(
            engine.execution_options(pd_begin="IMMEDIATE"),
            class_=CapturingSession,
            expire_on_commit=False,
            info=info,
        )

    @property
    def headquarters(self) -> bool:
        """Enrolled with a headquarters code: reads every facility, writes none of them."""
        return self.replication.headquarters

    def become_headquarters(self, session: Session) -> None:
        """Mark this desk a headquarters desk (in ``session``'s transaction): from now on
        every change to a facility's rows is refused below the services."""
        found = session.get(LocalState, HEADQUARTERS_KEY)
        if found is None:
            session.add(LocalState(key=HEADQUARTERS_KEY, value="1"))
        else:
            found.value = "1"
        session.flush()

        def committed(_session: Session) -> None:  # a rolled-back enrolment changes nothing
            self.replication.headquarters = True

        event.listen(session, "after_commit", committed, once=True)

    @classmethod
    def open_sqlite(cls, path: Path | str) -> Database:
        return cls(sqlite_engine(path))

    @contextmanager
    def write(self, actor_id: str | None) -> Iterator[Session]:
        """One transaction: commits on success, rolls everything back on any exception."""
        with self._writer.begin() as session:
            session.info[ACTOR_ID] = actor_id
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def apply_remote(self) -> Iterator[Session]:
        """One transaction for the sync engine: changes pulled from the server, the cursor
        and outbox answers. Nothing written here is captured (it came from the server), and
        foreign keys are not enforced — a child can arrive a page before its parent's latest
        change (SYNC.md orders by ``seq``, not by parentage); the parent follows in a later
        page of the same pull."""
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # only effective outside a transaction
            try:
                immediate = connection.execution_options(pd_begin="IMMEDIATE")
                with (
                    Session(immediate, info={APPLYING_REMOTE: True}) as session,
                    session.begin(),
                    open_gate(immediate),
                ):
                    yield session
            finally:
                raw.execute("PRAGMA foreign_keys=ON")

    def dispose(self) -> None:
        self.engine.dispose()

    def _local_state(self, key: str) -> str | None:
        with Session(self.engine) as session:
            return session.scalar(select(LocalState.value).where(LocalState.key == key))

    def _ensure_local_identity(self) -> str:
        """This installation's device id (born on first start, used in HLCs before enrolment)."""
        with (
            Session(self.engine.execution_options(pd_begin="IMMEDIATE")) as session,
            session.begin(),
        ):
            device_id = session.scalar(
                select(LocalState.value).where(LocalState.key == DEVICE_ID_KEY)
            )
            if device_id is None:
                device_id = new_id()
                session.add(LocalState(key=DEVICE_ID_KEY, value=device_id))
            if session.get(LocalState, HLC_STATE_KEY) is None:
                session.add(LocalState(key=HLC_STATE_KEY, value=""))
            return device_id
