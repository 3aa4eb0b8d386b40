"""Server fixtures (a plugin of the root conftest, so GUI tests can use them too): a real
server on a loopback port, run by uvicorn in a thread, once per backend for the session
(SQLite and PostgreSQL); every test starts from an empty server database."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from prisondesk.server import devices
from tests.server.live import LiveServer, drop_postgres, empty, open_backend


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def live_server(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[LiveServer]:
    db, pg_name = open_backend(request.param, tmp_path_factory.mktemp("server"))
    live = LiveServer.start(db, request.param)
    yield live
    live.stop()
    db.dispose()
    if pg_name:
        drop_postgres(pg_name)


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    empty(live_server.db)
    return live_server


@pytest.fixture
def server_url(server: LiveServer) -> str:
    return server.url


@pytest.fixture
def client(server_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server_url, timeout=10) as http:
        yield http


@pytest.fixture
def enrolment_code(server: LiveServer):
    """``enrolment_code("BSH-1")`` registers the facility (once) and returns a fresh code."""

    def make(facility_code: str | None = "BSH-1", name: str = "Исправительная колония №1") -> str:
        if facility_code is not None and facility_code not in {
            f.code for f in devices.facilities(server.db)
        }:
            devices.add_facility(server.db, facility_code, name)
        return devices.new_enrolment_code(server.db, facility_code)[0]

    return make
