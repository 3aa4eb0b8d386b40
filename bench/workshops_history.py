"""A year of a big facility's workshops for the report benchmarks (issue 19): some 5,000 of
its 100,000 prisoners at work in 40 workshops, a year of their attendance marks and of the
monthly pay periods that paid them, written straight into the tables (as bench/data.py
writes prisoners: a benchmark database is not a sync source).

``bulk_workshop_history(store, last, rng)`` fills the 365 days that end on ``last``:

- workshops of ``PER_WORKSHOP`` seats, most working full days Monday to Friday, some
  mornings and afternoons Monday to Saturday, some mornings only; one pattern change in
  the middle of the year for some (a session added from a day, as the form does it);
- each seat held by one prisoner after another: a place lasts two months to over a year,
  the next begins the day after; the places held on ``last`` have no end;
- every session of a held place marked, but for ``UNMARKED`` of them; mostly present,
  absences paid (sick, rest day) or not as ``OUTCOME_WEIGHTS`` says; ``CORRECTED`` of the
  marks put right by a second mark that supersedes the first;
- a pay rate per workshop (per full-day session, band A), and one pay period a calendar
  month (the months that end within the year): approved, but for the last one, which is
  computed and awaits approval; a line per place with paid marks in the month.

A year of 5,000 workers is some 1.4 million marks and 60,000 pay lines. bench/reports.py
calls it after the visits' history, the year ending on the visits' last day, and times every
report on it.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import bulk_writing
from sqlalchemy import insert, select

from prisondesk.db.models import (
    Allocation,
    AttendanceMark,
    PayLine,
    PayPeriod,
    PayRate,
    Prisoner,
    Workshop,
    WorkshopSession,
)
from prisondesk.domain.ids import new_id
from prisondesk.domain.workshops import OUTCOMES, Outcome, half_sessions, session_pay, split_wage

DAYS = 365
PER_WORKSHOP = 125  # seats: 40 workshops for 5,000 workers
# (share of the workshops, the weekdays, the parts of the day)
PATTERNS = (
    (0.7, range(5), ("full",)),
    (0.2, range(6), ("morning", "afternoon")),
    (0.1, range(5), ("morning",)),
)
UNMARKED = 0.02
CORRECTED = 0.01
OUTCOME_WEIGHTS = {
    Outcome.ATTENDED: 90,
    Outcome.SICK: 4,
    Outcome.REST_DAY: 3,
    Outcome.REFUSED: 1,
    Outcome.CLASH: 1.5,
    Outcome.OTHER: 0.5,
}
NOTES = {Outcome.REFUSED: "Отказался выходить на работу", Outcome.OTHER: "Вызван к следователю"}
HELD_PERCENT = 50
BATCH = 20_000


def bulk_workshop_history(
    store,
    last: date,
    rng: random.Random,
    workers: int = 5_000,
    per_workshop: int = PER_WORKSHOP,
) -> dict[str, int]:
    """A year of workshops, places, marks and pay periods of the store's facility, the year
    ending on ``last``; the numbers written (workshops, places, marks, pay periods, lines)."""
    first = last - timedelta(days=DAYS - 1)
    with bulk_writing(store) as connection:
        facility_id = connection.execute(select(Prisoner.facility_id).limit(1)).scalar()
        prisoners = connection.execute(select(Prisoner.id)).scalars().all()
        writer = _Writer(connection, facility_id)
        shops = [
            _workshop(writer, n, first, rng)
            for n in range((workers + per_workshop - 1) // per_workshop)
        ]
        places = _places(writer, shops, per_workshop, workers, prisoners, (first, last), rng)
        # (month, place) -> half-sessions, minutes and pieces paid
        paid: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        marks = _marks(writer, places, (first, last), _months(first, last), paid, rng)
        lines = _pay(writer, {p.id: p for p in places}, _months(first, last), paid)
        writer.flush()
    return {
        "workshops": len(shops),
        "places": len(places),
        "marks": marks,
        "periods": len(_months(first, last)),
        "lines": lines,
    }


class _Writer:
    """Rows gathered by table and inserted once ``BATCH`` of a table are gathered."""

    def __init__(self, connection, facility_id: str) -> None:
        self.connection = connection
        self.record = {
            "facility_id": facility_id,
            "origin_device": "bench",
            "field_hlc": {},
            "deleted": False,
        }
        self.event = {"facility_id": facility_id, "origin_device": "bench", "hlc": ""}
        self.rows: dict[object, list[dict]] = defaultdict(list)

    def add(self, model, **values: object) -> str:
        base = self.event if model is AttendanceMark else self.record
        row = {**base, "id": new_id(), **values}
        rows = self.rows[model.__table__]
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush()
        return row["id"]  # type: ignore[return-value]

    def flush(self) -> None:
        """Every table's rows, in the order the tables were first written (a mark's place
        before the mark)."""
        for table, rows in self.rows.items():
            if rows:
                self.connection.execute(insert(table), rows)
            rows.clear()


class _Shop:
    def __init__(self, workshop_id: str, minutes: int, rate: int) -> None:
        self.id = workshop_id
        self.minutes = minutes  # a half-day session's
        self.rate = rate  # tyiyn a full-day session
        self.sessions: list[tuple[int, str, date | None]] = []  # weekday, part, held from

    def parts(self, day: date) -> list[str]:
        return [
            part
            for weekday, part, since in self.sessions
            if weekday == day.weekday() and (since is None or since <= day)
        ]


def _workshop(writer: _Writer, n: int, first: date, rng: random.Random) -> _Shop:
    [(weekdays, parts)] = rng.choices([p[1:] for p in PATTERNS], [p[0] for p in PATTERNS])
    name = f"Цех №{n + 1:02d}"
    workshop_id = writer.add(
        Workshop,
        name=name,
        enterprise="ГП «Кыргызпромсервис»",
        capacity=PER_WORKSHOP,
        note="",
        session_minutes=240,
    )
    shop = _Shop(workshop_id, 240, rng.choice((15_000, 18_000, 20_000, 24_000)))
    for weekday in weekdays:
        for part in parts:
            shop.sessions.append((weekday, part, None))
    if n % 4 == 0 and parts == ("full",):  # Saturdays added in the middle of the year
        shop.sessions.append((5, "full", first + timedelta(days=180)))
    for weekday, part, since in shop.sessions:
        writer.add(
            WorkshopSession,
            workshop_id=workshop_id,
            weekday=weekday,
            part=part,
            first_day=since,
            last_day=None,
        )
    writer.add(
        PayRate,
        workshop_id=workshop_id,
        band="A",
        basis="session",
        amount=shop.rate,
        effective_from=first - timedelta(days=400),
        effective_to=None,
    )
    return shop


def _months(first: date, last: date) -> list[tuple[date, date]]:
    """The calendar months that end within the year (a pay period each)."""
    found = []
    start = first.replace(day=1)
    while start <= last:
        following = (start + timedelta(days=32)).replace(day=1)
        ends = following - timedelta(days=1)
        if first <= ends <= last:
            found.append((start, ends))
        start = following
    return found


class _Place(NamedTuple):
    id: str
    shop: _Shop
    prisoner: str
    starts: date
    ends: date  # after the year: held still


def _places(
    writer: _Writer,
    shops: list[_Shop],
    per_workshop: int,
    workers: int,
    prisoners: list[str],
    year: tuple[date, date],
    rng: random.Random,
) -> list[_Place]:
    """Each seat held by one prisoner after another, from before the year to after it."""
    first, last = year
    pool = iter(rng.sample(prisoners, min(len(prisoners), workers * 3)))
    places = []
    for seat in range(workers):
        shop = shops[seat // per_workshop]
        starts = first - timedelta(days=rng.randint(0, 200))
        while starts <= last:
            ends = starts + timedelta(days=rng.randint(60, 420))
            prisoner = next(pool, None) or rng.choice(prisoners)
            place = writer.add(
                Allocation,
                prisoner_id=prisoner,
                workshop_id=shop.id,
                programme_id=None,
                pay_band="A",
                starts_on=starts,
                ends_on=ends if ends <= last else None,
                end_reason="completed" if ends <= last else "",
                end_note="",
            )
            places.append(_Place(place, shop, prisoner, starts, ends))
            starts = ends + timedelta(days=1)
    return places


def _marks(
    writer: _Writer,
    places: list[_Place],
    year: tuple[date, date],
    months: list[tuple[date, date]],
    paid: dict[tuple[int, str], list[int]],
    rng: random.Random,
) -> int:
    """The registers of the year, day by day as the instructors keep them (so the marks lie
    in the table as a desk's do); each place's paid counts added up by month."""
    outcomes, weights = list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values())
    waiting = sorted(places, key=lambda p: p.starts, reverse=True)
    held: list[_Place] = []
    day, made, month = year[0], 0, 0
    while day <= year[1]:
        while waiting and waiting[-1].starts <= day:
            held.append(waiting.pop())
        held = [p for p in held if p.ends >= day]
        while month < len(months) and months[month][1] < day:
            month += 1
        in_month = month < len(months) and months[month][0] <= day
        for place in held:
            for part in place.shop.parts(day):
                if rng.random() < UNMARKED:
                    continue
                outcome = rng.choices(outcomes, weights)[0]
                mark, pieces = _mark(writer, place, day, part, outcome, rng, None)
                made += 1
                if rng.random() < CORRECTED:  # put right the next day
                    outcome = rng.choices(outcomes, weights)[0]
                    mark, pieces = _mark(writer, place, day, part, outcome, rng, mark)
                    made += 1
                if OUTCOMES[outcome].paid and in_month:
                    counts = paid[(month, place.id)]
                    counts[0] += half_sessions(part)
                    counts[1] += place.shop.minutes * half_sessions(part)
                    counts[2] += pieces
        day += timedelta(days=1)
    return made


def _mark(
    writer: _Writer,
    place: _Place,
    day: date,
    part: str,
    outcome: Outcome,
    rng: random.Random,
    supersedes: str | None,
) -> tuple[str, int]:
    """A mark written: its id and the pieces it records."""
    attended, rule = outcome == Outcome.ATTENDED, OUTCOMES[outcome]
    marked = datetime.combine(day, clock(15, rng.randint(0, 59)), UTC)
    pieces = rng.randint(1, 6) if attended else 0
    mark = writer.add(
        AttendanceMark,
        workshop_id=place.shop.id,
        allocation_id=place.id,
        prisoner_id=place.prisoner,
        day=day,
        part=part,
        outcome=outcome.value,
        paid=rule.paid,
        minutes=place.shop.minutes * half_sessions(part) if rule.paid else 0,
        pieces=pieces,
        note=NOTES.get(outcome, ""),
        supersedes=supersedes,
        marked_by=None,
        marked_at=marked + timedelta(days=1 if supersedes else 0),
    )
    return mark, pieces


def _pay(
    writer: _Writer,
    places: dict[str, _Place],
    months: list[tuple[date, date]],
    paid: dict[tuple[int, str], list[int]],
) -> int:
    """A period a month, approved but for the last; a line per place paid in it."""
    periods = []
    for n, (starts, ends) in enumerate(months):
        computed = datetime.combine(ends + timedelta(days=3), clock(9), UTC)
        approved = n < len(months) - 1
        periods.append(
            writer.add(
                PayPeriod,
                first_day=starts,
                last_day=ends,
                status="approved" if approved else "computed",
                computed_at=computed,
                computed_by=None,
                approved_at=computed + timedelta(days=1) if approved else None,
                approved_by=None,
                held_percent=HELD_PERCENT,
            )
        )
    lines = 0
    for (month, place), (halves, minutes, pieces) in paid.items():
        shop, prisoner = places[place].shop, places[place].prisoner
        amount = session_pay(shop.rate, halves)
        split = split_wage(amount, HELD_PERCENT)
        writer.add(
            PayLine,
            pay_period_id=periods[month],
            prisoner_id=prisoner,
            allocation_id=place,
            workshop_id=shop.id,
            half_sessions=halves,
            minutes=minutes,
            pieces=pieces,
            amount=amount,
            spendable=split.spendable,
            held=split.held,
        )
        lines += 1
    return lines
