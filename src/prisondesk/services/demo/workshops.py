"""Demo workshops, run as the staff run them, through the workshop services. The supervisor
sets up a leather and a felt workshop of the state enterprise, each with its weekly sessions,
the demo's instructor and a one-month training programme, and their pay rates (per session
and per piece; the felt workers' rate went up last month). The social worker puts prisoners on
the waiting lists and the instructor places them: some at work, some in training (those who
finished it in the month before last went on to work, one began last month), and a few still
wait, pending or approved; one was declined. The instructor's registers cover the last two
months: mostly present, now and then sick, a rest day, elsewhere or refusing (with its note),
and one refusal corrected to sick when the medical certificate came. The supervisor ran and
approved the pay of the month before last, so deposit accounts hold wages, and ran last
month's, which waits for approval.

A run stopped part-way is taken up where it stopped: what it made is found and kept (the
workshops by name, the rates by band, the places as they are), sessions already marked are
not marked again and a period already run is not run again."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Allocation,
    AttendanceMark,
    Facility,
    LocalState,
    PayPeriod,
    Prisoner,
    WaitingEntry,
    Wing,
    Workshop,
)
from prisondesk.domain.roles import Role
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import Basis, EndReason, Outcome, Part
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.facility import facility_today
from prisondesk.services.demo.core import DEMO_WINGS, actor_with_role
from prisondesk.services.workshops import (
    allocations,
    attendance,
    pay,
    pay_views,
    periods,
    programmes,
    rates,
    waiting,
    workshops,
)
from prisondesk.services.workshops.attendance import MarkView
from prisondesk.services.workshops.periods import PayRefused
from prisondesk.services.workshops.programmes import ProgrammeEntry
from prisondesk.services.workshops.rates import RateEntry
from prisondesk.services.workshops.schedule import WeeklySession
from prisondesk.services.workshops.workshop_form import WorkshopEntry

DONE_KEY = "demo_workshops_done"  # written last: workshops without it are a run stopped part-way
ENTERPRISE = 'ГП "Кыргызпромсервис"'
WORK, TRAINEE = "A", "B"  # pay bands: at work, in training
QUARANTINE = DEMO_WINGS[-1]  # no one works from quarantine


@dataclass(frozen=True)
class _Shop:
    name: str
    capacity: int
    sessions: tuple[WeeklySession, ...]
    programme: ProgrammeEntry
    pieces: tuple[int, int]  # what a worker makes in a session: fewest, most
    rates: tuple[tuple[str, str, int], ...]  # (band, basis, tyiyn) from the month before last
    raised_to: int  # the work rate from the first of last month (0: unchanged)
    waiting_notes: tuple[str, ...]  # why the social worker put each on the list


SHOPS = (
    _Shop(
        "Кожевенный цех",
        10,
        tuple(WeeklySession(day, Part.FULL.value) for day in (1, 3)),  # Tuesdays, Thursdays
        ProgrammeEntry(
            "Основы кожевенного ремесла",
            30,
            "Раскрой, прошивка и отделка кожи: ремни, кошельки, обложки для документов.",
        ),
        (2, 6),
        ((WORK, Basis.PIECE, 4_000), (TRAINEE, Basis.SESSION, 12_000)),
        0,
        ("До осуждения работал сапожником", "Просится на работу, чтобы помогать семье"),
    ),
    _Shop(
        "Войлочный цех",
        10,
        tuple(WeeklySession(day, Part.MORNING.value) for day in (0, 2, 4)),  # Mon, Wed, Fri
        ProgrammeEntry(
            "Валяние войлока и шырдак",
            30,
            "Подготовка шерсти, валяние, узоры шырдака; тапочки и сувениры из войлока.",
        ),
        (1, 3),
        ((WORK, Basis.SESSION, 18_000), (TRAINEE, Basis.SESSION, 8_000)),
        20_000,
        ("Рекомендован социальным работником", "Владеет навыками валяния, научился дома"),
    ),
)
# each workshop's places in the order they are given, the first the most telling (a small
# demo has few prisoners to place): "work" from the month before last, "trained" there first
# (a month's programme completed, then at work), "training" begun last month
STORIES = ("work", "trained", "training", "work", "trained", "work")
LEFT_WAITING = ("pending", "approved")  # who waits on each list; the leather list declined one
DECLINED = "Медицинские противопоказания: аллергия на клей и красители"
COMPLETED = "Программа пройдена, зачёт сдан"
# absences in the registers, a share of the sessions each (at least one) and their notes
ABSENCES = {
    Outcome.SICK: (0.03, ("Освобождён от работы медчастью", "")),
    Outcome.REST_DAY: (0.025, ("Выходной по графику", "")),
    Outcome.CLASH: (0.015, ("Краткосрочное свидание", "Приём в медчасти", "Вызван в суд")),
    Outcome.REFUSED: (
        0.012,
        (
            "Отказался выходить на работу, объяснений не дал",
            "Отказался работать: конфликт с бригадиром, сообщено начальнику отряда",
        ),
    ),
    Outcome.OTHER: (0.008, ("Вызван на беседу к начальнику отряда",)),
}
CORRECTED = "Справка медчасти представлена на следующий день: освобождён от работы"
MINUTES = {Part.FULL.value: (400, 450), Part.MORNING.value: (200, 230)}


@dataclass
class _Desk:
    """The workshops' staff at work, and the months of the demo."""

    db: Database
    rng: random.Random
    chief: Actor  # the supervisor: sets up, sets the rates, runs and approves pay
    instructor: Actor
    social: Actor
    today: date
    this_month: date  # first days of this month, last month and the month before last
    last_month: date
    before_last: date


