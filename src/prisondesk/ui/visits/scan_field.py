"""A line edit that tells a keyboard-wedge scanner from a person: a scanner sends the whole
code in a fast burst ending in Enter; a person types slower. A burst becomes ``scanned``;
anything typed becomes ``typed`` (the gate says to scan, or to find the visitor by name).
The same code scanned twice within a second (a bouncing trigger) is ``repeated``."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

BURST_GAP_MS = 40  # the slowest gap between two characters of one scan
REPEAT_MS = 1000
MIN_LENGTH = 8


class ScanField(QLineEdit):
    scanned = Signal(str)
    typed = Signal(str)
    repeated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
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
