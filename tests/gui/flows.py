"""Reaching screens as a person does: a real login typed into the login window, modules
chosen by a click in the navigation, buttons clicked with the mouse, and a keyboard-wedge
scanner simulated as a burst of keys ending in Enter, on the Latin and the Russian layout.

Tests of screens use these instead of calling slots or setting widgets' values."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)

from prisondesk.domain.keyboard import RUSSIAN_KEYS
from prisondesk.ui.login_dialog import LoginDialog
from prisondesk.ui.main_window import MainWindow

SLOW_MS = 60  # a person's pace between keys; a scanner's is a few milliseconds
# (QTest's keyClicks(delay=) waits before the press and again before the release: twice this)


def log_in(qtbot, shell, username: str, password: str) -> MainWindow:
    """Start the program at its login window (or use the one a logout left open) and log in
    by typing, as an officer does."""
    if not isinstance(shell.window, LoginDialog):
        shell.start()
    login = shell.window
    qtbot.waitExposed(login)
    type_slowly(qtbot, login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is login.password
    type_slowly(qtbot, login.password, password)
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
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def click_tab(qtbot, tabs: QTabWidget, page: QWidget) -> None:
    """A mouse click on the tab of ``page`` in the tab bar of ``tabs``."""
    bar = tabs.tabBar()
    index = tabs.indexOf(page)
    assert index >= 0 and tabs.isTabVisible(index), f"no tab shown for {page!r}"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def _row_centre(table: QAbstractItemView, row: int) -> QPoint:
    """The middle of the first cell of ``row``, which must be in sight (no click lands on a
    row scrolled away)."""
    centre = table.visualRect(table.model().index(row, 0)).center()
    assert table.viewport().rect().contains(centre), f"row {row} is not in sight"
    return centre


def click_row(qtbot, table: QAbstractItemView, row: int) -> None:
    """A mouse click on the first cell of ``row`` (a table widget's or a table view's)."""
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(table, row))


def double_click_row(qtbot, table: QAbstractItemView, row: int) -> None:
    """A double click on the first cell of ``row``, as the mouse sends it: press, release,
    double click, release (QTest's own double click is the third event alone, which an item
    view ignores: it opens only the row it saw pressed)."""
    viewport, centre = table.viewport(), _row_centre(table, row)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre)


def click_cell(qtbot, table: QAbstractItemView, row: int, column: int) -> None:
    """A mouse click in the middle of a cell. One scrolled out of sight is reached as a person
    reaches it: a click on the first cell in sight, then the arrow keys (the table follows)."""
    centre = table.visualRect(table.model().index(row, column)).center()
    if table.viewport().rect().contains(centre):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    else:
        start = table.indexAt(QPoint(1, 1))
        assert start.isValid(), "no cell in sight"
        start_centre = table.visualRect(start).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=start_centre)
        for steps, forward, back in (
            (row - start.row(), Qt.Key.Key_Down, Qt.Key.Key_Up),
            (column - start.column(), Qt.Key.Key_Right, Qt.Key.Key_Left),
        ):
            for _ in range(abs(steps)):
                qtbot.keyClick(table, forward if steps > 0 else back)
    current = table.currentIndex()
    assert (current.row(), current.column()) == (row, column), f"cell {row}, {column} not reached"


def choose_item(qtbot, combo: QComboBox, text: str) -> None:
    """Open a drop-down list with a click, walk to ``text`` with the arrow keys, take it with
    Enter."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} is not in the list"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    list_window = view.window()
    # keys only once the system has given the list the keyboard: were it closed before, the
    # list (hidden by then) would take the keyboard from the form afterwards
    qtbot.waitUntil(lambda: QApplication.focusWindow() is list_window.windowHandle())
    steps = target - view.currentIndex().row()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentText() == text and not view.isVisible()
    qtbot.waitUntil(combo.hasFocus)


def retype(qtbot, field: QLineEdit, text: str) -> None:
    """Click into a text field, select what is there (Ctrl+A) and type ``text`` over it."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, field, text)


def type_date(qtbot, edit: QDateTimeEdit, day: date) -> None:
    """Type a day into a date field: a double click on its first part selects it, then the
    digits of each part, which moves on to the next part by itself once full."""
    line = edit.findChild(QLineEdit)  # the text part; the rest of the field is its buttons
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    assert edit.hasFocus()
    padded = edit.displayFormat().replace("dd", "d").replace("d", "dd")
    padded = padded.replace("MM", "M").replace("M", "MM")
    keys(qtbot, edit, "".join(ch for ch in QDate(day).toString(padded) if ch.isdigit()))
    assert edit.date().toPython() == day, f"typed {day}, the field shows {edit.text()}"


def double_click_cell(qtbot, table: QAbstractItemView, row: int, column: int) -> None:
    """A double click in the middle of a cell, reached first as ``click_cell`` reaches it; the
    mouse's whole sequence (press, release, double click, release), as in double_click_row."""
    click_cell(qtbot, table, row, column)
    viewport = table.viewport()
    centre = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre)


