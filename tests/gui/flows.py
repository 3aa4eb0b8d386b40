"""Reaching screens as a person does: a real login typed into the login window, modules
chosen by a click in the navigation, buttons clicked with the mouse, and a keyboard-wedge
scanner simulated as a burst of keys ending in Enter, on the Latin and the Russian layout.

Tests of screens use these instead of calling slots or setting widgets' values."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QListWidget,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from prisondesk.domain.keyboard import RUSSIAN_KEYS
from prisondesk.ui.login_dialog import LoginDialog
from prisondesk.ui.main_window import MainWindow

SLOW_MS = 60  # a person's pace between keys; a scanner's is a few milliseconds


def log_in(qtbot, shell, username: str, password: str) -> MainWindow:
    """Start the program at its login window (or use the one a logout left open) and log in
    by typing, as an officer does."""
    if not isinstance(shell.window, LoginDialog):
        shell.start()
    login = shell.window
    qtbot.waitExposed(login)
    qtbot.keyClicks(login.username, username, delay=SLOW_MS)
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is login.password
    qtbot.keyClicks(login.password, password, delay=SLOW_MS)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    window = shell.window
    qtbot.waitExposed(window)
    return window


def open_module(qtbot, window: MainWindow, key: str) -> QWidget:
    """Click the module in the navigation list; returns its page."""
    navigation: QListWidget = window.navigation
    row = [m.key for m in window.modules].index(key)
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert navigation.currentRow() == row
    return window.pages.currentWidget()


def click(qtbot, button: QAbstractButton) -> None:
    """A mouse click on a visible, enabled button: in its middle, or on the box of a check
    box (a stretched check box takes no click beyond its text)."""
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        box = button.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=box.center())
        return
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def keys(qtbot, widget: QWidget, text: str, delay_ms: int = 0) -> None:
    """Key presses typing ``text`` in any script (QTest's own keyClicks knows only ASCII)."""
    assert widget is not None, "no widget has the keyboard"
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            key = ord(ch.upper())
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)
        if delay_ms:
            qtbot.wait(delay_ms)


def type_slowly(qtbot, widget: QWidget, text: str) -> None:
    keys(qtbot, widget, text, SLOW_MS)


def scan(qtbot, widget: QWidget, code: str, layout: str = "latin") -> None:
    """A wedge scanner reading ``code``: every key at once, then Enter. On the Russian
    layout the same keys type Cyrillic letters (and the period key types "ю")."""
    if layout == "russian":
        code = "".join(RUSSIAN_KEYS.get(ch, ch) for ch in code)
    keys(qtbot, widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def log_out(qtbot, window: MainWindow) -> None:
    """Session → Log out, answered Yes: the login window comes back."""
    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, seen)
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))


def answer_next_question(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next question box once it is open; its text goes to ``seen``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)  # not open yet
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)
