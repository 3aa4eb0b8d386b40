"""Demo visits: rooms and weekly slots, families approved for a third of the prisoners,
bookings for today and the coming days, and today's gate as it would look at this hour
(checked in, out, a no-show)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, LocalState, Prisoner, VisitRoom
from prisondesk.domain.clock import from_local, local, zone
from prisondesk.domain.roles import Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visits import VisitKind
from prisondesk.domain.wire import utc_now
from prisondesk.services.core.errors import Conflict
from prisondesk.services.core.facility import facility_today
from prisondesk.services.demo.core import actor_with_role
from prisondesk.services.demo.people import KYRGYZ_WOMEN as WOMEN
from prisondesk.services.visits import bookings, gate, schedule, visitors
from prisondesk.services.visits.bookings import BookingRefused
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.services.visits.visitors import DuplicateVisitor, VisitorEntry

RELATIVES = [
    ("мать", "female", 45),
    ("жена", "female", 30),
    ("сестра", "female", 25),
    ("брат", "male", 28),
    ("сын", "male", 10),
    ("дочь", "female", 8),
]
MEN = ["Бакыт", "Азамат", "Нурлан", "Эрмек", "Улан", "Тилек", "Нурсултан"]
SLOTS = [  # room, kind, start, end, capacity
    ("Комната краткосрочных свиданий", VisitKind.SHORT, "10:00", "12:00", 6),
    ("Комната краткосрочных свиданий", VisitKind.SHORT, "14:00", "16:00", 6),
    ("Комната длительных свиданий 1", VisitKind.LONG, "09:00", "18:00", 1),
    ("Кабинет для встреч с адвокатом", VisitKind.LAWYER, "11:00", "13:00", 2),
]


DONE_KEY = "demo_visits_done"  # written last: rooms without it are a run stopped part-way


class DemoInterrupted(Conflict):
    pass


def fill_visits(db: Database, rng: random.Random) -> int | None:
    """Returns the number of bookings made, or None when the demo has its visits already.
    Visits are made through the services, many transactions: a run stopped part-way is
    refused the next time with what to do, rather than reported as complete."""
    with db.read() as session:
        if session.scalar(select(VisitRoom.id).limit(1)) is not None:
            if session.get(LocalState, DONE_KEY) is not None:
                return None
            raise DemoInterrupted(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The demo was stopped part-way through its visits last time, so this "
                    "database holds an incomplete demo. Fill the demo into a new data folder "
                    "(--home), or remove this database first.",
                )
            )
        prisoners = list(session.scalars(select(Prisoner).where(Prisoner.status == "in_custody")))
        facility = session.scalar(select(Facility).limit(1))
        today = facility_today(session, facility.id)
    chief, clerk = actor_with_role(db, Role.SUPERVISOR), actor_with_role(db, Role.REGISTRY_OFFICER)
    officer = actor_with_role(db, Role.GATE_OFFICER)
    rooms: dict[str, str] = {}
    slots = []
    for room_name, kind, starts, ends, capacity in SLOTS:
        if room_name not in rooms:
            rooms[room_name] = schedule.add_room(db, chief, room_name)
        for weekday in range(7):  # every day: the demo always has visits today
            spec = SlotSpec(
                rooms[room_name], kind, weekday, starts, ends, capacity, today - timedelta(days=30)
            )
            slots.append((schedule.add_slot(db, chief, spec), spec))
    families = _families(db, clerk, chief, prisoners[: max(1, len(prisoners) // 3)], rng, today)
    made = []
    for offset in range(7):
        day = today + timedelta(days=offset)
        for slot_id, spec in slots:
            if spec.weekday != day.weekday() or spec.kind == VisitKind.LAWYER:
                continue
            for prisoner_id, people in rng.sample(families, k=min(len(families), spec.capacity)):
                party = rng.sample(people, k=min(len(people), rng.randint(1, 2)))
                try:
                    result = bookings.book_visit(
                        db,
                        clerk,
                        prisoner_id=prisoner_id,
                        slot_id=slot_id,
                        day=day,
                        visitor_ids=party,
                        lead_id=party[0],
                    )
                except BookingRefused:
                    continue  # the demo meets the rules like anyone else
                made.append((day, spec, result))
    _todays_gate(db, officer, made, today, facility.time_zone, rng)
    with db.write(chief.user_id) as session:
        session.add(LocalState(key=DONE_KEY, value=utc_now().isoformat()))
    return len(made)


def _families(db, clerk, chief, prisoners, rng, today) -> list[tuple[str, list[str]]]:
    families = []
    for number, prisoner in enumerate(prisoners):
        people = []
        for relation, sex, age in rng.sample(RELATIVES, k=rng.randint(1, 3)):
            surname = prisoner.surname + (
                "а" if sex == "female" and prisoner.surname.endswith(("ов", "ев")) else ""
            )
            entry = VisitorEntry(
                surname,
                rng.choice(WOMEN if sex == "female" else MEN),
                "",
                today - timedelta(days=365 * age + rng.randint(0, 300)),
                "паспорт" if age >= 16 else "свидетельство о рождении",
                f"ID{number:03d}{len(people)}{rng.randint(100, 999)}",
                "Кыргызстан",
                f"+996 555 {rng.randint(100000, 999999)}",
            )
            try:
                visitor = visitors.register_visitor(db, clerk, entry)
            except DuplicateVisitor:
                continue
            link = visitors.link_visitor(db, clerk, prisoner.id, visitor.id, relation)
            visitors.approve_visitor(db, chief, link)
            people.append(visitor.id)
        if people:
            families.append((prisoner.id, people))
    return families


def _todays_gate(db, officer, made, today, time_zone, rng) -> None:
    """Today's visits whose time has come: most checked in at the slot's start, those whose
    time is over checked out; now and then a family that did not come."""
    tz = zone(time_zone)
    now = local(utc_now(), tz)
    for day, spec, result in made:
        if day != today:
            continue
        starts = from_local(
            datetime.combine(today, datetime.strptime(spec.starts, "%H:%M").time()), tz
        )
        ends = from_local(datetime.combine(today, datetime.strptime(spec.ends, "%H:%M").time()), tz)
        if local(starts, tz) > now:
            continue
        if rng.random() < 0.1:
            gate.check_out(db, officer, result.booking_id, "did_not_arrive", at=starts)
            continue
        # a family comes up to 20 minutes late, but never after this moment
        arrived = min(starts + timedelta(minutes=rng.randint(0, 20)), now)
        gate.check_in(
            db,
            officer,
            result.booking_id,
            list(result.visitors),
            str(rng.randint(1, 40)),
            "телефон",
            at=arrived,
        )
        if local(ends, tz) <= now:
            gate.check_out(db, officer, result.booking_id, at=ends)
