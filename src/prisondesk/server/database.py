"""The central server's database: SQLite by default (a file in the data folder), PostgreSQL
in production; the same alembic migrations for both.

Every push runs in one transaction that first takes the *push lock* — a transaction-scoped
advisory lock on PostgreSQL, the write lock (``BEGIN IMMEDIATE``) on SQLite — so ``seq`` is
handed out in commit order and a pull can never read past a change that commits later
(SYNC.md, "No change may ever be skipped").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from prisondesk.config import SERVER_MIGRATIONS_DIR
from prisondesk.db.engine import sqlite_engine
from prisondesk.server.arguments import URL_ENV  # noqa: F401  (re-exported)
from prisondesk.server.models import Counter

PUSH_LOCK_KEY = 0x5052_4953  # "PRIS": any constant every server instance agrees on
SEQ = "seq"


def server_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        return sqlite_engine(url.removeprefix("sqlite:///"))
    if not url.startswith("postgresql"):
        raise ValueError(
            f"unsupported database URL {url!r}: use sqlite:/// or postgresql+psycopg://"
        )
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    # batch an executemany INSERT into multi-row statements (one round trip per 1,000 rows)
    # instead of psycopg's one statement per row
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def upgrade_server_database(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(SERVER_MIGRATIONS_DIR))
    with engine.begin() as connection:
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
    def push(self) -> Iterator[tuple[Session, SeqCounter]]:
        """A transaction that hands out ``seq`` values, serialised with every other one."""
        with self._locked_sessions.begin() as session:
            if self.is_postgres:
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK_KEY})
            counter = session.get(Counter, SEQ)
            if counter is None:
                counter = Counter(name=SEQ, value=0)
                session.add(counter)
            seqs = SeqCounter(counter.value)
            yield session, seqs
            counter.value = seqs.last

    def last_seq(self, session: Session) -> int:
        return session.scalar(select(Counter.value).where(Counter.name == SEQ)) or 0

    def dispose(self) -> None:
        self.engine.dispose()


class SeqCounter:
    def __init__(self, last: int) -> None:
        self.last = last

    def next(self) -> int:
        self.last += 1
        return self.last
