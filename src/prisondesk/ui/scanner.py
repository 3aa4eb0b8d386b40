"""Keyboard-wedge scanners, for every desk that has one (the gate's visit passes, parcels'
labels and receipts, prisoners' ID cards in the workshop register). A scanner types the whole
code as a burst of keys ending in Enter; a person types slower. These tell the two apart:

- :class:`ScanField`, the field a desk scans into. A burst becomes ``scanned`` (read as the
  Latin keys it was typed on, so a Russian keyboard layout does no harm); anything typed
  becomes ``typed``; the same code twice within a second (a bouncing trigger) is
  ``repeated``; Enter in the empty field is ``confirmed``. While it is on screen, its
  :class:`ScanGuard` keeps a burst that lands elsewhere from answering a dialog, and says so
  with ``stray``.
- :func:`accepts_scans` marks a value field a code may be scanned into (a parcel's seal): the
  guard lets a burst and its Enter reach it.
- :class:`PasswordField`: a burst is never a password (the next scan after an idle lock
  must not count as a wrong password and lock the account); it is dropped with ``scanned``.
- :class:`PageScans`: a burst anywhere on a module's other tabs (its lists, its date fields)
  is caught and handed to the module (a parcel's label opens the parcel).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from prisondesk.domain.keyboard import latin_keys

BURST_GAP_MS = 40  # the slowest gap between two characters of one scan
REPEAT_MS = 1000
MIN_LENGTH = 8

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _printable(event: QKeyEvent) -> bool:
    return bool(event.text()) and event.text().isprintable()


class BurstClock:
    """Counts the keys of the current burst: a key that follows the last within
    ``BURST_GAP_MS`` continues it, a slower one starts a new one."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = -1_000_000
        self.length = 0  # keys in the current burst
        self.slow_keys = 0  # keys since the last reset that came at a person's pace

    def key(self) -> None:
        now = self._clock.elapsed()
        if now - self._last <= BURST_GAP_MS:
            self.length += 1
        else:
            if self.length:
                self.slow_keys += 1
            self.length = 1
        self._last = now

    def recent(self) -> bool:
        """The last key came a moment ago (an Enter that ends a burst follows at once)."""
        return self._clock.elapsed() - self._last <= BURST_GAP_MS * 3

    def is_burst(self) -> bool:
        """Everything since the last reset came as one scanner burst."""
        return self.length >= MIN_LENGTH and self.slow_keys == 0

    def now(self) -> int:
        return self._clock.elapsed()

    def reset(self) -> None:
        self.length = 0
        self.slow_keys = 0


class ScanField(QLineEdit):
    scanned = Signal(str)
    typed = Signal(str)
    repeated = Signal(str)
    stray = Signal()  # a burst went into another field or window, and its Enter was dropped
    confirmed = Signal()  # Enter in the empty field: the desk's default action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setMaxLength(200)
        self.burst = BurstClock()
        self._last_code, self._last_code_at = "", -1_000_000
        self.guard = ScanGuard(self)
        self.guard.stray.connect(self.stray)
        QApplication.instance().installEventFilter(self.guard)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            self._finish()
            return
        if _printable(event):
            self.burst.key()
        super().keyPressEvent(event)

    def _finish(self) -> None:
        text, scanned = self.text().strip(), self.burst.is_burst()
        self.clear()
        self.burst.reset()
        if not text:
            self.confirmed.emit()
            return
        if not scanned:
            self.typed.emit(text)
            return
        code, now = latin_keys(text), self.burst.now()
        if code == self._last_code and now - self._last_code_at < REPEAT_MS:
            self.repeated.emit(code)
            return
        self._last_code, self._last_code_at = code, now
        self.scanned.emit(code)


