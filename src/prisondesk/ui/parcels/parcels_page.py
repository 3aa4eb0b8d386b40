"""The Parcels module: the desk at the gate, the daily log, the confiscations, and for
supervisors what desks working apart left to settle."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.log_page import ParcelLogPage
from prisondesk.ui.parcels.oversight_page import AttentionPage, ConfiscationsPage
from prisondesk.ui.parcels.parcel_desk import ParcelDeskPage
from prisondesk.ui.scanner import PageScans


class ParcelsPage(QTabWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parcelsPage")
        self.desk = ParcelDeskPage(store, ops, actor)
        self.log = ParcelLogPage(store, ops, actor)
        self.confiscations = ConfiscationsPage(store, ops, actor)
        supervises = actor.can(Permission.APPROVE)
        self.attention = AttentionPage(store, ops, actor) if supervises else None
        for page in (self.desk, self.log, self.confiscations, self.attention):
            if page is not None:
                self.addTab(page, "")
        for page in (self.confiscations, self.attention):
            if page is not None:
                page.open_parcel.connect(self.open_at_desk)
        self.currentChanged.connect(self._refresh)
        # a parcel's barcode scanned on any other tab opens it at the desk
        self.scans = PageScans(self, lambda: self.currentWidget() is not self.desk)
        self.scans.scanned.connect(self._scanned)
        self.retranslate()

    def open_at_desk(self, parcel_id: str) -> None:
        self.setCurrentWidget(self.desk)
        self.desk.open_parcel(parcel_id)

    def _scanned(self, code: str) -> None:
        self.setCurrentWidget(self.desk)
        self.desk.open_code(code)

    def _refresh(self, _index: int) -> None:
        """A tab shown again reads what other desks and steps have changed meanwhile."""
        page = self.currentWidget()
        if page is self.desk:
            self.desk.refresh_queues()
        elif page is self.log:
            self.log.load()
        elif page is self.confiscations:
            self.confiscations.load()
        elif page is self.attention:
            self.attention.load()

    def retranslate(self) -> None:
        for widget, text in (
            (self.desk, self.tr("Gate")),
            (self.log, self.tr("Daily log")),
            (self.confiscations, self.tr("Confiscations")),
            (self.attention, self.tr("To settle")),
        ):
            if widget is not None:
                self.setTabText(self.indexOf(widget), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
