"""Parcel benchmarks (issue 16) on a database with 500,000 parcels received over some five
years: registering a parcel of 15 items and rendering its receipt, the queues (waiting for
inspection, waiting for handover), a prisoner's parcels, one parcel, the day's parcel log, and
a scanned tracking barcode to the parcel opened (aim p95 < 10 ms).

    .venv/bin/python bench/parcels.py [--parcels N] [--prisoners N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import make_store
from sqlalchemy import insert, select

from prisondesk.db.capture import open_gate
from prisondesk.db.models import Facility, Parcel, ParcelEvent, ParcelItem, Prisoner
from prisondesk.domain.clock import local, zone
from prisondesk.domain.ids import new_id
from prisondesk.domain.parcels import Status
from prisondesk.domain.wire import utc_now
from prisondesk.printing.parcels.receipt import render_parcel_receipt
from prisondesk.services.core import users
from prisondesk.services.core.facility import facility_today
from prisondesk.services.demo.parcels import CONTENTS
from prisondesk.services.demo.people import KYRGYZ_WOMEN, RUSSIAN_SURNAMES
from prisondesk.services.parcels import documents, parcel_log, receipt, views
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry

PER_DAY = 275  # parcels a day at a large facility: 500,000 are some five years of them
RESERVED = 100  # prisoners given no parcel lately: the benchmark's receipts are within quota
BATCH = 20_000

ITEM_WEIGHTS = [6, 8, 10, 12, 12, 11, 10, 8, 6, 5, 4, 3, 2, 2, 1]  # 1 to 15 items, ~6 on average
TAKEN = [  # what an inspection finds, with the incident note
    ("Mobile phones and SIM cards", "телефон в банке с мёдом"),
    ("Alcohol", "спирт в бутылке из-под шампуня"),
    ("Drugs", "порошок в пачке чая, передано в оперчасть"),
    ("Sharp objects", "лезвие в подошве тапочек"),
]
RETURN_REASONS = ["Отправитель забрал посылку", "Отказ получателя", "Упаковка повреждена"]


def report(name: str, samples: list[float]) -> None:
    cuts = statistics.quantiles(samples, n=100)
    print(
        f"  {name:<44} p50 {statistics.median(samples):7.2f} ms   p95 {cuts[94]:7.2f} ms",
        flush=True,
    )


def timed(call, *args) -> float:
    t0 = time.perf_counter()
    call(*args)
    return (time.perf_counter() - t0) * 1000


class Bulk:
    """Parcels, their items and events written straight into the tables (as bench/data.py
    writes prisoners): a benchmark database is not a sync source."""

    def __init__(self, facility_id: str, officer_id: str, rng: random.Random) -> None:
        self.rng = rng
        self.officer = officer_id
        self.record = {
            "facility_id": facility_id,
            "origin_device": "bench",
            "field_hlc": {},
            "deleted": False,
        }
        self.event_base = {
            "facility_id": facility_id,
            "origin_device": "bench",
            "hlc": "",
            "officer_id": officer_id,
            "method": "",
            "results": {},
            "item_id": None,
            "prohibited": "",
            "reason": "",
            "destination": "",
        }
        self.parcels: list[dict] = []
        self.items: list[dict] = []
        self.events: list[dict] = []

    def parcel(self, n: int, prisoner_id: str, received: datetime) -> tuple[str, list[str]]:
        rng = self.rng
        parcel_id = new_id()
        channel = rng.choices(("gate", "post", "courier"), (6, 3, 1))[0]
        count = rng.choices(range(1, 16), ITEM_WEIGHTS)[0]
        self.parcels.append(
            {
                **self.record,
                "id": parcel_id,
                "tracking": f"BNCH-1-PBULK-{n:06d}",
                "prisoner_id": prisoner_id,
                "sender_visitor_id": None,
                "sender_name": f"{rng.choice(RUSSIAN_SURNAMES)}а {rng.choice(KYRGYZ_WOMEN)}",
                "sender_document": f"ID{rng.randrange(10**7):07d}" if channel == "gate" else "",
                "channel": channel,
                "weight_grams": rng.randint(500, 15_000),
                "seal": f"S{n:07d}",
                "received_at": received,
                "received_by": self.officer,
                "note": "",
            }
        )
        items = []
        for position in range(count):
            category, description, unit, low, high = rng.choice(CONTENTS)
            items.append(new_id())
            self.items.append(
                {
                    **self.record,
                    "id": items[-1],
                    "parcel_id": parcel_id,
                    "position": position,
                    "category": category,
                    "description": description,
                    "quantity": rng.randint(low, high),
                    "unit": unit,
                }
            )
        self.event(parcel_id, "received", received)
        return parcel_id, items

    def event(self, parcel_id: str, kind: str, at: datetime, **details: object) -> None:
        self.events.append(
            {
                **self.event_base,
                "id": new_id(),
                "parcel_id": parcel_id,
                "kind": kind,
                "occurred_at": at,
                **details,
            }
        )

    def inspect(self, parcel_id: str, items: list[str], at: datetime) -> None:
        """Inspected, now and then with an item taken (or sent to the medical service)."""
        rng = self.rng
        results = dict.fromkeys(items, "passed")
        taken = rng.random()
        if taken < 0.035:
            item = rng.choice(items)
            if taken < 0.005:
                what, note, results[item] = "Medicines not prescribed", "", "medical"
            else:
                (what, note), results[item] = rng.choice(TAKEN), "confiscated"
            self.event(
                parcel_id,
                "confiscated",
                at,
                item_id=item,
                prohibited=what,
                reason=note,
                results={"to": results[item]},
            )
        method = rng.choices(("xray", "manual", "xray_manual"), (6, 1, 3))[0]
        self.event(parcel_id, "inspected", at, method=method, results=results)

    def flush(self, connection) -> None:
        for table, rows in (
            (Parcel.__table__, self.parcels),
            (ParcelItem.__table__, self.items),
            (ParcelEvent.__table__, self.events),
        ):
            if rows:
                connection.execute(insert(table), rows)
            rows.clear()


def bulk_parcels(store, count: int, officer_id: str, rng: random.Random) -> dict[str, int]:
    """``count`` parcels, some 275 a day up to now: most handed over, some returned (taken
    back, refused, damaged), a few held and forwarded, some 3.5 % with an item taken; today's and a
    few of the last days' still in the queues. Returns how many of each fate."""
    now = utc_now()
    with store.engine.begin() as connection, open_gate(connection):
        facility_id, time_zone = connection.execute(select(Facility.id, Facility.time_zone)).one()
        prisoners = list(connection.scalars(select(Prisoner.id).order_by(Prisoner.number)))
        local_now = local(now, zone(time_zone))
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        days = max(1, round(count / PER_DAY))
        bulk = Bulk(facility_id, officer_id, rng)
        fates: dict[str, int] = {}
        for n in range(count):
            back = days - 1 - n * days // count  # days before today
            if back == 0:
                since = min(8 * 3600.0, (local_now - midnight).total_seconds())
                received = now - timedelta(seconds=rng.uniform(0, since))
            else:
                opens = midnight - timedelta(days=back) + timedelta(hours=9)
                received = (opens + timedelta(seconds=rng.uniform(0, 8 * 3600))).astimezone(UTC)
            # the first prisoners get no parcel lately: the benchmark receives theirs
            pool = prisoners[RESERVED:] if back < 45 and len(prisoners) > RESERVED else prisoners
            parcel_id, items = bulk.parcel(n, rng.choice(pool), received)
            fate = _fate(bulk, parcel_id, items, received, back, now)
            fates[fate] = fates.get(fate, 0) + 1
            if len(bulk.parcels) == BATCH:
                bulk.flush(connection)
        bulk.flush(connection)
    return fates


