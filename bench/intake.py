"""Registry benchmarks on 100,000 prisoners: search latency by kind of query, the list's first
page, rebuilding the search index, and peak memory. ``make bench`` runs it."""

from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from data import make_store

from prisondesk.domain.names import fold
from prisondesk.services.core import users
from prisondesk.services.intake import registry, search
from prisondesk.services.intake.registry import RegistryFilter

PRISONERS = 100_000
QUERIES = 200
CYR_TO_LAT = str.maketrans(
    "абвгдеёжзийклмнопрстуфхцчшщыэюяөүң", "abvgdeejziiklmnoprstufhccssieuaoun"
)


def typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word))
    return word[:at] + word[at + 1 :]  # one letter dropped


def timed(fn, queries) -> list[float]:
    samples = []
    for query in queries:
        started = time.perf_counter()
        fn(query)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def line(name: str, samples: list[float]) -> str:
    cuts = statistics.quantiles(samples, n=100)
    return (
        f"{name:<36} p50 {statistics.median(samples):7.2f} ms   p95 {cuts[94]:7.2f} ms   "
        f"max {max(samples):7.2f} ms  (n={len(samples)})"
    )


def _import_10k(folder: Path, rows: list[dict]) -> tuple[int, float]:
    """A register of 10,000 rows in the format kept today, imported into a new facility."""
    import csv

    from prisondesk.services.core import facility
    from prisondesk.services.intake import register_io
    from prisondesk.services.store import open_store

    register = folder / "register.csv"
    with register.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "ПИН"])
        for r in rows:
            writer.writerow(
                [
                    r["surname"],
                    r["given_name"],
                    r["patronymic"],
                    r["date_of_birth"].strftime("%d.%m.%Y"),
                    "м" if r["sex"] == "male" else "ж",
                    r["pin"],
                ]
            )
    store, _ = open_store(folder / "import.sqlite3", folder / "backups-import")
    facility.set_up_facility(
        store,
        code="IMP-1",
        name="Импорт",
        wings=["А"],
        admin_username="admin",
        admin_full_name="Админ",
        admin_password="bench-pass-1",
    )
    admin = users.authenticate(store, "admin", "bench-pass-1")
    users.create_user(store, admin, "registry1", "Р", "registry_officer", "first-pass1")
    clerk = users.change_password(
        store, users.authenticate(store, "registry1", "first-pass1"), "first-pass1", "bench-pass-2"
    )
    started = time.perf_counter()
    report = register_io.import_prisoners(store, clerk, register)
    seconds = time.perf_counter() - started
    store.dispose()
    return report.imported, seconds


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        store, rows = make_store(Path(folder), PRISONERS)
        built = time.perf_counter() - started
        started = time.perf_counter()
        search.rebuild_index(store)
        reindex = time.perf_counter() - started
        admin = users.authenticate(store, "admin", "bench-pass-1")
        users.create_user(
            store, admin, "registry1", "Регистратор", "registry_officer", "first-pass1"
        )
        viewer = users.change_password(
            store,
            users.authenticate(store, "registry1", "first-pass1"),
            "first-pass1",
            "bench-pass-2",
        )
        rng = random.Random(11)
        sample = rng.sample(rows, QUERIES)
        cyrillic = [f"{r['surname']} {r['given_name']}" for r in sample]
        latin = [fold(r["surname"]) + " " + fold(r["given_name"]) for r in sample]
        typos = [typo(r["surname"], rng) for r in sample]
        pins = [r["pin"] for r in sample]
        results = {
            "search: Cyrillic surname + name": timed(
                lambda q: search.search(store, viewer, q), cyrillic
            ),
            "search: Latin surname + name": timed(lambda q: search.search(store, viewer, q), latin),
            "search: surname with a typo": timed(lambda q: search.search(store, viewer, q), typos),
            "search: PIN": timed(lambda q: search.search(store, viewer, q), pins),
        }
        found = sum(
            1
            for r, q in zip(sample, cyrillic, strict=True)
            if r["id"] in {h.id for h in search.search(store, viewer, q)}
        )
        started = time.perf_counter()
        total = registry.count(store, viewer, RegistryFilter())
        first = registry.page(store, viewer, RegistryFilter(), "surname")
        opened = (time.perf_counter() - started) * 1000
        wing_page = timed(
            lambda w: registry.page(
                store, viewer, RegistryFilter(wing_id=w), "release_date", offset=5000
            ),
            [rows[i]["wing_id"] for i in range(20)],
        )
        store.dispose()
        imported, import_seconds = _import_10k(Path(folder), rows[:10_000])
    for name, samples in results.items():
        print(line(name, samples))
    print(line("list page: wing filter, deep offset", wing_page))
    print(f"{'list: count + first page':<36} {opened:7.1f} ms ({total} rows, {len(first)} shown)")
    print(f"{'exact person found by full name':<36} {found}/{QUERIES}")
    print(f"{'generate 100k + index':<36} {built:7.1f} s;  rebuild index {reindex:.1f} s")
    print(f"{'import a 10,000-row CSV register':<36} {import_seconds:7.1f} s ({imported} rows)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (RSS)':<36} {peak:7.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
