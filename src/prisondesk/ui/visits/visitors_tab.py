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
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import bookings, visitors
from prisondesk.services.visits.bookings import BookingView
from prisondesk.services.visits.visitors import LinkView
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.restriction_dialog import RestrictionDialog
from prisondesk.ui.visits.visitor_dialog import VisitorDialog
from prisondesk.ui.widgets import label, line_edit, show_if


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
        self.restrict_button = QPushButton()
        self.restrict_button.setObjectName("restrict")
        self.restrict_button.clicked.connect(self.restrict)
        show_if(self.restrict_button, actor.can(Permission.APPROVE))
        self.upcoming = QTableWidget(0, 3)
        self.upcoming.setObjectName("upcomingVisits")
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.horizontalHeader().setStretchLastSection(True)
        self.visits: list[BookingView] = []
        self.cancel_reason = line_edit("cancelReason", 300)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelVisit")
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.upcoming_label = label()
        can_manage = actor.can(Permission.MANAGE_VISITS)
        show_if(self.add_button, can_manage)
        show_if(self.book_button, can_manage)
        show_if(self.cancel_reason, can_manage)
        show_if(self.cancel_button, can_manage)
        show_if(self.approve_button, actor.can(Permission.APPROVE))
        # a refused cancellation is said under its reason, where the officer types
        self.errors = FieldErrors(label("visitorsError"), {"reason": label("cancelReasonError")})
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.approve_button,
            self.restrict_button,
            self.book_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(self.cancel_reason, 1)
        cancel_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming, 1)
        layout.addLayout(cancel_row)
        layout.addWidget(self.errors.fields["reason"])
        layout.addWidget(self.errors.general)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Visitor"), self.tr("Relationship"), self.tr("Document"), self.tr("Approved")]
        )
        self.add_button.setText(self.tr("&Add visitor…"))
        self.approve_button.setText(self.tr("Appr&ove"))
        self.book_button.setText(self.tr("&Book a visit…"))
        self.restrict_button.setText(self.tr("Re&strict…"))
        self.upcoming.setHorizontalHeaderLabels([self.tr("Pass"), self.tr("When"), self.tr("Who")])
        self.upcoming_label.setText(self.tr("Visits booked"))
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.cancel_button.setText(self.tr("Cancel the &visit"))
        self._fill()
        self._show_visits(self.visits)  # their days as the language writes dates

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
        self.ops.run(
            bookings.upcoming,
            self.store,
            self.actor,
            self.prisoner_id,
            on_done=self._show_visits,
            on_error=self.errors.show,
        )

    def _show_visits(self, visits: list[BookingView]) -> None:
        self.visits = visits
        self.upcoming.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            when = f"{short_date(visit.day)} {visit.starts}–{visit.ends}"
            for column, value in enumerate((visit.number, when, visit.visitors)):
                self.upcoming.setItem(row, column, QTableWidgetItem(value))
        self.upcoming.resizeColumnsToContents()

    def cancel_visit(self) -> None:
        rows = self.upcoming.selectionModel().selectedRows()
        if not rows:
            return
        visit = self.visits[rows[0].row()]
        self.errors.clear()
        self.ops.run(
            bookings.cancel_booking,
            self.store,
            self.actor,
            visit.id,
            self.cancel_reason.text(),
            on_done=self._cancelled,
            on_error=self.errors.show,
        )

    def _cancelled(self, _result: object) -> None:
        self.cancel_reason.clear()
        self.refresh()

    def restrict(self) -> RestrictionDialog:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            link = self.links[rows[0].row()]
            dialog = RestrictionDialog(
                self.store,
                self.ops,
                self.actor,
                subject=link.full_name,
                visitor_id=link.visitor_id,
                parent=self,
            )
        else:  # nobody chosen: the prisoner's own visits
            dialog = RestrictionDialog(
                self.store,
                self.ops,
                self.actor,
                subject=self.prisoner_label,
                prisoner_id=self.prisoner_id,
                parent=self,
            )
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

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
        dialog.booked.connect(self.refresh)
        dialog.open()
        return dialog
