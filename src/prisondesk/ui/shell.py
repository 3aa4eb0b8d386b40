"""The sequence of windows: first-run set-up or login, a forced password change, the main
window, and back to the login after logging out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from prisondesk.config import Settings
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.core import facility, headquarters, users
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store, daily_backup
from prisondesk.ui.i18n import PSEUDO, LanguageSwitcher
from prisondesk.ui.login_dialog import LoginDialog
from prisondesk.ui.operations import Operations
from prisondesk.ui.password_dialog import ChangePasswordDialog
from prisondesk.ui.setup_wizard import SetupWizard
from prisondesk.ui.sync_scheduler import SyncScheduler

BACKUP_CHECK_MS = 60 * 60 * 1000


class Shell(QObject):
    """Owns the current top-level window. ``window_shown`` fires for each one (tests, bench)."""

    window_shown = Signal(QWidget)

    def __init__(
        self, app: QApplication, store: Store, settings: Settings, languages: LanguageSwitcher
    ) -> None:
        super().__init__(app)
        self.app, self.store, self.settings, self.languages = app, store, settings, languages
        self.ops = Operations(self)
        self.backups: Path | None = None
        self.backup_timer = QTimer(self)  # a gate desk may run for weeks: back up daily anyway
        self.backup_timer.timeout.connect(self.back_up_if_due)
        self.backup_timer.start(BACKUP_CHECK_MS)
        self.window: QWidget | None = None
        self.facility_name = ""
        # syncs whoever is logged in, and at the login screen too (new users arrive by sync)
        self.sync = SyncScheduler(store, self)

    def back_up_if_due(self) -> None:
        if self.backups is not None:
            self.ops.run(daily_backup, self.store, self.backups)

    def start(self) -> None:
        info = facility.current_facility(self.store)  # one fast read before the first window
        ready_headquarters = headquarters.is_headquarters(
            self.store
        ) and not headquarters.needs_first_account(self.store)
        if info is None and ready_headquarters:
            self.facility_name = self.headquarters_name()
            self.sync.start()
            self.show_login()
            return
        if info is None:
            wizard = SetupWizard(
                self.store,
                self.ops,
                self.languages.language,
                headquarters_enrolled=headquarters.needs_first_account(self.store),
            )
            wizard.language_chosen.connect(self.set_language)
            wizard.completed.connect(self._set_up)
            wizard.joined.connect(self._joined)
            wizard.rejected.connect(self.app.quit)
            self._show(wizard)
        else:
            self.facility_name = info.name
            self.sync.start()
            self.show_login()

    def set_language(self, code: str) -> None:
        self.languages.apply(code)
        if code != PSEUDO:  # the pseudo-locale lives only as long as the run that asked for it
            self.settings.set(Settings.LANGUAGE, code)

    def headquarters_name(self) -> str:
        """Shown for a headquarters desk where a facility's name stands: a label, so the
        status bar and the login window say it in the language of the moment."""
        return Label("Shell", QT_TRANSLATE_NOOP("Shell", "Headquarters (all facilities)"))

    def _set_up(self, actor: Actor) -> None:
        info = facility.current_facility(self.store)
        if info is None and headquarters.is_headquarters(self.store):
            self.facility_name = self.headquarters_name()
            self.sync.start()  # a headquarters desk keeps pulling every facility
        else:
            self.facility_name = info.name if info else ""
        self._logged_in(actor)

    def _joined(self, facility_name: str) -> None:
        """A workstation that joined an existing facility: its users came with the sync."""
        self.facility_name = facility_name
        self.sync.start()
        self.show_login()

    def show_login(self) -> None:
        login = LoginDialog(self.store, self.ops, self.facility_name, self.languages.language)
        login.language_chosen.connect(self.set_language)
        login.logged_in.connect(lambda actor: self._logged_in(actor, login.chosen_language()))
        login.rejected.connect(self.app.quit)
        self._show(login)

    def _logged_in(self, actor: Actor, chosen_language: str | None = None) -> None:
        """The language picked on the login screen wins and becomes the user's own;
        otherwise the user's saved language applies."""
        if chosen_language and chosen_language != actor.language:
            actor = replace(actor, language=chosen_language)
            self.ops.run(users.set_language, self.store, actor, chosen_language)
        # the user's own language, unless the program was started in the pseudo-locale (a
        # translator's check of the whole program)
        pseudo = self.languages.language == PSEUDO
        if actor.language and actor.language != self.languages.language and not pseudo:
            self.set_language(actor.language)
        if actor.must_change_password:
            dialog = ChangePasswordDialog(self.store, self.ops, actor, forced=True)
            dialog.changed.connect(self._open_main)
            dialog.rejected.connect(self.show_login)
            self._show(dialog)
        else:
            self._open_main(actor)

    def _open_main(self, actor: Actor) -> None:
        # imported here: the modules' pages (printing, images, search) load after the login
        # window is up, which keeps the cold start short
        from prisondesk.ui.main_window import MainWindow

        window = MainWindow(
            self.store,
            self.ops,
            actor,
            self.facility_name,
            self.settings,
            language=self.languages.language,
            sync=self.sync,
        )
        window.language_chosen.connect(self.set_language)
        window.logged_out.connect(self.show_login)  # before the window hides: never zero windows
        self._show(window)

    def _show(self, window: QWidget) -> None:
        previous = self.window
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        if previous is not None and previous is not window:
            previous.deleteLater()
        self.window_shown.emit(window)
