"""The visitor registry: find anyone who has ever been registered, by name in any script or
by document number, and see whom they visit, their restrictions and their latest visits.
Supervisors restrict a visitor from here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QTimer
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
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import search
from prisondesk.services.visits.search import VisitorHit, VisitorRecord
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.visits.gate_desk import KIND_LABELS
from prisondesk.ui.visits.restriction_dialog import KINDS as RESTRICTION_KINDS
from prisondesk.ui.visits.restriction_dialog import RestrictionDialog
from prisondesk.ui.widgets import label, line_edit, show_if

TYPING_PAUSE_MS = 250
VISIT_STATES = {
    "came": QT_TRANSLATE_NOOP("VisitorRegistry", "came"),
    "booked": QT_TRANSLATE_NOOP("VisitorRegistry", "booked"),
    "cancelled": QT_TRANSLATE_NOOP("VisitorRegistry", "cancelled"),
}


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class VisitorRegistryPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("visitorRegistry")
        self.hits: list[VisitorHit] = []
        self.record: VisitorRecord | None = None
        self.query = line_edit("visitorQuery", 100)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.find)
        self.query.textChanged.connect(lambda _text: self.pause.start())
        self.query.returnPressed.connect(self.find)
        self.results = _table("visitorHits", 4)
        self.results.itemSelectionChanged.connect(self.open_chosen)
        self.found_label = label("foundLabel")
        self.identity = label("visitorIdentity")
        self.identity.setWordWrap(True)
        self.links = _table("visitorLinks", 3)
        self.restrictions = _table("visitorRestrictions", 4)
        self.visits = _table("visitorVisits", 5)
        self.links_label, self.restrictions_label, self.visits_label = label(), label(), label()
        self.restrict_button = QPushButton()
        self.restrict_button.setObjectName("restrictVisitor")
        self.restrict_button.clicked.connect(self.restrict)
        show_if(self.restrict_button, actor.can(Permission.APPROVE))
        self.restrict_button.setEnabled(False)
        self.errors = FieldErrors(label("registryError"))
        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.found_label)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(self.identity)
        right.addWidget(self.links_label)
        right.addWidget(self.links, 1)
        right.addWidget(self.restrictions_label)
        right.addWidget(self.restrictions, 1)
        right.addWidget(self.restrict_button)
        right.addWidget(self.visits_label)
        right.addWidget(self.visits, 2)
        right.addWidget(self.errors.general)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Visitor's name (any script) or document number"))
        self.results.setHorizontalHeaderLabels(
            [self.tr("Visitor"), self.tr("Born"), self.tr("Document"), self.tr("Phone")]
        )
        self.links_label.setText(self.tr("Visits these prisoners"))
        self.links.setHorizontalHeaderLabels(
            [self.tr("Prisoner"), self.tr("Relationship"), self.tr("Approved")]
        )
        self.restrictions_label.setText(self.tr("Restrictions in force or ahead"))
        self.restrictions.setHorizontalHeaderLabels(
            [self.tr("Restriction"), self.tr("From"), self.tr("To"), self.tr("Reason")]
        )
        self.visits_label.setText(self.tr("Latest visits"))
        self.visits.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Pass"),
                self.tr("Prisoner"),
                self.tr("Kind"),
                self.tr("State"),
            ]
        )
        self.restrict_button.setText(self.tr("&Restrict this visitor…"))
        record = self.record  # the visitor open stays open in the new language
        self._show_hits(self.hits)
        self._show_record(record)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def find(self) -> None:
        self.pause.stop()
        if not self.query.text().strip():
            self._show_hits([])
            return
        self.ops.run(
            search.search_visitors,
            self.store,
            self.actor,
            self.query.text(),
            on_done=self._show_hits,
            on_error=self.errors.show,
        )

    def _show_hits(self, hits: list[VisitorHit]) -> None:
        self.hits = hits
        # a new list: whoever was open is no longer chosen (a restriction must not reach
        # the previous person), and any row, the first too, opens on a click
        self.results.clearSelection()
        if self.record is not None:
            self._show_record(None)
        _fill(
            self.results,
            [(h.full_name, short_date(h.date_of_birth), h.document, h.phone) for h in hits],
        )
        if self.query.text().strip() and not hits:
            self.found_label.setText(self.tr("Nobody found"))
        elif self.query.text().strip():
            self.found_label.setText(self.tr("%n visitor(s) found", "", len(hits)))
        else:
            self.found_label.clear()

    def open_chosen(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if not rows:
            return
        self.open_visitor(self.hits[rows[0].row()].id)

    def open_visitor(self, visitor_id: str) -> None:
        self.errors.clear()
        self.ops.run(
            search.visitor_record,
            self.store,
            self.actor,
            visitor_id,
            on_done=self._show_record,
            on_error=self.errors.show,
        )

    def _show_record(self, record: VisitorRecord | None) -> None:
        self.record = record
        self.restrict_button.setEnabled(record is not None)
        if record is None:
            self.identity.setText(self.tr("Find a visitor and choose them in the list."))
            for table in (self.links, self.restrictions, self.visits):
                _fill(table, [])  # sized to the headers: none is cut in any language
            return
        details = [
            record.full_name,
            self.tr("born {day}").format(day=short_date(record.date_of_birth))
            if record.date_of_birth
            else "",
            " ".join(filter(None, (record.document, record.document_country))),
            record.phone,
            record.address,
        ]
        # names and addresses are typed by people: escaped before they meet rich text
        lines = [f"<b>{escape(details[0])}</b>", *(escape(d) for d in details[1:] if d)]
        self.identity.setText("<br>".join(lines))
        _fill(
            self.links,
            [
                (link.prisoner, link.relationship, self.tr("yes") if link.approved else "—")
                for link in record.links
            ],
        )
        _fill(
            self.restrictions,
            [
                (
                    translate("RestrictionDialog", RESTRICTION_KINDS.get(r.kind, r.kind)),
                    short_date(r.starts_on),
                    short_date(r.ends_on) or self.tr("until lifted"),
                    r.reason,
                )
                for r in record.restrictions
            ],
        )
        _fill(
            self.visits,
            [
                (
                    short_date(v.day),
                    v.number,
                    v.prisoner,
                    translate("gate", KIND_LABELS.get(v.kind, v.kind)),
                    translate("VisitorRegistry", VISIT_STATES["came" if v.came else v.status]),
                )
                for v in record.visits
            ],
        )

    def restrict(self) -> RestrictionDialog | None:
        if self.record is None:
            return None
        record = self.record
        dialog = RestrictionDialog(
            self.store,
            self.ops,
            self.actor,
            subject=record.full_name,
            visitor_id=record.id,
            parent=self,
        )
        dialog.saved.connect(lambda: self.open_visitor(record.id))
        dialog.open()
        return dialog
