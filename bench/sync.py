"""Sync benchmarks (issue 4), each on a SQLite and a PostgreSQL server run as its own process:

1. push and pull throughput (ops/s), next to a raw ``executemany`` insert of the same rows in
   the same run (the physical limit; aim: sync at least 25 % of it);
2. first sync of a facility with 2,000 prisoners and 200,000 events to a fresh workstation;
3. 50 workstations syncing at once: throughput, p95 round latency, errors.

    .venv/bin/python bench/sync.py [--backend sqlite|postgresql|both] [--events N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Index, MetaData, Table, and_, create_engine, func, insert, select

from prisondesk.db.migrate import head_revision
from prisondesk.db.models import Movement, Prisoner
from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.ids import new_id
from prisondesk.domain.wire import from_wire, to_wire, utc_now
from prisondesk.runtime import tune_garbage_collector
from prisondesk.server import devices
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.server.models import ServerRow
from prisondesk.server.tables import table_specs
from prisondesk.services.core import facility, users
from prisondesk.services.sync import syncing
from prisondesk.sync import state
from prisondesk.sync.digest import canonical, row_hash
from prisondesk.sync.engine import PUSH_OPS, RoundReport, SyncEngine, shared_hlc
from prisondesk.sync.http import SyncClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.server.live import create_postgres_database, drop_postgres, workstation
from tests.server.protocol import audit_op, officer

DEFAULTS = {"text": "", "integer": 0, "boolean": False, "json": []}
THROUGHPUT_OPS = 20_000
THROUGHPUT_ROUNDS = 5  # the median of five: this machine's speed drifts between rounds


# -- data -------------------------------------------------------------------------------------


def op_for(table: str, values: dict[str, Any], clock: HybridClock) -> dict[str, Any]:
    spec = table_specs()[table]
    stamp = clock.tick()
    row = {
        name: values.get(name, None if column.nullable else DEFAULTS.get(column.wire_type))
        for name, column in spec.columns.items()
    }
    return {
        "op_id": new_id(),
        "table": table,
        "row_id": row["id"],
        "kind": "insert",
        "fields": {name: {"value": value, "hlc": stamp} for name, value in row.items()},
        "base": {},
        "user_id": None,
        "device_time": to_wire(utc_now()),
    }


def by_user(ops: list[dict], user: str) -> list[dict]:
    """The ops as made by ``user``: the server authorises every change by its user."""
    return [{**op, "user_id": user} for op in ops]


def vouch(server: Server, device: str, token: str, facility_id: str, user: str) -> None:
    """The device pushes one audit entry of ``user`` (its chain's first): the server then
    takes the device's pushes of that user's changes as covered (server/authorise.py), as it
    does for a desk whose user works on."""
    entry = audit_op(device, facility_id, user, seq=1)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        answer = client.post(
            "/api/v1/sync/push",
            json={"protocol": 1, "schema": head_revision(), "ops": [entry]},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
    assert answer["results"][0]["status"] == "applied", answer


def as_sent(ops: list[dict]) -> list[dict]:
    """The ops as a workstation sends them to this server: their one HLC said once."""
    return [shared_hlc(op) for op in ops]


def prisoner_ops(facility_id: str, count: int, clock: HybridClock, tag: str) -> list[dict]:
    rng = random.Random(count)
    return [
        op_for(
            "prisoner",
            {
                "id": new_id(),
                "facility_id": facility_id,
                "number": f"{tag}-{n:06d}",
                "status": "in_custody",
                "surname": rng.choice(["Асанов", "Иванов", "Токтогулов"]),
                "given_name": "Бакыт",
                "patronymic": "Нурланович",
                "date_of_birth": "1990-05-17",
                "pin": f"2170519900{n % 10000:04d}",
                "regime": "general",
                "cell": str(n % 60),
                "languages": ["ky", "ru"],
                "authority": "Первомайский районный суд",
            },
            clock,
        )
        for n in range(count)
    ]


def movement_ops(facility_id: str, prisoners: list[str], count: int, clock: HybridClock) -> list:
    when = to_wire(utc_now())
    return [
        op_for(
            "movement",
            {
                "id": new_id(),
                "facility_id": facility_id,
                "prisoner_id": prisoners[n % len(prisoners)],
                "kind": "cell_change",
                "occurred_at": when,
                "cell": str(n % 60),
                "reason": "плановый перевод",
            },
            clock,
        )
        for n in range(count)
    ]


# -- servers ------------------------------------------------------------------------------------


class Server:
    def __init__(self, backend: str, folder: Path, workers: int = 1) -> None:
        self.backend, self.pg_name = backend, None
        if backend == "postgresql":
            self.url_db, self.pg_name = create_postgres_database()
        else:
            self.url_db = sqlite_url(folder / "server.sqlite3")
        self.db = ServerDatabase.open(self.url_db)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prisondesk",
                "server",
                "--port",
                str(self.port),
                "--database-url",
                self.url_db,
                "--workers",
                str(workers),
            ],
            env={**os.environ, "PRISONDESK_HOME": str(folder / "server-home")},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/healthz", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def device(self, code: str, facility_id: str) -> tuple[str, str]:
        answer = httpx.post(
            f"{self.url}/api/v1/devices/enroll",
            json={
                "code": devices.new_enrolment_code(self.db, code)[0],
                "name": "bench",
                "app_version": "bench",
                "facility": {"id": facility_id, "code": code},
            },
        ).json()
        return answer["device_id"], answer["token"]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.db.dispose()
        if self.pg_name:
            drop_postgres(self.pg_name)


LOCK_HELD_MS: list[float] = []  # every push's Server-Timing "lock" (how long it held the lock)


def timing_recorded(client: SyncClient) -> SyncClient:
    """Collect the push lock's hold time that the server reports with each push."""

    def record(response: httpx.Response) -> None:
        timing = response.headers.get("Server-Timing", "")
        if timing.startswith("lock;dur="):
            LOCK_HELD_MS.append(float(timing.split(";")[1].removeprefix("dur=")))

    client._http.event_hooks["response"].append(record)
    return client


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))] if ordered else float("nan")


