"""Locking a shared workstation: after idle time or on a hot key, without losing input.

The lock screen replaces the window's content in a stack; the working widgets stay alive
underneath with everything typed into them, and open dialogs are hidden and shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from prisondesk.services.core.errors import AuthenticationFailed
from prisondesk.ui.errors import FieldErrors, ShownMessage
from prisondesk.ui.scanner import PasswordField
from prisondesk.ui.widgets import button, label

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input (0 turns it off), and
    ``hot_key`` when the lock key is pressed in any window of the program — modal dialogs
    included, where ordinary shortcuts of the main window are blocked."""

    idle = Signal()
    hot_key = Signal()

    def __init__(self, minutes: int, lock_key: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_key = lock_key
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
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
        kind = event.type()
        if kind in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms)
        if self._is_lock_key(event):
            self.hot_key.emit()
            return True
        return False

    def _is_lock_key(self, event: QEvent) -> bool:
        return (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self.lock_key
        )

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
        self.title = label("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.who = label("lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown_who = ShownMessage(self.who)
        self.password = PasswordField("lockPassword")
        self.password.setMaximumWidth(320)
        self.password.submitted.connect(self.unlock_requested)
        self.password.scanned.connect(self._scanned)
        self.error = label("lockError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errors = FieldErrors(self.error)
        self.unlock_button = button("unlockButton")
        self.unlock_button.clicked.connect(self._submit)
        self.logout_button = button("logoutButton")
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
        self.shown_who.say(
            lambda: self.tr("Locked by {name}. Enter the password to continue.").format(
                name=full_name
            )
        )
        self.password.clear()
        self.errors.clear()
        self.password.setFocus()

    def show_error(self, exc: Exception) -> None:
        self.password.clear()
        if isinstance(exc, AuthenticationFailed):
            # the login's "wrong user name or password" would speak of a name nobody typed here
            self.errors.say(lambda: self.tr("Wrong password, or your account has been disabled."))
        else:
            self.errors.show(exc)

    def _scanned(self) -> None:
        """A scan at the lock screen (the next visitor's pass, say) is not a password
        attempt: nothing is checked or counted."""
        self.errors.say(
            lambda: self.tr(
                "That was a scan, not a password. Unlock with your password, then scan."
            )
        )
        self.password.setFocus()

    def _submit(self) -> None:
        if self.password.text():
            self.unlock_requested.emit(self.password.text())
