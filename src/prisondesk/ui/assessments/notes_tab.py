"""The prisoner file's *Timeline* tab (dynamic security): the case notes the reader may see and,
for those who read assessments, each assessment's steps and each review of the plan, the
latest first; and a case note written here — what staff observed or did with the prisoner,
of a kind, seen by everyone who reads the file or by social workers, psychologists and
supervisors only."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from prisondesk.domain.assessments import (
    ASSESSMENTS,
    NOTE_KIND_LABELS,
    SECURITY_LABELS,
    STEP_LABELS,
    VISIBILITY_LABELS,
    NoteKind,
    SecurityLevel,
    Step,
    Visibility,
)
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments import case_notes, timeline
from prisondesk.services.assessments.timeline import Entry
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.form_dialog import FormDialog
from prisondesk.ui.i18n import short_date_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, show_if


class TimelineTab(QWidget):
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
        self.store, self.ops, self.actor, self.prisoner_id = store, ops, actor, prisoner_id
        self.setObjectName("prisonerTimeline")
        self.entries: list[Entry] = []
        self.table = rows_table("timelineTable", 4)
        self.write_button = button("writeCaseNote", self.write)
        show_if(self.write_button, actor.can(Permission.WRITE_CASE_NOTES))
        self.message = label("timelineMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.write_button.setText(self.tr("&Write a case note…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Said")]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.ops.run(
            timeline.timeline,
            self.store,
            self.actor,
            self.prisoner_id,
            on_done=self._read,
            on_error=self.shown.say_error,
        )

    def _read(self, found: list[Entry]) -> None:
        self.entries = found
        self._show()
        if not found:
            self.shown.say(lambda: self.tr("Nothing recorded yet."))

    def _show(self) -> None:
        fill_table(
            self.table,
            [(short_date_time(e.at), self._what(e), e.text, e.by) for e in self.entries],
        )

    def _what(self, entry: Entry) -> str:
        if entry.source == "note":
            what = translate(ASSESSMENTS, NOTE_KIND_LABELS[NoteKind(entry.what)])
            return what + (" 🔒" if entry.restricted else "")
        if entry.source == "assessment":
            return self.tr("Assessment: {step}").format(
                step=translate(ASSESSMENTS, STEP_LABELS[Step(entry.what)])
            )
        if entry.source == "classification":
            return self.tr("Classified: {security}").format(
                security=translate(ASSESSMENTS, SECURITY_LABELS[SecurityLevel(entry.what)])
            )
        return self.tr("Plan reviewed")

    def write(self) -> None:
        dialog = NoteDialog(self.ops, self.store, self.actor, self.prisoner_id, self)
        dialog.saved.connect(lambda _id: self._written())
        dialog.open()

    def _written(self) -> None:
        self.shown.say(lambda: self.tr("The note is recorded."))
        self.refresh()


class NoteDialog(FormDialog):
    def __init__(
        self, ops: Operations, store: Store, actor: Actor, prisoner_id: str, parent: QWidget
    ) -> None:
        super().__init__(ops, "caseNoteDialog", ("kind", "visibility", "text"), parent)
        self.store, self.actor, self.prisoner_id = store, actor, prisoner_id
        self.kind = QComboBox()
        self.kind.setObjectName("noteKind")
        self.visibility = QComboBox()
        self.visibility.setObjectName("noteVisibility")
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)  # Tab leaves the note for the buttons
        self.text.setMaximumHeight(120)
        for field, widget in (
            ("kind", self.kind),
            ("visibility", self.visibility),
            ("text", self.text),
        ):
            self.add_row(field, widget)
        self.finish()
        self.kind.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Case note"))
        self.labels["kind"].setText(self.tr("&Kind"))
        self.labels["visibility"].setText(self.tr("&Seen by"))
        self.labels["text"].setText(self.tr("&What happened"))
        for combo, labels in ((self.kind, NOTE_KIND_LABELS), (self.visibility, VISIBILITY_LABELS)):
            chosen = combo.currentData()
            combo.clear()
            for code, text in labels.items():
                combo.addItem(translate(ASSESSMENTS, text), code.value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        if not self.actor.can(Permission.VIEW_ASSESSMENTS):  # writes for all who read the file
            self.visibility.setCurrentIndex(self.visibility.findData(Visibility.FILE.value))

    def request(self) -> tuple[object, ...]:
        return (
            case_notes.write,
            self.store,
            self.actor,
            self.prisoner_id,
            self.kind.currentData(),
            self.visibility.currentData(),
            self.text.toPlainText(),
        )
