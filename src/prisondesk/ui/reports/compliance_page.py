"""The Mandela Rules compliance list: admitted prisoners whose file lacks the injury
examination, a family contact or the rights explained, and drafts left unfinished; a
supervisor opens each file from here."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import admissions
from prisondesk.services.reports import compliance
from prisondesk.services.reports.compliance import ComplianceGap, MedicalNotice
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label

GAP_LABELS = {
    "injuries": QT_TRANSLATE_NOOP("compliance", "no injury examination"),
    "contacts": QT_TRANSLATE_NOOP("compliance", "no family contact"),
    "rights": QT_TRANSLATE_NOOP("compliance", "rights not explained"),
    "placement": QT_TRANSLATE_NOOP("compliance", "no regime or wing"),
    "draft": QT_TRANSLATE_NOOP("compliance", "admission left as a draft"),
}


class CompliancePage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("compliancePage")
        self.gaps: list[ComplianceGap] = []
        self.heading = label("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.explanation = label("complianceHelp")
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("complianceTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # a double click, or Enter on the row chosen with the arrow keys (a desk at the
        # keyboard reaches each file too)
        self.table.activated.connect(lambda index: self.open_file(index.row()))
        self.notices = QTableWidget(0, 4)
        self.notices.setObjectName("medicalNotices")
        self.notices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notices.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.medical: list[MedicalNotice] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.notices, "")
        self.tabs.setTabVisible(1, actor.can(Permission.MEDICAL_NOTICES))
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.count = label("complianceCount")
        self.errors = FieldErrors(label())
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        layout.addWidget(self.errors.general)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Mandela Rules compliance"))
        self.explanation.setText(
            self.tr(
                "Prisoners whose admission lacks what Rules 7, 8 and 54-55 require, and admissions "
                "left as drafts for more than a day. Double-click a row to open the file."
            )
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Name"), self.tr("Wing"), self.tr("Missing")]
        )
        self.notices.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Name"), self.tr("Body part"), self.tr("Description")]
        )
        self.tabs.setTabText(0, self.tr("Files to complete"))
        self.tabs.setTabText(1, self.tr("Medical notices"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.errors.clear()
        self.ops.run(
            compliance.gaps, self.store, self.actor, on_done=self._show, on_error=self.errors.show
        )
        if not self.actor.can(Permission.MEDICAL_NOTICES):
            return
        self.ops.run(
            compliance.medical_notices,
            self.store,
            self.actor,
            on_done=self._show_notices,
            on_error=self.errors.show,
        )

    def _show_notices(self, notices: list[MedicalNotice]) -> None:
        self.medical = notices
        self.notices.setRowCount(len(notices))
        for r, notice in enumerate(notices):
            description = notice.description
            if notice.ill_treatment_complaint:
                description = self.tr("Complains of ill-treatment: {text}").format(text=description)
            for c, value in enumerate(
                [notice.number, notice.full_name, notice.body_part, description]
            ):
                self.notices.setItem(r, c, QTableWidgetItem(value))
        self.notices.resizeColumnsToContents()

    def _show(self, gaps: list[ComplianceGap]) -> None:
        self.gaps = gaps
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.gaps))
        for r, gap in enumerate(self.gaps):
            missing = ", ".join(translate("compliance", GAP_LABELS[m]) for m in gap.missing)
            for c, value in enumerate([gap.number, gap.full_name, gap.wing, missing]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        text = self.tr("Files to complete: {n}").format(n=len(self.gaps))
        if len(self.gaps) >= compliance.LIST_LIMIT:
            text += " " + self.tr("(the first {n}; complete these to see more)").format(
                n=compliance.LIST_LIMIT
            )
        self.count.setText(text)

    def open_file(self, row: int) -> None:
        if not (0 <= row < len(self.gaps)) or not self.actor.can(Permission.VIEW_PRISONERS):
            return

        def show(view: admissions.AdmissionView) -> None:
            dialog = PrisonerFile(self.store, self.ops, self.actor, view, parent=self)
            dialog.open()

        self.ops.run(
            admissions.admission,
            self.store,
            self.actor,
            self.gaps[row].id,
            on_done=show,
            on_error=self.errors.show,
        )

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.refresh()
