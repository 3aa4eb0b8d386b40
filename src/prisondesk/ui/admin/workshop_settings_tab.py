"""Administration tab: the share of each wage held until release (Rule 103 of the Nelson
Mandela Rules), the rest being spendable. The figure shipped is a labelled example; the
facility sets its own, and each pay period keeps the share in force when it was computed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import settings as pay_settings
from prisondesk.services.workshops.settings import PaySettings
from prisondesk.ui.errors import FieldErrors, ShownMessage
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label


class WorkshopSettingsTab(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("workshopSettings")
        self.loaded: PaySettings | None = None
        self.note = label("workshopSettingsNote")
        self.note.setWordWrap(True)
        self.held = QSpinBox()
        self.held.setObjectName("heldPercent")
        self.held.setRange(0, 100)
        self.held.setSuffix(" %")
        self.held_label = label()
        self.held_label.setBuddy(self.held)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveWorkshopSettings")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.errors = FieldErrors(label("workshopSettingsError"), {"held_percent": label()})
        self.info = label("workshopSettingsInfo")
        self.shown_info = ShownMessage(self.info)
        row = QHBoxLayout()
        row.addWidget(self.held_label)
        row.addWidget(self.held)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.errors.fields["held_percent"])
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.info)
        layout.addStretch()
        self.retranslate()
        self.ops.run(
            pay_settings.pay_settings, store, actor, on_done=self._show, on_error=self.errors.show
        )

    def retranslate(self) -> None:
        self.held_label.setText(self.tr("Part of each wage &held until release"))
        self.save_button.setText(self.tr("Sa&ve the pay rule"))
        self._explain()

    def _explain(self) -> None:
        text = self.tr(
            "Of each wage posted to a deposit account, this share is set aside and paid on "
            "release (Rule 103 of the Nelson Mandela Rules); the rest may be spent."
        )
        if self.loaded is not None and self.loaded.example:
            text += " " + self.tr("The value shown is an example: set your facility's own.")
        self.note.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, settings: PaySettings) -> None:
        self.loaded = settings
        self.held.setValue(settings.held_percent)
        self._explain()

    def save(self) -> None:
        self.errors.clear()
        self.shown_info.clear()
        self.ops.run(
            pay_settings.save_pay_settings,
            self.store,
            self.actor,
            self.held.value(),
            on_done=self._saved,
            on_error=self.errors.show,
        )

    def _saved(self, saved: PaySettings) -> None:
        self._show(saved)
        self.shown_info.say(lambda: self.tr("Saved. Pay periods computed from now split so."))
