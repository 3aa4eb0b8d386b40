"""A year of parcels for the report benchmarks (issue 19): ``bulk_parcel_history`` writes the
parcels of a facility of 100,000 prisoners received from one day to another — some 800 a day
(a quarter of the prisoners get one a month; fewer on Sundays), 1 to 15 items each, a few
handed in before 06:00 (the UTC day before, on the facility's clock) — with each one's chain of
custody: most inspected and handed over, some refused and returned, some taken back by the
sender, a few held and forwarded after their prisoner, some 3.5 % with an item confiscated
(bench/parcels.py's ``Bulk``); the last days' parcels still in the queues. Rows go straight
into the tables, as bench/data.py writes prisoners: a benchmark database is not a sync source.

bench/reports.py calls it after the visits' history, over the year that ends on the visits'
last day, and times every report on it.
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import bulk_writing
from sqlalchemy import select

from parcels import RETURN_REASONS, Bulk
from prisondesk.db.models import Facility, Prisoner, UserAccount
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.parcels import Status

PER_DAY = 800  # 100,000 prisoners, a quarter of them sent a parcel a month
BATCH = 20_000  # parcels written at once (with their items and events)
OPEN_DAYS = 3  # the history's last days: some of their parcels still wait


def bulk_parcel_history(
    store, first: date, last: date, rng: random.Random, per_day: int = PER_DAY
) -> dict[str, int]:
    """The parcels received at the store's facility from ``first`` to ``last`` (its days),
    about ``per_day`` a day, with their items and events; returns how many ended each way."""
    with bulk_writing(store) as connection:
        facility_id, time_zone = connection.execute(select(Facility.id, Facility.time_zone)).one()
        tz = zone(time_zone)
        prisoners = list(connection.scalars(select(Prisoner.id)))
        officer = connection.scalar(select(UserAccount.id).limit(1))
        bulk = Bulk(facility_id, officer, rng)
        fates: dict[str, int] = {}
        n, day = 0, first
        while day <= last:
            back = (last - day).days  # days before the history's last
            opens = from_local(datetime.combine(day, datetime.min.time()), tz)
            count = round(per_day * (0.3 if day.weekday() == 6 else 1.0) * rng.uniform(0.8, 1.2))
            for _ in range(count):
                hours = rng.uniform(5.5, 6.0) if rng.random() < 0.01 else rng.uniform(9, 17)
                received = opens + timedelta(hours=hours)
                parcel_id, items = bulk.parcel(n, rng.choice(prisoners), received)
                bulk.parcels[-1]["tracking"] = f"BNCH-1-PHIST-{n:07d}"
                bulk.parcels[-1]["seal"] = f"H{n:07d}"
                fate = _fate(bulk, parcel_id, items, received, back)
                fates[fate] = fates.get(fate, 0) + 1
                n += 1
                if len(bulk.parcels) == BATCH:
                    bulk.flush(connection)
            day += timedelta(days=1)
        bulk.flush(connection)
    return fates


def _fate(bulk: Bulk, parcel_id: str, items: list[str], received: datetime, back: int) -> str:
    """Where the parcel has got to by the history's last day: the last days' may still wait;
    the others have ended, most with the prisoner's signature."""
    rng = bulk.rng
    roll = rng.random()
    waits = back < OPEN_DAYS and roll < 0.3 / (back + 1)
    if waits and roll < 0.1 / (back + 1):
        return Status.AWAITING_INSPECTION
    if not waits and roll < 0.02:  # taken back by the sender before inspection
        bulk.event(parcel_id, "returned", received, reason=RETURN_REASONS[0])
        return Status.RETURNED
    inspected = received + timedelta(minutes=rng.randint(10, 180))
    bulk.inspect(parcel_id, items, inspected)
    if waits:
        return Status.AWAITING_HANDOVER
    later = inspected + timedelta(minutes=rng.randint(30, 20 * 60))
    if roll < 0.03:
        bulk.event(parcel_id, "refused", later, reason="Отказался от передачи")
        if roll < 0.028:
            bulk.event(parcel_id, "returned", later + timedelta(days=1), reason=RETURN_REASONS[1])
            return Status.RETURNED
        return Status.REFUSED
    if roll < 0.035:
        bulk.event(parcel_id, "returned", later, reason=RETURN_REASONS[2])
        return Status.RETURNED
    if roll < 0.04:  # the prisoner was transferred before the handover
        bulk.event(parcel_id, "held", later, reason="Переведён в другое учреждение")
        if roll < 0.039:
            bulk.event(parcel_id, "forwarded", later + timedelta(days=3), destination="ИК-3")
            return Status.FORWARDED
        return Status.HELD
    bulk.event(parcel_id, "handed_over", later)
    return Status.HANDED_OVER
