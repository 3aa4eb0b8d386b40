"""The Workshops module: today's sessions (an instructor's home page), the attendance
register, the workshops with their waiting lists and places, and pay periods (run by workshop
staff, approved by supervisors)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.operations import Operations
from prisondesk.ui.workshops.pay_page import PayPage
from prisondesk.ui.workshops.places_page import PlacesPage
from prisondesk.ui.workshops.register_page import RegisterPage
from prisondesk.ui.workshops.today_page import TodayPage


class WorkshopsPage(QTabWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopsPage")
        self.today = TodayPage(store, ops, actor)
        self.register = RegisterPage(store, ops, actor)
        self.places = PlacesPage(store, ops, actor)
        runs_pay = actor.can(Permission.MANAGE_WORKSHOPS) or actor.can(Permission.APPROVE)
        self.pay = PayPage(store, ops, actor) if runs_pay else None
        for page in (self.today, self.register, self.places, self.pay):
            if page is not None:
                self.addTab(page, "")
        self.today.open_register.connect(self.open_register)
        self.retranslate()

    def open_register(self, day_session) -> None:
        self.setCurrentWidget(self.register)
        self.register.open_session(day_session)

    def retranslate(self) -> None:
        for widget, text in (
            (self.today, self.tr("Today")),
            (self.register, self.tr("Register")),
            (self.places, self.tr("Workshops")),
            (self.pay, self.tr("Pay")),
        ):
            if widget is not None:
                self.setTabText(self.indexOf(widget), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
