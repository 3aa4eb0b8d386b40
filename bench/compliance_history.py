"""Compliance and assessment history for the report benchmarks (issue 19): what
``bench/data.py`` (prisoners only: no admission date, no movement, no admission checks) and
``bench/visits.py`` (visits) lack for the reports ``mandela_compliance`` and
``assessments_due``. For every prisoner of the facility, over the three years before
``last``:

- an admission (``admitted_at`` and its movement, in the file's wing and cell; the
  prisoners admitted in the order of their numbers, as a desk numbers them), the checks of
  Rules 7–8 and 54–55 done for all but a few (3 % without the injury examination, 2 %
  without a family record, 4 % without their rights explained);
- a first approved assessment some days after it (90 %; 5 % of them late), reviewed every
  six months or so (the last review date may have passed: overdue), and the plan reviewed
  every three months;
- 5 % released since, with the release movement.

Written straight into the tables (as bench/data.py writes prisoners): a benchmark database
is no sync source. Each table's rows lie in the order they happened (movements, assessments
and plan reviews of all the prisoners interleaved), as a desk writes them. Some 100,000
prisoners take about half a minute.

    bulk_compliance_history(store, last, rng)

bench/reports.py calls it after the visits' history, ``last`` the visits' last day, and times
every report on it.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import bulk_writing
from sqlalchemy import bindparam, insert, select, update

from prisondesk.db.models import Assessment, Contact, Movement, PlanNote, Prisoner
from prisondesk.domain.ids import new_id

BATCH = 20_000
YEARS = 3
NO_INJURY_CHECK, NO_FAMILY, NO_RIGHTS = 0.03, 0.02, 0.04
ASSESSED, LATE, RELEASED = 0.9, 0.05, 0.05
# the moment each table's rows were written at
WRITTEN = {Movement: "occurred_at", Assessment: "approved_at", PlanNote: "written_at"}


def bulk_compliance_history(store, last: date, rng: random.Random) -> None:
    """Admissions, admission checks, assessments, plan reviews and releases of every
    prisoner of the store's one facility, in the ``YEARS`` years up to ``last``."""
    end = datetime.combine(last, datetime.min.time(), UTC) + timedelta(hours=12)
    span = YEARS * 365 * 86_400
    with bulk_writing(store) as connection:
        prisoners = connection.execute(
            select(Prisoner.id, Prisoner.facility_id, Prisoner.wing_id, Prisoner.cell).order_by(
                Prisoner.number
            )
        ).all()
        facility_id = prisoners[0][1]
        record = {"facility_id": facility_id, "origin_device": "bench", "field_hlc": {}}
        record |= {"deleted": False}
        event = {"facility_id": facility_id, "origin_device": "bench", "hlc": ""}
        tables: dict[object, list[dict]] = {}

        def add(model, values: dict) -> None:
            base = event if model in (Movement, PlanNote) else record
            tables.setdefault(model, []).append({**base, **values})

        # admitted in the order of their numbers, as a desk numbers them
        admissions = sorted(end - timedelta(seconds=rng.randint(0, span)) for _ in prisoners)
        changes = []
        for (prisoner_id, _, wing_id, cell), admitted in zip(prisoners, admissions, strict=True):
            released = rng.random() < RELEASED
            changes.append(
                {
                    "b_id": prisoner_id,
                    "admitted_at": admitted,
                    "injuries_examined": rng.random() >= NO_INJURY_CHECK,
                    "rights_explained": rng.random() >= NO_RIGHTS,
                    "status": "released" if released else "in_custody",
                }
            )
            place = {"prisoner_id": prisoner_id, "wing_id": wing_id, "cell": cell}
            _movement(add, place, "admission", admitted)
            if rng.random() >= NO_FAMILY:
                add(Contact, {"prisoner_id": prisoner_id, "full_name": "Родственник"})
            if released:
                gone = admitted + (end - admitted) * rng.random()
                _movement(add, place, "release", gone)
            if rng.random() < ASSESSED:
                _assessments(add, prisoner_id, admitted, end, rng)
        # each table's rows in the order they were written (their ids too), as on a desk
        for model, rows in tables.items():
            if model in WRITTEN:
                rows.sort(key=lambda row, key=WRITTEN[model]: row[key])
            for row in rows:
                row["id"] = new_id()
            for start in range(0, len(rows), BATCH):
                connection.execute(insert(model.__table__), rows[start : start + BATCH])
        table = Prisoner.__table__

        for start in range(0, len(changes), BATCH):
            connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    admitted_at=bindparam("admitted_at"),
                    injuries_examined=bindparam("injuries_examined"),
                    rights_explained=bindparam("rights_explained"),
                    status=bindparam("status"),
                ),
                changes[start : start + BATCH],
            )


def _movement(add, place: dict, kind: str, moment: datetime) -> None:
    """An admission or release, in the prisoner's wing and cell (as the services record
    them)."""
    add(Movement, {**place, "kind": kind, "occurred_at": moment, "destination": "", "reason": ""})


def _assessments(add, prisoner_id: str, admitted: datetime, end: datetime, rng) -> None:
    """A first assessment, then reviews every six months or so, each a little early or
    late, until ``end``; the plan reviewed every three months."""
    moment = admitted + timedelta(days=rng.randint(20, 40) if rng.random() < LATE else 10)
    reason = "initial"
    while moment < end:
        review = moment + timedelta(days=rng.randint(150, 210))
        add(
            Assessment,
            {
                "prisoner_id": prisoner_id,
                "instrument_id": "example-risk-needs",
                "instrument_version": 1,
                "instrument_digest": "",
                "reason": reason,
                "reason_note": "",
                "previous_id": None,
                "status": "approved",
                "answers": {},
                "section_scores": {},
                "total": 0,
                "computed_level": "low",
                "needs": [],
                "level": "low",
                "override_reason": "",
                "next_review_on": review.date(),
                "assessor_id": None,
                "started_at": (moment - timedelta(days=2)),
                "approved_by": None,
                "approved_at": moment,
            },
        )
        for quarter in (0, 90):
            written = moment + timedelta(days=quarter)
            if written < end:
                add(
                    PlanNote,
                    {
                        "prisoner_id": prisoner_id,
                        "action_id": None,
                        "text": "План пересмотрен",
                        "next_review_on": (written + timedelta(days=90)).date(),
                        "written_by": None,
                        "written_at": written,
                    },
                )
        moment = review + timedelta(days=rng.randint(-10, 30))
        reason = "due"
