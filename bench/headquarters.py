"""The headquarters benchmark (issue 19): a headquarters desk holding 30 facilities' data in one
SQLite database — their facilities and wings, 100,000 prisoners in all (bench/data.py's), and
three years of their movements — and the population report read by a headquarters viewer
across all 30 facilities, over a month and over a year, and of one facility alone. Aim: a
month under 1 s, a year under 5 s.

Each prisoner arrived in the three years before the range's last day (an admission, or a
transfer in for some); some moved cell since, a quarter of those to another wing; some were
released, transferred out or are at court. The file's status, wing and admission moment
agree with its movements, as the movement service leaves them. Rows go straight into the
tables, as bench/data.py writes them, before the desk is marked a headquarters desk (which
then refuses any change to a facility's rows).

    .venv/bin/python bench/headquarters.py [--facilities N] [--prisoners N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import bulk_writing, prisoner_rows
from sqlalchemy import func, insert, select

from prisondesk.db.models import Facility, Movement, Prisoner, Wing
from prisondesk.domain.clock import from_local, local_today, zone
from prisondesk.domain.ids import new_id
from prisondesk.services.core import headquarters, users
from prisondesk.services.reports import run
from prisondesk.services.store import open_store

TIME_ZONE = "Asia/Bishkek"
YEARS = 3
TRANSFERRED_IN = 0.08  # arrived on a transfer from elsewhere, not admitted here
CELL_CHANGES = (0, 0, 0, 1, 1, 2, 3)  # how many each prisoner had, chosen evenly
OTHER_WING = 0.25  # of the cell changes, those to another wing
# (share, movement, status it leaves): how the prisoners' stays have ended, if they have
ENDS = ((0.20, "release", "released"), (0.05, "transfer_out", "transferred_out"))
AT_COURT = 0.01
BATCH = 20_000
PASSWORD = "bench-pass-1"


def bulk_facilities(store, facilities: int, prisoners: int, end: datetime, rng) -> dict:
    """``facilities`` facilities with their wings, ``prisoners`` prisoners spread over them
    and the movements of the ``YEARS`` years up to ``end``; how many of each were written.

    The rows lie in the tables as sync leaves them on a headquarters desk: the facilities'
    prisoners and movements interleaved in the order they happened (each prisoner's id and
    number given at arrival), not one facility, nor one prisoner, after another."""
    span = int(YEARS * 365.25 * 86_400)
    everyone: list[dict] = []
    moves: list[dict] = []
    with bulk_writing(store) as connection:
        for n in range(facilities):
            facility_id, code = new_id(), f"HQB-{n + 1:02d}"
            record = {"facility_id": facility_id, "origin_device": "bench", "field_hlc": {}}
            record["deleted"] = False
            connection.execute(
                insert(Facility.__table__),
                [
                    {
                        **record,
                        "id": facility_id,
                        "code": code,
                        "name": f"Учреждение №{n + 1}",
                        "time_zone": TIME_ZONE,
                    }
                ],
            )
            wings = [
                {**record, "id": new_id(), "name": f"Блок {letter}", "position": position}
                for position, letter in enumerate("АБВГДЕЖЗ"[: rng.randint(3, 8)])
            ]
            connection.execute(insert(Wing.__table__), wings)
            wing_ids = [w["id"] for w in wings]
            # the prisoners spread evenly: the first facilities take the remainder
            count = prisoners // facilities + (n < prisoners % facilities)
            for row in prisoner_rows(rng, facility_id, wing_ids, count, code):
                moves += _stay(row, wing_ids, end, span, rng)
                row["code"] = code
                everyone.append(row)
        everyone.sort(key=lambda row: row["admitted_at"])
        ids, numbers = {}, dict.fromkeys((row["facility_id"] for row in everyone), 0)
        for row in everyone:
            ids[row["id"]] = new_id()
            row["id"] = ids[row["id"]]
            numbers[row["facility_id"]] += 1
            row["number"] = f"{row.pop('code')}-AAA-{numbers[row['facility_id']]:06d}"
        moves.sort(key=lambda move: move["occurred_at"])
        for move in moves:
            move["id"], move["prisoner_id"] = new_id(), ids[move["prisoner_id"]]
        for start in range(0, len(everyone), BATCH):
            connection.execute(insert(Prisoner.__table__), everyone[start : start + BATCH])
        for start in range(0, len(moves), BATCH):
            connection.execute(insert(Movement.__table__), moves[start : start + BATCH])
        wings_made = connection.scalar(select(func.count()).select_from(Wing))
    return {
        "facilities": facilities,
        "wings": wings_made,
        "prisoners": len(everyone),
        "movements": len(moves),
    }


def _stay(row: dict, wings: list[str], end: datetime, span: int, rng) -> list[dict]:
    """A prisoner's movements from their arrival; the file (``row``) left as they leave it."""
    event = {"facility_id": row["facility_id"], "origin_device": "bench", "hlc": ""}
    arrived = end - timedelta(seconds=rng.randint(3_600, span))
    moments = sorted(
        arrived + (end - arrived) * rng.random() for _ in range(rng.choice(CELL_CHANGES) + 1)
    )
    wing, cell = row["wing_id"], row["cell"]
    kind = "transfer_in" if rng.random() < TRANSFERRED_IN else "admission"
    moves = [_move(event, row, kind, arrived, wing, cell)]
    for moment in moments[:-1]:
        if rng.random() < OTHER_WING and len(wings) > 1:
            wing = rng.choice([w for w in wings if w != wing])
        cell = str(rng.randint(1, 60))
        moves.append(_move(event, row, "cell_change", moment, wing, cell))
    row |= {"admitted_at": arrived, "wing_id": wing, "cell": cell}
    roll = rng.random()
    for share, kind, status in ENDS:
        if roll < share:
            moves.append(_move(event, row, kind, moments[-1], wing, cell))
            row["status"] = status
            return moves
        roll -= share
    if roll < AT_COURT:
        moves.append(_move(event, row, "court_out", moments[-1], wing, cell))
        row["status"] = "at_court"
    return moves