@dataclass(frozen=True)
class _Place:
    allocation_id: str
    shop: _Shop
    band: str
    starts_on: date
    ends_on: date | None


def fill_workshops(db: Database, rng: random.Random) -> int | None:
    """Returns the number of workshop places given, or None when the demo has its workshops
    already. Everything goes through the services, many transactions: a run stopped part-way
    is taken up where it stopped the next time."""
    desk = _desk(db, rng)
    if desk is None:
        return None
    ids = {shop.name: _set_up(desk, shop) for shop in SHOPS}
    with db.read() as session:
        listed = session.scalar(
            select(WaitingEntry.id).where(WaitingEntry.workshop_id.in_(ids.values())).limit(1)
        )
    if listed is None:  # a run stopped part-way keeps the places it gave
        _place(desk, ids)
    places = _places(desk, ids)
    _registers(desk, places)
    _pay(desk)
    with db.write(desk.chief.user_id) as session:
        session.add(LocalState(key=DONE_KEY, value=utc_now().isoformat()))
    return len(places)


def _desk(db: Database, rng: random.Random) -> _Desk | None:
    with db.read() as session:
        if session.get(LocalState, DONE_KEY) is not None:
            return None
        facility = session.scalar(select(Facility).limit(1))
        today = facility_today(session, facility.id if facility else None)
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    before_last = (last_month - timedelta(days=1)).replace(day=1)
    return _Desk(
        db,
        rng,
        actor_with_role(db, Role.SUPERVISOR),
        actor_with_role(db, Role.INSTRUCTOR),
        actor_with_role(db, Role.SOCIAL_WORKER),
        today,
        this_month,
        last_month,
        before_last,
    )


