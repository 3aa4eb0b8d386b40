"""The application shell: module navigation, pages, status bar, menus and the lock."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from prisondesk.config import Paths, Settings
from prisondesk.domain.roles import ROLE_LABELS, ROLES, Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services import diagnostics
from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.workstation import WorkstationSettings
from prisondesk.services.store import Store
from prisondesk.ui.admin.users_page import UsersPage
from prisondesk.ui.assessments.assessments_page import AssessmentsPage
from prisondesk.ui.assessments.file_tab import AssessmentsTab
from prisondesk.ui.assessments.notes_tab import TimelineTab
from prisondesk.ui.errors import show_error, translate
from prisondesk.ui.i18n import LANGUAGES, PSEUDO
from prisondesk.ui.intake import file_tabs
from prisondesk.ui.intake.file_tabs import FileTab
from prisondesk.ui.intake.registry_page import RegistryPage
from prisondesk.ui.lock import IdleWatcher, LockScreen
from prisondesk.ui.modules import HOME, MODULES, MODULES_CONTEXT, Module
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.parcels_page import ParcelsPage
from prisondesk.ui.parcels.parcels_tab import ParcelsTab
from prisondesk.ui.password_dialog import ChangePasswordDialog
from prisondesk.ui.placeholder_page import PlaceholderPage
from prisondesk.ui.reports.reports_page import ReportsPage
from prisondesk.ui.status_bar import ShellStatusBar
from prisondesk.ui.sync.review_dialog import SyncReviewDialog
from prisondesk.ui.sync_scheduler import SyncScheduler
from prisondesk.ui.visits.visitors_tab import VisitorsTab
from prisondesk.ui.visits.visits_page import VisitsPage
from prisondesk.ui.workshops.workshops_page import WorkshopsPage
from prisondesk.ui.workshops.workshops_tab import WorkshopsTab, pay_out_after_release

# the modules' tabs in the prisoner file (intake's screens may not import the modules above it)
file_tabs.register(FileTab("visits", QT_TRANSLATE_NOOP("PrisonerFile", "Visits"), VisitorsTab))
file_tabs.register(FileTab("parcels", QT_TRANSLATE_NOOP("PrisonerFile", "Parcels"), ParcelsTab))
file_tabs.register(
    FileTab("workshops", QT_TRANSLATE_NOOP("PrisonerFile", "Workshops"), WorkshopsTab)
)
file_tabs.register(
    FileTab("assessments", QT_TRANSLATE_NOOP("PrisonerFile", "Assessment and plan"), AssessmentsTab)
)
file_tabs.register(FileTab("timeline", QT_TRANSLATE_NOOP("PrisonerFile", "Timeline"), TimelineTab))
file_tabs.register_after_move("workshops", pay_out_after_release)


USUAL_SIZE = QSize(1200, 760)
TITLE_BAR = 40  # room left for the title bar and borders the system adds around the window


class MainWindow(QMainWindow):
    logged_out = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        facility_name: str,
        settings: Settings,
        language: str,
        sync: SyncScheduler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        # the settings file lives in the data folder (config.Paths): the folder diagnostics read
        self.paths = Paths(settings.path.parent)
        self.setObjectName("mainWindow")
        self._fit_to_screen()
        self._logging_out = False
        self._hidden_dialogs: list[QWidget] = []

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; }"
            "QListWidget#navigation::item { padding: 9px 8px; }"
        )
        self.pages = QStackedWidget()
        self.modules = [m for m in MODULES if m.shown_to(actor.can)]
        for module in self.modules:
            item = QListWidgetItem()
            item.setData(0x0100, module.key)
            self.navigation.addItem(item)
            self.pages.addWidget(self._page_for(module, settings))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        keys = [m.key for m in self.modules]
        home = HOME.get(actor.role)
        self.navigation.setCurrentRow(keys.index(home) if home in keys else 0)

        work = QWidget()
        row = QHBoxLayout(work)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self._try_unlock)
        self.lock_screen.logout_requested.connect(self.log_out)
        self.stack = QStackedWidget()
        self.stack.addWidget(work)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self.status = ShellStatusBar(
            actor.full_name, translate(ROLES, ROLE_LABELS[actor.role]), facility_name
        )
        self.setStatusBar(self.status)
        self.sync = sync
        if sync is not None:
            self.status.show_sync(sync.state)
            if sync.state.status is None:
                sync.refresh_status()
            sync.changed.connect(self.status.show_sync)
            self.status.sync_requested.connect(sync.sync_now)
        # the lock key is caught in every window by the IdleWatcher, not as a menu shortcut
        self.lock_key = QKeySequence(settings.get(Settings.LOCK_SHORTCUT))
        self._build_menus(language)
        self.idle = IdleWatcher(settings.get(Settings.IDLE_LOCK_MINUTES), self.lock_key, self)
        self.idle.idle.connect(self.lock)
        self.idle.hot_key.connect(self.lock)
        self.retranslate()

    def _fit_to_screen(self) -> None:
        """Open inside the screen's free area, centred: 1200×760 where there is room; on a
        1366×768 laptop (1366×728 beside the taskbar) or a 1280×720 panel, less."""
        free = self.screen().availableGeometry()
        self.resize(
            min(USUAL_SIZE.width(), free.width()),
            min(USUAL_SIZE.height(), free.height() - TITLE_BAR),
        )
        left = free.x() + max(0, (free.width() - self.width()) // 2)
        top = free.y() + max(0, (free.height() - self.height() - TITLE_BAR) // 2)
        self.move(left, top)

    def _page_for(self, module: Module, settings: Settings) -> QWidget:
        if module.key == "admin":
            page = UsersPage(self.store, self.ops, self.actor, settings)
            page.workstation.saved.connect(self._apply_workstation_settings)
            page.workstation.enrolled.connect(self._enrolled)
            return page
        if module.key == "intake":
            self.registry = RegistryPage(self.store, self.ops, self.actor)
            return self.registry
        if module.key == "visits":
            return VisitsPage(self.store, self.ops, self.actor)
        if module.key == "parcels":
            return ParcelsPage(self.store, self.ops, self.actor)
        if module.key == "workshops":
            return WorkshopsPage(self.store, self.ops, self.actor)
        if module.key == "assessments":
            return AssessmentsPage(self.store, self.ops, self.actor)
        if module.key == "reports":
            return ReportsPage(self.store, self.ops, self.actor)
        return PlaceholderPage(module.title, module.description)

    # --- menus -------------------------------------------------------------------------------
    def _build_menus(self, language: str) -> None:
        self.session_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.password_action, self.logout_action):
            self.session_menu.addAction(action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.quit_action)

        self.sync_menu = self.menuBar().addMenu("")
        self.sync_now_action = QAction(self)
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.triggered.connect(self._sync_now)
        self.sync_menu.addAction(self.sync_now_action)
        self.review_action = QAction(self)
        self.review_action.triggered.connect(self.review_sync)
        self.review_action.setVisible(self.actor.can(Permission.APPROVE))
        self.sync_menu.addAction(self.review_action)

        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        # the pseudo-locale is offered only to a program started with --pseudo-locale
        pseudo = [(PSEUDO, "Pseudo [Ŀâýöûţ]")] if language == PSEUDO else []
        for code, name in [*LANGUAGES.items(), *pseudo]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = self.menuBar().addMenu("")
        self.diagnostics_action = QAction(self)
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        self.help_menu.addAction(self.diagnostics_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PrisonDesk"))
        for index, module in enumerate(self.modules):
            self.navigation.item(index).setText(translate(MODULES_CONTEXT, module.title))
        self.session_menu.setTitle(self.tr("&Session"))
        self.lock_action.setText(
            self.tr("&Lock workstation")
            + "\t"
            + self.lock_key.toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.password_action.setText(self.tr("&Change password…"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        # English pages use every letter of "Help" but L, so the language menu takes U
        self.language_menu.setTitle(self.tr("Lang&uage"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.review_action.setText(self.tr("&Conflicts and rejected changes…"))
        self.help_menu.setTitle(self.tr("He&lp"))
        self.diagnostics_action.setText(self.tr("Copy &diagnostics"))
        self.status.set_role_label(translate(ROLES, ROLE_LABELS[self.actor.role]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_language(self, code: str) -> None:
        self.language_chosen.emit(code)
        if code in LANGUAGES:
            self.ops.run(
                users.set_language,
                self.store,
                self.actor,
                code,
                on_done=lambda actor: setattr(self, "actor", actor),
                on_error=lambda exc: show_error(self, exc),
            )

    def _apply_workstation_settings(self, saved: WorkstationSettings) -> None:
        self.lock_key = QKeySequence(saved.lock_shortcut)
        self.idle.lock_key = self.lock_key
        self.idle.set_minutes(saved.idle_lock_minutes)
        self.retranslate()

    # --- sync ------------------------------------------------------------------------------
    def _sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def _enrolled(self) -> None:
        if self.sync is not None:
            self.sync.start()
            self.sync.sync_now()

    def review_sync(self) -> SyncReviewDialog:
        dialog = SyncReviewDialog(self.store, self.ops, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- help ------------------------------------------------------------------------------
    def copy_diagnostics(self) -> None:
        """Help → Copy diagnostics: the support report (services/diagnostics.py) on the
        clipboard, to paste into a message to support."""
        self.ops.run(
            diagnostics.report,
            self.paths,
            self.store,
            on_done=self._diagnostics_ready,
            on_error=lambda exc: show_error(self, exc),
        )

    def _diagnostics_ready(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.status.showMessage(
            self.tr("Diagnostics copied to the clipboard: paste them into a message to support."),
            15_000,
        )

    # --- lock --------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.locked:
            return
        self._hidden_dialogs = []
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and not isinstance(widget, QMessageBox | QInputDialog):
                widget.hide()  # a form: kept with what was typed, shown again on unlock
                self._hidden_dialogs.append(widget)
            else:
                widget.close()  # a question or a popup: answered "no", asked again later
        self.lock_screen.prepare(self.actor.full_name)
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.password.setFocus()

    def _try_unlock(self, password: str) -> None:
        self.ops.run(
            users.confirm_password,
            self.store,
            self.actor,
            password,
            on_done=lambda _: self._unlock(),
            on_error=self.lock_screen.show_error,
        )

    def _unlock(self) -> None:
        self.stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        try:
            for widget in self._hidden_dialogs:
                if shiboken6.isValid(widget):  # a form may have been deleted meanwhile
                    widget.show()
        finally:
            self._hidden_dialogs = []
            self.idle.restart()

    # --- session -----------------------------------------------------------------------------
    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.store, self.ops, self.actor, forced=False, parent=self)
        dialog.changed.connect(lambda actor: setattr(self, "actor", actor))
        dialog.open()

    def log_out(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Log out"),
            self.tr("Log out now? Anything not yet saved in open forms will be lost."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._logging_out = True
            for widget in self._hidden_dialogs:
                widget.close()
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._logging_out:
            event.ignore()  # a locked workstation closes only through "Log out"
            return
        self.idle.stop()
        super().closeEvent(event)
        if self._logging_out:
            self.logged_out.emit()
