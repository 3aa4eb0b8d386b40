"""The Mandela Rules compliance report against a facility with known answers, made through
the admission, register import, assessment, plan, booking and gate services as the desks
make them. The range runs from yesterday to the day after the visits' Tuesday:

- admitted in it: A (now, complete), F (05:30 yesterday in Bishkek, 23:30 UTC the day
  before: the facility's day counts), and D and E from a register (no examination, no
  contact, no rights; E's injuries and the reason for no contact recorded since); not G
  (23:30 the day before yesterday), nor B and C (40 days ago);
- held at the end: all seven; B and C held through the last 30 days, B with a lawyer's
  visit only (no family visit), C with his sister's;
- B unassessed 40 days after admission; A's review and plan review fall due tomorrow
  (overdue by the last day), C's in months;
- at the gate, of seven visitors let in: C's sister never let out of either of her two
  visits, and the stranger let out at 00:30 the next morning — after the close of the
  facility's day (18:30 UTC, still the visit's day by UTC); the mother let out of the long
  family visit at 07:45 the next morning was not late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import Prisoner
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.services.assessments import plans, workflow
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake import admissions, register_io
from prisondesk.services.intake.admission_file import NoContact
from prisondesk.services.intake.admissions import ContactEntry, Placement
from prisondesk.services.reports import run
from prisondesk.services.reports.report import Cancelled, Job
from prisondesk.services.visits import bookings, gate, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec
from tests.assessments.conftest import EXAMPLE, lowest
from tests.intake.fixtures import LEGAL, identity
from tests.visits.fixtures import facility_today

BISHKEK = zone("Asia/Bishkek")
NAME = "mandela_compliance"


def at(day: date, clock: str) -> datetime:
    """A moment on the facility's clock (UTC+6), stored as UTC."""
    return from_local(datetime.combine(day, time.fromisoformat(clock)), BISHKEK)


def admit(db, registrar, wing_id, admitted_at, surname, pin):
    view = admissions.start_admission(
        db, registrar, identity(surname=surname, pin=pin, document_number=f"ID{pin[-7:]}")
    )
    admissions.save_legal(db, registrar, view.id, LEGAL)
    admissions.save_placement(db, registrar, view.id, Placement("general", wing_id, "12"))
    admissions.record_injuries(db, registrar, view.id, [])
    admissions.save_contacts(
        db, registrar, view.id, [ContactEntry("Асанова Гүлнара", "мать", "+996 555 123456")]
    )
    admissions.record_rights_explained(db, registrar, view.id, "ky")
    return admissions.complete_admission(db, registrar, view.id, admitted_at).id


@dataclass
class Facility:
    first: date
    last: date


@pytest.fixture
def facility(
    db, monkeypatch, tmp_path, registrar, wing_id, clerk, chief, officer, world, staff
) -> Facility:
    today = facility_today()
    first, tuesday = today - timedelta(days=1), world.tuesday
    last = tuesday + timedelta(days=1)
    social = staff("social1", "social_worker", "Абдыкадырова Назгуль")
    long_ago = datetime.now(UTC) - timedelta(days=40)
    a = world.prisoner_id
    b = admit(db, registrar, wing_id, long_ago, "Бекмуратов", "21705199000201")
    c = admit(db, registrar, wing_id, long_ago, "Садыков", "21705199000202")
    admit(db, registrar, wing_id, at(first, "05:30"), "Исаков", "21705199000203")
    before = first - timedelta(days=1)
    admit(db, registrar, wing_id, at(before, "23:30"), "Мамытов", "21705199000204")
    register = tmp_path / "register.csv"
    register.write_text(
        "Фамилия;Имя;Дата рождения;Пол;Блок;Дата поступления;Режим\n"
        f"Осмонов;Улан;01.02.1985;м;Блок А;{first:%d.%m.%Y};общий\n"
        f"Токтогулов;Эрлан;03.04.1987;м;Блок А;{first:%d.%m.%Y};общий\n",
        encoding="utf-8",
    )
    assert register_io.import_prisoners(db, registrar, register).imported == 2
    with db.read() as session:
        e = session.scalar(select(Prisoner.id).where(Prisoner.surname == "Токтогулов"))
    admissions.record_injuries(db, registrar, e, [])
    admissions.save_contacts(db, registrar, e, [], NoContact("declined", "Отказался."))

    # A's review and plan review are due tomorrow, C's in months
    for prisoner, days in ((a, 1), (c, 180)):
        review = today + timedelta(days=days)
        assessment = workflow.start(db, social, prisoner, EXAMPLE, "initial")
        workflow.save_answers(db, social, assessment, lowest())
        workflow.submit(db, social, assessment, review)
        workflow.approve(db, chief, assessment)
        plans.review_plan(db, social, prisoner, "План пересмотрен.", review)

    link = visitors.link_visitor(db, clerk, c, world.sister, "сестра")
    visitors.approve_visitor(db, chief, link)

    def slot(kind, starts, ends) -> str:
        return schedule.add_slot(
            db, chief, SlotSpec(world.room_id, kind, 1, starts, ends, 2, facility_today())
        )

    def book(slot_id, prisoner, people) -> str:
        return bookings.book_visit(
            db,
            clerk,
            prisoner_id=prisoner,
            slot_id=slot_id,
            day=tuesday,
            visitor_ids=people,
            lead_id=people[0],
        ).booking_id

    def today_is(day: date) -> None:
        monkeypatch.setattr("prisondesk.services.core.facility.local_today", lambda tz: day)

    v1 = book(world.short_slot, a, [world.mother, world.child])
    v2 = book(world.short_slot, c, [world.sister])
    v3 = book(world.lawyer_slot, b, [world.lawyer])
    v4 = book(slot(VisitKind.OFFICIAL, "22:00", "23:59"), b, [world.stranger])
    overnight = slot(VisitKind.LONG, "20:00", "08:00")
    v5 = book(overnight, a, [world.mother])
    v6 = book(overnight, c, [world.sister])
    today_is(tuesday)
    gate.check_in(db, officer, v1, [world.mother, world.child], at=at(tuesday, "10:05"))
    gate.check_out(db, officer, v1, at=at(tuesday, "11:30"))
    gate.check_in(db, officer, v2, [world.sister], at=at(tuesday, "10:10"))  # never let out
    gate.check_in(db, officer, v3, [world.lawyer], at=at(tuesday, "14:02"))
    gate.check_out(db, officer, v3, at=at(tuesday, "14:50"))
    gate.check_in(db, officer, v4, [world.stranger], at=at(tuesday, "22:10"))
    gate.check_in(db, officer, v5, [world.mother], at=at(tuesday, "20:10"))
    gate.check_in(db, officer, v6, [world.sister], at=at(tuesday, "20:20"))  # never let out
    today_is(last)
    gate.check_out(db, officer, v4, at=at(last, "00:30"))  # 18:30 UTC, still Tuesday there
    gate.check_out(db, officer, v5, at=at(last, "07:45"))  # a long visit: out in time
    return Facility(first, last)


