"""Visit fixtures (a plugin of the root conftest): a facility ready for visits — a room,
weekly slots, an admitted prisoner, approved family."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.services.visits import bookings, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.services.visits.visitors import VisitorEntry


def facility_today() -> date:
    """Today where the facility is (Asia/Bishkek, UTC+6): the services judge "past" and
    "today" by it, and from 18:00 UTC it is already tomorrow there."""
    return local_today(zone("Asia/Bishkek"))


def next_weekday(weekday: int, after: date | None = None) -> date:
    day = (after or facility_today()) + timedelta(days=1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


@dataclass
class VisitsWorld:
    prisoner_id: str
    room_id: str
    short_slot: str
    long_slot: str
    lawyer_slot: str
    tuesday: date
    mother: str
    sister: str
    child: str
    stranger: str
    lawyer: str


@pytest.fixture
def clerk(staff):
    return staff("visits1", "registry_officer", "Бекова Айгүл")


@pytest.fixture
def chief(staff):
    return staff("chief", "supervisor", "Начальник смены")


def person(db, clerk, surname, given, born, document):
    entry = VisitorEntry(
        surname, given, date_of_birth=born, document_type="passport", document_number=document
    )
    return visitors.register_visitor(db, clerk, entry).id


@pytest.fixture
def world(db, admin, clerk, chief, complete) -> VisitsWorld:
    prisoner = complete()  # regime "general": 2 short and 1 long visits a month (example)
    room = schedule.add_room(db, chief, "Комната свиданий 1")
    start = facility_today()

    def slot(kind, starts, ends, capacity=2):
        return schedule.add_slot(db, chief, SlotSpec(room, kind, 1, starts, ends, capacity, start))

    world = VisitsWorld(
        prisoner_id=prisoner.id,
        room_id=room,
        short_slot=slot(VisitKind.SHORT, "10:00", "12:00"),
        long_slot=slot(VisitKind.LONG, "13:00", "18:00", capacity=1),
        lawyer_slot=slot(VisitKind.LAWYER, "14:00", "15:00"),
        tuesday=next_weekday(1),
        mother=person(db, clerk, "Асанова", "Гүлнара", date(1968, 3, 9), "ID1000001"),
        sister=person(db, clerk, "Асанова", "Айпери", date(1995, 7, 1), "ID1000002"),
        child=person(
            db,
            clerk,
            "Асанов",
            "Нурсултан",
            facility_today() - timedelta(days=365 * 9),
            "KG0000003",
        ),
        stranger=person(db, clerk, "Петров", "Пётр", date(1980, 1, 1), "ID1000004"),
        lawyer=person(db, clerk, "Адвокатов", "Бакыт", date(1975, 5, 5), "ID1000005"),
    )
    for visitor, relation in (
        (world.mother, "мать"),
        (world.sister, "сестра"),
        (world.child, "сын"),
    ):
        link = visitors.link_visitor(db, clerk, prisoner.id, visitor, relation)
        visitors.approve_visitor(db, chief, link)
    return world


@pytest.fixture
def officer(staff):
    return staff("gate1", "gate_officer", "Осмонов Улан")


@pytest.fixture
def today_pass(db, clerk, chief, world):
    slot = schedule.add_slot(
        db,
        chief,
        SlotSpec(
            world.room_id,
            VisitKind.SHORT,
            facility_today().weekday(),
            "00:00",
            "23:59",
            5,
            facility_today(),
        ),
    )
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot,
        day=facility_today(),
        visitor_ids=[world.mother, world.child],
        lead_id=world.mother,
    )