def _set_up(desk: _Desk, shop: _Shop) -> str:
    """The workshop with its sessions, instructor, programme and rates (those it lacks)."""
    db, chief = desk.db, desk.chief
    with db.read() as session:
        workshop_id = session.scalar(
            select(Workshop.id).where(
                Workshop.facility_id == chief.facility_id,
                Workshop.name == shop.name,
                ~Workshop.deleted,
            )
        )
    if workshop_id is None:
        entry = WorkshopEntry(
            shop.name,
            shop.capacity,
            ENTERPRISE,
            instructor_ids=(desk.instructor.user_id,),
            sessions=shop.sessions,
        )
        workshop_id = workshops.create_workshop(db, chief, entry)
    if not workshops.workshop_detail(db, chief, workshop_id).programmes:
        programmes.add_programme(db, chief, workshop_id, shop.programme)
    banded = {rate.band for rate in rates.rates(db, chief, workshop_id)}
    for band, basis, amount in shop.rates:
        if band in banded:
            continue
        start = desk.before_last
        if shop.raised_to and band == WORK:  # the old rate to the end of the month before last
            last = desk.last_month - timedelta(days=1)
            rates.add_rate(db, chief, RateEntry(workshop_id, band, basis, amount, start, last))
            start, amount = desk.last_month, shop.raised_to
        rates.add_rate(db, chief, RateEntry(workshop_id, band, basis, amount, start))
    return workshop_id


def _place(desk: _Desk, ids: dict[str, str]) -> None:
    """Prisoners through the waiting lists: each workshop's stories in turn, then those who
    still wait; as many as there are prisoners who may work."""
    db, social, instructor = desk.db, desk.social, desk.instructor
    wanted = len(SHOPS) * (len(STORIES) + len(LEFT_WAITING)) + 1
    candidates = _candidates(desk)
    chosen = desk.rng.sample(candidates, k=min(wanted, len(candidates)))
    turns = [(shop, story) for story in STORIES for shop in SHOPS]
    turns += [(shop, story) for story in LEFT_WAITING for shop in SHOPS]
    turns.append((SHOPS[0], "declined"))
    programme_ids = {
        name: workshops.workshop_detail(db, instructor, workshop_id).programmes[0].id
        for name, workshop_id in ids.items()
    }
    for prisoner_id, (shop, story) in zip(chosen, turns, strict=False):
        workshop_id = ids[shop.name]
        note = desk.rng.choice(shop.waiting_notes)
        programme_id = programme_ids[shop.name] if story in ("trained", "training") else None
        entry = waiting.add(
            db, social, prisoner_id, workshop_id, programme_id=programme_id, note=note
        )
        if story == "pending":
            continue
        if story == "declined":
            waiting.decide(db, instructor, entry, approve=False, reason=DECLINED)
            continue
        waiting.decide(db, instructor, entry, approve=True)
        if story == "approved":
            continue
        starts = desk.last_month + timedelta(days=14) if story == "training" else desk.before_last
        band = TRAINEE if programme_id else WORK
        place = waiting.allocate(db, instructor, entry, starts_on=starts, pay_band=band)
        if story != "trained":
            continue
        finished = starts + timedelta(days=shop.programme.length_days - 1)
        allocations.end_allocation(db, instructor, place, finished, EndReason.COMPLETED, COMPLETED)
        entry = waiting.add(db, social, prisoner_id, workshop_id, note=COMPLETED)
        waiting.decide(db, instructor, entry, approve=True)
        next_day = finished + timedelta(days=1)
        waiting.allocate(db, instructor, entry, starts_on=next_day, pay_band=WORK)


def _candidates(desk: _Desk) -> list[str]:
    """Convicted prisoners held here since before the month before last, not in quarantine
    and not about to be released, by number."""
    with desk.db.read() as session:
        quarantine = select(Wing.id).where(Wing.name == QUARANTINE)
        rows = session.execute(
            select(Prisoner.id, Prisoner.admitted_at, Prisoner.release_date)
            .where(
                Prisoner.status == "in_custody",
                Prisoner.custody_type == "convicted",
                ~Prisoner.deleted,
                Prisoner.wing_id.not_in(quarantine),
            )
            .order_by(Prisoner.number)
        ).all()
    return [
        prisoner_id
        for prisoner_id, admitted, release in rows
        if admitted is not None
        and admitted.date() < desk.before_last
        and (release is None or release > desk.today + timedelta(days=90))
    ]


