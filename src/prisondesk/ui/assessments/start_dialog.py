"""The small forms of an assessment's steps: start one (the instrument, its latest version,
and why it is made — the first one, or a review with its reason; ``saved`` carries the new
assessment's id), and send one back to its assessor, saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from prisondesk.domain.assessments import ASSESSMENTS, REASON_LABELS, ReviewReason
from prisondesk.services.assessments import instruments, workflow
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.assessments.texts import in_language
from prisondesk.ui.errors import translate
from prisondesk.ui.form_dialog import FormDialog
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit


class StartDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        store: Store,
        actor: Actor,
        prisoner_id: str,
        prisoner: str,
        first: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "startAssessment", ("instrument", "reason", "reason_note"), parent)
        self.store, self.actor, self.prisoner_id, self.first = store, actor, prisoner_id, first
        self.who = label("startWho", prisoner)
        self.who.setStyleSheet("font-weight: 600;")
        self.instrument = QComboBox()
        self.instrument.setObjectName("startInstrument")
        self.reason = QComboBox()
        self.reason.setObjectName("startReason")
        self.note = line_edit("startNote", 2000)
        for field, widget in (
            ("instrument", self.instrument),
            ("reason", self.reason),
            ("reason_note", self.note),
        ):
            self.add_row(field, widget)
        self.finish(self.who)
        self.instrument.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First assessment") if self.first else self.tr("Reassessment"))
        self.labels["instrument"].setText(self.tr("&Instrument"))
        self.labels["reason"].setText(self.tr("&Why now"))
        self.labels["reason_note"].setText(self.tr("In wor&ds"))
        chosen = self.instrument.currentData()
        self.instrument.clear()
        for found in instruments.available().latest_of_each():
            self.instrument.addItem(
                self.tr("{title}, version {version}").format(
                    title=in_language(found.title), version=found.version
                ),
                found.id,
            )
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(chosen)))
        reason = self.reason.currentData()
        self.reason.clear()
        for code, text in REASON_LABELS.items():
            if (code == ReviewReason.INITIAL) == self.first:
                self.reason.addItem(translate(ASSESSMENTS, text), code.value)
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))

    def request(self) -> tuple[object, ...]:
        return (
            workflow.start,
            self.store,
            self.actor,
            self.prisoner_id,
            self.instrument.currentData(),
            self.reason.currentData(),
            self.note.text(),
        )


class SendBackDialog(FormDialog):
    """Why the assessment goes back to its assessor."""

    def __init__(
        self, ops: Operations, store: Store, actor: Actor, assessment_id: str, parent: QWidget
    ) -> None:
        super().__init__(ops, "sendBackDialog", ("reason",), parent)
        self.store, self.actor, self.assessment_id = store, actor, assessment_id
        self.reason = line_edit("sendBackReason", 2000)
        self.add_row("reason", self.reason)
        self.finish()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send the assessment back"))
        self.labels["reason"].setText(self.tr("&Why"))

    def request(self) -> tuple[object, ...]:
        return (workflow.send_back, self.store, self.actor, self.assessment_id, self.reason.text())
