"""Shared fixtures: a temporary data folder, a migrated database, a set-up facility."""

from __future__ import annotations

import faulthandler
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from prisondesk.config import Paths
from prisondesk.db.engine import Database
from prisondesk.db.migrate import upgrade_database
from prisondesk.services import modules
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor

# no deadline per example: how fast a property runs belongs to bench/, and a machine busy with
# other work (a build, a browser) must not fail a property that holds
settings.register_profile("prisondesk", deadline=None)
settings.load_profile("prisondesk")

ADMIN_PASSWORD = "admin-pass-1"
modules.load()  # as every front end does when it opens a database (services/store.py)
pytest_plugins = [
    "tests.server.fixtures",
    "tests.intake.fixtures",
    "tests.visits.fixtures",
    "tests.gui.intake_flow",
]


CRASHES = Path(__file__).resolve().parents[1] / "build" / "crashes"


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """A test worker that dies (a segmentation fault in Qt) leaves its threads' stacks in a
    file, and the run's summary shows them: the worker's own stderr is lost in CI's log."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:
        shutil.rmtree(CRASHES, ignore_errors=True)
        return
    CRASHES.mkdir(parents=True, exist_ok=True)
    config._crash_file = open(CRASHES / f"{worker}-{os.getpid()}.log", "w")  # noqa: SIM115
    faulthandler.enable(config._crash_file, all_threads=True)


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    for report in sorted(CRASHES.glob("*.log")) if CRASHES.is_dir() else ():
        if text := report.read_text(errors="replace").strip():
            terminalreporter.section(f"crashed test worker {report.stem}", red=True)
            terminalreporter.line(text)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user data folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("PRISONDESK_HOME", str(home))
    return home


@pytest.fixture
def paths(_isolated_home: Path) -> Paths:
    paths = Paths.resolve()
    paths.ensure()
    return paths


@pytest.fixture(scope="session")
def _migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to the head per test process; each test gets a copy of the file
    (migrating takes ~0.15 s, copying ~1 ms). tests/db tests the migrations themselves."""
    folder = tmp_path_factory.mktemp("migrated")
    upgrade_database(folder / "prisondesk.sqlite3", folder / "backups")
    return folder / "prisondesk.sqlite3"


@pytest.fixture
def db(paths: Paths, _migrated_database: Path) -> Iterator[Database]:
    shutil.copyfile(_migrated_database, paths.database)
    database = Database.open_sqlite(paths.database)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return facility.set_up_facility(
        db,
        code="BSH-1",
        name="Исправительная колония №1",
        wings=["Блок А", "Блок Б"],
        admin_username="admin",
        admin_full_name="Асанов Бакыт",
        admin_password=ADMIN_PASSWORD,
    )


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2 with production cost takes ~50 ms a hash; tests hash hundreds of passwords.
    The same algorithm at minimal cost keeps the suite fast (cli tests in subprocesses and
    the benchmarks still use the real cost)."""
    from argon2 import PasswordHasher

    from prisondesk.domain import passwords

    real = passwords._hasher
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    yield
    passwords._hasher = real


@pytest.fixture
def staff(db: Database, admin: Actor):
    """Make a user of ``role`` who has already replaced the temporary password, as every
    officer at work has: ``staff("gate1", "gate_officer")``."""
    from prisondesk.services.core import users

    def make(username: str, role: str, full_name: str = "Сотрудник") -> Actor:
        users.create_user(db, admin, username, full_name, role, "first-pass1")
        actor = users.authenticate(db, username, "first-pass1")
        return users.change_password(db, actor, "first-pass1", "second-pass2")

    return make


@pytest.fixture
def registrar(staff) -> Actor:
    """A registry officer (password "second-pass2")."""
    return staff("registry1", "registry_officer", "Сыдыкова Айжан")
