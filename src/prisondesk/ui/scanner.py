"""The scan field every desk with a barcode scanner uses (the gate's visit passes; parcels'
receipts and workshops' cards next): a line edit that tells a keyboard-wedge scanner from a
person. A scanner sends the whole code in a fast burst ending in Enter; a person types slower.
A burst becomes ``scanned``; anything typed becomes ``typed`` (the desk says to scan, or to
search by name). The same code scanned twice within a second (a bouncing trigger) is
``repeated``. While the field is on screen its :class:`ScanGuard` keeps a burst that lands
elsewhere from answering a dialog, and says so with ``stray``."""

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
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

BURST_GAP_MS = 40  # the slowest gap between two characters of one scan
REPEAT_MS = 1000
MIN_LENGTH = 8


class ScanField(QLineEdit):
    scanned = Signal(str)
    typed = Signal(str)
    repeated = Signal(str)
    stray = Signal()  # a burst went into another field or window, and its Enter was dropped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.guard = ScanGuard(self)
        self.guard.stray.connect(self.stray)
        QApplication.instance().installEventFilter(self.guard)
        self.setMaxLength(200)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_key = -1_000_000
        self._slow_keys = 0
        self._last_code, self._last_code_at = "", -1_000_000

    def keyPressEvent(self, event: QKeyEvent) -> None:
        now = self._clock.elapsed()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(now)
            return
        if event.text() and event.text().isprintable():
            if self.text() and now - self._last_key > BURST_GAP_MS:
                self._slow_keys += 1
            self._last_key = now
        super().keyPressEvent(event)

    def _finish(self, now: int) -> None:
        text, slow = self.text().strip(), self._slow_keys
        self.clear()
        self._slow_keys = 0
        if not text:
            return
        if slow or len(text) < MIN_LENGTH:
            self.typed.emit(text)
            return
        if text == self._last_code and now - self._last_code_at < REPEAT_MS:
            self.repeated.emit(text)
            return
        self._last_code, self._last_code_at = text, now
        self.scanned.emit(text)


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
    tells the desk, which asks the officer to close the dialog and scan again."""

    stray = Signal()

    def __init__(self, scan_field: ScanField) -> None:
        super().__init__(scan_field)
        self.scan_field = scan_field
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last, self._burst = -1_000_000, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.scan_field.isVisible():
            return False  # only while its desk is on screen
        if watched is self.scan_field:
            self._burst = 0
            return False
        if not isinstance(watched, INPUTS):
            return False  # the same key passed on to a parent, or a window: counted once
        now = self._clock.elapsed()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            stray = self._burst >= MIN_LENGTH and now - self._last <= BURST_GAP_MS * 3
            self._burst = 0
            if stray:
                self.stray.emit()
                return True  # the Enter of a scan never confirms someone else's dialog
            return False
        if event.text() and event.text().isprintable() and not event.isAutoRepeat():
            self._burst = self._burst + 1 if now - self._last <= BURST_GAP_MS else 1
            self._last = now
        return False
