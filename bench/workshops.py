"""Workshop benchmarks (issue 17): an instructor saving a 60-prisoner session register (each
mark a scan or a click, through the attendance services), a monthly pay period computed for
2,000 prisoners with 60,000 marks (aim under 2 s) and then approved, and a deposit account
statement PDF for a prisoner with a year of entries.

    .venv/bin/python bench/workshops.py [--prisoners N] [--register N]
"""

from __future__ import annotations

import argparse
import calendar
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import make_store
from sqlalchemy import func, insert, select

from prisondesk.db.capture import open_gate
from prisondesk.db.models import (
    Allocation,
    AttendanceMark,
    LedgerEntry,
    PayPeriod,
    PayRate,
    Prisoner,
    Workshop,
    WorkshopInstructor,
    WorkshopSession,
)
from prisondesk.domain.ids import new_id
from prisondesk.domain.workshops import OUTCOMES, Account, Basis, EntryKind, Outcome, split_wage
from prisondesk.printing.workshops.statement import render_statement
from prisondesk.services.core import users
from prisondesk.services.core.facility import facility_today
from prisondesk.services.workshops import attendance, documents, pay, periods

SESSIONS_A_MONTH = 30  # each prisoner's marks in the month: 2,000 prisoners make 60,000
PER_WORKSHOP = 100
CORRECTED = 0.01  # marks put right by a correction (a second mark that supersedes the first)
BATCH = 20_000
# how the marks of a month fall: mostly present; absences paid (sick, rest day) or not
OUTCOME_WEIGHTS = {
    Outcome.ATTENDED: 90,
    Outcome.SICK: 4,
    Outcome.REST_DAY: 3,
    Outcome.REFUSED: 1,
    Outcome.CLASH: 1.5,
    Outcome.OTHER: 0.5,
}
NOTES = {Outcome.REFUSED: "Отказался выходить на работу", Outcome.OTHER: "Вызван к следователю"}
# each workshop pays its bands by one of these (tyiyn per full session, hour or piece)
RATES = [(Basis.SESSION, 20_000), (Basis.HOUR, 3_000), (Basis.PIECE, 4_000)]


def report(name: str, samples: list[float]) -> None:
    cuts = statistics.quantiles(samples, n=100)
    print(
        f"  {name:<44} p50 {statistics.median(samples):7.2f} ms   p95 {cuts[94]:7.2f} ms",
        flush=True,
    )


def timed(call, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    call(*args, **kwargs)
    return (time.perf_counter() - t0) * 1000


def here(store) -> tuple[str, date]:
    """The facility's id and its today."""
    with store.read() as session:
        (facility_id,) = session.execute(select(Prisoner.facility_id).limit(1)).one()
        return facility_id, facility_today(session, facility_id)


def the_month(today: date) -> tuple[date, date]:
    """The latest month over by today with at least 30 days: the period run."""
    first = today.replace(day=1)
    while True:
        first = (first - timedelta(days=1)).replace(day=1)
        days = calendar.monthrange(first.year, first.month)[1]
        if days >= SESSIONS_A_MONTH:
            return first, first.replace(day=days)


class Bulk:
    """Workshops, places, rates and marks written straight into the tables (as bench/data.py
    writes prisoners): a benchmark database is not a sync source."""

    def __init__(self, facility_id: str, instructor_id: str, rng: random.Random) -> None:
        self.rng = rng
        self.instructor = instructor_id
        self.record = {
            "facility_id": facility_id,
            "origin_device": "bench",
            "field_hlc": {},
            "deleted": False,
        }
        self.event = {"facility_id": facility_id, "origin_device": "bench", "hlc": ""}
        self.rows: dict[object, list[dict]] = {}

    def add(self, model, **values: object) -> str:
        base = self.event if model in (AttendanceMark, LedgerEntry) else self.record
        row = {**base, "id": new_id(), **values}
        self.rows.setdefault(model.__table__, []).append(row)
        return row["id"]  # type: ignore[return-value]

    def workshop(self, name: str, capacity: int, parts: tuple[str, ...]) -> str:
        """A workshop of the enterprise with the instructor and sessions every day."""
        workshop_id = self.add(
            Workshop, name=name, enterprise='ГП "Кыргызпромсервис"', capacity=capacity, note=""
        )
        self.add(WorkshopInstructor, workshop_id=workshop_id, user_id=self.instructor)
        for weekday in range(7):
            for part in parts:
                self.add(WorkshopSession, workshop_id=workshop_id, weekday=weekday, part=part)
        return workshop_id

    def place(self, prisoner_id: str, workshop_id: str, band: str, starts_on: date) -> str:
        return self.add(
            Allocation,
            prisoner_id=prisoner_id,
            workshop_id=workshop_id,
            programme_id=None,
            pay_band=band,
            starts_on=starts_on,
            ends_on=None,
            end_reason="",
            end_note="",
        )

    def mark(self, place: tuple[str, str, str], day: date, supersedes: str | None = None) -> str:
        rng = self.rng
        outcome = rng.choices(list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values()))[0]
        attended = outcome == Outcome.ATTENDED
        paid = OUTCOMES[outcome].paid
        allocation_id, workshop_id, prisoner_id = place
        marked = datetime.combine(day, clock(15, rng.randint(0, 59)), UTC)
        return self.add(
            AttendanceMark,
            workshop_id=workshop_id,
            allocation_id=allocation_id,
            prisoner_id=prisoner_id,
            day=day,
            part="full",
            outcome=outcome.value,
            paid=paid,
            minutes=rng.randint(360, 480) if attended else (420 if paid else 0),
            pieces=rng.randint(2, 12) if attended else 0,
            note=NOTES.get(outcome, ""),
            supersedes=supersedes,
            marked_by=self.instructor,
            marked_at=marked + timedelta(days=1 if supersedes else 0),
        )

    def flush(self, connection) -> None:
        for table, rows in self.rows.items():
            for start in range(0, len(rows), BATCH):
                connection.execute(insert(table), rows[start : start + BATCH])
            rows.clear()


