"""Demo parcels, made as the gate makes them, through the parcel services: a month of
parcels, most inspected and handed over. One hides a phone in a jar of honey (confiscated,
with an incident note), one holds pills that go to the medical service, one is heavier than
the prisoner's quota and accepted on the supervisor's word, one is refused by the prisoner
and another taken back by its sender (both returned). Today's queues are not empty: some
parcels wait for inspection, some for handover. Families hand theirs in at the gate as
registered visitors; the rest come by post or courier."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, LocalState, Parcel, Prisoner, PrisonerVisitor
from prisondesk.domain.clock import local, zone
from prisondesk.domain.parcels import MAX_WEIGHT_GRAMS, ItemResult
from prisondesk.domain.roles import Role
from prisondesk.domain.wire import utc_now
from prisondesk.services.core.actor import Actor
from prisondesk.services.demo.core import actor_with_role
from prisondesk.services.demo.people import KYRGYZ_WOMEN, feminine
from prisondesk.services.parcels import custody, receipt, settings, views
from prisondesk.services.parcels.custody import Confiscation, Inspection
from prisondesk.services.parcels.receipt import ItemEntry, OverQuota, ParcelEntry, QuotaOverride

DONE_KEY = "demo_parcels_done"  # a run stopped part-way is run again whole, on top of it

# what families send: (category, description, unit, smallest and largest quantity); the
# categories are the facility's example list (bench/parcels.py fills its parcels from it too)
CONTENTS = [
    ("Food", "Печенье", "pack", 1, 4),
    ("Food", "Чай чёрный", "pack", 1, 3),
    ("Food", "Сахар", "kg", 1, 2),
    ("Food", "Колбаса копчёная", "g", 300, 1000),
    ("Food", "Конфеты", "g", 200, 1000),
    ("Food", "Сухофрукты", "g", 300, 1000),
    ("Clothing and footwear", "Носки тёплые", "pcs", 2, 6),
    ("Clothing and footwear", "Футболка", "pcs", 1, 3),
    ("Clothing and footwear", "Тапочки", "pcs", 1, 1),
    ("Hygiene", "Мыло", "pcs", 1, 4),
    ("Hygiene", "Зубная паста", "pcs", 1, 2),
    ("Hygiene", "Шампунь", "ml", 250, 500),
    ("Books and stationery", "Тетрадь", "pcs", 1, 5),
    ("Books and stationery", "Книга", "pcs", 1, 2),
    ("Tobacco", "Сигареты", "pack", 1, 10),
    ("Medicines", "Витамины", "pack", 1, 2),
    ("Other", "Конверты", "pcs", 5, 20),
]
HONEY = ItemEntry("Food", "Мёд, банка 1 л", 1, "pcs")
PILLS = ItemEntry("Medicines", "Таблетки обезболивающие, без рецепта", 2, "pack")
PHONE_NOTE = (
    "В банке с мёдом обнаружен телефон Nokia с SIM-картой. Составлен акт изъятия, телефон "
    "передан в оперативный отдел."
)
# the stories every demo tells, the queues' first (a small demo soon meets the quotas),
# then a mix of ordinary ones
FIRST = (
    "awaiting_inspection",
    "awaiting_handover",
    "phone",
    "medicine",
    "over_quota",
    "refused",
    "taken_back",
    "awaiting_inspection",
    "awaiting_handover",
    "awaiting_inspection",
    "awaiting_handover",
)
MIX = {"handed_over": 85, "taken_back": 3, "awaiting_inspection": 6, "awaiting_handover": 6}
MOST = 60


@dataclass
class _Gate:
    """The gate at work: its officer and supervisor, the prisoners and their families."""

    db: Database
    rng: random.Random
    officer: Actor
    chief: Actor
    prisoners: list[tuple[str, str]]  # (id, surname)
    families: dict[str, list[str]]  # prisoner id -> approved visitors' ids
    now: datetime
    midnight: datetime  # today's, at the facility
    seal: int
    taken: dict[str, str] = field(default_factory=dict)  # "phone", "medicine" -> prohibited


def fill_parcels(db: Database, rng: random.Random) -> int | None:
    """Returns the number of parcels received, or None when the demo has its parcels
    already. Each parcel goes through the services, many transactions: a run stopped
    part-way is made again whole on top of what it left (every parcel of it is complete as
    far as it went, and the demo meets the quotas like anyone else)."""
    gate = _gate(db, rng)
    if gate is None:
        return None
    if not gate.prisoners:
        return 0
    wanted = max(len(FIRST), min(MOST, len(gate.prisoners) // 5))
    stories = [*FIRST, *rng.choices(list(MIX), list(MIX.values()), k=wanted - len(FIRST))]
    made = sum(_tell(gate, story) for story in stories)
    with db.write(gate.chief.user_id) as session:
        session.add(LocalState(key=DONE_KEY, value=utc_now().isoformat()))
    return made


def _gate(db: Database, rng: random.Random) -> _Gate | None:
    with db.read() as session:
        if session.get(LocalState, DONE_KEY) is not None:
            return None
        prisoners = session.execute(
            select(Prisoner.id, Prisoner.surname)
            .where(Prisoner.status == "in_custody", ~Prisoner.deleted)
            .order_by(Prisoner.number)
        ).all()
        families: dict[str, list[str]] = {}
        for prisoner_id, visitor_id in session.execute(
            select(PrisonerVisitor.prisoner_id, PrisonerVisitor.visitor_id).where(
                PrisonerVisitor.approved, ~PrisonerVisitor.deleted
            )
        ):
            families.setdefault(prisoner_id, []).append(visitor_id)
        received = session.scalar(select(func.count()).select_from(Parcel)) or 0
        facility = session.scalar(select(Facility).limit(1))
    officer = actor_with_role(db, Role.GATE_OFFICER)
    now = utc_now()
    today = local(now, zone(facility.time_zone if facility else None))
    gate = _Gate(
        db,
        rng,
        officer,
        actor_with_role(db, Role.SUPERVISOR),
        [tuple(p) for p in prisoners],
        families,
        now,
        now - (today - today.replace(hour=0, minute=0, second=0, microsecond=0)),
        seal=451_000 + received,
    )
    prohibited = settings.parcel_settings(db, officer).prohibited
    phones = [p.name for p in prohibited if p.incident and "phone" in p.name.lower()]
    medical = [p.name for p in prohibited if p.medical]
    gate.taken = {
        story: names[0] for story, names in (("phone", phones), ("medicine", medical)) if names
    }
    return gate


def _tell(gate: _Gate, story: str) -> bool:
    """One parcel's way, as far as its story goes; False when no prisoner could take it."""
    rng, db, officer = gate.rng, gate.db, gate.officer
    today = story.startswith("awaiting")
    received = _received_at(gate, today)
    extra = {"phone": (HONEY,), "medicine": (PILLS,)}.get(story, ())
    parcel_id = _receive(gate, received, extra, story)
    if parcel_id is None:
        return False
    if story == "taken_back":  # before inspection
        reason = "Отправитель забрал посылку: ошибся получателем"
        back = min(gate.now, received + timedelta(minutes=rng.randint(10, 40)))
        custody.return_to_sender(db, officer, parcel_id, reason, at=back)
        return True
    if story == "awaiting_inspection":
        return True
    inspected = min(gate.now, received + timedelta(minutes=rng.randint(20, 150)))
    _inspect(gate, parcel_id, inspected, story)
    if story == "awaiting_handover":
        return True
    later = min(gate.now, inspected + timedelta(minutes=rng.randint(60, 26 * 60)))
    if story == "refused":
        custody.record_refusal(db, officer, parcel_id, "Отказался: не знает отправителя", later)
        back = min(gate.now, later + timedelta(days=1))
        custody.return_to_sender(db, officer, parcel_id, "Отказ получателя", at=back)
        return True
    custody.hand_over(db, officer, parcel_id, at=later)
    return True


