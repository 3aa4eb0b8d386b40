"""Real servers for tests: the application under uvicorn on a loopback port, on SQLite or on
a fresh PostgreSQL database; and workstations (a data folder, a migrated database)."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import text

from prisondesk.db.engine import Database
from prisondesk.db.migrate import upgrade_database
from prisondesk.server.app import create_app
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.server.models import ServerBase

PG_ADMIN_URL = os.environ.get(
    "PRISONDESK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
NOT_RUN = (
    "PostgreSQL is not running at 127.0.0.1:5432: the PostgreSQL server tests were NOT run "
    "(start it, or run .ci/run, which does)"
)


def postgres_available() -> bool:
    import psycopg

    try:
        psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), connect_timeout=3).close()
    except psycopg.OperationalError:
        return False
    return True


def require_postgres() -> None:
    if postgres_available():
        return
    if os.environ.get("PRISONDESK_REQUIRE_POSTGRES"):
        pytest.fail(NOT_RUN)
    pytest.skip(NOT_RUN)


def create_postgres_database() -> tuple[str, str]:
    """A new, empty database; returns its URL and name (drop it with ``drop_postgres``)."""
    import psycopg

    name = f"prisondesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", name


def drop_postgres(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def open_backend(backend: str, folder: Path) -> tuple[ServerDatabase, str | None]:
    if backend == "postgresql":
        require_postgres()
        url, name = create_postgres_database()
        return ServerDatabase.open(url), name
    return ServerDatabase.open(sqlite_url(folder / "server.sqlite3")), None


def empty(db: ServerDatabase) -> None:
    """Forget everything between tests (faster than a new database)."""
    with db.engine.begin() as connection:
        for table in reversed(ServerBase.metadata.sorted_tables):
            connection.execute(text(f"DELETE FROM {table.name}"))


@dataclass
class LiveServer:
    url: str
    db: ServerDatabase
    backend: str
    _server: uvicorn.Server
    _thread: threading.Thread
    app: Any = None

    def console_app(self) -> Any:
        """The console mounted under /console (its per-address sign-in count, for tests)."""
        return next(r.app for r in self.app.routes if getattr(r, "path", "") == "/console")

    @classmethod
    def start(cls, db: ServerDatabase, backend: str, console: bool = True) -> LiveServer:
        app = create_app(db, console=console)
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="off",
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = server.servers[0].sockets[0].getsockname()[1]
        return cls(f"http://127.0.0.1:{port}", db, backend, server, thread, app)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def workstation(folder: Path) -> Database:
    """A migrated workstation database of its own (as a separate desk would have)."""
    folder.mkdir(parents=True, exist_ok=True)
    upgrade_database(folder / "prisondesk.sqlite3", folder / "backups")
    return Database.open_sqlite(folder / "prisondesk.sqlite3")


def free_port() -> int:
    """A loopback port nobody listens on (for a server started as its own process)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_served(
    url: str, process: subprocess.Popen, seconds: float = 60, log: Path | None = None
) -> httpx.Response:
    """The first answer of a server process starting, or a failure saying it stopped (with
    the end of its ``log``, where its output goes)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            said = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            assert process.poll() is None, f"the server stopped (exit {process.returncode})\n{said}"
            assert time.monotonic() < deadline, f"{url} did not answer in {seconds:.0f} s\n{said}"
            time.sleep(0.2)
