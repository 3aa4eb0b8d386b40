"""The server console's pages on a server the size of the service's: 30 facilities with 20 desks
each (600 desks: some revoked, some not seen for weeks), 1,000,000 rows in ``server_row``
spread over the facilities, 50,000 refused changes over the last 90 days, 2,000 enrolment codes
and 20,000 entries of the administration's audit. Aim: every page well under 1 s.

The server runs in this process (uvicorn in a thread, as the tests' ``LiveServer``), on SQLite
(a file in a temporary folder) and on PostgreSQL if one answers at 127.0.0.1:5432 (a database
of its own, dropped after). The rows go straight into the tables (``copy_rows``: COPY on
PostgreSQL, the driver's executemany on SQLite), then PostgreSQL's statistics are refreshed
(``ANALYZE``, as the server does after large pushes); SQLite's are left as the server leaves
them (none). A console account signs in over real HTTP (the production argon2 cost), and each
page is read ``--runs`` times after one read not counted (the first, with its templates to
compile, is shown apart). "queries" is the same page's reads of the database called directly,
without HTTP or templates.

    .venv/bin/python bench/console.py [--backend sqlite|postgresql|both] [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.server.live import (
    LiveServer,
    create_postgres_database,
    drop_postgres,
    postgres_available,
)

from prisondesk.domain.ids import new_id
from prisondesk.runtime import tune_garbage_collector
from prisondesk.server import admin_audit
from prisondesk.server.console import accounts, health, views
from prisondesk.server.console.web import DEFAULT_LATE_DAYS
from prisondesk.server.database import ServerDatabase, copy_rows, sqlite_url
from prisondesk.server.models import (
    AdminAudit,
    Counter,
    EnrolmentCode,
    Rejection,
    ServerDevice,
    ServerFacility,
    ServerRow,
)

NAME, PASSWORD = "chief", "bench-console-pass-1"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
BATCH = 50_000
TABLES = (  # (table, share of the rows, follows a prisoner)
    ("movement", 0.45, True),
    ("prisoner", 0.10, False),
    ("visit", 0.15, True),
    ("parcel", 0.10, True),
    ("audit_entry", 0.15, False),
    ("user", 0.05, False),
)
REASONS = (  # refusals, the commonest first
    ("out_of_scope", 40),
    ("unique_violation", 25),
    ("invalid_value", 15),
    ("forbidden", 10),
    ("unknown_row", 5),
    ("append_only", 3),
    ("schema_too_old", 2),
)
SIGN_INS = (("login", 50), ("logout", 38), ("login_failed", 11), ("locked", 1))


# -- data -----------------------------------------------------------------------------------------


def build(db: ServerDatabase, rows: int, rng: random.Random) -> dict[str, int]:
    """The data, written straight into the tables in one transaction; how many of each."""
    now = datetime.now(UTC)
    made: dict[str, int] = {}
    with db.engine.begin() as connection:

        def write(table: Any, batch: list[dict]) -> None:
            made[table.name] = made.get(table.name, 0) + len(batch)
            copy_rows(connection, table, batch)

        facilities = [
            {
                "id": new_id(),
                "code": f"IK-{n + 1:02d}",
                "name": f"Исправительная колония №{n + 1}",
                "claimed": True,
                "created_at": now - timedelta(days=400 - n),
            }
            for n in range(30)
        ]
        write(ServerFacility.__table__, facilities)
        desks = []
        for facility in facilities:
            for n in range(20):
                enrolled = now - timedelta(days=rng.uniform(1, 390))
                roll = rng.random()
                revoked = enrolled + (now - enrolled) * rng.random() if roll < 0.08 else None
                if roll < 0.08:  # revoked: last seen before it
                    seen = revoked - timedelta(hours=rng.uniform(1, 200))
                elif roll < 0.16:  # not seen for weeks (switched off, broken)
                    seen = now - timedelta(days=rng.uniform(8, 60))
                elif roll < 0.18:  # enrolled, never synced
                    seen = None
                else:  # in service: seen in the last minutes
                    seen = now - timedelta(seconds=rng.uniform(0, 600))
                desks.append(
                    {
                        "id": new_id(),
                        "facility_id": facility["id"],
                        "name": f"{facility['code']} desk {n + 1:02d}",
                        "app_version": rng.choice(("1.3.0", "1.4.0", "1.4.1")),
                        "token_hash": hashlib.sha256(new_id().encode()).hexdigest(),
                        "enrolled_at": enrolled,
                        "revoked_at": revoked,
                        "last_seen_at": seen and max(seen, enrolled),
                        "audit_user": None,
                    }
                )
        write(ServerDevice.__table__, desks)
        _rows(write, facilities, rows, now, rng)
        connection.execute(Counter.__table__.insert().values(name="seq", value=rows))
        _rejections(write, desks, now, rng)
        _codes(write, facilities, desks, now, rng)
        _audit(write, facilities, now, rng)
    if db.is_postgres:  # as the server does after large pushes (database.py ServerDatabase.wrote)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    return made


def _rows(write: Callable, facilities: list[dict], rows: int, now: datetime, rng) -> None:
    """``rows`` rows of a year, the facilities' changes interleaved in ``seq`` order as their
    pushes came; a few shared by every facility (``facility_id`` null)."""
    tables = [name for name, _, _ in TABLES]
    weights = [share for _, share, _ in TABLES]
    follows = {name for name, _, follow in TABLES if follow}
    weight_of = [rng.uniform(0.3, 1.7) for _ in facilities]  # some facilities busier
    prisoners = {f["id"]: [new_id() for _ in range(200)] for f in facilities}
    start = now - timedelta(days=365)
    batch: list[dict] = []
    for seq in range(1, rows + 1):
        facility = None if seq % 1000 == 0 else rng.choices(facilities, weight_of)[0]
        table = rng.choices(tables, weights)[0] if facility else "instrument"
        row_id = new_id()
        prisoner = rng.choice(prisoners[facility["id"]]) if table in follows else None
        row = {"id": row_id, "facility_id": facility and facility["id"], "note": "x" * 20}
        if prisoner:
            row["prisoner_id"] = prisoner
        text = json.dumps(row, separators=(",", ":"), sort_keys=True)
        batch.append(
            {
                "table_name": table,
                "row_id": row_id,
                "facility_id": facility and facility["id"],
                "seq": seq,
                "row": text,
                "hlc": '"0001970000000000-0000-desk"',
                "deleted": seq % 97 == 0,
                "row_hash": hashlib.md5(text.encode()).hexdigest(),
                "writers": "{}",
                "changed_at": start + timedelta(days=365 * seq / rows),
                "prisoner_id": prisoner,
            }
        )
        if len(batch) == BATCH:
            write(ServerRow.__table__, batch)
            batch = []
    if batch:
        write(ServerRow.__table__, batch)


def _rejections(write: Callable, desks: list[dict], now: datetime, rng) -> None:
    """50,000 refusals over 90 days, most from a few desks (one badly set up, an old version)."""
    troubled = rng.sample(desks, 30)
    reasons = [r for r, _ in REASONS]
    weights = [w for _, w in REASONS]
    refusals = []
    for _ in range(50_000):
        desk = rng.choice(troubled) if rng.random() < 0.7 else rng.choice(desks)
        refusals.append(
            {
                "at": now - timedelta(seconds=rng.uniform(0, 90 * 86_400)),
                "device_id": desk["id"],
                "facility_id": desk["facility_id"],
                "table_name": rng.choice(TABLES)[0],
                "reason": rng.choices(reasons, weights)[0],
            }
        )
    refusals.sort(key=lambda r: r["at"])  # written as they came
    write(Rejection.__table__, refusals)


def _codes(write: Callable, facilities: list[dict], desks: list[dict], now: datetime, rng) -> None:
    """2,000 codes of two years: most expired unused, some used by a desk, a few still open."""
    codes = []
    for n in range(2_000):
        created = now - timedelta(days=730 * (1 - n / 2_000)) + timedelta(minutes=rng.random())
        used = n % 4 == 0 and created < now - timedelta(hours=2)
        desk = rng.choice(desks) if used else None
        codes.append(
            {
                "code_hash": hashlib.sha256(f"code {n}".encode()).hexdigest(),
                "facility_id": None if n % 50 == 0 else rng.choice(facilities)["id"],
                "created_at": created,
                "expires_at": created + timedelta(hours=rng.choice((1, 24, 72))),
                "used_at": created + timedelta(minutes=30) if used else None,
                "used_by": desk["id"] if desk else None,
            }
        )
    write(EnrolmentCode.__table__, codes)


def _audit(write: Callable, facilities: list[dict], now: datetime, rng) -> None:
    """20,000 entries of two years: the 30 facilities added, 2,000 codes issued, some desks
    revoked, and the rest sign-ins, sign-outs and refused sign-ins."""
    changes = [("facility_added", f["code"], f["name"]) for f in facilities]
    changes += [("code_issued", rng.choice(facilities)["code"], "1a2b3c4d")] * 2_000
    changes += [("device_revoked", "IK-01 desk 01", "")] * 48
    changes += [("admin_added", "deputy", "")] * 5
    actions = [a for a, _ in SIGN_INS]
    weights = [w for _, w in SIGN_INS]
    everything = changes + [
        (action, "chief", "") for action in rng.choices(actions, weights, k=20_000 - len(changes))
    ]
    rng.shuffle(everything)
    entries = [
        {
            "at": now - timedelta(days=730 * (1 - n / len(everything))),
            "actor": "console:chief" if n % 7 else "shell:prisondesk",
            "action": action,
            "subject": subject,
            "detail": detail,
        }
        for n, (action, subject, detail) in enumerate(everything)
    ]
    write(AdminAudit.__table__, entries)


# -- measuring ------------------------------------------------------------------------------------


def sign_in(client: httpx.Client, server: LiveServer) -> float:
    """A fresh browser's sign-in (the login page, then its form); the POST's seconds."""
    client.cookies.clear()
    page = client.get("/login")
    assert page.status_code == 200, page.status_code
    csrf = CSRF.search(page.text).group(1)
    server.console_app().state.login_attempts.forget()  # 10 a minute from one address
    begun = time.perf_counter()
    answer = client.post("/login", data={"name": NAME, "password": PASSWORD, "csrf": csrf})
    took = time.perf_counter() - begun
    assert answer.status_code == 303 and answer.headers["location"].endswith("/facilities")
    return took


def measure(db: ServerDatabase, backend: str, runs: int) -> list[dict[str, Any]]:
    """Each page: its first read, the median and max of ``runs`` more, its size, and the
    median of its database reads called directly."""
    accounts.add_admin(db, NAME, PASSWORD, by="shell:bench")
    with db.read() as session:
        chosen = session.scalar(select(ServerFacility).order_by(ServerFacility.code).offset(6))
        rejected_late = session.scalar(
            select(func.count())
            .select_from(Rejection)
            .where(Rejection.at >= datetime.now(UTC) - timedelta(days=7))
        )
    pages: list[tuple[str, str, Callable[[], Any]]] = [
        ("/console/facilities", "/facilities", lambda: views.facilities(db)),
        ("/console/codes", "/codes", lambda: (views.facilities(db), views.codes(db))),
        ("/console/devices", "/devices", lambda: (views.facilities(db), views.devices(db))),
        (
            f"/console/devices?facility=… ({chosen.code})",
            f"/devices?facility={chosen.id}",
            lambda: (views.facilities(db), views.devices(db, chosen.id)),
        ),
        ("/console/health", "/health", lambda: health.overview(db, DEFAULT_LATE_DAYS)),
        (
            "/console/audit",
            "/audit",
            lambda: (
                admin_audit.recent(db, sign_ins=False),
                admin_audit.recent(db, 100, sign_ins=True),
            ),
        ),
    ]
    results = []
    server = LiveServer.start(db, backend)
    try:
        # no Accept-Language: the pages in Russian, the console's default and the service's
        with httpx.Client(base_url=f"{server.url}/console", timeout=60) as client:
            first = sign_in(client, server)
            times = [sign_in(client, server) for _ in range(runs)]
            results.append(_result("sign-in (POST /console/login)", first, times, None, None))
            for label, path, reads in pages:
                begun = time.perf_counter()
                answer = client.get(path)
                cold = time.perf_counter() - begun
                assert answer.status_code == 200, (path, answer.status_code)
                times = []
                for _ in range(runs):
                    begun = time.perf_counter()
                    answer = client.get(path)
                    times.append(time.perf_counter() - begun)
                    assert answer.status_code == 200, (path, answer.status_code)
                direct = []
                for _ in range(runs):
                    begun = time.perf_counter()
                    reads()
                    direct.append(time.perf_counter() - begun)
                size = len(answer.content) / 1024
                results.append(_result(label, cold, times, size, statistics.median(direct)))
    finally:
        server.stop()
    print(
        f"  (desks listed with refusals of the last 7 days: {rejected_late:,} refusals in "
        "that week)",
        flush=True,
    )
    return results


def _result(
    label: str, first: float, times: list[float], size: float | None, direct: float | None
) -> dict[str, Any]:
    return {
        "page": label,
        "first": first * 1000,
        "median": statistics.median(times) * 1000,
        "max": max(times) * 1000,
        "size": size,
        "queries": direct * 1000 if direct is not None else None,
    }


def table(runs: int, measured: dict[str, list[dict[str, Any]]]) -> str:
    """One markdown table: a column group per backend."""
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    head = "| page |"
    rule = "|---|"
    for backend in measured:
        head += f" {names[backend]}: median / max of {runs} (first) | queries |"
        rule += "---|---|"
    head += " size |"
    rule += "---|"
    lines = [head, rule]
    for index, first in enumerate(next(iter(measured.values()))):
        line = f"| {first['page']} |"
        for results in measured.values():
            r = results[index]
            line += f" {r['median']:.0f} / {r['max']:.0f} ms ({r['first']:.0f}) |"
            line += f" {r['queries']:.1f} ms |" if r["queries"] is not None else " – |"
        line += f" {first['size']:.1f} KB |" if first["size"] is not None else " – |"
        lines.append(line)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--rows", type=int, default=1_000_000, help="in server_row")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    tune_garbage_collector()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not postgres_available():
        print("  PostgreSQL does not answer at 127.0.0.1:5432: SQLite only", flush=True)
        backends.remove("postgresql")
    measured = {}
    for backend in backends:
        print(f"== {backend} ==", flush=True)
        with tempfile.TemporaryDirectory() as temp:
            name = None
            if backend == "postgresql":
                url, name = create_postgres_database()
            else:
                url = sqlite_url(Path(temp) / "server.sqlite3")
            try:
                db = ServerDatabase.open(url)
                begun = time.perf_counter()
                made = build(db, args.rows, random.Random(30))
                counts = ", ".join(f"{table} {count:,}" for table, count in made.items())
                print(f"  built in {time.perf_counter() - begun:.0f} s: {counts}", flush=True)
                measured[backend] = measure(db, backend, args.runs)
                db.dispose()
            finally:
                if name:
                    drop_postgres(name)
    print()
    print(table(args.runs, measured))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
