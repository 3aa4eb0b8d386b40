"""The prisoner file's *Visits* tab: who may visit (approved or waiting), registering and
linking a visitor, a supervisor's approval, and booking a visit with its printed pass."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.roles import Permission
from prisondesk.services import visitors
from prisondesk.services.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visitors import LinkView
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.visitor_dialog import VisitorDialog
from prisondesk.ui.widgets import label


class VisitorsTab(QWidget):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        prisoner_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.prisoner_id, self.prisoner_label = prisoner_id, prisoner_label
        self.links: list[LinkView] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("prisonerVisitors")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addVisitor")
        self.add_button.clicked.connect(self.add_visitor)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveVisitor")
        self.approve_button.clicked.connect(self.approve)
        self.book_button = QPushButton()
        self.book_button.setObjectName("bookVisit")
        self.book_button.clicked.connect(self.book)
        can_manage = actor.can(Permission.MANAGE_VISITS)
        self.add_button.setVisible(can_manage)
        self.book_button.setVisible(can_manage)
        self.approve_button.setVisible(actor.can(Permission.APPROVE))
        self.errors = FieldErrors(label("visitorsError"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.approve_button, self.book_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors.general)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Visitor"), self.tr("Relationship"), self.tr("Document"), self.tr("Approved")]
        )
        self.add_button.setText(self.tr("&Add visitor…"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.book_button.setText(self.tr("&Book a visit…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ops.run(
            visitors.prisoner_visitors,
            self.store,
            self.actor,
            self.prisoner_id,
            on_done=self._loaded,
            on_error=self.errors.show,
        )

    def _loaded(self, links: list[LinkView]) -> None:
        self.links = links
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.links))
        for row, link in enumerate(self.links):
            values = [
                link.full_name,
                link.relationship,
                link.document,
                self.tr("yes") if link.approved else self.tr("waiting"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add_visitor(self) -> VisitorDialog:
        dialog = VisitorDialog(self.store, self.ops, self.actor, self.prisoner_id, self)
        dialog.linked.connect(self.refresh)
        dialog.open()
        return dialog

    def approve(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        link = self.links[rows[0].row()]
        self.ops.run(
            visitors.approve_visitor,
            self.store,
            self.actor,
            link.link_id,
            on_done=lambda _: self.refresh(),
            on_error=self.errors.show,
        )

    def book(self) -> BookingDialog:
        approved = [link for link in self.links if link.approved]
        dialog = BookingDialog(
            self.store, self.ops, self.actor, self.prisoner_id, self.prisoner_label, approved, self
        )
        dialog.open()
        return dialog
