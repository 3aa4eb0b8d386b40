"""Realistic demo data: a facility, users of every role and a few hundred prisoners.

Every demo user has the password :data:`DEMO_PASSWORD` (documented in the README); the user
names are the role names (``admin``, ``gate_officer``, ...). Later modules extend this.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Contact,
    Injury,
    Movement,
    Prisoner,
    PropertyItem,
    UserAccount,
    Wing,
)
from prisondesk.domain.roles import Role
from prisondesk.domain.sentence import Term, release_date
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services import audit, facility, search, users
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
    bookings_created: int = 0


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
    from prisondesk.services import demo_visits  # visits build on the prisoners above

    return DemoReport(info.code, created, added, demo_visits.fill_visits(db, rng))


COURTS = [
    "Первомайский районный суд г. Бишкек",
    "Октябрьский районный суд г. Бишкек",
    "Ошский городской суд",
    "Жалал-Абадский областной суд",
]
ARTICLES = ["ст. 208 ч. 1 УК КР", "ст. 168 ч. 2 УК КР", "ст. 130 ч. 1 УК КР", "ст. 283 УК КР"]
ITEMS = [
    ("Часы наручные", "царапины"),
    ("Паспорт", ""),
    ("Ремень кожаный", "потёртый"),
    ("Телефон Samsung", "экран треснут"),
    ("Кольцо металлическое", ""),
    ("Куртка", ""),
]
RELATIONS = ["мать", "отец", "жена", "брат", "сестра"]


def _admission(rng: random.Random, today: date) -> dict:
    """The legal basis and admission checks of a demo prisoner, admitted in the last 3 years."""
    start = today - timedelta(days=rng.randint(30, 1100))
    convicted = rng.random() < 0.85
    term = Term(rng.randint(1, 12), rng.randint(0, 11)) if convicted else Term()
    return {
        "authority": rng.choice(COURTS),
        "decision_number": f"1-{rng.randint(100, 999)}/{start:%y}",
        "decision_date": start - timedelta(days=rng.randint(1, 20)),
        "articles": rng.choice(ARTICLES),
        "custody_type": "convicted" if convicted else "remand",
        "sentence_start": start if convicted else None,
        "term_years": term.years,
        "term_months": term.months,
        "release_date": release_date(start, term) if convicted else None,
        "regime": rng.choice(["general", "strict"]) if convicted else "remand",
        "admitted_at": datetime.combine(start, time(10, rng.randint(0, 59)), UTC),
        "injuries_examined": True,
        "rights_explained": True,
        "rights_language": "ky",
        "rights_explained_at": datetime.combine(start, time(11), UTC),
        "languages": ["ky", "ru"],
        "citizenship": "Кыргызстан",
    }


def _add_prisoners(
    db: Database, admin: Actor, facility_id: str, code: str, wanted: int, rng: random.Random
) -> int:
    """Admitted prisoners with property, a contact, the admission movement and, for some,
    an injury noted, a later cell change or a court trip; a few drafts are left open."""
    with db.write(admin.user_id) as session:
        have = session.scalar(select(func.count()).select_from(Prisoner)) or 0
        wings = list(session.scalars(select(Wing.id).where(Wing.facility_id == facility_id)))
        today = date.today()
        added = []
        for number in range(have + 1, wanted + 1):
            surname, given, patronymic, sex = _person(rng)
            born = today - timedelta(days=rng.randint(18 * 365, 70 * 365))
            draft = rng.random() < 0.02
            details = {} if draft else _admission(rng, today)
            prisoner = Prisoner(
                facility_id=facility_id,
                number=f"{code}-{number:06d}",
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                sex=sex,
                date_of_birth=born,
                pin=f"{2 if sex == 'male' else 1}{born:%d%m%Y}{rng.randint(0, 99999):05d}",
                wing_id=rng.choice(wings) if wings else None,
                cell=str(rng.randint(1, 40)),
                status="draft" if draft else "in_custody",
                deleted=False,
                **details,
            )
            session.add(prisoner)
            added.append(prisoner)
        session.flush()
        for prisoner in added:
            _add_file(session, prisoner, rng)
        search.index_prisoners(session, added)
        if added:
            audit.record(
                session,
                db,
                admin,
                "demo_fill",
                "prisoner",
                None,
                after={"prisoners_added": len(added)},
            )
        return len(added)


def _add_file(session: Session, prisoner: Prisoner, rng: random.Random) -> None:
    common = {"prisoner_id": prisoner.id, "facility_id": prisoner.facility_id}
    for item, condition in rng.sample(ITEMS, rng.randint(1, 3)):
        session.add(
            PropertyItem(
                **common,
                item=item,
                quantity=1,
                condition=condition,
                storage_place=f"сейф {rng.randint(1, 9)}",
                deleted=False,
            )
        )
    if prisoner.status == "draft":
        return
    relation = rng.choice(RELATIONS)
    session.add(
        Contact(
            **common,
            full_name=f"{prisoner.surname} {rng.choice(KYRGYZ_WOMEN)}",
            relationship=relation,
            phone=f"+996 {rng.randint(500, 779)} {rng.randint(100000, 999999)}",
            next_of_kin=True,
            deleted=False,
        )
    )
    if rng.random() < 0.1:
        session.add(
            Injury(
                **common,
                body_part="левое предплечье",
                description="Гематома 2×3 см, со слов — при задержании",
                ill_treatment_complaint=rng.random() < 0.5,
                medical_notified=True,
                deleted=False,
            )
        )
    admitted = prisoner.admitted_at
    session.add(
        Movement(
            **common,
            kind="admission",
            occurred_at=admitted,
            wing_id=prisoner.wing_id,
            cell=prisoner.cell,
        )
    )
    if rng.random() < 0.2:
        session.add(
            Movement(
                **common,
                kind="court_out",
                occurred_at=admitted + timedelta(days=9),
                destination=prisoner.authority,
            )
        )
        session.add(
            Movement(
                **common,
                kind="court_return",
                occurred_at=admitted + timedelta(days=9, hours=7),
                wing_id=prisoner.wing_id,
                cell=prisoner.cell,
            )
        )