def push_all(client: SyncClient, ops: list[dict], batch: int = PUSH_OPS) -> float:
    timing_recorded(client)
    started = time.perf_counter()
    for start in range(0, len(ops), batch):
        answer = client.push(head_revision(), ops[start : start + batch])  # read once, cached
        assert all(r["status"] == "applied" for r in answer["results"]), answer["results"][:3]
    return time.perf_counter() - started


def raw_server_insert(server: Server, ops: list[dict]) -> float:
    """The same rows into a copy of ``server_row`` — its indexes, and the rows it holds before
    the push — one executemany, no protocol. Run just before the push it is compared with,
    so both write into tables of the same size."""
    engine = create_engine(server.url_db) if server.backend == "postgresql" else server.db.engine
    source = ServerRow.__table__
    scratch = Table("bench_raw_row", MetaData(), *[c._copy() for c in source.columns])
    for index in source.indexes:
        columns = [scratch.c[c.name] for c in index.columns]
        partial = {}
        if any(index.dialect_options[d].get("where") is not None for d in ("sqlite", "postgresql")):
            # server_row's partial index holds the rows whose indexed columns are set
            where = and_(*[column.is_not(None) for column in columns])
            partial = {"sqlite_where": where, "postgresql_where": where}
        Index(f"bench_{index.name}", *columns, **partial)
    scratch.create(engine)
    with engine.begin() as connection:
        connection.execute(insert(scratch).from_select(list(source.c.keys()), select(source)))
        held = connection.scalar(select(func.coalesce(func.max(scratch.c.seq), 0)))
    rows = []
    for n, op in enumerate(ops):
        row = dict(op["values"])
        rows.append(
            {
                "table_name": op["table"],
                "row_id": op["row_id"],
                "facility_id": row["facility_id"],
                "seq": held + n + 1,
                "row": canonical(row).decode(),
                "hlc": json.dumps(op["hlc"]),  # stored as the server does: said once
                "deleted": False,
                "row_hash": f"{row_hash(row):032x}",
                "writers": "{}" if table_specs()[op["table"]].kind == "event" else "null",
                "changed_at": utc_now(),
            }
        )
    started = time.perf_counter()
    with engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(insert(scratch), rows[start : start + 5000])
    elapsed = time.perf_counter() - started
    scratch.drop(engine)
    return elapsed


def raw_local_insert(folder: Path, ops: list[dict]) -> float:
    """The same rows into a workstation's own tables (guards off), one executemany per table."""
    db = workstation(folder)
    tables = {"prisoner": Prisoner.__table__, "movement": Movement.__table__}
    by_table: dict[str, list[dict]] = {}
    for op in ops:
        spec = table_specs()[op["table"]]
        row = {k: from_wire(v, spec.columns[k].wire_type) for k, v in op["values"].items()}
        extra = {"field_hlc": {}, "deleted": False} if spec.kind == "record" else {"hlc": ""}
        by_table.setdefault(op["table"], []).append({**row, **extra, "origin_device": "raw"})
    started = time.perf_counter()
    with db.apply_remote() as session:
        for name, rows in by_table.items():
            for start in range(0, len(rows), 5000):
                session.execute(insert(tables[name]), rows[start : start + 5000])
    elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed


def fresh_desk(folder: Path, server: Server, code: str) -> Any:
    db = workstation(folder)
    syncing.enrol(db, None, server.url, devices.new_enrolment_code(server.db, code)[0])
    return db


