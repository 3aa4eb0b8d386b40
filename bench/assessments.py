"""Assessment benchmarks (issue 18): a facility of 10,000 prisoners, most with an approved
assessment (reviews spread over a year, some overdue), a plan of three actions and a dozen
case notes each. Timed as a social worker meets them: the due lists (the module's home page),
an assessment opened (with what changed since the last and the notes since), answers saved as
they are given, the prisoner file's plan and timeline, and the plan printed.

    .venv/bin/python bench/assessments.py [--prisoners N]
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
from sqlalchemy import insert, update

from prisondesk.db.capture import open_gate
from prisondesk.db.models import (
    Assessment,
    AssessmentStep,
    CaseNote,
    Classification,
    PlanAction,
    PlanNote,
    Prisoner,
)
from prisondesk.domain.assessments import NoteKind, Visibility
from prisondesk.domain.ids import new_id
from prisondesk.domain.instruments import score
from prisondesk.printing.assessments.plan import plan_pdf
from prisondesk.services.assessments import (
    documents,
    due,
    instruments,
    plans,
    reading,
    timeline,
    workflow,
)
from prisondesk.services.core import users

ASSESSED = 0.8  # of the prisoners, with an approved assessment
NOTES_EACH = 12
BATCH = 20_000
RUNS = 20


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


def staff(store):
    admin = users.authenticate(store, "admin", "bench-pass-1")
    made = []
    for username, role in (("social", "social_worker"), ("chief", "supervisor")):
        users.create_user(store, admin, username, username, role, "bench-pass-1")
        actor = users.authenticate(store, username, "bench-pass-1")
        users.change_password(store, actor, "bench-pass-1", "bench-pass-2")
        made.append(users.authenticate(store, username, "bench-pass-2"))
    return made


def build(store, rows: list[dict], social, chief, rng: random.Random) -> list[str]:
    """Approved assessments, their steps and classifications, plans and case notes, written
    straight into the tables (a benchmark database is no sync source)."""
    instrument = instruments.latest("example-risk-needs")
    items = list(instrument.items())
    now = datetime.now(UTC)
    tables: dict[object, list[dict]] = {}

    def add(model, **values) -> str:
        event = model in (AssessmentStep, Classification, PlanNote, CaseNote)
        base = {"facility_id": rows[0]["facility_id"], "origin_device": "bench", "id": new_id()}
        base |= {"hlc": ""} if event else {"field_hlc": {}, "deleted": False}
        tables.setdefault(model.__table__, []).append({**base, **values})
        return base["id"]

    assessed: list[str] = []
    for row in rows:
        for n in range(NOTES_EACH):
            add(
                CaseNote,
                prisoner_id=row["id"],
                kind=rng.choice(list(NoteKind)).value,
                visibility=rng.choice(list(Visibility)).value,
                text="Наблюдение сотрудника за день",
                written_by=social.user_id,
                written_at=now - timedelta(days=n * 7 + rng.randint(0, 6)),
            )
        if rng.random() > ASSESSED:
            continue
        assessed.append(row["id"])
        answers = {item.id: rng.choice(item.options).code for item in items}
        result = score(instrument, answers)
        approved = now - timedelta(days=rng.randint(30, 300))
        assessment = add(
            Assessment,
            prisoner_id=row["id"],
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            instrument_digest=instrument.digest,
            reason="initial",
            reason_note="",
            previous_id=None,
            status="approved",
            answers=answers,
            section_scores=dict(result.sections),
            total=result.total,
            computed_level=result.level,
            needs=[n.value for n in result.needs],
            level=result.level,
            override_reason="",
            next_review_on=(now + timedelta(days=rng.randint(-60, 300))).date(),
            assessor_id=social.user_id,
            started_at=approved - timedelta(days=2),
            approved_by=chief.user_id,
            approved_at=approved,
        )
        for step, who in (("started", social), ("submitted", social), ("approved", chief)):
            add(
                AssessmentStep,
                prisoner_id=row["id"],
                assessment_id=assessment,
                step=step,
                reason="",
                details={},
                taken_by=who.user_id,
                taken_at=approved,
            )
        add(
            Classification,
            prisoner_id=row["id"],
            assessment_id=assessment,
            risk_level=result.level,
            security_level="medium",
            conditions="ordinary",
            wing_id=None,
            decided_by=chief.user_id,
            decided_at=approved,
        )
        for kind in ("education", "family_contact", "release_preparation"):
            action = add(
                PlanAction,
                prisoner_id=row["id"],
                assessment_id=assessment,
                need="",
                kind=kind,
                description="",
                owner_id=social.user_id,
                target_on=(approved + timedelta(days=90)).date(),
                status="in_progress",
                workshop_id=None,
                created_by=social.user_id,
                created_at=approved,
            )
            add(
                PlanNote,
                prisoner_id=row["id"],
                action_id=action,
                text="Идёт по плану",
                next_review_on=None,
                written_by=social.user_id,
                written_at=approved + timedelta(days=20),
            )
    with store.engine.begin() as connection, open_gate(connection):
        connection.execute(  # admitted over the last two years: some still unassessed
            update(Prisoner).values(admitted_at=now - timedelta(days=400))
        )
        for table, values in tables.items():
            for start in range(0, len(values), BATCH):
                connection.execute(insert(table), values[start : start + BATCH])
    return assessed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prisoners", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        store, rows = make_store(Path(temp), prisoners=args.prisoners)
        social, chief = staff(store)
        assessed = build(store, rows, social, chief, rng)
        print(
            f"  built {args.prisoners:,} prisoners, {len(assessed):,} approved assessments, "
            f"{args.prisoners * NOTES_EACH:,} case notes in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        lists = due.due_lists(store, social)
        print(
            f"  due lists: {len(lists.overdue):,} overdue, {len(lists.due_soon):,} due soon, "
            f"{len(lists.unassessed):,} not yet assessed",
            flush=True,
        )
        report(
            "due lists (the home page)", [timed(due.due_lists, store, social) for _ in range(RUNS)]
        )
        people = rng.sample(assessed, RUNS)  # each reassessed: the form shows what changed
        fresh = [workflow.start(store, social, p, "example-risk-needs", "due") for p in people]
        report(
            "an assessment opened",
            [timed(reading.assessment_view, store, social, a) for a in fresh],
        )
        instrument = instruments.latest("example-risk-needs")
        answers = {item.id: item.options[0].code for item in instrument.items()}
        report(
            "answers saved (the whole form)",
            [timed(workflow.save_answers, store, social, a, answers) for a in fresh],
        )
        report("the prisoner's plan", [timed(plans.plan, store, social, p) for p in people])
        report(
            "the prisoner's timeline", [timed(timeline.timeline, store, social, p) for p in people]
        )
        docs = [documents.plan_document(store, social, p) for p in people]
        report("the plan printed (PDF)", [timed(plan_pdf, doc) for doc in docs])
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
