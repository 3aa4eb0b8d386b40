"""Report benchmarks (issue 19): on a facility with 100,000 prisoners and 1,000,000 past visits
(bench/visits.py's history), with what the other modules' reports read over the year that
ends on the visits' last day — the prisoners' admissions, checks, assessments and releases
(bench/compliance_history.py), parcels (bench/parcels_history.py) and workshops
(bench/workshops_history.py) — each report over a month and over a year, and the month's PDF
with its charts. Aim: a month under 1 s, a year under 5 s.

    .venv/bin/python bench/reports.py [--prisoners N] [--visits N]

The parcels a day and the workers scale with ``--prisoners`` (800 and 5,000 for 100,000).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance_history import bulk_compliance_history
from data import make_store
from parcels_history import PER_DAY, bulk_parcel_history
from sqlalchemy import func, select
from workshops_history import bulk_workshop_history

from prisondesk.db.models import VisitBooking
from prisondesk.printing.reports.report_pdf import report_pdf
from prisondesk.services.core import users
from prisondesk.services.reports import run
from prisondesk.services.reports.report import REPORTS
from visits import bulk_history

WORKERS = 5_000  # of 100,000 prisoners


def built(what: str, since: float) -> float:
    now = time.perf_counter()
    print(f"  built {what} in {now - since:.0f} s", flush=True)
    return now


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prisoners", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    args = parser.parse_args()
    scale = args.prisoners / 100_000
    with tempfile.TemporaryDirectory() as temp:
        started = step = time.perf_counter()
        store, _ = make_store(Path(temp), prisoners=args.prisoners)
        step = built(f"{args.prisoners:,} prisoners", step)
        bulk_history(store, args.prisoners, args.visits, random.Random(19))
        step = built(f"{args.visits:,} past visits", step)
        with store.read() as session:  # the history's last day (it runs from 2017, 400 a day)
            last = session.scalar(select(func.max(VisitBooking.day)))
        bulk_compliance_history(store, last, random.Random(20))
        step = built("admissions, checks, assessments and releases", step)
        fates = bulk_parcel_history(
            store, last - timedelta(days=364), last, random.Random(21), round(PER_DAY * scale)
        )
        step = built(f"a year of parcels ({sum(fates.values()):,})", step)
        made = bulk_workshop_history(
            store, last, random.Random(22), workers=max(1, round(WORKERS * scale))
        )
        step = built(
            f"a year of workshops ({made['marks']:,} marks, {made['lines']:,} pay lines)", step
        )
        print(f"  built everything in {step - started:.0f} s; the year ends on {last}", flush=True)
        admin = users.authenticate(store, "admin", "bench-pass-1")
        users.create_user(store, admin, "chief", "chief", "supervisor", "bench-pass-1")
        chief = users.change_password(
            store,
            users.authenticate(store, "chief", "bench-pass-1"),
            "bench-pass-1",
            "bench-pass-2",
        )
        for name in sorted(REPORTS):
            for label, days in (("a month", 30), ("a year", 365)):
                first = last - timedelta(days=days - 1)
                t0 = time.perf_counter()
                made_report = run.run_report(store, chief, name, first, last)
                took = time.perf_counter() - t0
                print(
                    f"  {name + ', ' + label:<38} {took:6.2f} s   {len(made_report.rows):>8,} rows",
                    flush=True,
                )
                if days == 30:
                    t0 = time.perf_counter()
                    pdf = report_pdf(made_report)
                    print(
                        f"  {name + ', the month as PDF':<38} {time.perf_counter() - t0:6.2f} s"
                        f"   {len(pdf) // 1024:>8,} KiB",
                        flush=True,
                    )
        store.dispose()
    print(f"  the whole benchmark took {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
