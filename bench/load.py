"""Load benchmark (issue 15): a national service's desks against ``prisondesk server
--workers 2`` on PostgreSQL, the server run as its own processes.

1. Steady load: 300 desks in 30 facilities, each syncing every 30 seconds as the desktop does
   (``hello`` when it has changes, push, pull to the end, digest after a change, the facility
   list) with a mix of changes a shift makes: cell moves, movements, admissions, each with its
   user's audit entry in the desk's own chain. Reports round latency p50/p95, errors, and the
   CPU the server's workers and PostgreSQL used. Aim: p95 under 0.5 s, no errors.
2. Burst: 50 desks of one facility run a round at the same moment. Aim: p95 under 1 s.

Each facility starts with data (prisoners and movements) pushed before the clock starts, and
each desk starts caught up, as desks in service are.

    .venv/bin/python bench/load.py [--facilities 30] [--desks 10] [--minutes 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]  # bench/sync.py and tests/ beside it
from tests.server.protocol import audit_op, officer  # noqa: E402

from prisondesk.db.migrate import head_revision  # noqa: E402
from prisondesk.domain.hlc import HybridClock  # noqa: E402
from prisondesk.domain.ids import new_id  # noqa: E402
from prisondesk.domain.wire import to_wire, utc_now  # noqa: E402
from prisondesk.runtime import tune_garbage_collector  # noqa: E402
from prisondesk.server import devices  # noqa: E402
from sync import Server, as_sent, movement_ops, percentile, prisoner_ops  # noqa: E402

PERIOD_S = 30.0
SCHEMA = head_revision()


@dataclass
class Desk:
    """One simulated workstation: its token, its audit chain and what it has pulled."""

    device: str
    token: str
    facility_id: str
    user: str
    code: str
    clock: HybridClock = field(init=False)
    chain_seq: int = 0
    chain_hash: str = "0" * 64
    cursor: int = 0
    cells: dict[str, str] = field(default_factory=dict)  # prisoner id -> cell, as pulled

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.device)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def audited(self, ops: list[dict], action: str) -> list[dict]:
        """The ops as one transaction of the desk's user: each with the user, and the audit
        entry that records it next in the desk's chain."""
        self.chain_seq += 1
        entry = audit_op(
            self.device,
            self.facility_id,
            self.user,
            action=action,
            seq=self.chain_seq,
            prev_hash=self.chain_hash,
        )
        self.chain_hash = entry["fields"]["entry_hash"]["value"]
        return as_sent([{**op, "user_id": self.user} for op in ops] + [entry])

    def shift_changes(self, rng: random.Random) -> list[dict]:
        """What a desk has to send after 30 seconds of a shift (often nothing)."""
        roll = rng.random()
        if roll < 0.4 or not self.cells:
            return []
        prisoners = list(self.cells)
        if roll < 0.7:
            count = rng.randint(1, 3)
            chosen = [rng.choice(prisoners) for _ in range(count)]
            ops = movement_ops(self.facility_id, chosen, count, self.clock)
            return self.audited(ops, "create")
        if roll < 0.9:
            prisoner = rng.choice(prisoners)
            cell = str(rng.randint(1, 60))
            stamp = self.clock.tick()
            update = {
                "op_id": new_id(),
                "table": "prisoner",
                "row_id": prisoner,
                "kind": "update",
                "fields": {"cell": {"value": cell, "hlc": stamp}},
                "base": {"cell": self.cells[prisoner]},
                "user_id": None,
                "device_time": to_wire(utc_now()),
            }
            self.cells[prisoner] = cell
            return self.audited([update], "update")
        admitted = prisoner_ops(self.facility_id, 1, self.clock, f"{self.code}-{new_id()[-8:]}")
        return self.audited(admitted, "create")


# -- setting up -----------------------------------------------------------------------------


def set_up(server: Server, facilities: int, desks: int, prisoners: int, events: int) -> list:
    """Facilities with their desks, a registry officer each, and their data."""
    everyone: list[Desk] = []
    with httpx.Client(base_url=server.url, timeout=120) as client:
        for n in range(facilities):
            code = f"F{n:02d}"
            facility_id = new_id()
            devices.add_facility(server.db, code, f"Колония {n}")
            pairs = [server.device(code, facility_id) for _ in range(desks)]
            first, token = pairs[0]
            auth = {"Authorization": f"Bearer {token}"}
            user = officer(client, auth, first, facility_id, "registry_officer")
            own = [Desk(device, token, facility_id, user, code) for device, token in pairs]
            seeder = own[0]
            clock = HybridClock(seeder.device)
            people = prisoner_ops(facility_id, prisoners, clock, code)
            ids = [op["row_id"] for op in people]
            batch = people + movement_ops(facility_id, ids, events, clock)
            for start in range(0, len(batch), 499):
                ops = seeder.audited(batch[start : start + 499], "create")
                _push_sync(client, seeder, ops)
            everyone.extend(own)
    print(f"  {facilities} facilities, {len(batch):,} rows and {desks} desks each", flush=True)
    return everyone


