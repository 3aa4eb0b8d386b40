"""The server scales out on PostgreSQL: several processes (``--workers``) or several servers
on one database serve desks together, hand out every ``seq`` once and in commit order (a
reader never skips a change), and say whether they are ready."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import httpx
import pytest
from sqlalchemy import select

from prisondesk.server import devices
from prisondesk.server.database import ServerDatabase, server_engine
from tests.server.live import (
    LiveServer,
    create_postgres_database,
    drop_postgres,
    free_port,
    require_postgres,
)
from tests.server.protocol import (
    audit_op,
    enrol,
    hlc,
    insert_op,
    officer,
    pull_all,
    push,
    statuses,
    update_op,
    wing_insert,
)


@pytest.fixture
def postgres_url():
    require_postgres()
    url, name = create_postgres_database()
    yield url
    drop_postgres(name)


def test_two_servers_on_one_database_converge_and_no_reader_skips_a_change(postgres_url):
    """Pushes to both at once; a reader pulling from the first all along, cursor by cursor,
    ends with every row: a seq that became visible was never lower than one it had read past."""
    servers = [LiveServer.start(ServerDatabase.open(postgres_url), "postgresql") for _ in "ab"]
    try:
        devices.add_facility(servers[0].db, "BSH-1", "Колония")
        codes = [devices.new_enrolment_code(servers[0].db, "BSH-1")[0] for _ in range(5)]
        with httpx.Client(base_url=servers[0].url, timeout=30) as first:
            _, _, auth = enrol(first, codes[0], (_facility_id(), "BSH-1"))
        pushers = []
        for n, code in enumerate(codes[1:]):
            with httpx.Client(base_url=servers[n % 2].url, timeout=30) as client:
                pushers.append((servers[n % 2].url, *enrol(client, code)))
        seen: dict[str, int] = {}
        done = threading.Event()

        def read() -> None:
            cursor = 0
            with httpx.Client(base_url=servers[0].url, timeout=30) as client:
                while True:
                    finished = done.is_set()
                    page = client.get(
                        "/api/v1/sync/pull", params={"after": cursor}, headers=auth
                    ).json()
                    for change in page["changes"]:
                        seen[change["row_id"]] = change["seq"]
                    cursor = page["next"]
                    if finished and not page["more"]:
                        return

        def write(url: str, device: str, facility: str, token: dict) -> None:
            with httpx.Client(base_url=url, timeout=30) as client:
                for n in range(15):
                    ops = [wing_insert(device, facility, f"Блок {n}-{k}") for k in range(20)]
                    assert statuses(push(client, token, ops)) == [("applied", None)] * 20

        reader = threading.Thread(target=read)
        reader.start()
        writers = [threading.Thread(target=write, args=p) for p in pushers]
        for thread in writers:
            thread.start()
        for thread in writers:
            thread.join()
        done.set()
        reader.join()
        with httpx.Client(base_url=servers[1].url, timeout=30) as client:
            everything = pull_all(client, auth)
        assert len(everything) == 4 * 15 * 20
        assert {c["row_id"]: c["seq"] for c in everything} == seen  # nothing skipped
        assert sorted(seen.values()) == list(range(1, len(seen) + 1))  # each seq once
    finally:
        for server in servers:
            server.stop()
            server.db.dispose()


def _facility_id() -> str:
    from prisondesk.domain.ids import new_id

    return new_id()


def test_workers_serve_desks_and_readyz_says_the_database_answers(postgres_url, tmp_path):
    port = free_port()
    env = {**os.environ, "PRISONDESK_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "prisondesk", "server", "--port", str(port)]
    command += ["--workers", "2", "--database-url", postgres_url]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).json() == {"status": "ready"}:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.2)
        db = ServerDatabase.open(postgres_url, migrate=False)
        devices.add_facility(db, "BSH-1", "Колония")
        code = devices.new_enrolment_code(db, "BSH-1")[0]
        db.dispose()
        with httpx.Client(base_url=url, timeout=30) as client:
            device, facility, auth = enrol(client, code, (_facility_id(), "BSH-1"))
            for n in range(6):  # a connection each: the two workers share them
                with httpx.Client(base_url=url, timeout=30) as own:
                    ops = [wing_insert(device, facility, f"Блок {n}")]
                    assert statuses(push(own, auth, ops)) == [("applied", None)]
            assert len(pull_all(client, auth)) == 6
            assert client.get("/healthz").json() == {"status": "ok"}
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert out.count(b"Started server process") == 2 and b"Started parent process" in out


def test_several_workers_are_refused_on_sqlite(tmp_path, capsys):
    from prisondesk.cli import main

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["server", "--workers", "2", "--database-url", url]) == 2
    assert "need PostgreSQL" in capsys.readouterr().err


def test_readyz_is_503_when_the_database_does_not_answer(client, enrolment_code):
    assert client.get("/readyz").json() == {"status": "ready"}
    down = ServerDatabase(server_engine("postgresql+psycopg://127.0.0.1:1/nowhere"))
    live = LiveServer.start(down, "postgresql")
    try:
        answer = httpx.get(f"{live.url}/readyz", timeout=30)
        assert answer.status_code == 503 and answer.json()["error"]["code"] == "not_ready"
        assert httpx.get(f"{live.url}/healthz").json() == {"status": "ok"}  # still alive
    finally:
        live.stop()


@pytest.fixture
def two_facilities(postgres_url):
    """A server on PostgreSQL with two facilities, a desk and a registry officer each."""
    from prisondesk.domain.ids import new_id

    server = LiveServer.start(ServerDatabase.open(postgres_url), "postgresql")
    desks = []
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for code in ("BSH-1", "OSH-2"):
                devices.add_facility(server.db, code, code)
                enrolment = devices.new_enrolment_code(server.db, code)[0]
                device, facility, auth = enrol(client, enrolment, (new_id(), code))
                user = officer(client, auth, device, facility, "registry_officer")
                desks.append((device, facility, auth, user))
        yield server, desks
    finally:
        server.stop()
        server.db.dispose()


def _admission(device: str, facility: str, user: str, number: str) -> dict:
    from prisondesk.domain.ids import new_id

    values = {"id": new_id(), "facility_id": facility, "number": number, "status": "in_custody"}
    values |= {"surname": "Асанов", "given_name": "Бакыт"}
    return {**insert_op("prisoner", device, values), "user_id": user}


def _vouched(client: httpx.Client, auth: dict, device: str, facility: str, user: str) -> str:
    """The desk pushes an audit entry of ``user`` (its chain's first), which covers the
    user's changes that it pushes next (server/authorise.py)."""
    entry = {**audit_op(device, facility, user, seq=1), "user_id": user}
    assert statuses(push(client, auth, [entry])) == [("applied", None)]
    return user


def _push_in_thread(url: str, auth: dict, ops: list[dict], answers: list) -> threading.Thread:
    def send() -> None:
        with httpx.Client(base_url=url, timeout=60) as client:
            answers.append(push(client, auth, ops))

    thread = threading.Thread(target=send)
    thread.start()
    return thread


def test_a_push_waits_for_its_own_device_only_until_it_writes(two_facilities):
    """A push that is still reading and checking holds its device's lock only: another
    desk's push goes through meanwhile, be it of the same facility or another, while a
    second push of the same desk (a retry) waits."""
    server, [(device_a, facility_a, auth_a, user_a), (device_b, facility_b, auth_b, user_b)] = (
        two_facilities
    )
    with httpx.Client(base_url=server.url, timeout=30) as client:
        code = devices.new_enrolment_code(server.db, "BSH-1")[0]
        device_c, _, auth_c = enrol(client, code)  # a second desk of facility A
        user_c = _vouched(client, auth_c, device_c, facility_a, user_a)
    answers: dict[str, list[httpx.Response]] = {"a": [], "b": [], "c": []}
    with server.db.push(device_a):  # a push of desk A, before it takes the push lock
        others = [
            _push_in_thread(server.url, auth, [_admission(d, f, u, n)], answers[k])
            for k, d, f, auth, u, n in (
                ("b", device_b, facility_b, auth_b, user_b, "OSH-1"),
                ("c", device_c, facility_a, auth_c, user_c, "BSH-2"),
            )
        ]
        same = _push_in_thread(
            server.url, auth_a, [_admission(device_a, facility_a, user_a, "BSH-1")], answers["a"]
        )
        for thread in others:
            thread.join(timeout=30)
            assert not thread.is_alive()
        assert statuses(answers["b"][0]) == statuses(answers["c"][0]) == [("applied", None)]
        same.join(timeout=1.5)
        assert same.is_alive() and not answers["a"]  # waits for desk A's push to end
    same.join(timeout=30)
    assert statuses(answers["a"][0]) == [("applied", None)]


def test_a_unique_value_another_facility_took_meanwhile_is_refused(two_facilities, monkeypatch):
    """Facility A's push has found a prisoner number free and decided to store it; before it
    takes the push lock, facility B's push stores the same number. A's push looks again
    under the lock and refuses its op (no error, no second holder of the number)."""
    from prisondesk.server.database import PushTransaction
    from prisondesk.server.models import UniqueKey

    server, [(device_a, facility_a, auth_a, user_a), (device_b, facility_b, auth_b, user_b)] = (
        two_facilities
    )

    decided, go = threading.Event(), threading.Event()
    sequence = PushTransaction.sequence

    def paused_once(self):  # the first push to reach the lock waits there for the test
        if not decided.is_set():
            decided.set()
            assert go.wait(30)
        return sequence(self)

    monkeypatch.setattr(PushTransaction, "sequence", paused_once)
    answers_a: list[httpx.Response] = []
    first = _push_in_thread(
        server.url, auth_a, [_admission(device_a, facility_a, user_a, "BSH-000777")], answers_a
    )
    assert decided.wait(30)
    claim_b = _admission(device_b, facility_b, user_b, "BSH-000777")
    with httpx.Client(base_url=server.url, timeout=30) as client:
        assert statuses(push(client, auth_b, [claim_b])) == [("applied", None)]
    go.set()
    first.join(timeout=30)
    assert statuses(answers_a[0]) == [("rejected", "unique_violation")]
    with server.db.read() as session:
        holders = session.scalars(
            select(UniqueKey.row_id).where(UniqueKey.table_name == "prisoner")
        ).all()
    assert holders == [claim_b["row_id"]]


def test_two_desks_changing_one_record_at_once_lose_neither_change(two_facilities, monkeypatch):
    """Desk A has read a prisoner's record and merged its change of cell; before it writes,
    desk C of the same facility stores a change of surname. A's push sees the record changed
    under the push lock and merges again: the record keeps both changes."""
    from prisondesk.server.database import PushTransaction

    server, [(device_a, facility_a, auth_a, user_a), _] = two_facilities
    with httpx.Client(base_url=server.url, timeout=30) as client:
        admitted = _admission(device_a, facility_a, user_a, "BSH-000001")
        assert statuses(push(client, auth_a, [admitted])) == [("applied", None)]
        code = devices.new_enrolment_code(server.db, "BSH-1")[0]
        device_c, _, auth_c = enrol(client, code)
        user_c = _vouched(client, auth_c, device_c, facility_a, user_a)
    prisoner = admitted["row_id"]
    decided, go = threading.Event(), threading.Event()
    sequence = PushTransaction.sequence

    def paused_once(self):
        if not decided.is_set():
            decided.set()
            assert go.wait(30)
        return sequence(self)

    monkeypatch.setattr(PushTransaction, "sequence", paused_once)
    moved = update_op("prisoner", prisoner, {"cell": "7"}, hlc(device_a), {"cell": ""}, user_a)
    answers: list[httpx.Response] = []
    first = _push_in_thread(server.url, auth_a, [moved], answers)
    assert decided.wait(30)
    renamed = update_op(
        "prisoner",
        prisoner,
        {"surname": "Токтогулов"},
        hlc(device_c),
        {"surname": "Асанов"},
        user_c,
    )
    with httpx.Client(base_url=server.url, timeout=30) as client:
        assert statuses(push(client, auth_c, [renamed])) == [("applied", None)]
        go.set()
        first.join(timeout=30)
        assert statuses(answers[0]) == [("applied", None)]
        rows = [c["row"] for c in pull_all(client, auth_a) if c["row_id"] == prisoner]
    assert [(row["cell"], row["surname"]) for row in rows] == [("7", "Токтогулов")]