def test_the_findings_of_the_range(db, chief, facility):
    made = run.run_report(db, chief, NAME, facility.first, facility.last)
    assert made.facilities == ("Исправительная колония №1",)
    assert [c.key for c in made.columns] == ["section", "finding", "count", "base", "percent"]
    assert [(row[0], row[1]) for row in made.rows] == [
        ("Admission", "No injury examination (Rules 7–8)"),
        ("Admission", "No family or next of kin recorded (Rule 7(e))"),
        ("Admission", "Rights not explained (Rules 54–55)"),
        ("Family visits", "No family visit for 30 days (Rule 58)"),
        ("Assessment and review", "First assessment overdue"),
        ("Assessment and review", "Assessment review overdue"),
        ("Assessment and review", "Plan review overdue"),
        ("The gate", "Visitors left inside at the close of the day"),
    ]
    assert {(row[0].context, row[1].context) for row in made.rows} == {("reports", "reports")}
    assert [row[2:] for row in made.rows] == [
        (1, 4, 25),  # D, of A, D, E and F
        (1, 4, 25),  # D: E said why there is none
        (2, 4, 50),  # D and E
        (1, 2, 50),  # B (a lawyer's and an official visit only), of B and C
        (1, 7, 14),  # B, of the seven held
        (1, 2, 50),  # A, of A and C
        (1, 2, 50),  # A, of A and C
        (3, 7, 43),  # C's sister on each of her two visits; the stranger, out at 00:30
    ]
    assert made.totals is None
    (chart,) = made.charts
    assert chart.kind == "bar"
    assert chart.categories == tuple(row[1] for row in made.rows)
    assert [(s.title, s.values) for s in chart.series] == [
        ("Count", (1.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 3.0))
    ]


def counts(made) -> list[tuple[object, ...]]:
    return [row[2:] for row in made.rows]


def test_the_files_as_they_stood_on_a_past_day(db, chief, facility):
    """Yesterday: A was not admitted yet; B and C had no approved assessment 40 days after
    their admission (C's was approved today), nor a family visit in 30 days."""
    made = run.run_report(db, chief, NAME, facility.first, facility.first)
    assert counts(made) == [
        (1, 3, 33),  # D, of D, E and F
        (1, 3, 33),
        (2, 3, 67),
        (2, 2, 100),  # B and C
        (2, 6, 33),  # B and C, of B to G
        (0, 0, None),
        (0, 0, None),
        (0, 0, None),
    ]


def test_a_visitor_counts_on_the_day_the_visit_ends(db, chief, facility):
    tuesday = facility.last - timedelta(days=1)
    # Tuesday's visits: the sister (short visit) and the stranger (out at 00:30) of five
    assert counts(run.run_report(db, chief, NAME, tuesday, tuesday))[7] == (2, 5, 40)
    # the long family visits end the next day: the sister never let out, of two
    assert counts(run.run_report(db, chief, NAME, facility.last, facility.last))[7] == (1, 2, 50)


def test_an_empty_range_has_nothing_to_count(db, chief, facility):
    long_ago = facility.first - timedelta(days=400)
    made = run.run_report(db, chief, NAME, long_ago, long_ago + timedelta(days=10))
    assert counts(made) == [(0, 0, None)] * 8
    assert made.charts[0].series[0].values == (0.0,) * 8


def test_a_stopped_report_ends_and_a_gate_officer_may_not_read_it(db, chief, officer, world):
    job = Job()
    job.stop()
    first = facility_today() - timedelta(days=365)
    with pytest.raises(Cancelled):
        run.run_report(db, chief, NAME, first, facility_today(), job)
    seen: list[tuple[int, int]] = []
    run.run_report(db, chief, NAME, first, facility_today(), Job(lambda *step: seen.append(step)))
    assert seen[0] == (0, 55) and seen[-1] == (55, 55)  # the admissions, those held, 53 weeks
    with pytest.raises(PermissionDenied):
        run.run_report(db, officer, NAME, first, facility_today())
