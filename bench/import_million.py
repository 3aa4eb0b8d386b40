"""Import a register of a million rows: time and peak memory (target: under 300 MB).

    .venv/bin/python bench/import_million.py [--rows N]

The CSV is written first, a row at a time (as a legacy register exported to CSV would be:
CP1251, ``;``, every column a registry keeps), then imported into a new facility through
``register_io.import_prisoners``, all or nothing, as ``prisondesk import prisoners`` does.
Peak memory is the process's own maximum resident set (everything included).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from prisondesk.services.core import facility, users
from prisondesk.services.demo.people import person
from prisondesk.services.intake import register_io
from prisondesk.services.store import open_store

HEADER = ["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "ПИН", "Блок", "Камера"]
HEADER += ["Дата поступления", "Режим", "Суд", "Номер приговора", "Дата приговора", "Статьи"]
# CP1251 has no Kyrgyz letters: old registers spelt them with the Russian ones
CP1251_SPELLING = str.maketrans("үөңҮӨҢ", "уонУОН")


def write_register(path: Path, rows: int, seed: int = 47) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="cp1251", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADER)
        for n in range(rows):
            surname, given, patronymic, sex = person(rng)
            born = date(1950, 1, 1) + timedelta(days=n % 18_000)
            serial = n // 18_000  # with the birth date, unique for 1,800,000 rows
            pin = f"{2 if sex == 'male' else 1}{born:%d%m%Y}{serial:05d}"
            out.writerow(
                [
                    surname.translate(CP1251_SPELLING),
                    given.translate(CP1251_SPELLING),
                    patronymic.translate(CP1251_SPELLING),
                    f"{born:%d.%m.%Y}",
                    "м" if sex == "male" else "ж",
                    pin,
                    "Блок А" if n % 2 else "Блок Б",
                    str(1 + n % 40),
                    f"{date(2020, 1, 1) + timedelta(days=n % 2000):%d.%m.%Y}",
                    "общий",
                    "Октябрьский районный суд г. Бишкек",
                    f"1-{n % 1000}/{20 + n % 6}",
                    f"{date(2019, 1, 1) + timedelta(days=n % 300):%d.%m.%Y}",
                    "ст. 168 ч. 1",
                ]
            )


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        register = Path(folder) / "register.csv"
        started = time.perf_counter()
        write_register(register, rows)
        written = time.perf_counter() - started
        store, _ = open_store(Path(folder) / "desk.sqlite3", Path(folder) / "backups")
        admin = facility.set_up_facility(
            store,
            code="BSH-1",
            name="Исправительная колония №1",
            wings=["Блок А", "Блок Б"],
            admin_username="admin",
            admin_full_name="Асанов Бакыт",
            admin_password="admin-pass-1",
        )
        users.create_user(store, admin, "registry1", "Сыдыкова", "registry_officer", "pass-one-1")
        registrar = users.change_password(
            store, users.authenticate(store, "registry1", "pass-one-1"), "pass-one-1", "pass-two-2"
        )
        before = peak_mb()
        started = time.perf_counter()
        report = register_io.import_prisoners(
            store,
            registrar,
            register,
            progress=lambda done, total: print(f"\r{done}/{total}", end="", file=sys.stderr),
        )
        seconds = time.perf_counter() - started
        print(file=sys.stderr)
        store.dispose()
        size = register.stat().st_size / 2**20
    print(f"register of {rows:,} rows ({size:.0f} MB CP1251) written in {written:.1f} s")
    print(f"imported {report.imported:,} rows in {seconds:.0f} s ({rows / seconds:,.0f} rows/s)")
    print(f"peak memory: {peak_mb():.0f} MB (before the import: {before:.0f} MB)")
    return 0 if report.imported == rows and not report.bad else 1


if __name__ == "__main__":
    sys.exit(main())
