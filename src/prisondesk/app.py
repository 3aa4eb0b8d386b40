"""Start-up of the desktop program: data folder, log, migrations, then the first window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from prisondesk.config import Paths, Settings, shared_group
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.instance import acquire_instance_lock
from prisondesk.logs import configure_logging
from prisondesk.services.core import backups
from prisondesk.services.store import DatabaseProblem, open_store
from prisondesk.ui.errors import message_for, translate
from prisondesk.ui.garbage import MainThreadCollector
from prisondesk.ui.i18n import PSEUDO, LanguageSwitcher
from prisondesk.ui.shell import Shell

log = logging.getLogger(__name__)
READY_MARKER = "PRISONDESK-READY"


def _install_excepthook() -> None:
    """An exception that escapes a slot is logged and shown as a plain message."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None, QCoreApplication.translate("errors", "PrisonDesk"), message_for(exc)
            )

    sys.excepthook = hook


def run_gui(
    paths: Paths,
    *,
    exit_when_ready: bool = False,
    pseudo_locale: bool = False,
    started: float | None = None,
) -> int:
    """Run the program until its last window closes. ``exit_when_ready`` prints the seconds to
    the first window and quits (for the start-up benchmark and the smoke test)."""
    started = started if started is not None else time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PrisonDesk")
    MainThreadCollector(app)  # no cycle collection on the worker thread (ui/garbage.py)
    _install_excepthook()
    try:
        paths.ensure()
    except OSError as problem:
        group = shared_group(paths.home)
        if group:  # the installer's shared folder: this account is not in its group
            message = QT_TRANSLATE_NOOP(
                "startup",
                "The data folder {folder} cannot be opened ({error}): this Windows account "
                "is not in the group “{group}”. An administrator adds it (net localgroup "
                '"{group}" ACCOUNT /add); then sign in to Windows again.',
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "startup",
                "The data folder {folder} cannot be created or written ({error}). "
                "Choose another data folder with --home.",
            )
        return refuse_to_start(message, folder=paths.home, error=problem, group=group)
    log.info("PrisonDesk starting; log file %s", configure_logging(paths.logs))
    settings = Settings(paths.settings_file)
    languages = LanguageSwitcher(app)
    # the pseudo-locale only when asked for on the command line, never from a saved setting
    saved = settings.get(Settings.LANGUAGE)
    languages.apply(PSEUDO if pseudo_locale else ("ru" if saved == PSEUDO else saved))
    lock = acquire_instance_lock(paths)
    try:
        if lock is None:
            QMessageBox.warning(
                None,
                translate("startup", "PrisonDesk cannot start"),
                translate(
                    "startup",
                    "PrisonDesk is already running with this data folder. Use the "
                    "window that is open.",
                ),
            )
            return 2
        return _run_shell(app, paths, settings, languages, exit_when_ready, started)
    finally:
        languages.remove()
        if lock is not None:
            lock.unlock()


def refuse_to_start(message: str, **params: object) -> int:
    """A start that cannot go on, said in a window before any settings can be read: in the
    default language of the interface."""
    app = QApplication.instance() or QApplication(sys.argv)
    languages = LanguageSwitcher(app)
    languages.apply(Settings.LANGUAGE.default)
    try:
        QMessageBox.critical(
            None,
            translate("startup", "PrisonDesk cannot start"),
            translate("startup", message).format(**params),
        )
    finally:
        languages.remove()
    return 2


def _say_restored(outcome: backups.RestoreOutcome, unattended: bool = False) -> None:
    """What became of the restore asked for before the restart, said before the login; on a
    start nobody watches (``--exit-when-ready``) written to the output instead of a box."""
    title = translate("startup", "Restoring a backup")
    name = Path(outcome.source).name
    if outcome.problem is None:
        text = translate(
            "startup",
            "The backup {file} was restored. The replaced database was kept as {kept}.",
        ).format(file=name, kept=outcome.safety_copy.name if outcome.safety_copy else "—")
    else:
        text = translate(
            "startup",
            "The backup {file} was not restored, and the database was not changed: {reason}",
        ).format(file=name, reason=message_for(outcome.problem))
    if unattended:
        print(text, flush=True)
    elif outcome.problem is None:
        QMessageBox.information(None, title, text)
    else:
        QMessageBox.warning(None, title, text)


def _run_shell(
    app: QApplication,
    paths: Paths,
    settings: Settings,
    languages: LanguageSwitcher,
    exit_when_ready: bool,
    started: float,
) -> int:
    restored = backups.apply_pending_restore(paths)  # before the database opens (its docstring)
    if restored is not None:
        _say_restored(restored, unattended=exit_when_ready)
    try:
        store, report = open_store(paths.database, paths.backups)
    except DatabaseProblem as problem:
        log.error("cannot open %s: %s", paths.database, problem)
        QMessageBox.critical(
            None, translate("startup", "PrisonDesk cannot start"), problem.render(translate)
        )
        return 2
    if report.backup is not None:
        log.info(
            "database migrated %s -> %s, backup %s", report.previous, report.current, report.backup
        )
    log.info("database %s open", paths.database)
    backups.record_restores(store, paths)  # this start's restore, or one left unaudited
    shell = Shell(app, store, settings, languages)
    shell.backups = paths.backups
    if exit_when_ready:

        def ready(window: QWidget) -> None:
            print(
                f"{READY_MARKER} {type(window).__name__} {time.perf_counter() - started:.3f}",
                flush=True,
            )
            QTimer.singleShot(0, app.quit)

        shell.window_shown.connect(ready)
    shell.start()
    try:
        return app.exec()
    finally:
        shell.sync.stop()  # a round in flight finishes its transaction first
        shell.ops.wait()
        store.dispose()
