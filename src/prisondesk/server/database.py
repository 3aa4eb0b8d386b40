"""The central server's database: SQLite by default (a file in the data folder), PostgreSQL
in production; the same alembic migrations for both.

Every push runs in one transaction. It hands out ``seq`` under the *push lock* — a
transaction-scoped advisory lock on PostgreSQL, the write lock (``BEGIN IMMEDIATE``) on SQLite —
held to its commit, so ``seq`` is handed out in commit order and a pull can never read past a
change that commits later (SYNC.md, "No change may ever be skipped").

On PostgreSQL a push first takes its *device lock* (another advisory lock, one per device:
a desk's retry never runs beside the push it retries) and reads, checks and merges its ops
under that alone; it takes the push lock only to write, after making sure that nothing it read
has changed meanwhile (``push.py``). Pushes of many desks overlap but for their writes. On
SQLite, one writer at a time, the write lock is held for the whole push.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    ARRAY,
    Connection,
    Engine,
    Table,
    any_,
    bindparam,
    create_engine,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from prisondesk.config import SERVER_MIGRATIONS_DIR
from prisondesk.db.engine import sqlite_engine
from prisondesk.server.arguments import URL_ENV  # noqa: F401  (re-exported)
from prisondesk.server.models import Counter

log = logging.getLogger(__name__)
PUSH_LOCK_KEY = 0x5052_4953  # "PRIS": any constant every server instance agrees on
# device locks are pg_advisory_xact_lock(DEVICE_LOCKS, hashtext(device id)): the two-key
# space, which PostgreSQL keeps apart from the one-key space of the locks above
DEVICE_LOCKS = 0x5044_4456  # "PDDV"
SEQ = "seq"


def server_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        return sqlite_engine(url.removeprefix("sqlite:///"))
    if not url.startswith("postgresql"):
        raise ValueError(
            f"unsupported database URL {url!r}: use sqlite:/// or postgresql+psycopg://"
        )
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


MIGRATION_LOCK_KEY = 0x50445F4D  # "PD_M": servers starting together migrate one at a time


def upgrade_server_database(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(SERVER_MIGRATIONS_DIR))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":  # another server may be starting too
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class ServerDatabase:
    """Sessions on the server's database; ``push()`` holds the push lock until commit."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_postgres = engine.dialect.name == "postgresql"
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        locking = engine if self.is_postgres else engine.execution_options(pd_begin="IMMEDIATE")
        self._locked_sessions = sessionmaker(locking, expire_on_commit=False)
        self._stats = _Statistics()
        self._held = threading.local()  # the push lock's hold time, per serving thread

    @classmethod
    def open(cls, url: str, migrate: bool = True) -> ServerDatabase:
        engine = server_engine(url)
        if migrate:
            upgrade_server_database(engine)
        return cls(engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction for administration (devices, codes, facilities): no ``seq``."""
        with self._locked_sessions.begin() as session:
            yield session

    @contextmanager
    def push(self, device_id: str) -> Iterator[PushTransaction]:
        """A transaction for one push of ``device_id``: serialised with the device's other
        pushes at once, and with every push from ``sequence()`` on. How long it held the push
        lock (to its commit) is ``lock_held_ms()`` afterwards, on the same thread."""
        self._held.ms = None
        with self._locked_sessions.begin() as session:
            transaction = PushTransaction(session, self.is_postgres)
            if self.is_postgres:
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:space, hashtext(:device))"),
                    {"space": DEVICE_LOCKS, "device": device_id},
                )
            else:  # SQLite: the write lock comes with the first read, for the whole push
                transaction.sequence()
            yield transaction
            transaction.count_written()
        if transaction.locked_at is not None:  # committed: the lock is free
            self._held.ms = (time.perf_counter() - transaction.locked_at) * 1000

    def lock_held_ms(self) -> float | None:
        """How long this thread's last push held the push lock, in milliseconds."""
        return getattr(self._held, "ms", None)

    def wrote(self, rows: int) -> None:
        """After a push committed ``rows`` rows: on PostgreSQL, refresh the planner's
        statistics each time the rows written have doubled (from 10,000 on). A facility's
        first upload brings hundreds of thousands of rows in minutes, faster than autovacuum
        analyses; with stale counts the planner read the whole table for every lookup of a
        push instead of probing the index."""
        if self._stats.due(rows) and self.is_postgres:
            try:
                with self.engine.connect() as connection:
                    connection.exec_driver_sql(f"ANALYZE {', '.join(ANALYZED)}")
                    connection.commit()
            except SQLAlchemyError:  # the push is committed: its answer must not be a 500
                log.warning("refreshing the planner's statistics failed", exc_info=True)

    def ready(self) -> bool:
        """Whether the database answers (for ``/readyz``)."""
        try:
            with self.engine.connect() as connection:
                connection.execute(select(Counter.value).limit(1))
        except SQLAlchemyError:
            log.warning("the database does not answer", exc_info=True)
            return False
        return True

    def last_seq(self, session: Session) -> int:
        return session.scalar(select(Counter.value).where(Counter.name == SEQ)) or 0

    def dispose(self) -> None:
        self.engine.dispose()


ANALYZED = ("server_row", "server_unique_key", "server_op_receipt")


class _Statistics:
    """Rows written since the planner's statistics were last refreshed (this instance's)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.since, self.at = 0, 0

    def due(self, rows: int) -> bool:
        with self.lock:
            self.since += rows
            if self.since < max(10_000, self.at):
                return False
            self.at, self.since = self.at + self.since, 0
            return True


class PushTransaction:
    """A push's transaction: its session, and the ``seq`` counter once it holds the lock."""

    def __init__(self, session: Session, postgres: bool) -> None:
        self.session = session
        self._postgres = postgres
        self._seqs: SeqCounter | None = None
        self._first = 0
        self.locked_at: float | None = None

    def sequence(self) -> SeqCounter:
        """Take the push lock, held to the commit, and the ``seq`` counter (once)."""
        if self._seqs is None:
            if self._postgres:
                self.session.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK_KEY}
                )
            # Core statements, not the ORM's unit of work: this runs for every push
            first = self.session.scalar(select(Counter.value).where(Counter.name == SEQ))
            self.locked_at = time.perf_counter()  # SQLite's write lock came with that read
            if first is None:  # the very first push (the lock keeps this row single)
                self.session.execute(insert(Counter).values(name=SEQ, value=0))
                first = 0
            self._first, self._seqs = first, SeqCounter(first)
        return self._seqs

    def count_written(self) -> None:
        if self._seqs is not None and self._seqs.last != self._first:
            self.session.execute(
                update(Counter).where(Counter.name == SEQ).values(value=self._seqs.last)
            )


