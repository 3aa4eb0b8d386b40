"""Faults at the worst moments (issue 4, Reliability): the connection drops after the server
acted but before the desk heard; the server process is killed in the middle of a push and
restarted; the client process is killed between receiving a page and storing it; clocks a
year off. After recovery nothing is lost and nothing is doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from prisondesk.db.migrate import head_revision
from prisondesk.db.models import UserAccount, Wing
from prisondesk.domain.hlc import Timestamp
from prisondesk.server import devices
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.services.core import audit, users
from prisondesk.services.sync import syncing
from prisondesk.sync import state
from prisondesk.sync.engine import RoundReport, SyncEngine
from prisondesk.sync.http import Offline, SyncClient
from tests.server.desks import ADMIN_PASSWORD, Desk, account, first_desk, joining_desk
from tests.server.live import (
    create_postgres_database,
    drop_postgres,
    free_port,
    require_postgres,
)

YEAR_MS = 365 * 24 * 3600 * 1000


class DroppingTransport(httpx.HTTPTransport):
    """Lets the server act on a request, then loses the answer (the cable is pulled)."""

    def __init__(self, drop_when) -> None:
        super().__init__()
        self.drop_when = drop_when
        self.calls: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.calls.append(request.url.path)
        if self.drop_when(request, len(self.calls)):
            response.read()
            response.close()
            raise httpx.ReadError("connection dropped", request=request)
        return response


def _engine(desk: Desk, transport=None) -> tuple[SyncEngine, SyncClient]:
    with desk.db.read() as session:
        url, token = state.get(session, state.SERVER_URL), state.get(session, state.TOKEN)
    client = SyncClient(url, token, transport=transport)
    return SyncEngine(desk.db, client, head_revision(), syncing.reindex_pulled), client


def _add_wings(desk: Desk, count: int, prefix: str = "Блок") -> None:
    admin = account(desk)
    with desk.db.write(admin.user_id) as session:
        facility_id = state.get(session, state.FACILITY_ID)
        for n in range(count):
            session.add(
                Wing(name=f"{prefix} {n}", position=n, deleted=False, facility_id=facility_id)
            )
        session.flush()
        audit.record(session, desk.db, admin, "test", "wing", None)


def _settle(*desks: Desk) -> None:
    """Everyone pushes, then everyone has pulled everything (a joiner's own audit entries
    of its enrolment travel too)."""
    for _ in range(2):
        for desk in desks:
            desk.sync()


def _wing_count(desk: Desk) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count()).select_from(Wing))


def test_a_push_whose_answer_is_lost_is_answered_duplicate_next_time(
    tmp_path, server, enrolment_code
):
    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    _add_wings(desk, 30)
    transport = DroppingTransport(lambda request, n: request.url.path.endswith("/push"))
    engine, client = _engine(desk, transport)
    with client, pytest.raises(Offline):
        engine.run_round()
    pending = syncing.status(desk.db).pending
    assert pending > 30  # nothing left the outbox: no answer was heard
    report = desk.sync()
    assert report.pushed == pending and report.digest == "ok"
    assert syncing.status(desk.db).pending == 0
    other = joining_desk(tmp_path / "b", server.url, enrolment_code())
    assert _wing_count(other) == _wing_count(desk) == 32
    _settle(desk, other)
    assert other.digest() == desk.digest()


def test_a_pull_page_lost_on_the_way_is_fetched_again(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    _add_wings(first, 2500)  # three pages of 1000
    first.sync()
    second_db_folder = tmp_path / "b"
    from tests.server.live import workstation

    second = Desk(workstation(second_db_folder), None)
    syncing.enrol(second.db, None, server.url, enrolment_code())
    pulls: list[int] = []

    def second_page(request, n: int) -> bool:
        if request.url.path.endswith("/pull"):
            pulls.append(n)
            return len(pulls) == 2
        return False

    transport = DroppingTransport(second_page)
    engine, client = _engine(second, transport)
    with client, pytest.raises(Offline):
        engine.run_round()
    with second.db.read() as session:
        cursor = state.cursor(session)
    assert cursor > 0  # the first page and its cursor were stored together
    assert 0 < _wing_count(second) < 2502
    report = second.sync()
    assert report.digest == "ok"
    assert _wing_count(second) == 2502
    _settle(first, second)
    assert second.digest() == first.digest()


def test_a_page_that_fails_while_being_stored_leaves_no_trace(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    _add_wings(first, 10)
    first.sync()
    from tests.server.live import workstation

    second = Desk(workstation(tmp_path / "b"), None)
    syncing.enrol(second.db, None, server.url, enrolment_code())
    engine, client = _engine(second)

    def crash(session, touched):
        raise RuntimeError("power cut while storing the page")

    engine.after_apply = crash
    with client, pytest.raises(RuntimeError):
        engine.pull(RoundReport())
    with second.db.read() as session:
        assert state.cursor(session) == 0
    assert _wing_count(second) == 0
    assert second.sync().digest == "ok"
    assert _wing_count(second) == 12


def test_a_page_fetched_ahead_is_dropped_when_the_page_before_it_fails(
    tmp_path, server, enrolment_code
):
    """Pull fetches the next page while it stores this one: when storing the second page
    fails, the third (already fetched) is dropped, and the cursor stays after the first."""
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    _add_wings(first, 2500)  # three pages of 1000
    first.sync()
    from tests.server.live import workstation

    second = Desk(workstation(tmp_path / "b"), None)
    syncing.enrol(second.db, None, server.url, enrolment_code())
    engine, client = _engine(second)
    stored: list[int] = []

    def crash_on_the_second_page(session, touched):
        stored.append(1)
        if len(stored) == 2:
            raise RuntimeError("power cut while storing the page")

    engine.after_apply = crash_on_the_second_page
    pages: list[dict] = []
    fetch = client.pull
    client.pull = lambda *args: pages.append(fetch(*args)) or pages[-1]
    with client, pytest.raises(RuntimeError):
        engine.pull(RoundReport())
    assert len(pages) == 3 and pages[2]["more"] is False  # the third page came ahead
    with second.db.read() as session:
        assert state.cursor(session) == pages[0]["next"]
    assert 0 < _wing_count(second) < 1000  # page one's wings only
    assert second.sync().digest == "ok"
    assert _wing_count(second) == 2502
    _settle(first, second)
    assert second.digest() == first.digest()


def test_clocks_a_year_ahead_and_behind_converge_and_keep_every_value(
    tmp_path, server, enrolment_code
):
    ahead = first_desk(tmp_path / "a", server.url, enrolment_code())
    ahead.sync()
    behind = joining_desk(tmp_path / "b", server.url, enrolment_code())
    real = ahead.db.clock._now_ms
    ahead.db.clock._now_ms = lambda: real() + YEAR_MS
    behind.db.clock._now_ms = lambda: real() - YEAR_MS
    admin_b = users.authenticate(behind.db, "admin", ADMIN_PASSWORD)
    users.update_user(ahead.db, ahead.admin, admin_b.user_id, full_name="Будущее")
    users.update_user(behind.db, admin_b, admin_b.user_id, full_name="Прошлое")
    report = ahead.sync()
    assert report.clock_skew > 0  # clamped to the server's time, kept
    behind.sync()
    ahead.sync()
    assert ahead.user_names()["admin"] == behind.user_names()["admin"]
    with ahead.db.read() as session:
        stamp = session.scalar(select(UserAccount.field_hlc).where(UserAccount.username == "admin"))
    assert Timestamp.parse(stamp["full_name"]).ms < real() + 10 * 60 * 1000
    from prisondesk.db.models import SyncConflict

    with behind.db.read() as session:
        conflicts = list(session.scalars(select(SyncConflict)))
    values = {c.kept["value"] for c in conflicts} | {c.lost["value"] for c in conflicts}
    assert {"Будущее", "Прошлое"} <= values
    _settle(ahead, behind)
    assert ahead.digest() == behind.digest()


# -- the server process killed mid-push, the client process killed mid-pull ------------------


def _start_server(url: str, port: int, home: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "prisondesk", "server", "--port", str(port), "--database-url", url],
        env={**os.environ, "PRISONDESK_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("server did not start")


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database_url(request, tmp_path):
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "server.sqlite3")
        return
    require_postgres()
    url, name = create_postgres_database()
    yield url
    drop_postgres(name)


@pytest.mark.slow
def test_the_server_killed_mid_push_loses_and_doubles_nothing(tmp_path, server_database_url):
    db = ServerDatabase.open(server_database_url)
    devices.add_facility(db, "BSH-1", "Колония")
    codes = [devices.new_enrolment_code(db, "BSH-1")[0] for _ in range(2)]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = _start_server(server_database_url, port, tmp_path / "srv")
    try:
        desk = first_desk(tmp_path / "a", url, codes[0])
        interrupted = 0
        for round_ in range(4):
            _add_wings(desk, 1500, prefix=f"Круг {round_}")
            killer = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    f"import time,os,signal; time.sleep({0.05 + 0.1 * round_}); "
                    f"os.kill({process.pid}, signal.SIGKILL)",
                ]
            )
            try:
                desk.sync()
            except syncing.SyncProblem:
                interrupted += 1
            killer.wait()
            process.wait()
            process = _start_server(server_database_url, port, tmp_path / "srv")
        assert interrupted >= 2  # the kills did land in the middle of rounds
        report = desk.sync()
        assert report.digest == "ok" and syncing.status(desk.db).pending == 0
        other = joining_desk(tmp_path / "b", url, codes[1])
        assert _wing_count(other) == _wing_count(desk) == 2 + 4 * 1500
        _settle(desk, other)
        assert other.digest() == desk.digest()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
        db.dispose()


def _cursor(home: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{home / 'prisondesk.sqlite3'}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM local_state WHERE key = 'sync_cursor'").fetchone()
    except sqlite3.OperationalError:  # busy for a moment: ask again
        return -1
    return int(row[0]) if row and row[0] else 0


@pytest.mark.slow
def test_the_client_killed_while_pulling_resumes_without_loss(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    _add_wings(first, 6000)
    first.sync()
    home = tmp_path / "b"
    from tests.server.live import workstation

    joined = workstation(home)
    syncing.enrol(joined, None, server.url, enrolment_code())
    joined.dispose()
    env = {**os.environ, "PRISONDESK_HOME": str(home)}
    killed_at = []
    for _ in range(3):  # killed each time right after it stored one more page
        before = max(_cursor(home), 0)
        process = subprocess.Popen(
            [sys.executable, "-m", "prisondesk", "sync"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while _cursor(home) <= before and process.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.002)
        if process.poll() is not None:  # a busy machine let it finish the pull: no more kills
            break
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed_at.append(_cursor(home))
    with server.db.read() as session:
        last = server.db.last_seq(session)
    assert 0 < killed_at[0] < last  # the kills did land in the middle of the pull
    finished = subprocess.run(
        [sys.executable, "-m", "prisondesk", "sync"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stderr
    # checked now, or by a run that finished before its kill ("unchanged" since it matched)
    assert "digest ok" in finished.stdout or "digest unchanged" in finished.stdout
    second = Desk(workstation(home), None)
    assert _wing_count(second) == 6002
    _settle(first, second)
    assert second.digest() == first.digest()
