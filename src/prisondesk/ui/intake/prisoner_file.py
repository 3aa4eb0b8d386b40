"""The prisoner file: who, on what legal basis, where, what is stored, whom to tell, and every
movement; with the movement dialog and the printed ID card and property receipt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import local, zone
from prisondesk.domain.names import full_name
from prisondesk.domain.roles import Permission
from prisondesk.domain.wire import utc_now
from prisondesk.printing.intake.id_card import IdCard, render_id_card
from prisondesk.printing.intake.property_receipt import (
    PropertyReceipt,
    ReceiptLine,
    render_property_receipt,
)
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import admissions, movements, photos
from prisondesk.services.intake.admissions import CONTACT_ABSENCES, AdmissionView
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, ShownMessage, translate
from prisondesk.ui.i18n import facility_time, short_date
from prisondesk.ui.intake import file_tabs
from prisondesk.ui.intake.admission_pages import language_name
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.movement_dialog import KIND_LABELS, MovementDialog
from prisondesk.ui.intake.registry_model import STATUS_LABELS
from prisondesk.ui.operations import Operations
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.widgets import label, photo_label, show_if, show_photo


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    return table


class PrisonerFile(QDialog):
    changed = Signal()

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        view: AdmissionView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("prisonerFile")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # none pile up over a shift
        self.resize(900, 620)
        self.info = facility.current_facility(store)
        self.tz = zone(self.info.time_zone)  # times are shown as the facility's clock shows them
        self.photo = photo_label("photo")
        self.title = label("fileTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = label("fileSummary")
        self.tabs = QTabWidget()
        self.move_button = QPushButton(self.tr("Record &movement…"))
        self.move_button.clicked.connect(self.record_movement)
        show_if(self.move_button, actor.can(Permission.EDIT_PRISONERS))
        self.edit_button = QPushButton(self.tr("&Edit file…"))
        self.edit_button.clicked.connect(self.edit)
        show_if(self.edit_button, actor.can(Permission.EDIT_PRISONERS))
        self.card_button = QPushButton(self.tr("ID &card (PDF)…"))
        self.card_button.clicked.connect(self.save_id_card)
        self.receipt_button = QPushButton(self.tr("Property &receipt (PDF)…"))
        self.receipt_button.clicked.connect(self.save_receipt)
        self.print_card_button = QPushButton(self.tr("&Print ID card…"))
        self.print_card_button.clicked.connect(
            lambda: print_pdf(self, self.id_card_pdf(), f"{self.view.number} ID")
        )
        self.print_receipt_button = QPushButton(self.tr("Print property receipt…"))
        self.print_receipt_button.clicked.connect(
            lambda: print_pdf(self, self.receipt_pdf(), f"{self.view.number} property")
        )
        self.message = label("fileMessage")
        self.shown_message = ShownMessage(self.message)
        self.errors = FieldErrors(label())
        head = QVBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.summary)
        head.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.photo)
        top.addLayout(head, 1)
        buttons = QHBoxLayout()
        for widget in (
            self.edit_button,
            self.move_button,
            self.print_card_button,
            self.print_receipt_button,
            self.card_button,
            self.receipt_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.errors.general)
        self._jpeg: bytes | None = None
        self.show_view(view)
        ops.run(
            photos.photo_of,
            store,
            actor,
            view.id,
            on_done=self._show_photo,
            on_error=self.errors.show,
        )

    def _date(self, value: object) -> str:
        return short_date(value) or "—"

    def show_view(self, view: AdmissionView) -> None:
        self.view = view
        self.move_button.setEnabled(view.status in movements.ALLOWED)
        ident, legal = view.identity, view.legal
        self.setWindowTitle(self.tr("File {number}").format(number=view.number))
        self.title.setText(full_name(ident.surname, ident.given_name, ident.patronymic))
        wing = next((w.name for w in self.info.wings if w.id == view.placement.wing_id), "—")
        status = translate("intake", STATUS_LABELS[view.status])
        if view.arriving_from:
            status = self.tr("{status} from {facility}").format(
                status=status, facility=view.arriving_from
            )
        self.summary.setText(
            # the wing's own name ("Блок 1") says it is a wing: no word before it
            self.tr(
                "{number} · {status} · born {born} · {wing}, cell {cell} · release {release}"
            ).format(
                number=view.number,
                status=status,
                born=self._date(ident.date_of_birth),
                wing=wing,
                cell=view.placement.cell or "—",
                release=self._date(view.release_date),
            )
        )
        self.tabs.clear()
        self.tabs.addTab(
            _table(
                [self.tr("Field"), self.tr("Value")],
                [
                    [self.tr("PIN"), ident.pin],
                    [self.tr("Citizenship"), ident.citizenship],
                    [self.tr("Document"), f"{ident.document_type} {ident.document_number}".strip()],
                    [self.tr("Languages"), self._languages(ident.languages)],
                    [self.tr("Court or authority"), legal.authority],
                    [
                        self.tr("Decision"),
                        f"{legal.decision_number}, {self._date(legal.decision_date)}",
                    ],
                    [self.tr("Articles"), legal.articles],
                ],
            ),
            self.tr("Identity and legal basis"),
        )
        if view.injuries_shown:  # health information: only roles with the medical permission
            self.tabs.addTab(self._injuries(view), self.tr("Injuries"))
        self.tabs.addTab(
            _table(
                [self.tr("Item"), self.tr("Quantity"), self.tr("Condition"), self.tr("Stored at")],
                [[p.item, str(p.quantity), p.condition, p.storage_place] for p in view.property],
            ),
            self.tr("Property"),
        )
        self.tabs.addTab(self._contacts(view), self.tr("Contacts"))
        self.movements_tab = _table([self.tr("When"), self.tr("What"), self.tr("Where")], [])
        self.tabs.addTab(self.movements_tab, self.tr("Movements"))
        heading = f"{view.number} {full_name(ident.surname, ident.given_name, ident.patronymic)}"
        self.module_tabs = {}  # the modules' own tabs (visits, ...), by module key
        for tab in file_tabs.registered():
            widget = tab.make(self.store, self.ops, self.actor, view.id, heading)
            self.module_tabs[tab.key] = widget
            self.tabs.addTab(widget, QCoreApplication.translate("PrisonerFile", tab.title))
        self.ops.run(
            movements.history,
            self.store,
            self.actor,
            view.id,
            on_done=self._show_movements,
            on_error=self.errors.show,
        )

    def _injuries(self, view: AdmissionView) -> QTableWidget:
        """Rule 8: the injuries and complaints noted at admission, or that none were seen."""
        if not view.injuries or not view.injuries_examined:
            said = (
                self.tr("Examined: no visible injuries, no complaints")
                if view.injuries_examined
                else self.tr("Not examined yet")
            )
            return _table([self.tr("Examination")], [[said]])
        yes, no = self.tr("yes"), self.tr("no")
        return _table(
            [
                self.tr("Injury or complaint"),
                self.tr("Body part"),
                self.tr("Complaint of ill-treatment"),
                self.tr("Medical service told"),
            ],
            [
                [
                    i.description,
                    i.body_part,
                    yes if i.ill_treatment_complaint else no,
                    yes if i.notify_medical else no,
                ]
                for i in view.injuries
            ],
        )

    def _contacts(self, view: AdmissionView) -> QTableWidget:
        """The family contacts, or why none is listed and what is known."""
        if view.no_contact is not None:
            reason = CONTACT_ABSENCES.get(view.no_contact.reason, view.no_contact.reason)
            return _table(
                [self.tr("Family"), self.tr("Note")],
                [[translate("intake", reason), view.no_contact.note]],
            )
        return _table(
            [self.tr("Full name"), self.tr("Relationship"), self.tr("Phone"), self.tr("Address")],
            [[c.full_name, c.relationship, c.phone, c.address] for c in view.contacts],
        )

    def _languages(self, codes: tuple[str, ...]) -> str:
        """Named, not coded: "Kyrgyz, Russian" (a code the program does not know as typed)."""
        return ", ".join(language_name(code) for code in codes)

    def _show_movements(self, rows: list) -> None:
        self.movements_tab.setRowCount(len(rows))
        for r, move in enumerate(rows):
            where = move.destination or " ".join(p for p in (move.wing, move.cell) if p)
            for c, value in enumerate(
                [
                    facility_time(move.occurred_at, self.tz),
                    translate("movements", KIND_LABELS.get(move.kind, move.kind)),
                    where,
                ]
            ):
                self.movements_tab.setItem(r, c, QTableWidgetItem(value))
        self.movements_tab.resizeColumnsToContents()

    def _show_photo(self, jpeg: bytes | None) -> None:
        self._jpeg = jpeg
        if not show_photo(self.photo, jpeg):
            self.photo.setText(self.tr("No photo"))

    def edit(self) -> AdmissionWizard:
        """Correct the file section by section; every change is audited with before/after."""
        wizard = AdmissionWizard(
            self.store, self.ops, self.actor, self.info.wings, self.view, parent=self
        )
        wizard.draft_saved.connect(self.show_view)
        wizard.draft_saved.connect(lambda _view: self.changed.emit())
        wizard.open()
        return wizard

    def record_movement(self) -> None:
        self.ops.run(
            movements.destinations,
            self.store,
            self.actor,
            on_done=self._open_movement,
            on_error=self.errors.show,
        )

    def _open_movement(self, destinations: list) -> MovementDialog:
        dialog = MovementDialog(
            self.store,
            self.ops,
            self.actor,
            self.view,
            self.info.wings,
            self.info.time_zone,
            tuple(destinations),
            parent=self,
        )
        dialog.recorded.connect(self._moved)
        dialog.open()
        return dialog

    def _moved(self, movement) -> None:
        self._reload()
        for step in file_tabs.after_move_steps():  # the modules' own steps (a payout)
            step(self, self.store, self.ops, self.actor, self.view.id, movement.kind)

    def _reload(self) -> None:
        self.changed.emit()
        self.ops.run(
            admissions.admission,
            self.store,
            self.actor,
            self.view.id,
            on_done=self.show_view,
            on_error=self.errors.show,
        )

    # --- printing --------------------------------------------------------------------------
    def _save_pdf(self, name: str, pdf: bytes) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), name, "PDF (*.pdf)")
        if path:
            Path(path).write_bytes(pdf)
            self.shown_message.say(lambda: self.tr("Saved {path}").format(path=path))

    def id_card_pdf(self) -> bytes:
        wing = next((w.name for w in self.info.wings if w.id == self.view.placement.wing_id), "")
        card = IdCard(
            self.info.name,
            self.view.number,
            self.title.text(),
            self.view.identity.date_of_birth,
            wing,
            self._jpeg,
        )
        return render_id_card(card, translate)

    def receipt_pdf(self) -> bytes:
        lines = tuple(
            ReceiptLine(p.item, p.quantity, p.condition, p.storage_place)
            for p in self.view.property
        )
        receipt = PropertyReceipt(
            self.info.name,
            self.view.number,
            self.title.text(),
            self.actor.full_name,
            local(utc_now(), self.tz),
            lines,
        )
        return render_property_receipt(receipt, translate)

    def save_id_card(self) -> None:
        self._save_pdf(f"{self.view.number}-card.pdf", self.id_card_pdf())

    def save_receipt(self) -> None:
        self._save_pdf(f"{self.view.number}-property.pdf", self.receipt_pdf())
