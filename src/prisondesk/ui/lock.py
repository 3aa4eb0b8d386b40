"""Locking a shared workstation: after idle time or on a hot key, without losing input.

The lock screen replaces the window's content in a stack; the working widgets stay alive
underneath with everything typed into them, and open dialogs are hidden and shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.ui.errors import FieldErrors

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input (0 turns it off)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.interval_ms = max(0, minutes) * 60_000
        self.restart()

    def restart(self) -> None:
        if self.interval_ms:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms)
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()


class LockScreen(QWidget):
    """Asks the locked user's password; or offers to log out (losing unsaved input)."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.title = QLabel(objectName="lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.who = QLabel(objectName="lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(objectName="lockPassword", echoMode=QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._submit)
        self.error = QLabel(objectName="lockError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errors = FieldErrors(self.error)
        self.unlock_button = QPushButton(objectName="unlockButton")
        self.unlock_button.clicked.connect(self._submit)
        self.logout_button = QPushButton(objectName="logoutButton")
        self.logout_button.clicked.connect(self.logout_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.logout_button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.password)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (self.title, self.who):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Workstation locked"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.logout_button.setText(self.tr("Log out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def prepare(self, full_name: str) -> None:
        self.who.setText(
            self.tr("Locked by {name}. Enter the password to continue.").format(name=full_name)
        )
        self.password.clear()
        self.errors.clear()
        self.password.setFocus()

    def show_error(self, exc: Exception) -> None:
        self.password.clear()
        self.errors.show(exc)

    def _submit(self) -> None:
        if self.password.text():
            self.unlock_requested.emit(self.password.text())
