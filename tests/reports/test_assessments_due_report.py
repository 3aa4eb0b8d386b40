"""The assessments due report against two weeks with known answers (R is the first day, a
month ago; first assessments are due 7 days after admission here), made through the
admission, movement, assessment and plan services as the desks make them, the desks'
clock set back to each day:

- P1 admitted R-7, assessed on R (its first, due R: on time); its plan reviewed on R (next
  R+5) and on R+5 (next in weeks): on time.
- P2 admitted R-5, assessed R+4 (due R+2: late), review set for R+10, reassessed at 00:30
  on R+11 in Bishkek (18:30 UTC on R+10): late by the facility's calendar.
- P3 admitted R: due R+7, never assessed: overdue. P4 admitted at 05:30 on R+7 (23:30 UTC
  on R+6): due R+14, after the range.
- P5 and P6 admitted R-20 (due R-13): P5 never assessed, P6 on R+3 — overdue before the
  range, one done late in it; P6's review is due R+13 (the last day: not overdue yet), its
  plan review R+12 (overdue). P7, admitted R-20 and released R-15, owed nothing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from prisondesk.domain.clock import from_local, zone
from prisondesk.services.assessments import plans, settings, workflow
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake.movements import MoveRequest, record_movement
from prisondesk.services.reports import run
from prisondesk.services.reports.report import Cancelled, Job
from tests.assessments.conftest import EXAMPLE, lowest
from tests.reports.test_compliance_report import admit
from tests.visits.fixtures import facility_today

BISHKEK = zone("Asia/Bishkek")
NAME = "assessments_due"


def at(day: date, clock: str) -> datetime:
    return from_local(datetime.combine(day, time.fromisoformat(clock)), BISHKEK)


@pytest.fixture
def first(db, monkeypatch, admin, registrar, wing_id, staff) -> date:
    r = facility_today() - timedelta(days=30)
    social = staff("social1", "social_worker", "Абдыкадырова Назгуль")
    chief = staff("chief1", "supervisor", "Касымова Динара")
    settings.save_settings(db, admin, 7, {})
    pins = iter(range(21705199000301, 21705199000400))

    def person(surname: str, admitted: datetime) -> str:
        return admit(db, registrar, wing_id, admitted, surname, str(next(pins)))

    p1 = person("Алымбеков", at(r - timedelta(days=7), "10:00"))
    p2 = person("Бекмуратов", at(r - timedelta(days=5), "10:00"))
    person("Садыков", at(r, "12:00"))
    person("Исаков", at(r + timedelta(days=7), "05:30"))
    p5 = person("Мамытов", at(r - timedelta(days=20), "10:00"))
    p6 = person("Осмонов", at(r - timedelta(days=20), "11:00"))
    p7 = person("Токтогулов", at(r - timedelta(days=20), "12:00"))
    record_movement(db, registrar, p7, MoveRequest("release", at(r - timedelta(days=15), "09:00")))
    assert p5

    def clock(day: int, hour: str = "10:00") -> None:
        """The desks' clock at ``hour`` on R+day, in Bishkek."""
        moment = at(r + timedelta(days=day), hour)
        for module in (workflow, plans):
            monkeypatch.setattr(module, "utc_now", lambda: moment)
        local = moment.astimezone(BISHKEK).date()
        monkeypatch.setattr("prisondesk.services.core.facility.local_today", lambda tz: local)

    def assess(prisoner: str, review: int, reason: str = "initial") -> None:
        assessment = workflow.start(db, social, prisoner, EXAMPLE, reason)
        workflow.save_answers(db, social, assessment, lowest())
        workflow.submit(db, social, assessment, r + timedelta(days=review))
        workflow.approve(db, chief, assessment)

    def review_plan(prisoner: str, next_day: int) -> None:
        plans.review_plan(db, social, prisoner, "План пересмотрен.", r + timedelta(days=next_day))

    clock(0)
    assess(p1, 30)
    review_plan(p1, 5)
    clock(3)
    assess(p6, 13)
    review_plan(p6, 12)
    clock(4)
    assess(p2, 10)
    clock(5, "15:00")
    review_plan(p1, 40)
    clock(11, "00:30")
    assert at(r + timedelta(days=11), "00:30").date() == r + timedelta(days=10)
    assess(p2, 60, "due")
    monkeypatch.undo()
    return r