def _move(event: dict, row: dict, kind: str, at: datetime, wing: str, cell: str) -> dict:
    return {
        **event,
        "id": new_id(),
        "prisoner_id": row["id"],
        "kind": kind,
        "occurred_at": at,
        "wing_id": wing,
        "cell": cell,
        "destination": "ИК-3" if kind in ("transfer_out", "court_out") else "",
        "reason": "",
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facilities", type=int, default=30)
    parser.add_argument("--prisoners", type=int, default=100_000)
    args = parser.parse_args()
    tz = zone(TIME_ZONE)
    last = local_today(tz) - timedelta(days=1)  # the ranges end yesterday, counted back from now
    end = from_local(datetime.combine(last + timedelta(days=1), datetime.min.time()), tz)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as temp:
        store, _ = open_store(Path(temp) / "hq.sqlite3", Path(temp) / "backups")
        made = bulk_facilities(store, args.facilities, args.prisoners, end, random.Random(30))
        with store.write(None) as session:
            store.become_headquarters(session)
        admin = headquarters.set_up_headquarters(
            store, admin_username="hqadmin", admin_full_name="Штаб Админ", admin_password=PASSWORD
        )
        users.create_user(store, admin, "analyst", "Аналитик Штаба", "hq_viewer", PASSWORD)
        viewer = users.change_password(
            store, users.authenticate(store, "analyst", PASSWORD), PASSWORD, "bench-pass-2"
        )
        with store.read() as session:
            held = session.scalar(
                select(func.count()).where(Prisoner.status.in_(("in_custody", "at_court")))
            )
        print(
            f"  built a headquarters desk of {made['facilities']} facilities "
            f"({made['wings']} wings), {made['prisoners']:,} prisoners ({held:,} held now) and "
            f"{made['movements']:,} movements in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
        seen = headquarters.facilities_seen(store, viewer)
        assert len(seen) == args.facilities and viewer.facility_id is None
        for label, facilities in (
            (f"all {len(seen)} facilities", None),
            (f"one facility ({seen[0].code})", [seen[0].id]),
        ):
            for span, days in (("a month", 30), ("a year", 365)):
                first = last - timedelta(days=days - 1)
                t0 = time.perf_counter()
                report = run.run_report(
                    store, viewer, "population", first, last, facilities=facilities
                )
                took = time.perf_counter() - t0
                name = f"population, {label}, {span}"
                print(f"  {name:<44} {took:6.2f} s   {len(report.rows):>8,} rows", flush=True)
        store.dispose()
    print(f"  the whole benchmark took {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