class PasswordField(QLineEdit):
    """A password input that a scanner cannot fill: a burst ending in Enter is cleared and
    reported with ``scanned``, never submitted; ``submitted`` carries a typed password."""

    submitted = Signal(str)
    scanned = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.burst = BurstClock()
        self.textChanged.connect(lambda text: text or self.burst.reset())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            if self.burst.is_burst():
                self.clear()
                self.scanned.emit()
            elif self.text():
                self.submitted.emit(self.text())
            return
        if _printable(event):
            self.burst.key()
        super().keyPressEvent(event)


ACCEPTS_SCANS = "acceptsScans"


def accepts_scans(field: QWidget) -> QWidget:
    """A field a code may be scanned into while a desk's scan field is on screen."""
    field.setProperty(ACCEPTS_SCANS, True)
    return field


INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
)


class ScanGuard(QObject):
    """Watches every key of the application while its scan field is on screen. A scanner
    burst that lands anywhere but the scan field (a dialog has the focus, say) must not press
    that dialog's default button with its closing Enter: the Enter is swallowed and ``stray``
    tells the desk, which asks the officer to close the dialog and scan again. A message box
    (a confirmation: "Close the day?") takes no letters at all while the desk is open: in a
    message box a bare letter presses the button it is the mnemonic of, and the first letter
    of a scan cannot yet be told from a person's key."""

    stray = Signal()

    def __init__(self, scan_field: ScanField) -> None:
        super().__init__(scan_field)
        self.scan_field = scan_field
        self.burst = BurstClock()
        self._field: QObject | None = None  # the field the current burst goes into

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.scan_field.isVisible():
            return False  # only while its desk is on screen
        if watched is self.scan_field:
            self.burst.reset()
            return False
        if isinstance(watched, ScanField | PasswordField) or watched.property(ACCEPTS_SCANS):
            return False  # a field a scan is meant for, or one that drops a scan itself
        if not isinstance(watched, INPUTS):
            return False  # the same key passed on to a parent, or a window: counted once
        if watched is not self._field:  # a scanner types into one field: a burst starts anew
            self._field = watched
            self.burst.reset()
        if event.key() in _ENTER:
            stray = self.burst.length >= MIN_LENGTH and self.burst.recent()
            self.burst.reset()
            if stray:
                self.stray.emit()
                return True  # the Enter of a scan never confirms someone else's dialog
            return False
        if _printable(event) and not event.isAutoRepeat():
            self.burst.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and isinstance(watched.window(), QMessageBox):
                return True  # letters never answer a question at the gate (Alt+letter does)
        return False


class PageScans(QObject):
    """A scanner burst anywhere inside ``page`` while ``active()`` says so (a list, a date
    field, a button of a module's other tabs) becomes ``scanned``: the parcels screen opens a
    parcel whichever tab is shown. What the burst typed into a text field is taken back out,
    and its Enter is swallowed. Fields that take scans themselves are left alone."""

    scanned = Signal(str)

    def __init__(self, page: QWidget, active) -> None:
        super().__init__(page)
        self.page, self.active = page, active
        self.burst = BurstClock()
        self._field: QObject | None = None
        self._typed = ""  # the printable keys of the current burst
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, INPUTS) or not self.page.isVisible() or not self.active():
            return False
        if not self.page.isAncestorOf(watched):
            return False
        if isinstance(watched, ScanField | PasswordField) or watched.property(ACCEPTS_SCANS):
            return False
        if watched is not self._field:
            self._field, self._typed = watched, ""
            self.burst.reset()
        if event.key() in _ENTER:
            length = self.burst.length
            burst = length >= MIN_LENGTH and self.burst.recent()
            code, self._typed = self._typed[-length:], ""
            self.burst.reset()
            if not burst:
                return False
            if isinstance(watched, QLineEdit) and watched.text().endswith(code):
                watched.setText(watched.text()[: -len(code)])  # the scan was not theirs
            self.scanned.emit(latin_keys(code))
            return True
        if _printable(event) and not event.isAutoRepeat():
            self.burst.key()
            if self.burst.length == 1:
                self._typed = ""
            self._typed += event.text()
        return False