def engine_for(db) -> tuple[SyncEngine, SyncClient]:
    with db.read() as session:
        client = SyncClient(state.get(session, state.SERVER_URL), state.get(session, state.TOKEN))
    return SyncEngine(db, client, head_revision(), syncing.reindex_pulled), client


# -- benchmarks ---------------------------------------------------------------------------------


def bench_throughput(server: Server, folder: Path) -> dict[str, float]:
    first = workstation(folder / "first")
    facility.set_up_facility(
        first,
        code="TPUT-1",
        name="Throughput",
        wings=["А"],
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="bench-pass-1",
    )
    devices.add_facility(server.db, "TPUT-1", "Throughput")
    facility_id = facility.current_facility(first).id
    syncing.enrol(
        first,
        _admin(first),
        server.url,
        devices.new_enrolment_code(server.db, "TPUT-1")[0],
    )
    clerk = users.create_user(
        first, _admin(first), "registry1", "Bench", "registry_officer", "bench-pass-2"
    ).id
    syncing.run_round(first)
    device, token = server.device("TPUT-1", facility_id)
    vouch(server, device, token, facility_id, clerk)
    clock = HybridClock(device)  # a device writes with its own clock
    desk = fresh_desk(folder / "puller", server, "TPUT-1")
    engine, pull_client = engine_for(desk)
    with pull_client:
        engine.pull(RoundReport())  # the facility as it was: the rounds pull only their ops
        rounds = [
            _throughput_round(
                server, folder / f"round{n}", facility_id, token, clock, engine, n, clerk
            )
            for n in range(THROUGHPUT_ROUNDS)
        ]
    first.dispose()
    desk.dispose()
    # this machine's speed drifts between runs: push and raw alternate, and the round with
    # the median ratio is reported
    push = sorted(rounds, key=lambda r: r["push / raw"])[len(rounds) // 2]
    pull = sorted(rounds, key=lambda r: r["pull / raw"])[len(rounds) // 2]
    return {
        "push ops/s": push["push ops/s"],
        "raw server insert rows/s": push["raw server insert rows/s"],
        "push / raw": push["push / raw"],
        "push / raw, each round": " ".join(f"{r['push / raw']:.2f}" for r in rounds),
        "pull ops/s": pull["pull ops/s"],
        "raw local insert rows/s": pull["raw local insert rows/s"],
        "pull / raw": pull["pull / raw"],
        "pull / raw, each round": " ".join(f"{r['pull / raw']:.2f}" for r in rounds),
        "pulled": sum(r["pulled"] for r in rounds),
    }


def _throughput_round(
    server: Server, folder: Path, facility_id: str, token: str, clock, engine, n: int, clerk: str
) -> dict[str, Any]:
    """Push THROUGHPUT_OPS fresh ops, insert the same rows raw, pull them to a desk, insert
    them raw into a new desk's tables."""
    ops = prisoner_ops(facility_id, THROUGHPUT_OPS // 2, clock, f"TP{n}")
    ops += movement_ops(facility_id, [o["row_id"] for o in ops], THROUGHPUT_OPS // 2, clock)
    ops = as_sent(by_user(ops, clerk))
    raw_push_s = raw_server_insert(server, ops)
    with SyncClient(server.url, token) as client:
        push_s = push_all(client, ops)
    started = time.perf_counter()
    report = RoundReport()
    engine.pull(report)
    pull_s = time.perf_counter() - started
    raw_pull_s = raw_local_insert(folder, ops)
    count = len(ops)
    return {
        "push ops/s": count / push_s,
        "raw server insert rows/s": count / raw_push_s,
        "push / raw": raw_push_s / push_s,
        "pull ops/s": report.pulled / pull_s,
        "raw local insert rows/s": count / raw_pull_s,
        "pull / raw": raw_pull_s / pull_s,
        "pulled": report.pulled,
    }


def _admin(db):
    return users.authenticate(db, "admin", "bench-pass-1")


def bench_first_sync(server: Server, folder: Path, prisoners: int, events: int) -> dict[str, float]:
    facility_id = new_id()
    devices.add_facility(server.db, "FIRST-1", "First sync")
    device, token = server.device("FIRST-1", facility_id)
    with httpx.Client(base_url=server.url, timeout=30) as client:  # the facility's first users
        clerk = officer(
            client, {"Authorization": f"Bearer {token}"}, device, facility_id, "registry_officer"
        )
    clock = HybridClock(device)
    ops = prisoner_ops(facility_id, prisoners, clock, "FS")
    ops += movement_ops(facility_id, [o["row_id"] for o in ops], events, clock)
    ops = as_sent(by_user(ops, clerk))
    with SyncClient(server.url, token) as client:
        seed_s = push_all(client, ops, batch=1000)
    desk = fresh_desk(folder / "first-sync", server, "FIRST-1")
    started = time.perf_counter()
    report = syncing.run_round(desk)
    elapsed = time.perf_counter() - started
    desk.dispose()
    return {
        "rows": report.pulled,
        "seconds": elapsed,
        "rows/s": report.pulled / elapsed,
        "digest": report.digest,
        "seed push s": seed_s,
    }


def bench_fifty(server: Server, folder: Path, desks: int = 50, changes: int = 40) -> dict:
    """Fifty simulated workstations (protocol clients on threads, each with its own token)
    run one round at the same moment: push their changes, pull to the end, ask the digest.
    The server is its own process, so what is measured is the server under that load."""
    facility_id = new_id()
    devices.add_facility(server.db, "FIFTY-1", "Fifty")
    tokens = [server.device("FIFTY-1", facility_id) for _ in range(desks)]
    latencies: dict[str, list[float]] = {"round": [], "push": [], "pull": [], "digest": []}
    errors: list[str] = []
    barrier = threading.Barrier(desks)

    def timed(kind: str, call):
        started = time.perf_counter()
        result = call()
        latencies[kind].append(time.perf_counter() - started)
        return result

    def desk(device: str, token: str) -> None:
        clock = HybridClock(device)
        ops = [
            op_for("wing", {"id": new_id(), "facility_id": facility_id, "name": f"W{k}"}, clock)
            for k in range(changes)
        ]
        try:
            with timing_recorded(SyncClient(server.url, token)) as client:
                barrier.wait()
                started = time.perf_counter()
                answer = timed("push", lambda: client.push(head_revision(), ops))
                bad = [r for r in answer["results"] if r["status"] != "applied"]
                if bad:
                    errors.append(repr(bad[:2]))
                after = 0
                while True:
                    page = timed("pull", lambda a=after: client.pull(a, 1000))
                    after = page["next"]
                    if not page["more"]:
                        break
                timed("digest", client.digest)
                latencies["round"].append(time.perf_counter() - started)
        except Exception as problem:  # counted and printed, never hidden
            errors.append(repr(problem))

    threads = [threading.Thread(target=desk, args=pair) for pair in tokens]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started

    def p95(values: list[float]) -> float:
        return percentile(values, 0.95)

    return {
        "desks": desks,
        "ops pushed": desks * changes,
        "wall s": wall,
        "ops/s": desks * changes / wall,
        "requests/s": sum(len(v) for k, v in latencies.items() if k != "round") / wall,
        "p95 push s": p95(latencies["push"]),
        "p95 pull s": p95(latencies["pull"]),
        "p95 digest s": p95(latencies["digest"]),
        "p95 round s": p95(latencies["round"]),
        "errors": errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--prisoners", type=int, default=2000)
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    tune_garbage_collector()  # as the desktop and `prisondesk sync` do once started
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp)
            server = Server(backend, folder)
            try:
                print(f"== {backend} ==", flush=True)
                LOCK_HELD_MS.clear()
                for name, value in bench_throughput(server, folder).items():
                    print(
                        f"  {name}: {value:,.2f}"
                        if isinstance(value, float)
                        else f"  {name}: {value}"
                    )
                print(
                    f"  push lock held per 500-op push: p50 {percentile(LOCK_HELD_MS, 0.5):.1f} "
                    f"ms, p95 {percentile(LOCK_HELD_MS, 0.95):.1f} ms ({len(LOCK_HELD_MS)} pushes)",
                    flush=True,
                )
                first = bench_first_sync(server, folder, args.prisoners, args.events)
                print(
                    f"  first sync of {args.prisoners} prisoners + {args.events} events: "
                    f"{first['rows']} rows in {first['seconds']:.1f} s "
                    f"({first['rows/s']:,.0f} rows/s), digest {first['digest']}",
                    flush=True,
                )
                LOCK_HELD_MS.clear()
                fifty = bench_fifty(server, folder)
                print(
                    f"  {fifty['desks']} workstations at once: {fifty['ops pushed']} ops pushed, "
                    f"{fifty['requests/s']:,.0f} requests/s; p95 push {fifty['p95 push s']:.2f} s, "
                    f"pull page {fifty['p95 pull s']:.2f} s, digest {fifty['p95 digest s']:.2f} s, "
                    f"whole round {fifty['p95 round s']:.2f} s; errors: {len(fifty['errors'])} "
                    f"{fifty['errors'][:3]}; push lock held p50 "
                    f"{percentile(LOCK_HELD_MS, 0.5):.1f} ms, p95 "
                    f"{percentile(LOCK_HELD_MS, 0.95):.1f} ms",
                    flush=True,
                )
            finally:
                server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
