"""The population report against sixteen files with known answers, made through the intake
services: admissions, releases, transfers out and in, court trips, cell changes within and
between wings, and movements after the range (undone to find who was held then). The rule
under test (``services/reports/population.py``): held on a day = in custody at its end, on
the facility's clock — admitted at 00:30 in Bishkek (18:30 UTC the day before) counts on
the day; released at 23:30 on the last day is not held at the end; released at 00:30 the
next day (still the last day in UTC) is. Also: a range over 90 days charted by week, the
facility's days across a change of summer time, an empty range, a stopped report, and a
role that may not read reports."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from prisondesk.db.models import Facility, Prisoner
from prisondesk.domain.clock import from_local, local_today, zone
from prisondesk.domain.ids import new_id
from prisondesk.domain.text import Label
from prisondesk.services.core import audit, facility
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake import admissions, movements
from prisondesk.services.intake.admissions import ContactEntry, Placement
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.reports import run
from prisondesk.services.reports.population import NAME
from prisondesk.services.reports.report import Cancelled, Job
from tests.intake.fixtures import LEGAL, identity

BISHKEK = zone("Asia/Bishkek")
DAYS = 10
ZEROS = (0,) * 8
TITLES = (
    "Wing",
    "Regime",
    "Held at the start",
    "Admitted",
    "Released",
    "Transferred in",
    "Transferred out",
    "From other wings",
    "To other wings",
    "Held at the end",
)


@pytest.fixture
def chief(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def wings(db, admin) -> tuple[str, str]:
    a, b = facility.current_facility(db).wings
    return a.id, b.id


class Desk:
    """Admissions and movements on the facility's clock, as the registry records them."""

    def __init__(self, db, registrar, tz=BISHKEK) -> None:
        self.db, self.registrar, self.tz = db, registrar, tz
        self.documents = itertools.count(8_100_001)

    def at(self, day: date, clock: str = "12:00") -> datetime:
        return from_local(datetime.combine(day, time.fromisoformat(clock)), self.tz)

    def draft(self, surname: str, regime: str = "general", wing: str | None = None) -> str:
        changes = dict(surname=surname, pin="", document_number=f"ID{next(self.documents)}")
        view = admissions.start_admission(self.db, self.registrar, identity(**changes))
        if wing is not None:
            admissions.save_placement(self.db, self.registrar, view.id, Placement(regime, wing))
        return view.id

    def admit(self, surname: str, wing: str, regime: str, day: date, clock="10:00") -> str:
        """Every part of the admission, completed at that moment in the past."""
        prisoner = self.draft(surname, regime, wing)
        admissions.save_legal(self.db, self.registrar, prisoner, LEGAL)
        admissions.record_injuries(self.db, self.registrar, prisoner, [])
        contact = ContactEntry("Асанова Гүлнара", "мать", "+996 555 123456")
        admissions.save_contacts(self.db, self.registrar, prisoner, [contact])
        admissions.record_rights_explained(self.db, self.registrar, prisoner, "ky")
        admissions.complete_admission(self.db, self.registrar, prisoner, self.at(day, clock))
        return prisoner

    def move(self, prisoner: str, kind: str, day: date, clock="12:00", **details) -> None:
        request = MoveRequest(kind, self.at(day, clock), **details)
        movements.record_movement(self.db, self.registrar, prisoner, request)

    def as_if(self, prisoner: str, **values) -> None:
        """A file as another path left it (the server's hand-over, a register import): a
        test's shortcut, audited as any write."""
        with self.db.write(self.registrar.user_id) as session:
            row = session.get(Prisoner, prisoner)
            for name, value in values.items():
                setattr(row, name, value)
            audit.record(session, self.db, self.registrar, "update", "prisoner", prisoner)


@dataclass
class Range:
    first: date
    last: date


@pytest.fixture
def sixteen(db, registrar, wings) -> Range:
    """Ten days ``first``..``last``, forty days ago; most files admitted ten days before."""
    a, b = wings
    desk = Desk(db, registrar)
    first = local_today(BISHKEK) - timedelta(days=40)
    last, before = first + timedelta(days=DAYS - 1), first - timedelta(days=10)
    day = {n: first + timedelta(days=n) for n in range(-10, DAYS + 3)}
    desk.admit("Стаев", a, "general", before)  # held throughout
    released = desk.admit("Освобождаев", a, "strict", before)
    desk.move(released, "release", day[3])
    desk.admit("Новиков", b, "general", day[2], "09:00")
    desk.admit("Полночев", a, "general", first, "00:30")  # 18:30 UTC the day before
    moved = desk.admit("Переводов", a, "general", before)
    desk.move(moved, "cell_change", day[5], wing_id=b, cell="7")
    sent = desk.admit("Этапов", b, "remand", before)
    desk.move(sent, "transfer_out", day[4], to_facility_id=None, destination="СИЗО-1")
    late = desk.admit("Поздняков", a, "general", before)
    desk.move(late, "release", last, "23:30")  # not held at the end of the last day
    night = desk.admit("Ночной", a, "general", before)
    desk.move(night, "release", day[DAYS], "00:30")  # the last day in UTC, the next here
    brief = desk.admit("Кратков", b, "strict", day[1])
    desk.move(brief, "release", day[6], "10:00")
    court = desk.admit("Судов", b, "general", before)
    desk.move(court, "court_out", day[2], "08:00", destination="Суд")
    desk.move(court, "court_return", day[2], "18:00")
    desk.move(court, "court_out", last, "09:00", destination="Суд")  # at court at the end
    desk.admit("Послев", a, "general", day[DAYS + 1])  # after the range: undone
    moved_later = desk.admit("Позжепереводов", a, "strict", before)
    desk.move(moved_later, "cell_change", day[DAYS + 2], wing_id=b)  # after the range
    arrived = desk.draft("Прибывший")
    desk.as_if(arrived, status="in_transit", transfer_from=new_id(), regime="general")
    desk.move(arrived, "transfer_in", day[3], "14:00", wing_id=a, cell="3")
    old = desk.draft("Старорегистров")  # imported from a paper register, with no date
    desk.as_if(old, status="in_custody", wing_id=b, regime="general")
    desk.draft("Черновиков", "general", a)  # a draft is no one held
    same = desk.admit("Соседов", a, "general", before)
    desk.move(same, "cell_change", day[4], wing_id=a, cell="14")  # within the wing
    return Range(first, last)


