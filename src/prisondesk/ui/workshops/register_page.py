"""The instructor's attendance register: one session of one workshop on one screen.
Everyone with a place that day is listed. Scanning a prisoner's ID card marks them present
(on either keyboard layout); for anyone else the row is chosen and marked below it — present,
or absent with a reason (a refusal or an "other" reason takes a note), with the hours worked
and the pieces made. Marking a row again records a correction, which the history keeps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.workshops import (
    MAX_MINUTES,
    MAX_PIECES,
    OUTCOMES,
    PART_LABELS,
    WORKSHOPS,
    Outcome,
)
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import attendance, workshops
from prisondesk.services.workshops.attendance import MarkView, Register, RegisterRow
from prisondesk.services.workshops.workshops import DaySession, WorkshopSummary
from prisondesk.ui.date_field import DateField
from prisondesk.ui.desk_message import DeskMessage
from prisondesk.ui.errors import translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.scanner import ScanField
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, line_edit


def outcome_label(code: str) -> str:
    rule = OUTCOMES.get(Outcome(code)) if code in {o.value for o in Outcome} else None
    return translate(WORKSHOPS, rule.label) if rule else code


def hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


class RegisterPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("attendanceRegister")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.register: Register | None = None
        self.workshops: list[WorkshopSummary] = []

        self.heading = label("registerHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.workshop = QComboBox()
        self.workshop.setObjectName("registerWorkshop")
        self.workshop.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day = DateField("registerDay", near=lambda: local_today(self.tz))
        self.day.set_value(local_today(self.tz))
        self.part = QComboBox()
        self.part.setObjectName("registerPart")
        self.open_button = button("openRegister", self.load)
        self.workshop_label, self.day_label, self.part_label = label(), label(), label()
        self.workshop_label.setBuddy(self.workshop)
        self.day_label.setBuddy(self.day)
        self.part_label.setBuddy(self.part)

        self.scan = ScanField()
        self.scan.setStyleSheet("font-size: 14pt; padding: 6px;")
        self.scan.scanned.connect(self.mark_card)
        self.scan.typed.connect(self.mark_card)
        self.scan.repeated.connect(lambda _code: None)  # a bouncing trigger: once is enough
        self.message = label("registerMessage")
        self.shown = DeskMessage(self.message, self.scan, self._stray_text)
        self.count = label("registerCount")

        self.table = rows_table("registerTable", 6)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._chosen)

        self.outcome = QComboBox()
        self.outcome.setObjectName("markOutcome")
        self.outcome.activated.connect(self._outcome_chosen)
        self.minutes = QDoubleSpinBox()
        self.minutes.setObjectName("markHours")
        self.minutes.setDecimals(2)
        self.minutes.setRange(0, MAX_MINUTES / 60)
        self.minutes.setSingleStep(0.5)
        self.pieces = QSpinBox()
        self.pieces.setObjectName("markPieces")
        self.pieces.setRange(0, MAX_PIECES)
        self.note = line_edit("markNote", 2000)
        self.note.returnPressed.connect(self.record)
        self.record_button = button("recordMark", self.record)
        self.editor_labels = {name: label() for name in ("outcome", "hours", "pieces", "note")}
        for name, widget in (
            ("outcome", self.outcome),
            ("hours", self.minutes),
            ("pieces", self.pieces),
            ("note", self.note),
        ):
            self.editor_labels[name].setBuddy(widget)
        self._layout()
        self.retranslate()
        self.ops.run(
            workshops.list_workshops,
            store,
            actor,
            on_done=self._workshops_read,
            on_error=self.shown.say_error,
        )

    def _layout(self) -> None:
        choose = QHBoxLayout()
        for widget in (
            self.workshop_label,
            self.workshop,
            self.day_label,
            self.day,
            self.part_label,
            self.part,
            self.open_button,
        ):
            choose.addWidget(widget)
        choose.addStretch()
        editor = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.outcome)
        row.addWidget(self.editor_labels["hours"])
        row.addWidget(self.minutes)
        row.addWidget(self.editor_labels["pieces"])
        row.addWidget(self.pieces)
        row.addStretch()
        editor.addRow(self.editor_labels["outcome"], row)
        note = QHBoxLayout()
        note.addWidget(self.note, 1)
        note.addWidget(self.record_button)
        editor.addRow(self.editor_labels["note"], note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(choose)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Attendance register"))
        self.workshop_label.setText(self.tr("&Workshop"))
        self.day_label.setText(self.tr("&Day"))
        self.part_label.setText(self.tr("P&art of the day"))
        self.open_button.setText(self.tr("&Open"))
        self.scan.setPlaceholderText(self.tr("Scan an ID card to mark its holder present…"))
        self.editor_labels["outcome"].setText(self.tr("&Mark"))
        self.editor_labels["hours"].setText(self.tr("&Hours"))
        self.editor_labels["pieces"].setText(self.tr("&Pieces"))
        self.editor_labels["note"].setText(self.tr("&Note"))
        self.record_button.setText(self.tr("&Record"))
        current = self.part.currentData()
        self.part.clear()
        for code, text in PART_LABELS.items():
            self.part.addItem(translate(WORKSHOPS, text), code.value)
        self.part.setCurrentIndex(max(0, self.part.findData(current)))
        chosen = self.outcome.currentData()
        self.outcome.clear()
        for code, rule in OUTCOMES.items():
            paid = self.tr("paid") if rule.paid else self.tr("unpaid")
            self.outcome.addItem(f"{translate(WORKSHOPS, rule.label)} ({paid})", code.value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen)))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Mark"),
                self.tr("Hours"),
                self.tr("Pieces"),
                self.tr("Note, marked by"),
            ]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stray_text(self) -> str:
        return self.tr(
            "An ID card was scanned into another field: nothing was recorded. Click the "
            "scan field and scan again."
        )

    # --- which session -------------------------------------------------------------------
    def _workshops_read(self, found: list[WorkshopSummary]) -> None:
        self.workshops = found
        chosen = self.workshop.currentData()
        self.workshop.clear()
        for summary in found:
            self.workshop.addItem(summary.name, summary.id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(chosen)))

    def open_session(self, day_session: DaySession) -> None:
        """Today's session chosen on the home page."""
        index = self.workshop.findData(day_session.workshop_id)
        if index < 0:
            self.workshop.addItem(day_session.workshop_name, day_session.workshop_id)
            index = self.workshop.count() - 1
        self.workshop.setCurrentIndex(index)
        self.day.set_value(day_session.day)
        self.part.setCurrentIndex(max(0, self.part.findData(day_session.part)))
        self.load()

    def _session(self) -> tuple[str, date, str] | None:
        problem = self.day.problem()
        if problem or self.day.value() is None or self.workshop.currentData() is None:
            self.shown.say(
                lambda: problem or self.tr("Choose the workshop and the day."), warn=True
            )
            return None
        return self.workshop.currentData(), self.day.value(), self.part.currentData()

    def load(self, then=None) -> None:
        chosen = self._session()
        if chosen is None:
            return
        self.ops.run(
            attendance.register,
            self.store,
            self.actor,
            *chosen,
            on_done=lambda register: self._loaded(register, then),
            on_error=self.shown.say_error,
        )

    def _loaded(self, register: Register, then=None) -> None:
        self.register = register
        self._show()
        if then is not None:
            self.shown.say(then)
        elif not register.open:
            self.shown.say(lambda: self.tr("This session has not come yet."), warn=True)
        else:
            self.shown.say(lambda: self.tr("Scan each ID card, or choose a row and mark it below."))
        self._choose_next()
        self.scan.setFocus()

    def _rows(self) -> tuple[RegisterRow, ...]:
        return self.register.rows if self.register else ()

    def _show(self) -> None:
        rows = self._rows()
        fill_table(
            self.table,
            [
                (
                    r.number,
                    r.name,
                    (outcome_label(r.mark.outcome) + (" ⚠" if r.clash else "")) if r.mark else "",
                    hours(r.mark.minutes) if r.mark and r.mark.minutes else "",
                    str(r.mark.pieces) if r.mark and r.mark.pieces else "",
                    " · ".join(p for p in (r.mark.note, r.mark.marked_by) if p) if r.mark else "",
                )
                for r in rows
            ],
        )
        for index, row in enumerate(rows):
            if row.mark and not row.mark.paid:
                for column in range(self.table.columnCount()):
                    self.table.item(index, column).setForeground(Qt.GlobalColor.darkRed)
        marked = sum(1 for r in rows if r.mark)
        self.count.setText(
            self.tr("Marked: {marked} of {all}").format(marked=marked, all=len(rows))
        )

    def _choose_next(self) -> None:
        """The first row not yet marked, ready for the editor."""
        rows = self._rows()
        for index, row in enumerate(rows):
            if row.mark is None and row.held_here:
                self.table.selectRow(index)
                return
        self.table.clearSelection()

    def _current(self) -> RegisterRow | None:
        index = self.table.currentRow()
        rows = self._rows()
        selected = self.table.selectionModel().hasSelection()
        return rows[index] if selected and 0 <= index < len(rows) else None

    def _chosen(self) -> None:
        row = self._current()
        mark: MarkView | None = row.mark if row else None
        self.outcome.setCurrentIndex(
            max(0, self.outcome.findData(mark.outcome if mark else "attended"))
        )
        self.minutes.setValue((mark.minutes if mark else self._session_minutes()) / 60)
        self.pieces.setValue(mark.pieces if mark else 0)
        self.note.setText(mark.note if mark else "")

    def _session_minutes(self) -> int:
        return self.register.minutes if self.register else 0

    def _outcome_chosen(self) -> None:
        """An unpaid absence has no hours worked; a paid outcome is the whole session until
        the instructor types the hours."""
        rule = OUTCOMES.get(self.outcome.currentData())
        if rule is not None and not rule.paid:
            self.minutes.setValue(0)
        elif self.minutes.value() == 0:
            self.minutes.setValue(self._session_minutes() / 60)

    # --- marking -------------------------------------------------------------------------
    def mark_card(self, code: str) -> None:
        register = self.register  # the session on screen; before one is open, the fields'
        chosen = (
            (register.workshop_id, register.day, register.part) if register else self._session()
        )
        if chosen is None:
            return
        self.ops.run(
            attendance.mark_scanned,
            self.store,
            self.actor,
            *chosen,
            code,
            on_done=self._card_marked,
            on_error=self.shown.say_error,
        )

    def _card_marked(self, mark: MarkView) -> None:
        name = next((r.name for r in self._rows() if r.allocation_id == mark.allocation_id), "")
        self.load(then=lambda: self.tr("Present: {name}.").format(name=name))

    def record(self) -> None:
        row = self._current()
        register = self.register  # the session on screen, whatever the fields say now
        if row is None or register is None:
            self.shown.say(lambda: self.tr("Choose the row to mark."), warn=True)
            return
        minutes = round(self.minutes.value() * 60)
        values = (self.outcome.currentData(), minutes, self.pieces.value(), self.note.text())
        if row.mark is None:
            call, args = attendance.mark, (row.allocation_id, register.day, register.part, *values)
        else:  # marked already: a correction, kept in the history with the mark it corrects
            call, args = attendance.correct, (row.mark.id, *values)
        self.ops.run(
            call,
            self.store,
            self.actor,
            *args,
            on_done=lambda _mark: self.load(
                then=lambda: self.tr("Recorded: {name}, {mark}.").format(
                    name=row.name, mark=outcome_label(values[0])
                )
            ),
            on_error=self.shown.say_error,
        )