def _received_at(gate: _Gate, today: bool) -> datetime:
    """Today for the queues (before this moment), else in the last month in gate hours."""
    if today:
        since = max(1, int((gate.now - gate.midnight).total_seconds() // 60))
        return gate.now - timedelta(minutes=gate.rng.randint(0, min(since - 1, 300)))
    day = gate.midnight - timedelta(days=gate.rng.randint(2, 30))
    return day + timedelta(hours=9, minutes=gate.rng.randint(0, 7 * 60))


def _receive(gate: _Gate, at: datetime, extra: tuple[ItemEntry, ...], story: str) -> str | None:
    """A parcel for a prisoner with quota left (over it, with the supervisor's approval);
    a few prisoners are tried before the parcel is given up. The phone comes from a family
    member at the gate, where there is one."""
    rng = gate.rng
    visited = [p for p in gate.prisoners if p[0] in gate.families]
    choices = visited if visited and story == "phone" else gate.prisoners
    for _ in range(5):
        prisoner_id, surname = rng.choice(choices)
        items = [
            ItemEntry(category, description, rng.randint(low, high), unit)
            for category, description, unit, low, high in rng.sample(CONTENTS, rng.randint(2, 8))
        ]
        weight = rng.randint(1_500, 9_000)
        override = None
        if story == "over_quota":
            left = receipt.quota_left(gate.db, gate.officer, prisoner_id)
            weight = min(MAX_WEIGHT_GRAMS, left.weight_left + rng.randint(1_500, 4_000))
            reason = "Передача к юбилею осуждённого: разрешено начальником смены"
            override = QuotaOverride(gate.chief, reason)
        gate.seal += 1
        entry = ParcelEntry(
            prisoner_id,
            weight_grams=weight,
            seal=f"{gate.seal:07d}",
            items=(*items, *extra),
            **_sender(gate, prisoner_id, surname, at_gate=story == "phone" or rng.random() < 0.6),
        )
        try:
            return receipt.receive_parcel(gate.db, gate.officer, entry, override, at=at)
        except OverQuota:
            continue
    return None


def _sender(gate: _Gate, prisoner_id: str, surname: str, at_gate: bool) -> dict[str, str]:
    """A family member at the gate, or a relative's parcel by post or courier."""
    family = gate.families.get(prisoner_id)
    if family and at_gate:
        return {"channel": "gate", "sender_visitor_id": gate.rng.choice(family)}
    return {
        "channel": gate.rng.choice(["post", "post", "courier"]),
        "sender_name": f"{feminine(surname)} {gate.rng.choice(KYRGYZ_WOMEN)}",
    }


def _inspect(gate: _Gate, parcel_id: str, at: datetime, story: str) -> None:
    """X-ray (and a search by hand where something showed): everything passes but the item
    the story hides, which is confiscated with its note or goes to the medical service."""
    detail = views.parcel_detail(gate.db, gate.officer, parcel_id)
    results = {item.id: ItemResult.PASSED.value for item in detail.items}
    confiscations = {}
    what = gate.taken.get(story)
    hidden = {"phone": HONEY.description, "medicine": PILLS.description}.get(story)
    for item in detail.items:
        if what and item.description == hidden:
            medical = story == "medicine"
            results[item.id] = (ItemResult.MEDICAL if medical else ItemResult.CONFISCATED).value
            confiscations[item.id] = Confiscation(what, "" if medical else PHONE_NOTE)
    method = "xray_manual" if confiscations else gate.rng.choice(["xray", "xray", "manual"])
    custody.inspect_parcel(
        gate.db, gate.officer, parcel_id, Inspection(method, results, confiscations), at=at
    )
