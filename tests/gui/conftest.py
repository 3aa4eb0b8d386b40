from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from prisondesk.config import Settings
from prisondesk.ui.garbage import MainThreadCollector
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.operations import Operations
from prisondesk.ui.shell import Shell


@pytest.fixture(scope="package", autouse=True)
def _collect_on_the_gui_thread(qapp) -> Iterator[None]:
    """As the program does (app.py): garbage holding Qt wrappers is never collected on the
    operations worker, where deleting them crashed a CI run."""
    collector = MainThreadCollector()
    yield
    collector.stop()


class StrayWindows(QObject):
    """Widgets shown before they were laid out: without a parent a shown widget opens as a
    window of its own for a moment and takes the keyboard from the window the officer works
    in (the prisoner file's tabs did, on every opening). Caught when such a widget is then
    given its parent; a test's own parentless page (shown on purpose) is never given one."""

    WINDOWS = (QDialog, QMainWindow, QMenu)

    def __init__(self) -> None:
        super().__init__()
        self.shown_alone: dict[int, str] = {}
        self.found: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and self._alone(watched):
            self.shown_alone[shiboken6.getCppPointer(watched)[0]] = self._name(watched)
        elif kind == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            name = self.shown_alone.pop(shiboken6.getCppPointer(watched)[0], None)
            if name == self._name(watched):
                self.found.append(name)
        return False

    def _alone(self, widget: QWidget) -> bool:
        popup = widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        return widget.parentWidget() is None and not popup and not isinstance(widget, self.WINDOWS)

    @staticmethod
    def _name(widget: QWidget) -> str:
        return f"{type(widget).__name__} {widget.objectName()!r}"


@pytest.fixture(scope="session")
def _stray_windows(qapp) -> Iterator[StrayWindows]:
    watch = StrayWindows()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


@pytest.fixture(autouse=True)
def _no_stray_windows(_stray_windows: StrayWindows) -> Iterator[None]:
    _stray_windows.found.clear()
    yield
    assert not _stray_windows.found, f"shown as windows before laid out: {_stray_windows.found}"


@pytest.fixture
def settings(paths) -> Settings:
    settings = Settings(paths.settings_file)
    settings.set(Settings.LANGUAGE, "en")
    return settings


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.apply("en")


@pytest.fixture
def ops(qapp) -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.wait()


@pytest.fixture
def shell(qapp, db, settings, languages) -> Iterator[Shell]:
    languages.apply("en")
    shell = Shell(qapp, db, settings, languages)
    yield shell
    shell.sync.stop()
    shell.ops.wait()
    if shell.window is not None:
        main = shell.window
        if hasattr(main, "_logging_out"):
            main._logging_out = True  # let the test's window close even when locked
        main.close()
        main.deleteLater()
    shell.deleteLater()