def test_two_weeks_of_assessments_due(db, chief_reader, first):
    r = first
    made = run.run_report(db, chief_reader, NAME, r, r + timedelta(days=13))
    assert [c.key for c in made.columns] == [
        "week",
        "first",
        "review",
        "plan",
        "on_time",
        "late",
        "overdue",
        "not_yet",
    ]
    carried, *weeks = made.rows
    assert (carried[0], carried[0].context) == ("Overdue before the range", "reports")
    assert carried[1:] == (2, 0, 0, 0, 1, 1, 0)  # P5 still, P6 assessed late in the range
    assert weeks == [
        (r, 2, 0, 1, 2, 1, 0, 0),  # P1 and P2 first, P1's plan
        (r + timedelta(days=7), 1, 2, 1, 0, 1, 2, 1),  # P3; P2's and P6's reviews; P6's plan
    ]
    assert made.totals == (None, 5, 2, 2, 2, 3, 3, 1)
    due, done = made.charts
    assert (due.kind, due.categories) == ("bar", (r, r + timedelta(days=7)))
    assert [(s.title, s.values) for s in due.series] == [
        ("First assessments due", (2.0, 1.0)),
        ("Assessment reviews due", (0.0, 2.0)),
        ("Plan reviews due", (1.0, 1.0)),
    ]
    assert [(s.title, s.values) for s in done.series] == [
        ("Done on time", (2.0, 0.0)),
        ("Done late", (1.0, 1.0)),
        ("Overdue", (0.0, 2.0)),
        ("Not overdue yet", (0.0, 1.0)),
    ]


def test_the_first_week_alone_and_a_range_not_over_yet(db, chief_reader, first):
    r = first
    made = run.run_report(db, chief_reader, NAME, r, r + timedelta(days=6))
    assert made.rows[1] == (r, 2, 0, 1, 2, 1, 0, 0)
    # what was done after a range counts as not done in it: P6 was assessed on R+3
    made = run.run_report(db, chief_reader, NAME, r - timedelta(days=13), r + timedelta(days=2))
    assert made.rows[0][1:] == (0, 0, 0, 0, 0, 0, 0)  # nothing fell due before
    assert [row[1:] for row in made.rows[1:]] == [
        (2, 0, 0, 0, 0, 2, 0),  # P5, and P6 (assessed after the range); not P7
        (1, 0, 0, 1, 0, 0, 0),  # P1 on time
        (1, 0, 0, 0, 0, 0, 1),  # P2, due on the last day
    ]
    # a range into the future: what is not done yet is not overdue yet
    today = facility_today()
    ahead = run.run_report(db, chief_reader, NAME, today, today + timedelta(days=60))
    # overdue when it began: P3, P4, P5 unassessed, P6's review and plan review
    assert ahead.rows[0][1:] == (3, 1, 1, 0, 0, 5, 0)
    # then P1's review (today) and P2's second; P1's plan review
    assert ahead.totals == (None, 3, 3, 2, 0, 0, 5, 3)


def test_an_empty_range_a_stopped_report_and_who_may_read_it(db, chief_reader, first, registrar):
    long_ago = first - timedelta(days=900)
    made = run.run_report(db, chief_reader, NAME, long_ago, long_ago + timedelta(days=6))
    assert made.rows == (
        (made.rows[0][0], 0, 0, 0, 0, 0, 0, 0),
        (long_ago, 0, 0, 0, 0, 0, 0, 0),
    )
    assert made.totals == (None, 0, 0, 0, 0, 0, 0, 0)
    job = Job()
    job.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, chief_reader, NAME, first, first, job)
    with pytest.raises(PermissionDenied):
        run.run_report(db, registrar, NAME, first, first)


@pytest.fixture
def chief_reader(staff):
    return staff("reader1", "supervisor", "Начальник отряда")