def _fate(bulk: Bulk, parcel_id: str, items: list[str], received, back: int, now) -> str:
    """Where the parcel has got to: a recent one may still wait, an old one has ended."""
    rng = bulk.rng
    roll = rng.random()
    if (back == 0 and roll < 0.4) or (back <= 2 and roll < 0.01):
        return Status.AWAITING_INSPECTION
    if roll < 0.02:  # taken back by the sender before inspection
        bulk.event(parcel_id, "returned", received, reason=RETURN_REASONS[0])
        return Status.RETURNED
    inspected = min(now, received + timedelta(minutes=rng.randint(10, 180)))
    bulk.inspect(parcel_id, items, inspected)
    if (back == 0 and roll < 0.7) or (back <= 3 and roll < 0.06):
        return Status.AWAITING_HANDOVER
    later = min(now, inspected + timedelta(minutes=rng.randint(30, 30 * 60)))
    if roll < 0.03:
        bulk.event(parcel_id, "refused", later, reason="Отказался от передачи")
        if back > 7 or roll < 0.029:
            bulk.event(parcel_id, "returned", later + timedelta(days=1), reason=RETURN_REASONS[1])
            return Status.RETURNED
        return Status.REFUSED
    if roll < 0.035:
        bulk.event(parcel_id, "returned", later, reason=RETURN_REASONS[2])
        return Status.RETURNED
    if roll < 0.04:  # the prisoner was transferred before the handover
        bulk.event(parcel_id, "held", later, reason="Переведён в другое учреждение")
        if back > 14 or roll < 0.039:
            bulk.event(parcel_id, "forwarded", later + timedelta(days=3), destination="ИК-3")
            return Status.FORWARDED
        return Status.HELD
    bulk.event(parcel_id, "handed_over", later)
    return Status.HANDED_OVER