class SeqCounter:
    def __init__(self, last: int) -> None:
        self.last = last

    def next(self) -> int:
        self.last += 1
        return self.last


def among(column: Any, values: list[Any]) -> Any:
    """``column IN (values)``; on PostgreSQL ``= ANY(array)``, one parameter instead of
    hundreds (psycopg parses every statement's text, and long IN lists cost more than the
    query). UUIDs (hex digits and ``-``: nothing to quote or escape) are written into the
    statement as one array constant: psycopg builds a list parameter
    element by element, which cost more than the query, and a constant lets the planner
    count the values and probe the index (a parameter cast on the server made it scan the
    whole table, comparing every row with every id)."""
    if values and all(type(value) is str and _UUID.match(value) for value in values):
        constant = "'{" + ",".join(values) + "}'::varchar[]"
        return column == any_(literal_column(constant))
    return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def among_sqlite(column: Any, values: list[Any]) -> Any:
    return column.in_(values)


def copy_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: ``COPY`` on PostgreSQL (the fastest way in), the driver's own
    executemany of plain tuples on SQLite (SQLAlchemy's per-row parameter handling cost as
    much as the insert). In the caller's transaction."""
    if not rows:
        return
    columns = list(rows[0])
    if connection.dialect.name != "postgresql":
        _executemany(connection, table, columns, rows)
        return
    driver = connection.connection.driver_connection
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row([_copy_value(row[name]) for name in columns])


def _executemany(
    connection: Connection, table: Table, columns: list[str], rows: list[dict[str, Any]]
) -> None:
    # each column's own bind processor (UtcDateTime's, Boolean's), applied as SQLAlchemy
    # would, to the few columns that have one; the rest go as they are
    processors = {
        index: process
        for index, name in enumerate(columns)
        if (process := table.c[name].type.bind_processor(connection.dialect)) is not None
    }
    pick = itemgetter(*columns)
    tuples: list[Any] = [pick(row) for row in rows]
    if len(columns) == 1:
        tuples = [(value,) for value in tuples]
    if processors:
        # a push's rows share their values of these columns (its moment, the booleans):
        # each distinct value object is processed once
        done: dict[tuple[int, int], Any] = {}
        for position, row in enumerate(tuples):
            values = list(row)
            for index, process in processors.items():
                value = values[index]
                key = (index, id(value))  # the rows hold every value alive meanwhile
                if key not in done:
                    done[key] = _sqlite_text(process(value))
                values[index] = done[key]
            tuples[position] = tuple(values)
    names, marks = ", ".join(columns), ", ".join("?" * len(columns))
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", tuples)


def _sqlite_text(value: Any) -> Any:
    """A datetime as the sqlite3 module's own (deprecated) adapter writes it, done here once
    per distinct value instead of by the driver for every row."""
    return value.isoformat(" ") if isinstance(value, datetime) else value


def _copy_value(value: Any) -> Any:
    if isinstance(value, datetime):  # stored as naive UTC, as UtcDateTime does
        return value.astimezone(UTC).replace(tzinfo=None)
    return value
