"""Book a visit for a prisoner: a day, one of its open visiting times, the approved visitors
who come and who leads. A refusal shows its precise reason; a visitor left out is named; the
pass prints at once (system print dialog) or is saved as a PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visits import is_child
from prisondesk.printing.visits.passes import render_visit_passes
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import bookings, calendar, passes
from prisondesk.services.visits.bookings import BookingResult, OpenSlot
from prisondesk.services.visits.visitors import LinkView
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.visits.gate_desk import KIND_LABELS
from prisondesk.ui.widgets import label

REFUSED_LABELS = {
    "not_approved": QT_TRANSLATE_NOOP("BookingDialog", "not on the approved list"),
    "banned": QT_TRANSLATE_NOOP("BookingDialog", "banned then"),
}


class BookingDialog(QDialog):
    booked = Signal()  # the lists showing the prisoner's visits read them again

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        prisoner_label: str,
        approved: list[LinkView],
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        slot_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.prisoner_id = prisoner_id
        self.setObjectName("bookingDialog")
        self.resize(620, 440)
        self.slots: list[OpenSlot] = []
        self.slots_day: date | None = None  # the day the times shown are of
        self.result: BookingResult | None = None
        self.wanted_slot = slot_id  # chosen in the calendar: selected once the times load
        self.today: date | None = None  # the facility's, once read
        # typed (dd.mm.yyyy) or picked from its calendar (F4); tomorrow once today is known
        self.day = DateField("day", near=lambda: self.today or date.today())
        self.day.set_value(day)
        self.slot = QComboBox()
        self.slot.setObjectName("slot")
        self.people = QListWidget()
        self.people.setObjectName("visitors")
        for link in approved:
            item = QListWidgetItem(f"{link.full_name} ({link.relationship})")
            item.setData(Qt.ItemDataRole.UserRole, link.visitor_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.lead = QComboBox()
        self.lead.setObjectName("lead")
        today = QDate.currentDate().toPython()
        for link in sorted(approved, key=lambda v: is_child(v.date_of_birth, today)):
            self.lead.addItem(link.full_name, link.visitor_id)  # an adult leads by default
        self.book_button = QPushButton()
        self.book_button.setObjectName("book")
        self.book_button.clicked.connect(self.book)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPass")
        self.print_button.clicked.connect(self.print_pass)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePass")
        self.save_button.clicked.connect(self.save_pass)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.outcome = label("bookingOutcome")
        self.outcome.setWordWrap(True)
        self.day_label, self.slot_label = label(), label()
        self.people_label, self.lead_label = label(), label()
        errors = {name: label() for name in ("day", "slot", "lead", "visitors")}
        self.errors = FieldErrors(label("bookingError"), errors)
        form = QFormLayout()
        form.addRow(label("prisoner", prisoner_label))
        form.addRow(self.day_label, self.day)
        form.addRow("", errors["day"])
        form.addRow(self.slot_label, self.slot)
        form.addRow("", errors["slot"])
        form.addRow(self.people_label, self.people)
        form.addRow("", errors["visitors"])
        form.addRow(self.lead_label, self.lead)
        form.addRow("", errors["lead"])
        buttons = QHBoxLayout()
        for button in (self.book_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.retranslate()
        self.ops.run(
            calendar.facility_day,
            self.store,
            self.actor,
            on_done=self._start_on,
            on_error=self.errors.show,
        )

    def _start_on(self, today: date) -> None:
        """Days open for booking start at the facility's today, whatever the desk's clock."""
        self.today = today
        if not self.day.edit.text():  # neither given by the calendar nor typed meanwhile
            self.day.set_value(today + timedelta(days=1))
        self.day.edited.connect(self.load_slots)
        self.load_slots()

    def chosen_day(self) -> date | None:
        """The day typed, or None with what is wrong with it said beside the field."""
        problem = self.day.problem()
        value = None if problem else self.day.value()
        if problem:
            self.errors.show_at("day", problem)
        elif value is None:
            self.errors.show_at("day", self.tr("Type the day of the visit."))
        elif self.today is not None and value < self.today:
            when = short_date(value)
            self.errors.show_at("day", self.tr("{date} has passed.").format(date=when))
            value = None
        else:
            self.errors.clear_at("day")
        return value

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Book a visit"))
        self.day_label.setText(self.tr("&Day"))
        self.day_label.setBuddy(self.day)
        self.slot_label.setText(self.tr("&Time"))
        self.slot_label.setBuddy(self.slot)
        self.people_label.setText(self.tr("Who &comes"))
        self.people_label.setBuddy(self.people)
        self.lead_label.setText(self.tr("&Lead visitor"))
        self.lead_label.setBuddy(self.lead)
        self.book_button.setText(self.tr("&Book"))
        self.print_button.setText(self.tr("&Print pass…"))
        self.save_button.setText(self.tr("&Save pass as PDF…"))

    def load_slots(self, again: bool = False) -> None:
        """The open times of the day typed; leaving the field unchanged keeps the time chosen
        (``again``: read them anew on the same day, as after a booking)."""
        day = self.chosen_day()
        if day is None:
            self.slots, self.slots_day = [], None
            self.slot.clear()
            return
        if day == self.slots_day and not again:
            return
        self.ops.run(
            bookings.open_slots,
            self.store,
            self.actor,
            day,
            on_done=lambda slots: self._show_slots(slots, day),
            on_error=self.errors.show,
        )

    def _show_slots(self, slots: list[OpenSlot], day: date) -> None:
        chosen = self.slot.currentData() if day == self.slots_day else None
        wanted = self.wanted_slot or chosen  # the calendar's, or the officer's on this day
        self.slots, self.slots_day = slots, day
        self.slot.clear()
        for slot in slots:
            kind = translate("gate", KIND_LABELS.get(slot.kind, slot.kind))
            self.slot.addItem(
                self.tr("{starts}–{ends} · {kind} · {room} · {free} free").format(
                    starts=slot.starts, ends=slot.ends, kind=kind, room=slot.room, free=slot.free
                ),
                slot.slot_id,
            )
        if not slots:
            self.slot.addItem(self.tr("no visiting time left that day"), None)
        found = self.slot.findData(wanted) if wanted else -1
        if found >= 0:
            self.slot.setCurrentIndex(found)
        self.wanted_slot = None

    def chosen(self) -> list[str]:
        return [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def book(self) -> None:
        self.errors.clear()
        self.outcome.clear()
        lead = self.lead.currentData()
        people = self.chosen()
        if lead and lead not in people:
            people.insert(0, lead)  # the lead always comes
        day = self.chosen_day()
        if day is None:
            return
        if day != self.slots_day:  # typed, and Book clicked before its times arrived
            self.errors.show_at(
                "slot", self.tr("Choose a time on {date}.").format(date=short_date(day))
            )
            return
        if self.slot.currentData() is None:
            self.errors.show_at("slot", self.tr("Choose a day with a free visiting time."))
            return
        self.ops.run(
            bookings.book_visit,
            self.store,
            self.actor,
            prisoner_id=self.prisoner_id,
            slot_id=self.slot.currentData(),
            day=day,
            visitor_ids=people,
            lead_id=lead or "",
            on_done=self._booked,
            on_error=self.errors.show,
        )

    def _booked(self, result: BookingResult) -> None:
        self.result = result
        self.booked.emit()
        text = self.tr("Booked: pass {number}.").format(number=result.number)
        if result.refused:
            names = {
                self.people.item(i).data(Qt.ItemDataRole.UserRole): self.people.item(i).text()
                for i in range(self.people.count())
            }
            left_out = "; ".join(
                f"{names.get(r.visitor_id, r.visitor_id)}: "
                f"{translate('BookingDialog', REFUSED_LABELS[r.reason])}"
                for r in result.refused
            )
            text += " " + self.tr("Left out: {people}.").format(people=left_out)
        self.outcome.setText(text)
        self.book_button.setEnabled(False)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.load_slots(again=True)  # one place fewer

    def _with_pass(self, then) -> None:
        """Read the pass off the GUI thread, render it, hand the PDF to ``then``."""
        assert self.result is not None
        self.ops.run(
            passes.pass_for,
            self.store,
            self.actor,
            self.result.booking_id,
            on_done=lambda document: then(render_visit_passes([document], "receipt80", translate)),
            on_error=self.errors.show,
        )

    def print_pass(self) -> None:
        if self.result is not None:
            number = self.result.number
            self._with_pass(lambda pdf: print_pdf(self, pdf, number))

    def save_pass(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save pass"), f"{self.result.number}.pdf", "PDF (*.pdf)"
        )
        if path:
            self._with_pass(Path(path).write_bytes)
