"""Administration tab: how many days after admission a prisoner's first assessment is due
(the due lists name those still without one), and the wing suggested for each security level
when an assessment is approved (a suggestion: a supervisor decides where a prisoner goes).
The figures shipped are a labelled example until the facility sets its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from prisondesk.domain.assessments import SecurityLevel
from prisondesk.services.assessments import settings
from prisondesk.services.assessments.settings import MAX_DAYS, AssessmentSettings
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, ShownMessage
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label


class AssessmentSettingsTab(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("assessmentSettings")
        self.loaded: AssessmentSettings | None = None
        info = facility.current_facility(store)
        self.facility_wings = info.wings if info else ()
        self.note = label("assessmentSettingsNote")
        self.note.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setObjectName("firstWithinDays")
        self.days.setRange(1, MAX_DAYS)
        self.days_label = label()
        self.days_label.setBuddy(self.days)
        self.wings: dict[SecurityLevel, QComboBox] = {}
        self.wing_labels: dict[SecurityLevel, object] = {}
        form = QFormLayout()
        form.addRow(self.days_label, self.days)
        for level in SecurityLevel:
            combo = QComboBox()
            combo.setObjectName(f"wingFor:{level.value}")
            self.wings[level] = combo
            self.wing_labels[level] = label()
            self.wing_labels[level].setBuddy(combo)
            form.addRow(self.wing_labels[level], combo)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveAssessmentSettings")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.errors = FieldErrors(
            label("assessmentSettingsError"), {"first_within_days": label(), "wings": label()}
        )
        self.info = label("assessmentSettingsInfo")
        self.shown_info = ShownMessage(self.info)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        for error in self.errors.fields.values():
            layout.addWidget(error)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.info)
        layout.addStretch()
        self.retranslate()
        self.ops.run(
            settings.assessment_settings,
            store,
            actor,
            on_done=self._show,
            on_error=self.errors.show,
        )

    def retranslate(self) -> None:
        self.days_label.setText(self.tr("&Days after admission for the first assessment"))
        texts = {
            SecurityLevel.LOW: self.tr("Wing suggested for lo&w security"),
            SecurityLevel.MEDIUM: self.tr("Wing suggested for &medium security"),
            SecurityLevel.HIGH: self.tr("Wing suggested for &high security"),
        }
        for level, combo in self.wings.items():
            self.wing_labels[level].setText(texts[level])
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— no suggestion —"), None)
            for wing in self.facility_wings:
                combo.addItem(wing.name, wing.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.save_button.setText(self.tr("Sa&ve the assessment rules"))
        self._explain()

    def _explain(self) -> None:
        text = self.tr(
            "A prisoner should have a first risk and needs assessment within these days of "
            "admission; the assessments due list names those who have none. When an assessment "
            "is approved, the wing of its security level is suggested."
        )
        if self.loaded is not None and self.loaded.example:
            text += " " + self.tr("The value shown is an example: set your facility's own.")
        self.note.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, found: AssessmentSettings) -> None:
        self.loaded = found
        self.days.setValue(found.first_within_days)
        for level, combo in self.wings.items():
            combo.setCurrentIndex(max(0, combo.findData(found.wings.get(level.value))))
        self._explain()

    def save(self) -> None:
        self.errors.clear()
        self.shown_info.clear()
        wings = {level.value: combo.currentData() for level, combo in self.wings.items()}
        self.ops.run(
            settings.save_settings,
            self.store,
            self.actor,
            self.days.value(),
            {level: wing for level, wing in wings.items() if wing},
            on_done=self._saved,
            on_error=self.errors.show,
        )

    def _saved(self, saved: AssessmentSettings) -> None:
        self._show(saved)
        self.shown_info.say(lambda: self.tr("Saved."))