def _places(desk: _Desk, ids: dict[str, str]) -> list[_Place]:
    shops = {ids[shop.name]: shop for shop in SHOPS}
    with desk.db.read() as session:
        rows = session.execute(
            select(Allocation)
            .join(Prisoner, Prisoner.id == Allocation.prisoner_id)
            .where(Allocation.workshop_id.in_(shops), ~Allocation.deleted)
            .order_by(Prisoner.number, Allocation.starts_on)
        ).scalars()
        return [
            _Place(a.id, shops[a.workshop_id], a.pay_band, a.starts_on, a.ends_on) for a in rows
        ]


def _registers(desk: _Desk, places: list[_Place]) -> None:
    """Every session of the two months for each place held that day, as the instructor marks
    it: mostly present, the absences spread at random, the first refusal corrected."""
    sessions = _unmarked(desk, places)
    outcomes: dict[int, Outcome] = {}
    free = list(range(len(sessions)))
    desk.rng.shuffle(free)
    for outcome, (share, _notes) in ABSENCES.items():
        for _ in range(max(1, round(share * len(sessions)))):
            if free:
                outcomes[free.pop()] = outcome
    corrected = min((n for n, o in outcomes.items() if o == Outcome.REFUSED), default=None)
    for n, (place, day, part) in enumerate(sessions):
        view = _mark(desk, place, day, part, outcomes.get(n, Outcome.ATTENDED))
        if n == corrected:
            attendance.correct(
                desk.db, desk.instructor, view.id, Outcome.SICK.value, note=CORRECTED
            )


def _unmarked(desk: _Desk, places: list[_Place]) -> list[tuple[_Place, date, str]]:
    """The sessions of the two months to mark, by place and day: those marked already, or
    in a period run already (a run stopped part-way), are left as they are."""
    last_day = desk.this_month - timedelta(days=1)
    with desk.db.read() as session:
        marked = set(
            session.execute(
                select(AttendanceMark.allocation_id, AttendanceMark.day, AttendanceMark.part).where(
                    AttendanceMark.allocation_id.in_([p.allocation_id for p in places])
                )
            ).all()
        )
        run = session.execute(select(PayPeriod.first_day, PayPeriod.last_day)).all()
    sessions = []
    for place in places:
        day = max(place.starts_on, desk.before_last)
        until = min(place.ends_on or last_day, last_day)
        while day <= until:
            closed = any(first <= day <= last for first, last in run)
            for weekly in place.shop.sessions:
                key = (place.allocation_id, day, weekly.part)
                if weekly.weekday == day.weekday() and key not in marked and not closed:
                    sessions.append((place, day, weekly.part))
            day += timedelta(days=1)
    return sessions


def _mark(desk: _Desk, place: _Place, day: date, part: str, outcome: Outcome) -> MarkView:
    rng = desk.rng
    minutes = pieces = 0
    note = ""
    if outcome == Outcome.ATTENDED:
        minutes = rng.randint(*MINUTES[part])
        fewest, most = place.shop.pieces if place.band == WORK else (0, 1)
        pieces = rng.randint(fewest, most)
    else:
        note = rng.choice(ABSENCES[outcome][1])
    return attendance.mark(
        desk.db,
        desk.instructor,
        place.allocation_id,
        day,
        part,
        outcome.value,
        minutes=minutes,
        pieces=pieces,
        note=note,
    )


def _pay(desk: _Desk) -> None:
    """The month before last run and approved by the supervisor; last month run, waiting for
    the approval."""
    db, chief = desk.db, desk.chief
    months = (
        (desk.before_last, desk.last_month - timedelta(days=1), True),
        (desk.last_month, desk.this_month - timedelta(days=1), False),
    )
    for first, last, approve in months:
        found = {p.first_day: p for p in pay_views.periods(db, chief)}.get(first)
        if found is None:
            try:
                period_id = pay.compute_period(db, chief, first, last).id
            except PayRefused:  # the days are in a period run otherwise: leave it be
                continue
            status = periods.COMPUTED
        else:
            period_id, status = found.id, found.status
        if approve and status == periods.COMPUTED:
            pay.approve_period(db, chief, period_id)
