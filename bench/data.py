"""Realistic bulk data for benchmarks: Kyrgyz and Russian names, PINs matching birth dates.

Rows are written straight into the tables (the guard opened as a migration does), because a
benchmark database is not a sync source; the search index is then rebuilt from them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Connection, insert, select

from prisondesk.db.capture import open_gate
from prisondesk.db.guards import install_guards
from prisondesk.db.models import Prisoner, Wing
from prisondesk.db.replication import replicated_models
from prisondesk.domain.ids import new_id
from prisondesk.services.core import facility
from prisondesk.services.demo.people import KYRGYZ_MEN, KYRGYZ_WOMEN, RUSSIAN_MEN, RUSSIAN_SURNAMES
from prisondesk.services.intake import search
from prisondesk.services.store import Store, open_store

ROOTS = [
    *KYRGYZ_MEN,
    "Абдыл",
    "Бакир",
    "Жусуп",
    "Исак",
    "Каныбек",
    "Марат",
    "Сапар",
    "Токтор",
    "Турсун",
    "Шамшы",
    "Эсен",
    "Ысман",
    "Мамбет",
    "Орозбек",
    "Калыбек",
    "Темир",
    "Айтмат",
    "Болот",
    "Дөөлөт",
    "Керим",
    "Садык",
    "Урмат",
]
SUFFIXES = ["ов", "беков", "алиев", "баев", "кулов"]


def surnames() -> list[str]:
    made = [root + suffix for root in ROOTS for suffix in SUFFIXES]
    return made + RUSSIAN_SURNAMES


@contextmanager
def bulk_writing(store: Store) -> Iterator[Connection]:
    """One transaction writing rows straight into the tables, the guard open as a migration
    opens it. The guards' insert triggers are dropped meanwhile and reinstalled before it
    commits: in SQLite any BEFORE INSERT trigger, even one that lets every row through,
    doubles the cost of inserting a row (some 6 µs more on an indexed table)."""
    with store.engine.begin() as connection, open_gate(connection):
        for model in replicated_models():
            table = model.__tablename__  # type: ignore[attr-defined]
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS pd_guard_{table}_insert")
        yield connection
        install_guards(connection)


def make_store(folder: Path, prisoners: int, seed: int = 7) -> tuple[Store, list[dict]]:
    store, _ = open_store(folder / "bench.sqlite3", folder / "backups")
    facility.set_up_facility(
        store,
        code="BNCH-1",
        name="Бенчмарк",
        wings=["А", "Б", "В", "Г"],
        admin_username="admin",
        admin_full_name="Админ",
        admin_password="bench-pass-1",
    )
    with bulk_writing(store) as connection:
        (facility_id,) = connection.execute(select(Wing.facility_id).limit(1)).one()
        wings = connection.execute(select(Wing.id)).scalars().all()
        rows = prisoner_rows(random.Random(seed), facility_id, wings, prisoners, "BNCH-1")
        for start in range(0, len(rows), 10_000):
            connection.execute(insert(Prisoner.__table__), rows[start : start + 10_000])
    search.rebuild_index(store)
    return store, rows


def prisoner_rows(
    rng: random.Random, facility_id: str, wings: list[str], count: int, code: str
) -> list[dict]:
    """``count`` prisoners of a facility in custody, numbered ``{code}-AAA-000001`` on, each
    in one of ``wings``: the rows for ``insert(Prisoner.__table__)``."""
    names = surnames()
    rows = []
    for number in range(1, count + 1):
        born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
        female = rng.random() < 0.07
        rows.append(
            {
                "id": new_id(),
                "facility_id": facility_id,
                "origin_device": "bench",
                "field_hlc": {},
                "deleted": False,
                "number": f"{code}-AAA-{number:06d}",
                "status": "in_custody",
                "surname": rng.choice(names) + ("а" if female else ""),
                "given_name": rng.choice(KYRGYZ_WOMEN if female else KYRGYZ_MEN + RUSSIAN_MEN),
                "patronymic": rng.choice(KYRGYZ_MEN) + (" кызы" if female else " уулу"),
                "date_of_birth": born,
                "sex": "female" if female else "male",
                "pin": f"{1 if female else 2}{born:%d%m%Y}{rng.randint(0, 99999):05d}",
                "regime": rng.choice(["general", "strict"]),
                "wing_id": rng.choice(wings),
                "cell": str(rng.randint(1, 60)),
                "languages": ["ky"],
            }
        )
    return rows
