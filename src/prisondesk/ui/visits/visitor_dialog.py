"""Register a visitor (or find the one registered already) and put them on a prisoner's
list with their relationship; approval comes from a supervisor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import visitors
from prisondesk.services.visits.visitors import DuplicateVisitor, VisitorEntry
from prisondesk.ui.date_field import DateField, about_thirty_years_ago
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "document_type",
    "document_number",
    "document_country",
    "phone",
    "address",
    "relationship",
    "date_of_birth",
)


class VisitorDialog(QDialog):
    linked = Signal()

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor, self.prisoner_id = store, ops, actor, prisoner_id
        self.setObjectName("visitorDialog")
        self.existing_id: str | None = None
        self.edits = {
            name: line_edit(name, 300 if name == "address" else 100)
            for name in FIELDS
            if name != "date_of_birth"
        }
        # typed (dd.mm.yyyy) or picked; left empty when unknown, never a made-up day
        self.born = DateField("date_of_birth", near=about_thirty_years_ago)
        self.labels = {name: label() for name in FIELDS}
        errors = {name: label() for name in FIELDS}
        self.errors = FieldErrors(label("visitorError"), errors)
        form = QFormLayout()
        for name in FIELDS:
            form.addRow(
                self.labels[name], self.born if name == "date_of_birth" else self.edits[name]
            )
            form.addRow("", errors[name])
        self.photo: bytes | None = None
        self.photo_button = QPushButton()
        self.photo_button.setObjectName("visitorPhoto")
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_name = label("photoName")
        self.use_existing = QPushButton()
        self.use_existing.setObjectName("useExisting")
        self.use_existing.hide()
        self.use_existing.clicked.connect(self._link_existing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_name, 1)
        layout.addLayout(photo_row)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.use_existing)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a visitor"))
        texts = {
            "surname": self.tr("&Surname"),
            "given_name": self.tr("&Given name"),
            "patronymic": self.tr("&Patronymic"),
            "date_of_birth": self.tr("Date of &birth"),
            "document_type": self.tr("&Document"),
            "document_number": self.tr("Document &number"),
            "document_country": self.tr("Issued by (&country)"),
            "phone": self.tr("P&hone"),
            "address": self.tr("&Address"),
            "relationship": self.tr("&Relationship"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].setBuddy(self.born if name == "date_of_birth" else self.edits[name])
        self.use_existing.setText(self.tr("Use the registered person"))
        self.photo_button.setText(self.tr("Ph&oto…"))

    def _entry(self) -> VisitorEntry:
        value = {name: edit.text() for name, edit in self.edits.items()}
        return VisitorEntry(
            value["surname"],
            value["given_name"],
            value["patronymic"],
            self.born.value(),
            value["document_type"],
            value["document_number"],
            value["document_country"],
            value["phone"],
            value["address"],
        )

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.bmp)")
        )
        if path:
            self.use_photo(Path(path))

    def use_photo(self, path: Path) -> None:
        try:
            self.photo = path.read_bytes()
        except OSError:
            self.photo = None
            self.photo_name.setText(self.tr("The file cannot be read."))
            return
        self.photo_name.setText(path.name)

    def save(self) -> None:
        self.errors.clear()
        if problem := self.born.problem():
            self.errors.show_at("date_of_birth", problem)
            return
        self.ops.run(
            visitors.register_and_link,
            self.store,
            self.actor,
            self.prisoner_id,
            self._entry(),
            self.edits["relationship"].text(),
            self.photo,
            on_done=self._done,
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.errors.show(exc)
        if isinstance(exc, DuplicateVisitor):
            self.existing_id = exc.existing_id
            self.use_existing.show()

    def _link_existing(self) -> None:
        if self.existing_id is None:
            return
        self.ops.run(
            visitors.link_visitor,
            self.store,
            self.actor,
            self.prisoner_id,
            self.existing_id,
            self.edits["relationship"].text(),
            on_done=self._done,
            on_error=self.errors.show,
        )

    def _done(self, _link_id: str) -> None:
        self.linked.emit()
        self.accept()