def test_held_admitted_released_and_moved_by_wing_and_regime(db, chief, sixteen):
    seen: list[tuple[int, int]] = []
    report = run.run_report(db, chief, NAME, sixteen.first, sixteen.last, Job(_seen(seen)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert (report.name, report.title) == ("population", "Population by wing and regime")
    assert report.facilities == ("Исправительная колония №1",)
    assert tuple(c.title for c in report.columns) == TITLES
    assert report.rows == (
        ("Блок А", "General", 5, 1, 1, 1, 0, 0, 1, 5),
        ("Блок А", "Strict", 2, 0, 1, 0, 0, 0, 0, 1),
        ("Блок Б", "General", 2, 1, 0, 0, 0, 1, 0, 4),
        ("Блок Б", "Strict", 0, 1, 1, 0, 0, 0, 0, 0),
        ("Блок Б", "Remand (SIZO)", 1, 0, 0, 0, 1, 0, 0, 0),
    )
    regime = report.rows[0][1]
    assert isinstance(regime, Label) and regime.context == "intake"
    assert report.totals == ("Total", "", 10, 3, 3, 1, 1, 1, 1, 10)
    over_time, by_wing = report.charts
    assert (over_time.title, over_time.kind) == ("Population over time", "line")
    days = tuple(sixteen.first + timedelta(days=n) for n in range(DAYS))
    assert over_time.categories == days
    assert over_time.series[0].values == (11, 12, 13, 13, 12, 12, 11, 11, 11, 10)
    assert (by_wing.title, by_wing.kind) == ("Population on the last day by wing", "bar")
    assert by_wing.categories == ("Блок А", "Блок Б")
    assert by_wing.series[0].values == (6, 4)


def test_a_range_over_ninety_days_is_charted_by_week(db, chief, sixteen):
    first = sixteen.first - timedelta(days=93)  # the files came on day 83; day 93 is the 10
    report = run.run_report(db, chief, NAME, first, sixteen.last)
    over_time = report.charts[0]
    ends = (*range(6, 103, 7), 102)  # each week's last day, and the range's
    assert over_time.categories == tuple(first + timedelta(days=n) for n in ends)
    assert over_time.series[0].values == (1,) * 11 + (10, 10, 12, 10)
    assert report.totals == ("Total", "", 1, 12, 3, 1, 1, 1, 1, 10)


def test_the_days_are_the_facilitys_across_a_change_of_summer_time(db, admin, registrar, chief):
    berlin = zone("Europe/Berlin")
    with db.write(admin.user_id) as session:
        session.get(Facility, admin.facility_id).time_zone = "Europe/Berlin"
        audit.record(session, db, admin, "update", "facility", admin.facility_id, note="test")
    change = _last_autumn_change(local_today(berlin) - timedelta(days=3))
    desk, wing = Desk(db, registrar, berlin), facility.current_facility(db).wings[0].id
    desk.admit("Раннев", wing, "general", change, "00:30")  # still summer time
    desk.admit("Позднев", wing, "general", change, "23:30")  # winter: 22:30 UTC
    report = run.run_report(db, chief, NAME, change - timedelta(days=1), change + timedelta(1))
    assert report.charts[0].series[0].values == (0, 2, 2)
    assert report.rows == (("Блок А", "General", 0, 2, 0, 0, 0, 0, 0, 2),)


def test_an_empty_range(db, chief, wings):
    first = local_today(BISHKEK) - timedelta(days=5)
    report = run.run_report(db, chief, NAME, first, first + timedelta(days=2))
    assert report.rows == ()
    assert report.totals == ("Total", "", *ZEROS)
    over_time, by_wing = report.charts
    assert over_time.series[0].values == (0, 0, 0)
    assert (by_wing.categories, by_wing.series[0].values) == (("Блок А", "Блок Б"), (0, 0))


def test_a_stopped_report_ends_at_its_next_step(db, chief, sixteen):
    job = Job()
    job.progress = lambda done, of: job.stop() if done == 1 else None
    with pytest.raises(Cancelled):
        run.run_report(db, chief, NAME, sixteen.first, sixteen.last, job)
    stopped = Job()
    stopped.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, chief, NAME, sixteen.first, sixteen.last, stopped)


def test_refused_to_a_role_that_may_not_read_reports(db, registrar, wings):
    first = local_today(BISHKEK) - timedelta(days=5)
    with pytest.raises(PermissionDenied):
        run.run_report(db, registrar, NAME, first, first)


def _seen(into: list[tuple[int, int]]):
    return lambda done, of: into.append((done, of))


def _last_autumn_change(before: date) -> date:
    """The last Sunday of October (Europe leaves summer time) on or before ``before``."""
    for year in (before.year, before.year - 1):
        day = date(year, 10, 31)
        day -= timedelta(days=(day.weekday() + 1) % 7)
        if day <= before:
            return day
    raise AssertionError("unreachable")
