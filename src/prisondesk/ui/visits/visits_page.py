"""The Visits module: the gate desk for those at the gate, the visiting schedule for those
who plan visits (changing it is for supervisors)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.operations import Operations
from prisondesk.ui.visits.calendar_page import CalendarPage
from prisondesk.ui.visits.gate_desk import GateDeskPage
from prisondesk.ui.visits.schedule_page import SchedulePage
from prisondesk.ui.visits.visitor_registry import VisitorRegistryPage
from prisondesk.ui.widgets import show_if


class VisitsPage(QTabWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self.gate = GateDeskPage(store, ops, actor) if actor.can(Permission.GATE_VISITS) else None
        manages = actor.can(Permission.MANAGE_VISITS)
        self.calendar = CalendarPage(store, ops, actor) if manages else None
        self.visitors = VisitorRegistryPage(store, ops, actor) if manages else None
        self.schedule = SchedulePage(store, ops, actor) if manages else None
        for page in (self.gate, self.calendar, self.visitors, self.schedule):
            if page is not None:
                self.addTab(page, "")
        if self.schedule is not None:
            for box in (self.schedule.rooms_box, self.schedule.slot_box, self.schedule.block_box):
                show_if(box, actor.can(Permission.APPROVE))
        self.retranslate()

    def retranslate(self) -> None:
        for widget, text in (
            (self.gate, self.tr("Gate")),
            (self.calendar, self.tr("Calendar")),
            (self.visitors, self.tr("Visitors")),
            (self.schedule, self.tr("Schedule")),
        ):
            if widget is not None:
                self.setTabText(self.indexOf(widget), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
