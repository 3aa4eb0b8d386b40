"""Where PrisonDesk keeps its files, and the workstation's typed settings.

All paths are resolved here. ``PRISONDESK_HOME`` (or ``--home``) overrides the data folder, which
is how tests and support staff point the program at another database. A program set up by the
Windows installer finds its data folder in ``prisondesk.ini`` beside the executable
(``Installation``): one folder in ProgramData for every Windows account of the workstation.
"""

from __future__ import annotations

import codecs
import configparser
import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.private_folder import make_private

APP_NAME = "PrisonDesk"
HOME_ENV = "PRISONDESK_HOME"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled_dir(name: str) -> Path:
    """A folder shipped with the program: inside a frozen build, a wheel, or the source tree."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / name)
    candidates.append(_PACKAGE_DIR / f"_{name}")  # installed wheel (force-include)
    candidates.append(_PACKAGE_DIR.parents[1] / name)  # source checkout / editable install
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


RESOURCES_DIR = _bundled_dir("resources")
MIGRATIONS_DIR = _bundled_dir("migrations")
SERVER_MIGRATIONS_DIR = MIGRATIONS_DIR / "server"
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
INSTRUMENTS_DIR = RESOURCES_DIR / "instruments"  # assessment instruments, one file a version


DATABASE_NAME = "prisondesk.sqlite3"
INSTALLATION_FILE = "prisondesk.ini"


class InstallationProblem(Exception):
    """``prisondesk.ini`` is beside the program but says no data folder: the program must not
    fall back to a private folder, where it would start as a new, empty desk."""

    MESSAGE = QT_TRANSLATE_NOOP(
        "startup",
        "{file} beside the program cannot be read ({error}), so the data folder is unknown. "
        "Install PrisonDesk again (its data is kept), or have support repair the file.",
    )

    def __init__(self, file: Path, error: str) -> None:
        super().__init__(self.MESSAGE.format(file=file, error=error))
        self.file, self.error = file, error


@dataclass(frozen=True)
class Installation:
    """What the Windows installer wrote beside the program (installer/prisondesk.nsi):
    the shared data folder, and the Windows group whose members may use it."""

    data_folder: Path
    users_group: str | None

    @classmethod
    def beside(cls, executable: Path) -> Installation | None:
        """The installation file next to a program; None when there is none. A file that is
        there but names no data folder raises ``InstallationProblem``."""
        file = executable.parent / INSTALLATION_FILE
        try:
            raw = file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as problem:
            raise InstallationProblem(file, problem.strerror or str(problem)) from problem
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read_string(_decoded(raw))
            folder = parser.get("install", "data_folder", fallback="").strip()
        except configparser.Error as problem:
            raise InstallationProblem(file, problem.message) from problem
        if not folder:
            raise InstallationProblem(file, "no data_folder in [install]")
        group = parser.get("install", "users_group", fallback="").strip()
        return cls(Path(folder), group or None)

    @classmethod
    def of_this_program(cls) -> Installation | None:
        """Only a frozen build is installed; a venv or a checkout has no installation file."""
        return cls.beside(Path(sys.executable)) if getattr(sys, "frozen", False) else None


def _decoded(raw: bytes) -> str:
    """NSIS writes the system's ANSI code page; Notepad may save UTF-8 or UTF-16 (with BOM)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("mbcs" if sys.platform == "win32" else "cp1251", errors="replace")


def shared_group(home: Path) -> str | None:
    """The Windows group that shares ``home``: set when it is the installation's data folder."""
    try:
        installation = Installation.of_this_program()
    except InstallationProblem:  # said where the data folder is chosen (Paths.resolve)
        return None
    if installation is None or installation.users_group is None:
        return None
    same = os.path.normcase(installation.data_folder.resolve()) == os.path.normcase(home.resolve())
    return installation.users_group if same else None


@dataclass(frozen=True)
class Paths:
    """The data folder of one installation and the files inside it."""

    home: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> Paths:
        chosen = home or os.environ.get(HOME_ENV)  # first: a broken installation file aside
        if not chosen:
            installation = Installation.of_this_program()  # may raise InstallationProblem
            chosen = installation.data_folder if installation else None
        chosen = chosen or platformdirs.user_data_dir(APP_NAME, False)
        return cls(Path(chosen).expanduser().resolve())

    @property
    def database(self) -> Path:
        return self.home / DATABASE_NAME

    @property
    def server_database(self) -> Path:
        """The central server's default store (``prisondesk server`` without a database URL)."""
        return self.home / "server.sqlite3"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    @property
    def selftest_file(self) -> Path:
        """The last ``prisondesk selftest``: when it ran and what passed (for diagnostics)."""
        return self.home / "selftest.json"

    def ensure(self) -> None:
        """The folder and its subfolders exist, for this account only (private_folder.py), or
        for the installation's group of users."""
        for folder in (self.home, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        make_private(self.home, shared_group(self.home))


T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type
    doc: str


class Settings:
    """Workstation settings (not facility rules, which live in the database and replicate)."""

    LANGUAGE = Setting("language", "ru", str, "Interface language: ru, ky or en.")
    IDLE_LOCK_MINUTES = Setting(
        "idle_lock_minutes", 5, int, "Lock the workstation after this many idle minutes; 0 = never."
    )
    LOCK_SHORTCUT = Setting("lock_shortcut", "Ctrl+L", str, "Key sequence that locks at once.")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # services write from the worker thread, the GUI reads
        self._values: dict[str, Any] = {}
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                self._values = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self._values = {}  # a damaged settings file falls back to defaults

    @classmethod
    def declared(cls) -> list[Setting[Any]]:
        return [v for v in vars(cls).values() if isinstance(v, Setting)]

    def get(self, setting: Setting[T]) -> T:
        with self._lock:
            value = self._values.get(setting.key, setting.default)
        return value if isinstance(value, setting.kind) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.update({setting: value})

    def update(self, values: dict[Setting[Any], Any]) -> None:
        """Change several settings with one write of the file (atomic replace)."""
        for setting, value in values.items():
            if not isinstance(value, setting.kind):
                raise TypeError(f"{setting.key} takes {setting.kind.__name__}")
        with self._lock:
            merged = {**self._values, **{s.key: v for s, v in values.items()}}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(merged, indent=2, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)
            self._values = merged  # only once the file holds it
