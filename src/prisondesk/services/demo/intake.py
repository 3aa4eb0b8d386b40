"""Demo prisoners: admitted in the last three years with their legal basis, property, a
family contact, the admission movement and, for some, an injury noted, a cell change or a
court trip; a few drafts are left open."""

from __future__ import annotations

import random
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
    Wing,
)
from prisondesk.domain.sentence import Term, release_date
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor
from prisondesk.services.demo.people import KYRGYZ_WOMEN, person
from prisondesk.services.intake import admissions, search

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


def add_prisoners(
    db: Database, registrar: Actor, facility_id: str, code: str, wanted: int, rng: random.Random
) -> int:
    """Admitted prisoners with property, a contact, the admission movement and, for some,
    an injury noted, a later cell change or a court trip; a few drafts are left open."""
    with db.write(registrar.user_id) as session:
        have = session.scalar(select(func.count()).select_from(Prisoner)) or 0
        wings = list(session.scalars(select(Wing.id).where(Wing.facility_id == facility_id)))
        today = date.today()
        added = []
        for _ in range(have + 1, wanted + 1):
            surname, given, patronymic, sex = person(rng)
            born = today - timedelta(days=rng.randint(18 * 365, 70 * 365))
            draft = rng.random() < 0.02
            details = {} if draft else _admission(rng, today)
            prisoner = Prisoner(
                facility_id=facility_id,
                number=admissions.next_prisoner_number(session, db, code),
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
                registrar,
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