def tab_to(qtbot, target: QWidget, most: int = 20) -> int:
    """Tab from the field that has the keyboard on to ``target``, as a person does who works
    without the mouse; returns the presses it took (fails when ``most`` do not reach it)."""
    for presses in range(most + 1):
        if target.hasFocus():
            return presses
        if presses < most:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or target!r} is not reached by Tab")


def press_in_next_question(
    qtbot,
    key: Qt.Key,
    seen: list[str],
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press ``key`` (Escape for No, Alt+Y for Yes) in the next question box once it is open
    and has the keyboard; its text goes to ``seen``. The box runs its own event loop, so the
    key is pressed from there."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or QApplication.activeWindow() is not box:
            QTimer.singleShot(10, press)  # not open yet
            return
        seen.append(box.text())
        qtbot.keyClick(box.focusWidget() or box, key, modifier)

    QTimer.singleShot(0, press)


def type_date_time(qtbot, edit: QDateTimeEdit, moment: datetime) -> None:
    """Type a day and hour into a date-and-time field as ``type_date`` types a day: a double
    click on its first part, then the digits of each part (the first letter of AM or PM for
    that part), each part moving on by itself once full."""
    line = edit.findChild(QLineEdit)
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    assert edit.hasFocus()
    shown = edit.displayFormat()
    padded = re.sub(r"d+|M+|h+|H+|m+|s+", lambda part: part.group()[0] * 2, shown)
    typed = "".join(ch for ch in QDateTime(moment).toString(padded) if ch.isdigit())
    if "ap" in shown.lower():
        assert shown.lower().endswith("ap"), f"AM/PM not last in {shown}"
        noon = moment.hour >= 12
        typed += (edit.locale().pmText() if noon else edit.locale().amText())[0]
    keys(qtbot, edit, typed)
    shown = edit.dateTime().toPython().replace(second=0, microsecond=0)
    assert shown == moment.replace(second=0, microsecond=0), f"typed {moment}: {edit.text()}"


def click_header(qtbot, table: QAbstractItemView, column: int) -> None:
    """A mouse click in the middle of a column's header in a table (a table view's or a table
    widget's), which must be in sight."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width(), f"the header of column {column} is not in sight"
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def press_alt(qtbot, letter: Qt.Key) -> None:
    """Alt+letter where the keyboard is: a label's mnemonic moves to its field, a button's
    clicks it a moment later (an animated click: wait for its effect)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    qtbot.keyClick(widget, letter, Qt.KeyboardModifier.AltModifier)


def activate_again(qtbot, window: QWidget) -> None:
    """``window`` active again once the dialog or question over it has closed, as the window
    manager makes it (the offscreen platform leaves no window active, and keys no widget)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def retype_number(qtbot, spin: QAbstractSpinBox, value: int) -> None:
    """Click into a number field's text, select what is there (Ctrl+A) and type ``value``."""
    line = spin.findChild(QLineEdit)  # the text part; the rest of the field is its arrows
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    assert spin.hasFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, line, str(value))
    assert spin.value() == value, f"typed {value}, the field shows {spin.text()}"


def save_in_next_file_dialog(qtbot, path: str, seen: list[str]) -> None:
    """In the next file dialog (Qt's own, where the system offers none) once it is open: the
    name it offers goes to ``seen``, then the file name typed over it (Ctrl+A) and Enter."""

    def type_name(tries: int = 500) -> None:
        dialog = QApplication.activeModalWidget()
        name = dialog.findChild(QLineEdit, "fileNameEdit") if dialog else None
        if isinstance(dialog, QFileDialog) and not tries:
            seen.append("the file name field never had the keyboard")
            dialog.reject()  # so the test fails instead of waiting for ever
            return
        if not isinstance(dialog, QFileDialog) or name is None or not name.hasFocus():
            QTimer.singleShot(10, lambda: type_name(max(tries - 1, 0)))  # not open, no keys
            return
        seen.append(name.text())
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(qtbot, name, path)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_name)


def cancel_next_file_dialog(qtbot, seen: list[str]) -> None:
    """Escape in the next file dialog once it is open; the name it offered goes to ``seen``."""

    def escape(tries: int = 500) -> None:
        dialog = QApplication.activeModalWidget()
        name = dialog.findChild(QLineEdit, "fileNameEdit") if dialog else None
        if not isinstance(dialog, QFileDialog) or name is None or not name.hasFocus():
            if tries:
                QTimer.singleShot(10, lambda: escape(tries - 1))
            return
        seen.append(name.text())
        qtbot.keyClick(name, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