def _push_sync(client: httpx.Client, desk: Desk, ops: list[dict]) -> None:
    body = {"protocol": 1, "schema": SCHEMA, "ops": ops}
    headers = {**desk.auth, "Content-Type": "application/json"}
    answer = client.post("/api/v1/sync/push", content=orjson.dumps(body), headers=headers)
    assert answer.status_code == 200, answer.text[:300]
    bad = [r for r in answer.json()["results"] if r["status"] not in ("applied", "merged")]
    assert not bad, bad[:3]


# -- one round, as the desktop runs it (sync/engine.py) -------------------------------------------


class RoundFailed(Exception):
    pass


TIMES: dict[str, list[float]] = {}  # seconds per request, by endpoint


async def run_round(client: httpx.AsyncClient, desk: Desk, ops: list[dict]) -> None:
    async def call(method: str, path: str, **kwargs: Any) -> Any:
        headers = {**desk.auth, "Content-Type": "application/json"}
        begun = time.perf_counter()
        answer = await client.request(method, path, headers=headers, **kwargs)
        TIMES.setdefault(path.rsplit("/", 1)[-1], []).append(time.perf_counter() - begun)
        for part in answer.headers.get("Server-Timing", "").split(","):  # the server's own
            name, _, rest = part.strip().partition(";dur=")
            if rest:
                TIMES.setdefault(f"server {name}", []).append(float(rest.split(";")[0]) / 1000)
        if answer.status_code != 200:
            raise RoundFailed(f"{method} {path}: {answer.status_code} {answer.text[:200]}")
        return orjson.loads(answer.content)

    if ops:
        await call("GET", "/api/v1/hello")
        body = orjson.dumps({"protocol": 1, "schema": SCHEMA, "ops": ops})
        answer = await call(
            "POST",
            "/api/v1/sync/push",
            content=body,
        )
        bad = [r for r in answer["results"] if r["status"] not in ("applied", "merged")]
        if bad:
            raise RoundFailed(f"push: {bad[:2]}")
    pulled = 0
    while True:
        page = await call("GET", "/api/v1/sync/pull", params={"after": desk.cursor, "limit": 1000})
        for change in page["changes"]:
            if change["table"] == "prisoner" and not change.get("deleted"):
                desk.cells[change["row_id"]] = change["row"]["cell"]
        pulled += len(page["changes"])
        desk.cursor = page["next"]
        if not page["more"]:
            break
    if ops or pulled:
        await call("GET", "/api/v1/sync/digest")
    await call("GET", "/api/v1/facilities")


async def catch_up(client: httpx.AsyncClient, desks: list[Desk]) -> None:
    """Every desk pulls what its facility holds (its first sync, not timed)."""
    gate = asyncio.Semaphore(8)

    async def one(desk: Desk) -> None:
        async with gate:
            await run_round(client, desk, [])

    await asyncio.gather(*(one(desk) for desk in desks))


@dataclass
class Outcome:
    """Rounds timed, and rounds failed."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    async def timed(self, client: httpx.AsyncClient, desk: Desk, ops: list[dict]) -> None:
        begun = time.perf_counter()
        try:
            await run_round(client, desk, ops)
        except (RoundFailed, httpx.HTTPError) as problem:
            self.errors.append(repr(problem))
        else:
            self.latencies.append(time.perf_counter() - begun)


async def steady(client: httpx.AsyncClient, desks: list[Desk], seconds: float) -> Outcome:
    """Each desk syncs every PERIOD_S from a random moment of the first period."""
    rng = random.Random(7)
    outcome = Outcome()
    started = time.monotonic()

    async def desk_loop(desk: Desk, offset: float) -> None:
        at = started + offset
        while at < started + seconds:
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            await outcome.timed(client, desk, desk.shift_changes(rng))
            at += PERIOD_S

    await asyncio.gather(*(desk_loop(d, rng.uniform(0, PERIOD_S)) for d in desks))
    return outcome


async def burst(client: httpx.AsyncClient, desks: list[Desk]) -> Outcome:
    """Every desk given runs a round at the same moment, each with changes to push."""
    work = []
    for desk in desks:
        moved = movement_ops(desk.facility_id, list(desk.cells)[:40], 40, desk.clock)
        work.append((desk, desk.audited(moved, "create")))
    outcome = Outcome()
    await asyncio.gather(*(outcome.timed(client, desk, ops) for desk, ops in work))
    return outcome


# -- CPU ------------------------------------------------------------------------------------------


TICK = os.sysconf("SC_CLK_TCK")


def _processes() -> list[tuple[int, int, str, float]]:
    """(pid, parent pid, command, CPU seconds used) of every process."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        found.append(
            (int(entry.name), int(fields[1]), name, (int(fields[11]) + int(fields[12])) / TICK)
        )
    return found


def cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU used so far by the server (its process and its workers) and by PostgreSQL."""
    processes = _processes()
    family = {server_pid}
    for _ in range(3):
        family |= {pid for pid, parent, _, _ in processes if parent in family}
    return {
        "server": sum(cpu for pid, _, _, cpu in processes if pid in family),
        "postgresql": sum(cpu for _, _, name, cpu in processes if name.startswith("postgres")),
        "bench": sum(os.times()[:2]),
    }


def cpu_used(before: dict[str, float], after: dict[str, float], seconds: float) -> str:
    return ", ".join(
        f"{name} {100 * (after[name] - before[name]) / seconds:.0f} %" for name in before
    )


# -- main -----------------------------------------------------------------------------------------


def report(name: str, outcome: Outcome) -> None:
    """The rounds' latencies, and each request's (p95) since the last report."""
    latencies, errors = outcome.latencies, outcome.errors
    requests = ", ".join(f"{k} {percentile(v, 0.95):.3f} s" for k, v in sorted(TIMES.items()))
    TIMES.clear()
    print(
        f"  {name}: {len(latencies)} rounds, p50 {percentile(latencies, 0.5):.3f} s, "
        f"p95 {percentile(latencies, 0.95):.3f} s, max {max(latencies, default=float('nan')):.3f} "
        f"s; errors: {len(errors)} {errors[:3]}\n"
        f"    requests p95: {requests}",
        flush=True,
    )


async def measure(server: Server, desks: list[Desk], crowd: list[Desk], seconds: float) -> None:
    limits = httpx.Limits(max_connections=len(desks) + len(crowd), max_keepalive_connections=None)
    async with httpx.AsyncClient(base_url=server.url, timeout=120, limits=limits) as client:
        await catch_up(client, desks + crowd)
        TIMES.clear()
        before = cpu_seconds(server.process.pid)
        outcome = await steady(client, desks, seconds)
        after = cpu_seconds(server.process.pid)
        report(f"{len(desks)} desks, a round each {PERIOD_S:.0f} s for {seconds:.0f} s", outcome)
        print(
            f"  CPU (100 % = one core; this machine has {os.cpu_count()}): "
            f"{cpu_used(before, after, seconds)}",
            flush=True,
        )
        before = cpu_seconds(server.process.pid)
        begun = time.perf_counter()
        outcome = await burst(client, crowd)
        took = time.perf_counter() - begun
        after = cpu_seconds(server.process.pid)
        report(f"burst of {len(crowd)} desks of one facility at once", outcome)
        print(f"  CPU over the burst's {took:.1f} s: {cpu_used(before, after, took)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facilities", type=int, default=30)
    parser.add_argument("--desks", type=int, default=10, help="per facility")
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--prisoners", type=int, default=300, help="per facility")
    parser.add_argument("--events", type=int, default=3000, help="per facility")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--burst", type=int, default=50)
    args = parser.parse_args()
    tune_garbage_collector()
    with tempfile.TemporaryDirectory() as temp:
        server = Server("postgresql", Path(temp), workers=args.workers)
        try:
            print(f"== {args.workers} workers on PostgreSQL ==", flush=True)
            started = time.perf_counter()
            desks = set_up(server, args.facilities, args.desks, args.prisoners, args.events)
            # the burst: the first facility's desks and more of its own, as many as asked
            first = desks[0]
            more = [server.device(first.code, first.facility_id) for _ in range(args.burst)]
            own = [d for d in desks if d.facility_id == first.facility_id]
            crowd = own + [Desk(d, t, first.facility_id, first.user, first.code) for d, t in more]
            print(f"  set up in {time.perf_counter() - started:.0f} s", flush=True)
            asyncio.run(measure(server, desks, crowd[: args.burst], args.minutes * 60))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