def staff(store):
    admin = users.authenticate(store, "admin", "bench-pass-1")
    for username, role in (("chief", "supervisor"), ("gate", "gate_officer")):
        users.create_user(store, admin, username, username, role, "bench-pass-1")
        users.change_password(
            store,
            users.authenticate(store, username, "bench-pass-1"),
            "bench-pass-1",
            "bench-pass-2",
        )
    return users.authenticate(store, "gate", "bench-pass-2")


def receipts(store, officer, prisoners: list[str], rng: random.Random) -> None:
    """A parcel of 15 items received for each of the reserved prisoners, then its receipt."""
    samples, ids = [], []
    for n, prisoner_id in enumerate(prisoners):
        entry = ParcelEntry(
            prisoner_id,
            "gate",
            "Асанова Гүлнара",
            sender_document="ID1234567",
            weight_grams=9_500,
            seal=f"BENCH-{n:05d}",
            items=tuple(
                ItemEntry(c, d, rng.randint(lo, hi), u) for c, d, u, lo, hi in CONTENTS[:15]
            ),
        )
        t0 = time.perf_counter()
        ids.append(receipt.receive_parcel(store, officer, entry))
        samples.append((time.perf_counter() - t0) * 1000)
    report("receive a parcel of 15 items", samples)
    reading = [timed(documents.receipt_document, store, officer, i) for i in ids[:50]]
    report("read its receipt", reading)
    doc = documents.receipt_document(store, officer, ids[0])
    for paper in ("receipt80", "a4"):
        pdf = [timed(render_parcel_receipt, doc, paper) for _ in range(50)]
        report(f"render its receipt PDF ({paper})", pdf)


def lists(store, officer, bulk_count: int, rng: random.Random) -> None:
    """The queues, a prisoner's parcels, one parcel, the day's log and a scan: parcels are
    picked from the whole history, as scans and searches would pick them."""
    with store.read() as session:
        today = facility_today(session, officer.facility_id)
        prisoners = list(session.scalars(select(Prisoner.id)))
    trackings = [f"BNCH-1-PBULK-{rng.randrange(bulk_count):06d}" for _ in range(200)]
    for status, label in (
        (Status.AWAITING_INSPECTION, "waiting for inspection"),
        (Status.AWAITING_HANDOVER, "waiting for handover"),
    ):
        found = views.waiting(store, officer, status)
        samples = [timed(views.waiting, store, officer, status) for _ in range(20)]
        report(f"queue: {label} ({len(found)})", samples)
    whose = [rng.choice(prisoners) for _ in range(100)]
    mine = [timed(views.prisoner_parcels, store, officer, p) for p in whose]
    report("a prisoner's parcels", mine)
    ids = [views.find_scanned(store, officer, t) for t in trackings]
    report("one parcel (detail)", [timed(views.parcel_detail, store, officer, i) for i in ids])
    rows = parcel_log.parcel_log(store, officer, today)
    day = [timed(parcel_log.parcel_log, store, officer, today) for _ in range(20)]
    report(f"parcel log of today ({len(rows)})", day)
    history = max(2, bulk_count // PER_DAY)
    past = [today - timedelta(days=rng.randint(1, history - 1)) for _ in range(20)]
    past_day = [timed(parcel_log.parcel_log, store, officer, d) for d in past]
    report("parcel log of a past day", past_day)
    opened = []
    for tracking in trackings:
        t0 = time.perf_counter()
        views.parcel_detail(store, officer, views.find_scanned(store, officer, tracking))
        opened.append((time.perf_counter() - t0) * 1000)
    report("scan to parcel opened", opened)
    verdict = "within" if statistics.quantiles(opened, n=100)[94] < 10 else "OVER"
    print(f"  target: scan to parcel opened p95 under 10 ms -> {verdict}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=500_000)
    parser.add_argument("--prisoners", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        store, _ = make_store(Path(temp), prisoners=args.prisoners)
        officer = staff(store)
        fates = bulk_parcels(store, args.parcels, officer.user_id, rng)
        print(
            f"  built {args.prisoners:,} prisoners and {args.parcels:,} parcels in "
            f"{time.perf_counter() - started:.0f} s: "
            + ", ".join(f"{status} {n:,}" for status, n in sorted(fates.items())),
            flush=True,
        )
        with store.read() as session:
            reserved = list(
                session.scalars(select(Prisoner.id).order_by(Prisoner.number).limit(RESERVED))
            )
        receipts(store, officer, reserved, rng)
        lists(store, officer, args.parcels, rng)
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
