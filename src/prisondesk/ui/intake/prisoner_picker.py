"""Choose a prisoner by name (any script), PIN or number: the first step of booking a visit
from the calendar, or of putting someone on a workshop's waiting list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import search
from prisondesk.services.intake.search import PrisonerHit
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

TYPING_PAUSE_MS = 250


class PrisonerPicker(QDialog):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title  # the caller's, in the language of now; "Whose visit?" by default
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("prisonerPicker")
        self.resize(520, 400)
        self.chosen: PrisonerHit | None = None
        self.hits: list[PrisonerHit] = []
        self.query = line_edit("prisonerQuery", 100)
        self.results = QListWidget()
        self.results.setObjectName("prisonerHits")
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.find)
        self.query.textChanged.connect(lambda _text: self.pause.start())
        self.query.returnPressed.connect(self.find)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors(label("pickerError"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.title or self.tr("Whose visit?"))
        self.query.setPlaceholderText(self.tr("Prisoner's name, PIN or number"))

    def find(self) -> None:
        self.pause.stop()
        if not self.query.text().strip():
            self._show([])
            return
        self.ops.run(
            search.search,
            self.store,
            self.actor,
            self.query.text(),
            on_done=self._show,
            on_error=self.errors.show,
        )

    def _show(self, hits: list[PrisonerHit]) -> None:
        self.hits = hits
        self.results.clear()
        for hit in hits:
            born = short_date(hit.date_of_birth)
            item = QListWidgetItem(f"{hit.number}  {hit.full_name}  {born}  {hit.wing} {hit.cell}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        row = self.results.currentRow()
        if row < 0 or row >= len(self.hits):
            self.errors.general.setText(self.tr("Find the prisoner and choose them in the list."))
            self.errors.general.show()
            return
        self.chosen = self.hits[row]
        super().accept()
