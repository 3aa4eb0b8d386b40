"""Visit benchmarks (issue 5) on a database with 100,000 visitors and 1,000,000 past visits:
scan-to-checked-in latency of the gate services (aim p95 < 20 ms), the time to render one
pass and 200 passes, and the gate screen from a scan burst to the visit on screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/visits.py [--visitors N] [--visits N]
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

from data import bulk_writing, make_store
from sqlalchemy import delete, insert, select

from prisondesk.db.models import (
    BookingVisitor,
    GateEvent,
    Prisoner,
    PrisonerVisitor,
    VisitBooking,
    Visitor,
    VisitorSearchKey,
)
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.ids import new_id
from prisondesk.domain.visits import VisitKind
from prisondesk.printing.visits.passes import render_visit_passes
from prisondesk.services.core import users
from prisondesk.services.visits import (
    bookings,
    calendar,
    gate,
    gate_day,
    passes,
    schedule,
    search,
    search_index,
)
from prisondesk.services.visits.schedule import SlotSpec

TODAY_VISITS = 200


def report(name: str, samples: list[float]) -> None:
    cuts = statistics.quantiles(samples, n=100)
    print(
        f"  {name:<40} p50 {statistics.median(samples):7.2f} ms   p95 {cuts[94]:7.2f} ms",
        flush=True,
    )


ROOTS = [
    "Асан",
    "Бакир",
    "Жумабек",
    "Токтогул",
    "Сыдык",
    "Осмон",
    "Абдыкадыр",
    "Мамыт",
    "Ниязбек",
    "Турдубек",
    "Эсенгул",
    "Курман",
    "Бейшен",
    "Карыбек",
    "Алымбек",
    "Сатыбалды",
    "Кадыр",
    "Иманалы",
    "Жээнбек",
    "Орозбек",
    "Марат",
    "Нурбек",
    "Талант",
    "Бакыт",
    "Ибраим",
    "Тилек",
    "Керимбек",
    "Шаршен",
    "Калмат",
    "Дуйшен",
    "Ашым",
    "Эрмек",
    "Болот",
    "Чынгыз",
    "Иван",
    "Петр",
    "Сергей",
    "Андрей",
]
GIVEN = [
    "Айгүл",
    "Гүлнара",
    "Айпери",
    "Чолпон",
    "Жылдыз",
    "Нургүл",
    "Бермет",
    "Асель",
    "Мээрим",
    "Динара",
    "Эльмира",
    "Назира",
    "Салтанат",
    "Улан",
    "Азамат",
    "Нурсултан",
    "Эрлан",
    "Канат",
    "Бекзат",
    "Мирлан",
    "Адилет",
    "Тимур",
    "Руслан",
    "Ольга",
    "Наталья",
    "Елена",
]


def visitor_name(rng: random.Random) -> tuple[str, str]:
    """A plausible surname and given name: some 40 roots with -ов/-ова/-ев/-уулу/-кызы give
    the spread of keys a real registry has (not one key shared by every visitor)."""
    root = rng.choice(ROOTS)
    suffix = rng.choice(("ов", "ова", "ев", "ева", "")) if rng.random() < 0.8 else ""
    return root + suffix, rng.choice(GIVEN)


def bulk_history(store, visitor_count: int, visit_count: int, rng: random.Random) -> None:
    """Visitors and years of past visits written straight into the tables (as bench/data.py
    writes prisoners): a benchmark database is not a sync source. Each visit completed: its
    visitor checked in, checked out two hours later, and the outcome recorded."""
    with bulk_writing(store) as connection:
        facility_id = connection.execute(select(Prisoner.facility_id).limit(1)).scalar()
        prisoners = connection.execute(select(Prisoner.id)).scalars().all()
        base = {
            "facility_id": facility_id,
            "origin_device": "bench",
            "field_hlc": {},
            "deleted": False,
        }
        visitors = []
        for n in range(visitor_count):
            surname, given = visitor_name(rng)
            visitors.append(
                {
                    **base,
                    "id": new_id(),
                    "surname": surname,
                    "given_name": given,
                    "patronymic": "",
                    "date_of_birth": None,
                    "document_type": "паспорт",
                    "document_number": f"ID{n:07d}",
                    "document_key": f"ID{n:07d}",
                    "document_country": "",
                    "phone": "",
                    "address": "",
                }
            )
        for start in range(0, len(visitors), 20_000):
            connection.execute(insert(Visitor.__table__), visitors[start : start + 20_000])
        room = new_id()
        from prisondesk.db.models import VisitRoom, VisitSlot

        connection.execute(
            insert(VisitRoom.__table__), [{**base, "id": room, "name": "Архив", "active": True}]
        )
        slot = new_id()
        connection.execute(
            insert(VisitSlot.__table__),
            [
                {
                    **base,
                    "id": slot,
                    "room_id": room,
                    "kind": "short",
                    "weekday": 0,
                    "starts": "10:00",
                    "ends": "12:00",
                    "capacity": 50,
                    "valid_from": datetime(2016, 1, 1).date(),
                    "valid_to": None,
                }
            ],
        )
        first_day = datetime(2017, 1, 2).date()
        event = {"facility_id": facility_id, "origin_device": "bench", "hlc": ""}
        batch_b, batch_v, batch_e = [], [], []
        for n in range(visit_count):
            booking, day = new_id(), first_day + timedelta(days=n // 400)
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=5)
            batch_b.append(
                {
                    **base,
                    "id": booking,
                    "number": f"OLD-{n:08d}",
                    "prisoner_id": rng.choice(prisoners),
                    "slot_id": slot,
                    "room_id": room,
                    "kind": "short",
                    "day": day,
                    "starts": "10:00",
                    "ends": "12:00",
                    "status": "booked",
                    "cancel_reason": "",
                }
            )
            visitor = visitors[n % visitor_count]["id"]
            batch_v.append(
                {**base, "id": new_id(), "booking_id": booking, "visitor_id": visitor, "lead": True}
            )
            batch_e += [
                {
                    **event,
                    "id": new_id(),
                    "booking_id": booking,
                    "visitor_id": visitor,
                    "action": "check_in",
                    "outcome": "",
                    "locker": "1",
                    "items": "",
                    "occurred_at": at,
                    "officer_id": None,
                },
                {  # out when the visit ends, as gate.check_out records it
                    **event,
                    "id": new_id(),
                    "booking_id": booking,
                    "visitor_id": visitor,
                    "action": "check_out",
                    "outcome": "",
                    "locker": "",
                    "items": "",
                    "occurred_at": at + timedelta(hours=2),
                    "officer_id": None,
                },
                {
                    **event,
                    "id": new_id(),
                    "booking_id": booking,
                    "visitor_id": None,
                    "action": "outcome",
                    "outcome": "completed",
                    "locker": "",
                    "items": "",
                    "occurred_at": at + timedelta(hours=2),
                    "officer_id": None,
                },
            ]
            if len(batch_b) == 20_000:
                connection.execute(insert(VisitBooking.__table__), batch_b)
                connection.execute(insert(BookingVisitor.__table__), batch_v)
                connection.execute(insert(GateEvent.__table__), batch_e)
                batch_b, batch_v, batch_e = [], [], []
        if batch_b:
            connection.execute(insert(VisitBooking.__table__), batch_b)
            connection.execute(insert(BookingVisitor.__table__), batch_v)
            connection.execute(insert(GateEvent.__table__), batch_e)
        links = [
            {
                **base,
                "id": new_id(),
                "prisoner_id": prisoners[n % len(prisoners)],
                "visitor_id": visitors[n]["id"],
                "relationship": "мать",
                "approved": True,
                "approved_by": None,
                "approved_at": None,
            }
            for n in range(TODAY_VISITS)
        ]
        connection.execute(insert(PrisonerVisitor.__table__), links)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        store, _ = make_store(Path(temp), prisoners=TODAY_VISITS * 2)
        bulk_history(store, args.visitors, args.visits, rng)
        print(
            f"  built {args.visitors:,} visitors and {args.visits:,} past visits in "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
        admin = users.authenticate(store, "admin", "bench-pass-1")
        for username, role in (
            ("chief", "supervisor"),
            ("clerk", "registry_officer"),
            ("gate", "gate_officer"),
        ):
            users.create_user(store, admin, username, username, role, "bench-pass-1")
            users.change_password(
                store,
                users.authenticate(store, username, "bench-pass-1"),
                "bench-pass-1",
                "bench-pass-2",
            )
        chief, clerk, officer = (
            users.authenticate(store, n, "bench-pass-2") for n in ("chief", "clerk", "gate")
        )
        today = local_today(zone("Asia/Bishkek"))
        room = schedule.add_room(store, chief, "Комната свиданий")
        slot = schedule.add_slot(
            store,
            chief,
            SlotSpec(
                room, VisitKind.LAWYER, today.weekday(), "00:00", "23:59", TODAY_VISITS, today
            ),
        )
        with store.read() as session:
            pairs = session.execute(
                select(PrisonerVisitor.prisoner_id, PrisonerVisitor.visitor_id)
            ).all()
        booked = [
            bookings.book_visit(
                store, clerk, prisoner_id=p, slot_id=slot, day=today, visitor_ids=[v], lead_id=v
            )
            for p, v in pairs
        ]
        scan, check_in = [], []
        for result in booked:
            t0 = time.perf_counter()
            visit = gate.open_scan(store, officer, result.barcode)
            t1 = time.perf_counter()
            gate.check_in(store, officer, visit.booking_id, [visit.visitors[0].id], "1")
            t2 = time.perf_counter()
            scan.append((t1 - t0) * 1000)
            check_in.append((t2 - t0) * 1000)
        report("scan: open the visit", scan)
        report("scan to checked in", check_in)
        docs = [passes.pass_for(store, clerk, r.booking_id) for r in booked]
        one = []
        for doc in docs[:50]:
            t0 = time.perf_counter()
            render_visit_passes([doc])
            one.append((time.perf_counter() - t0) * 1000)
        report("one pass PDF", one)
        t0 = time.perf_counter()
        pdf = render_visit_passes(docs, "a6")
        print(
            f"  {len(docs)} passes in one PDF (A6)            {time.perf_counter() - t0:.2f} s"
            f" ({len(pdf) // 1024} KiB)",
            flush=True,
        )
        registry_and_calendar(store, clerk, chief, rng)
        t0 = time.perf_counter()
        closing = gate_day.close_day(store, officer)
        print(
            f"  close the day ({len(closing.still_inside)} visits still inside)"
            f"     {(time.perf_counter() - t0) * 1000:.0f} ms",
            flush=True,
        )
        gui_latency(store, officer)
        store.dispose()
    return 0


def timed(call, *args) -> float:
    t0 = time.perf_counter()
    call(*args)
    return (time.perf_counter() - t0) * 1000


def registry_and_calendar(store, clerk, chief, rng: random.Random) -> None:
    """Visitor search across the whole registry, a visitor's record, the calendar's week and
    the supervisor's overbooking report."""
    with store.write(None) as session:  # bulk rows have no keys yet: the start-up rebuild
        session.execute(delete(VisitorSearchKey))
    t0 = time.perf_counter()
    search_index.ensure_visitor_index(store)
    print(
        f"  visitor name index rebuilt (start-up)      {time.perf_counter() - t0:.1f} s",
        flush=True,
    )
    names = [visitor_name(rng) for _ in range(200)]
    by_name = [timed(search.search_visitors, store, clerk, f"{s[:5]} {g[:3]}") for s, g in names]
    report("visitor search: two name prefixes", by_name)
    numbers = [f"id {rng.randrange(100_000):07d}" for _ in range(200)]
    by_document = [timed(search.search_visitors, store, clerk, n) for n in numbers]
    report("visitor search: document number", by_document)
    with store.read() as session:
        ids = list(session.scalars(select(Visitor.id).limit(5000)))
    record = [timed(search.visitor_record, store, clerk, rng.choice(ids)) for _ in range(100)]
    report("visitor record (links, visits)", record)
    today = local_today(zone("Asia/Bishkek"))
    week = [timed(calendar.week, store, clerk, today) for _ in range(50)]
    report(f"calendar week ({TODAY_VISITS} visits today)", week)
    report("overbooking report", [timed(calendar.overbooked, store, chief) for _ in range(20)])


def gui_latency(store, officer) -> None:
    """The gate screen: a scan burst into the field until the visit is shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from prisondesk.ui.operations import Operations
    from prisondesk.ui.visits.gate_desk import GateDeskPage

    app = QApplication.instance() or QApplication([])
    ops = Operations()
    page = GateDeskPage(store, ops, officer)
    page.show()
    today = local_today(zone("Asia/Bishkek"))
    with store.read() as session:
        numbers = list(session.scalars(select(VisitBooking).where(VisitBooking.day == today)))
        codes = [bookings.pass_barcode(session, b) for b in numbers[:100]]
    samples = []
    for code in codes:
        page._show_visit(None)
        t0 = time.perf_counter()
        QTest.keyClicks(page.scan, code)
        QTest.keyClick(page.scan, Qt.Key.Key_Return)
        while page.visit is None and time.perf_counter() - t0 < 5:
            app.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
        page.scan._last_code = ""
    report("gate screen: scan burst to visit shown", samples)
    ops.wait()


if __name__ == "__main__":
    raise SystemExit(main())