def build(store, prisoners: list[str], chief_id: str, instructor_id: str, rng) -> dict:
    """A month of the whole facility's workshops: 20 workshops of 100 places, each paying its
    two bands per session, per hour or per piece (one band's rate raised mid-month), and 30
    full-day sessions marked for every prisoner in the month, some 1 % corrected."""
    facility_id, today = here(store)
    first, last = the_month(today)
    bulk = Bulk(facility_id, instructor_id, rng)
    shops = [
        bulk.workshop(f"Цех {n + 1:02d}", PER_WORKSHOP, ("full",))
        for n in range((len(prisoners) + PER_WORKSHOP - 1) // PER_WORKSHOP)
    ]
    for n, workshop_id in enumerate(shops):
        for band, (basis, amount) in zip("AB", (RATES[n % 3], RATES[(n + 1) % 3]), strict=True):
            common = {"workshop_id": workshop_id, "band": band, "basis": basis.value}
            if band == "A" and n % 2:  # raised on the 16th
                middle = first + timedelta(days=15)
                before = {"effective_from": first - timedelta(days=400)}
                bulk.add(PayRate, **common, amount=amount, **before, effective_to=middle)
                bulk.add(
                    PayRate,
                    **common,
                    amount=amount + 500,
                    effective_from=middle + timedelta(days=1),
                    effective_to=None,
                )
            else:
                since = first - timedelta(days=400)
                bulk.add(PayRate, **common, amount=amount, effective_from=since, effective_to=None)
    places = []
    for n, prisoner_id in enumerate(prisoners):
        workshop_id = shops[n // PER_WORKSHOP]
        band = "A" if rng.random() < 0.8 else "B"
        since = first - timedelta(days=rng.randint(0, 300))
        places.append((bulk.place(prisoner_id, workshop_id, band, since), workshop_id, prisoner_id))
    days = [first + timedelta(days=d) for d in range((last - first).days + 1)]
    marks = corrections = 0
    for place in places:
        for day in sorted(rng.sample(days, SESSIONS_A_MONTH)):
            mark_id = bulk.mark(place, day)
            marks += 1
            if rng.random() < CORRECTED:
                bulk.mark(place, day, supersedes=mark_id)
                corrections += 1
    with store.engine.begin() as connection, open_gate(connection):
        bulk.flush(connection)
    return {"first": first, "last": last, "marks": marks, "corrections": corrections}


def register(store, instructor, prisoners: list[str], numbers: list[str]) -> None:
    """A workshop of 60 places, full days every day: today's register saved by the
    instructor, half the prisoners scanned in, half marked by a click (some absent)."""
    rng = random.Random(60)
    facility_id, today = here(store)
    bulk = Bulk(facility_id, instructor.user_id, rng)
    workshop_id = bulk.workshop("Цех регистра", len(prisoners), ("full",))
    places = [bulk.place(p, workshop_id, "A", today - timedelta(days=90)) for p in prisoners]
    with store.engine.begin() as connection, open_gate(connection):
        bulk.flush(connection)
    opened = [timed(attendance.register, store, instructor, workshop_id, today, "full")]
    samples = []
    started = time.perf_counter()
    for n, (place, number) in enumerate(zip(places, numbers, strict=True)):
        t0 = time.perf_counter()
        if n % 2 == 0:
            attendance.mark_scanned(store, instructor, workshop_id, today, "full", number)
        elif n % 15 == 1:
            attendance.mark(store, instructor, place, today, "full", "sick")
        elif n % 15 == 3:
            attendance.mark(
                store, instructor, place, today, "full", "refused", note=NOTES["refused"]
            )
        else:
            minutes, pieces = rng.randint(360, 480), rng.randint(2, 12)
            attendance.mark(store, instructor, place, today, "full", "attended", minutes, pieces)
        samples.append((time.perf_counter() - t0) * 1000)
    total = time.perf_counter() - started
    for _ in range(10):
        opened.append(timed(attendance.register, store, instructor, workshop_id, today, "full"))
    rows = attendance.register(store, instructor, workshop_id, today, "full").rows
    assert len(rows) == len(prisoners) and all(r.mark for r in rows)
    print(
        f"  save a {len(prisoners)}-prisoner session register: {total * 1000:.0f} ms in all",
        flush=True,
    )
    report("one mark (half scanned, half clicked)", samples)
    report(f"open the register ({len(prisoners)})", opened)


def pay_period(store, chief, built: dict) -> str:
    """The month computed (aim under 2 s) and approved; the prisoner with the most wages."""
    t0 = time.perf_counter()
    view = pay.compute_period(store, chief, built["first"], built["last"])
    computed = time.perf_counter() - t0
    t0 = time.perf_counter()
    approved = pay.approve_period(store, chief, view.id)
    approval = time.perf_counter() - t0
    assert approved.total == view.total
    with store.read() as session:
        posted = session.scalar(
            select(func.count())
            .select_from(LedgerEntry)
            .where(LedgerEntry.pay_period_id == view.id)
        )
    print(
        f"  compute a monthly pay period: {computed * 1000:.0f} ms "
        f"({len(view.lines):,} lines from {built['marks']:,} marks, "
        f"+{built['corrections']:,} corrections; {view.total / 100:,.2f} som)",
        flush=True,
    )
    print(f"  approve it (post {posted:,} ledger entries): {approval * 1000:.0f} ms")
    verdict = "within" if computed < 2 else "OVER"
    print(f"  target: compute under 2 s -> {verdict}", flush=True)
    return max(view.lines, key=lambda line: line.amount).prisoner_id


def a_year_of_wages(store, chief, prisoner_id: str, first: date, rng) -> None:
    """Twelve months of approved pay periods before the bench's month, each wage posted to
    the prisoner's account in its two parts (the bench's own month is posted already)."""
    facility_id, _ = here(store)
    bulk = Bulk(facility_id, chief.user_id, rng)
    month = first
    for _ in range(12):
        ends = month - timedelta(days=1)
        month = ends.replace(day=1)
        posted = datetime.combine(ends + timedelta(days=5), clock(9), UTC)
        period_id = bulk.add(
            PayPeriod,
            first_day=month,
            last_day=ends,
            status=periods.APPROVED,
            computed_at=posted,
            computed_by=chief.user_id,
            approved_at=posted,
            approved_by=chief.user_id,
            held_percent=50,
        )
        split = split_wage(rng.randint(150_000, 450_000), 50)
        for account, amount in ((Account.SPENDABLE, split.spendable), (Account.HELD, split.held)):
            bulk.add(
                LedgerEntry,
                prisoner_id=prisoner_id,
                account=account.value,
                kind=EntryKind.WAGE.value,
                amount=amount,
                pay_period_id=period_id,
                occurred_at=posted,
                recorded_by=chief.user_id,
                note="",
            )
    with store.engine.begin() as connection, open_gate(connection):
        bulk.flush(connection)


def statement(store, chief, prisoner_id: str, first: date) -> None:
    _, today = here(store)
    since = first.replace(year=first.year - 1)
    doc = documents.statement_document(store, chief, prisoner_id, since, today)
    reading = [
        timed(documents.statement_document, store, chief, prisoner_id, since, today)
        for _ in range(30)
    ]
    report(f"read a year's statement ({len(doc.lines)} entries)", reading)
    rendering = [timed(render_statement, doc) for _ in range(30)]
    report("render its PDF", rendering)
    whole = []
    for _ in range(30):
        t0 = time.perf_counter()
        render_statement(documents.statement_document(store, chief, prisoner_id, since, today))
        whole.append((time.perf_counter() - t0) * 1000)
    report("statement PDF (read and render)", whole)


def staff(store):
    admin = users.authenticate(store, "admin", "bench-pass-1")
    for username, role in (("chief", "supervisor"), ("teacher", "instructor")):
        users.create_user(store, admin, username, username, role, "bench-pass-1")
        users.change_password(
            store,
            users.authenticate(store, username, "bench-pass-1"),
            "bench-pass-1",
            "bench-pass-2",
        )
    return (
        users.authenticate(store, "chief", "bench-pass-2"),
        users.authenticate(store, "teacher", "bench-pass-2"),
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prisoners", type=int, default=2_000)
    parser.add_argument("--register", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        store, rows = make_store(Path(temp), prisoners=args.prisoners + args.register)
        chief, instructor = staff(store)
        ids = [row["id"] for row in rows]
        built = build(store, ids[: args.prisoners], chief.user_id, instructor.user_id, rng)
        print(
            f"  built {args.prisoners:,} prisoners in {args.prisoners // PER_WORKSHOP} "
            f"workshops, {built['marks']:,} marks in {built['first']:%B %Y} "
            f"(+{built['corrections']:,} corrections) in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        numbers = [row["number"] for row in rows[args.prisoners :]]
        register(store, instructor, ids[args.prisoners :], numbers)
        earner = pay_period(store, chief, built)
        a_year_of_wages(store, chief, earner, built["first"], rng)
        statement(store, chief, earner, built["first"])
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
