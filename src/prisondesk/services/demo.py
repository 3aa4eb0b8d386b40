"""Realistic demo data: a facility, users of every role and a few hundred prisoners.

Every demo user has the password :data:`DEMO_PASSWORD` (documented in the README); the user
names are the role names (``admin``, ``gate_officer``, ...). Later modules extend this.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, UserAccount, Wing
from prisondesk.domain.roles import Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services import audit, facility, users
from prisondesk.services.actor import Actor
from prisondesk.services.errors import Conflict

DEMO_PASSWORD = "demo-pass-1"
DEMO_FACILITY = ("DEMO-47", "Исправительная колония №47 (демо)")
DEMO_WINGS = ["Блок 1", "Блок 2", "Блок 3", "Карантин"]

KYRGYZ_MEN = [
    "Бакыт",
    "Нурлан",
    "Азамат",
    "Эрлан",
    "Улан",
    "Тилек",
    "Мирлан",
    "Бекзат",
    "Канат",
    "Жыргалбек",
    "Өмүрбек",
    "Нурбек",
    "Айбек",
    "Талант",
    "Үсөн",
]
KYRGYZ_WOMEN = ["Айгүл", "Жылдыз", "Гүлнара", "Нургүл", "Айжан", "Чолпон", "Мээрим", "Асел"]
KYRGYZ_SURNAMES = [
    "Асанов",
    "Токтосунов",
    "Жумабеков",
    "Осмонов",
    "Абдыкадыров",
    "Мамытов",
    "Сыдыков",
    "Бейшеналиев",
    "Турдубаев",
    "Кадыров",
    "Эшматов",
    "Үсөнов",
    "Өмүрзаков",
    "Ниязбеков",
    "Жээнбеков",
]
RUSSIAN_MEN = ["Иван", "Сергей", "Алексей", "Дмитрий", "Николай", "Андрей", "Виктор"]
RUSSIAN_WOMEN = ["Елена", "Ольга", "Наталья", "Татьяна"]
RUSSIAN_SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Волков"]
RUSSIAN_PATRONYMICS = ["Иванович", "Сергеевич", "Петрович", "Николаевич", "Александрович"]


@dataclass(frozen=True)
class DemoReport:
    facility_code: str
    users_created: list[str]
    prisoners_created: int


def _feminine(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname


def _person(rng: random.Random) -> tuple[str, str, str, str]:
    """Surname, given name, patronymic and sex, in the proportions of a Kyrgyz prison."""
    female = rng.random() < 0.07
    if rng.random() < 0.8:
        father = rng.choice(KYRGYZ_MEN)
        if female:
            return (
                _feminine(rng.choice(KYRGYZ_SURNAMES)),
                rng.choice(KYRGYZ_WOMEN),
                f"{father} кызы",
                "female",
            )
        if rng.random() < 0.5:
            return rng.choice(KYRGYZ_SURNAMES), rng.choice(KYRGYZ_MEN), f"{father} уулу", "male"
        return (rng.choice(KYRGYZ_SURNAMES), rng.choice(KYRGYZ_MEN), f"{father}ович", "male")
    if female:
        return (
            _feminine(rng.choice(RUSSIAN_SURNAMES)),
            rng.choice(RUSSIAN_WOMEN),
            rng.choice(RUSSIAN_PATRONYMICS)[:-2] + "на",
            "female",
        )
    return (
        rng.choice(RUSSIAN_SURNAMES),
        rng.choice(RUSSIAN_MEN),
        rng.choice(RUSSIAN_PATRONYMICS),
        "male",
    )


def fill_demo(db: Database, prisoners: int = 300, seed: int = 47) -> DemoReport:
    """Add demo data; safe to run twice (existing users are kept, prisoners topped up)."""
    rng = random.Random(seed)
    info = facility.current_facility(db)
    if info is None:
        facility.set_up_facility(
            db,
            code=DEMO_FACILITY[0],
            name=DEMO_FACILITY[1],
            wings=DEMO_WINGS,
            admin_username="admin",
            admin_full_name="Осмонов Талант (администратор)",
            admin_password=DEMO_PASSWORD,
        )
        info = facility.current_facility(db)
        assert info is not None
    elif info.code != DEMO_FACILITY[0]:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Demo data goes only into an empty database or the demo facility, never into "
                "{code}.",
            ),
            code=info.code,
        )
    with db.read() as session:
        admin_user = session.scalar(
            select(UserAccount).where(UserAccount.role == Role.ADMIN.value).limit(1)
        )
        assert admin_user is not None
        admin = users.actor_of(admin_user)
        existing = set(session.scalars(select(UserAccount.username)))
    created = []
    for role in Role:
        if role.value not in existing:
            surname, given, patronymic, _ = _person(rng)
            new = users.NewUser(
                role.value,
                f"{surname} {given} {patronymic}",
                role,
                DEMO_PASSWORD,
                must_change=False,
                facility_id=info.id,
            )
            users.add_user(db, admin, new)
            created.append(role.value)
    added = _add_prisoners(db, admin, info.id, info.code, prisoners, rng)
    return DemoReport(info.code, created, added)


def _add_prisoners(
    db: Database, admin: Actor, facility_id: str, code: str, wanted: int, rng: random.Random
) -> int:
    with db.write(admin.user_id) as session:
        have = session.scalar(select(func.count()).select_from(Prisoner)) or 0
        wings = list(session.scalars(select(Wing.id).where(Wing.facility_id == facility_id)))
        today = date.today()
        for number in range(have + 1, wanted + 1):
            surname, given, patronymic, sex = _person(rng)
            session.add(
                Prisoner(
                    facility_id=facility_id,
                    number=f"{code}-{number:06d}",
                    surname=surname,
                    given_name=given,
                    patronymic=patronymic,
                    sex=sex,
                    date_of_birth=today - timedelta(days=rng.randint(18 * 365, 70 * 365)),
                    wing_id=rng.choice(wings) if wings else None,
                    status="in_custody",
                    deleted=False,
                )
            )
        added = max(0, wanted - have)
        if added:
            audit.record(
                session, db, admin, "demo_fill", "prisoner", None, after={"prisoners_added": added}
            )
        return added
