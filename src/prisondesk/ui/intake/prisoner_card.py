"""The registry card: what every desk may see of a prisoner (photo, name, number, status,
wing and cell), opened from the registry by those who do not read whole files (gate
officers, instructors, headquarters viewers; the permission matrix says who)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import photos
from prisondesk.services.intake.registry import RegistryRow
from prisondesk.services.intake.search import PrisonerHit
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.intake.registry_model import STATUS_LABELS
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, photo_label, show_photo


class PrisonerCard(QDialog):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        row: RegistryRow | PrisonerHit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("prisonerCard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.photo = photo_label("cardPhoto")
        self.title = label("cardTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.values = {
            name: label(f"card_{name}") for name in ("number", "born", "status", "place")
        }
        self.captions = {name: label() for name in self.values}
        self.note = label("cardNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.errors = FieldErrors(label())
        form = QFormLayout()
        for name, value in self.values.items():
            form.addRow(self.captions[name], value)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addLayout(form)
        side.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.photo)
        top.addLayout(side, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.retranslate()
        ops.run(
            photos.photo_of,
            store,
            actor,
            row.id,
            on_done=self._show_photo,
            on_error=self.errors.show,
        )

    def retranslate(self) -> None:
        row = self.row
        self.setWindowTitle(self.tr("Prisoner {number}").format(number=row.number))
        self.title.setText(row.full_name)
        self.captions["number"].setText(self.tr("Number"))
        self.captions["born"].setText(self.tr("Born"))
        self.captions["status"].setText(self.tr("Status"))
        self.captions["place"].setText(self.tr("Wing and cell"))
        self.values["number"].setText(row.number)
        self.values["born"].setText(short_date(row.date_of_birth) or "—")
        self.values["status"].setText(
            translate("intake", STATUS_LABELS.get(row.status, row.status))
        )
        self.values["place"].setText(" · ".join(p for p in (row.wing, row.cell) if p) or "—")
        self.note.setText(
            self.tr(
                "This is the registry card. The whole file (documents, legal basis, "
                "contacts) is read by registry officers, social workers and supervisors."
            )
        )
        if self.photo.pixmap().isNull():
            self.photo.setText(self.tr("No photo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_photo(self, jpeg: bytes | None) -> None:
        show_photo(self.photo, jpeg)
