"""Report benchmarks (issue 19): on a facility with 100,000 prisoners and 1,000,000 past visits
(bench/visits.py's history), each report over a month and over a year, and the month's PDF
with its charts. Aim: a month under 1 s, a year under 5 s.

    .venv/bin/python bench/reports.py [--prisoners N] [--visits N]
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

from data import make_store
from sqlalchemy import func, select

from prisondesk.db.models import VisitBooking
from prisondesk.printing.reports.report_pdf import report_pdf
from prisondesk.services.core import users
from prisondesk.services.reports import run
from prisondesk.services.reports.report import REPORTS
from visits import bulk_history


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prisoners", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        store, _ = make_store(Path(temp), prisoners=args.prisoners)
        bulk_history(store, args.prisoners, args.visits, random.Random(19))
        print(
            f"  built {args.prisoners:,} prisoners and {args.visits:,} past visits in "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
        admin = users.authenticate(store, "admin", "bench-pass-1")
        users.create_user(store, admin, "chief", "chief", "supervisor", "bench-pass-1")
        chief = users.change_password(
            store,
            users.authenticate(store, "chief", "bench-pass-1"),
            "bench-pass-1",
            "bench-pass-2",
        )
        with store.read() as session:  # the history's last day (it runs from 2017, 400 a day)
            last = session.scalar(select(func.max(VisitBooking.day)))
        for name in sorted(REPORTS):
            for label, days in (("a month", 30), ("a year", 365)):
                first = last - timedelta(days=days - 1)
                t0 = time.perf_counter()
                made = run.run_report(store, chief, name, first, last)
                took = time.perf_counter() - t0
                print(
                    f"  {name + ', ' + label:<32} {took:6.2f} s   {len(made.rows):>8,} rows",
                    flush=True,
                )
                if days == 30:
                    t0 = time.perf_counter()
                    pdf = report_pdf(made)
                    print(
                        f"  {name + ', the month as PDF':<32} {time.perf_counter() - t0:6.2f} s"
                        f"   {len(pdf) // 1024:>8,} KiB",
                        flush=True,
                    )
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
