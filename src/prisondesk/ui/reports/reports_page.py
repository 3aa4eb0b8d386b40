"""The Reports module: reports with charts for a period (``report_viewer.py``) and the
Mandela Rules list of files to complete, each file opened from its row."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.operations import Operations
from prisondesk.ui.reports.compliance_page import CompliancePage
from prisondesk.ui.reports.report_viewer import ReportViewer


class ReportsPage(QTabWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.viewer = ReportViewer(store, ops, actor)
        self.compliance = CompliancePage(store, ops, actor)
        self.addTab(self.viewer, "")
        self.addTab(self.compliance, "")
        # the list is a facility's to work through; headquarters reads the compliance report
        self.setTabVisible(1, actor.facility_id is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Reports"))
        self.setTabText(1, self.tr("Files to complete"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
