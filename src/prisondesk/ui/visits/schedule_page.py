"""When visits happen, for supervisors: rooms, weekly visiting times per kind with their
capacity and validity, and days without visits."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import schedule
from prisondesk.services.visits.schedule import Schedule, SlotSpec
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.visits.gate_desk import KIND_LABELS
from prisondesk.ui.widgets import date_edit, label, line_edit

WEEKDAYS = (
    QT_TRANSLATE_NOOP("weekdays", "Monday"),
    QT_TRANSLATE_NOOP("weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("weekdays", "Friday"),
    QT_TRANSLATE_NOOP("weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("weekdays", "Sunday"),
)


class SchedulePage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("visitSchedule")
        self.plan = Schedule((), (), ())
        self.slots = QTableWidget(0, 6)
        self.slots.setObjectName("slots")
        self.slots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.slots.horizontalHeader().setStretchLastSection(True)
        self.blocked = QTableWidget(0, 3)
        self.blocked.setObjectName("blockedDays")
        self.blocked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blocked.horizontalHeader().setStretchLastSection(True)
        # add a room
        self.room_name = line_edit("roomName", 100)
        self.add_room_button = QPushButton()
        self.add_room_button.setObjectName("addRoom")
        self.add_room_button.clicked.connect(self.add_room)
        # add a slot
        self.slot_room, self.slot_kind, self.slot_weekday = QComboBox(), QComboBox(), QComboBox()
        self.slot_room.setObjectName("slotRoom")
        self.slot_kind.setObjectName("slotKind")
        self.slot_weekday.setObjectName("slotWeekday")
        self.starts, self.ends = line_edit("starts", 5), line_edit("ends", 5)
        self.starts.setText("10:00")
        self.ends.setText("12:00")
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 200)
        self.capacity.setValue(4)
        self.valid_from = date_edit("validFrom")
        self.add_slot_button = QPushButton()
        self.add_slot_button.setObjectName("addSlot")
        self.add_slot_button.clicked.connect(self.add_slot)
        # block a day
        self.block_day = date_edit("blockDay")
        self.block_reason = line_edit("blockReason", 200)
        self.block_button = QPushButton()
        self.block_button.setObjectName("blockDayButton")
        self.block_button.clicked.connect(self.block)
        errors = {
            name: label()
            for name in ("name", "starts", "ends", "capacity", "valid_to", "weekday", "reason")
        }
        self.errors = FieldErrors(label("scheduleError"), errors)
        self.labels = {
            name: label()
            for name in (
                "room",
                "kind",
                "weekday",
                "starts",
                "ends",
                "capacity",
                "valid_from",
                "day",
                "reason",
                "new_room",
            )
        }
        self.rooms_box, self.slot_box, self.block_box = QGroupBox(), QGroupBox(), QGroupBox()
        room_row = QHBoxLayout(self.rooms_box)
        room_row.addWidget(self.labels["new_room"])
        room_row.addWidget(self.room_name, 1)
        room_row.addWidget(self.add_room_button)
        slot_form = QFormLayout(self.slot_box)
        for key, widget in (
            ("room", self.slot_room),
            ("kind", self.slot_kind),
            ("weekday", self.slot_weekday),
            ("starts", self.starts),
            ("ends", self.ends),
            ("capacity", self.capacity),
            ("valid_from", self.valid_from),
        ):
            slot_form.addRow(self.labels[key], widget)
            if key in errors:
                slot_form.addRow("", errors[key])
        slot_form.addRow("", self.add_slot_button)
        block_form = QFormLayout(self.block_box)
        block_form.addRow(self.labels["day"], self.block_day)
        block_form.addRow(self.labels["reason"], self.block_reason)
        block_form.addRow("", errors["reason"])
        block_form.addRow("", self.block_button)
        tables = QVBoxLayout()
        tables.addWidget(self.slots, 2)
        tables.addWidget(self.blocked, 1)
        forms = QVBoxLayout()
        forms.addWidget(self.rooms_box)
        forms.addWidget(self.slot_box)
        forms.addWidget(self.block_box)
        forms.addWidget(self.errors.general)
        forms.addStretch()
        row = QHBoxLayout(self)
        row.addLayout(tables, 3)
        row.addLayout(forms, 2)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.slots.setHorizontalHeaderLabels(
            [
                self.tr("Weekday"),
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Room"),
                self.tr("Places"),
                self.tr("From"),
            ]
        )
        self.blocked.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Room"), self.tr("Reason")])
        self.rooms_box.setTitle(self.tr("Rooms"))
        self.slot_box.setTitle(self.tr("New visiting time"))
        self.block_box.setTitle(self.tr("Day without visits"))
        texts = {
            "new_room": self.tr("Room name"),
            "room": self.tr("Room"),
            "kind": self.tr("Kind"),
            "weekday": self.tr("Weekday"),
            "starts": self.tr("From (HH:MM)"),
            "ends": self.tr("To (HH:MM)"),
            "capacity": self.tr("Visits at once"),
            "valid_from": self.tr("Valid from"),
            "day": self.tr("Day"),
            "reason": self.tr("Reason"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.add_room_button.setText(self.tr("Add room"))
        self.add_slot_button.setText(self.tr("Add visiting time"))
        self.block_button.setText(self.tr("Block the day"))
        self.slot_kind.clear()
        for kind in VisitKind:
            self.slot_kind.addItem(translate("gate", KIND_LABELS[kind.value]), kind.value)
        self.slot_weekday.clear()
        for number, name in enumerate(WEEKDAYS):
            self.slot_weekday.addItem(translate("weekdays", name), number)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ops.run(
            schedule.schedule,
            self.store,
            self.actor,
            on_done=self._loaded,
            on_error=self.errors.show,
        )

    def _loaded(self, plan: Schedule) -> None:
        self.plan = plan
        self._fill()

    def _fill(self) -> None:
        current = self.slot_room.currentData()
        self.slot_room.clear()
        for room in self.plan.rooms:
            self.slot_room.addItem(room.name, room.id)
        self.slot_room.setCurrentIndex(max(self.slot_room.findData(current), 0))
        self.slots.setRowCount(len(self.plan.slots))
        for row, slot in enumerate(self.plan.slots):
            values = [
                translate("weekdays", WEEKDAYS[slot.weekday]),
                f"{slot.starts}–{slot.ends}",
                translate("gate", KIND_LABELS.get(slot.kind, slot.kind)),
                slot.room,
                str(slot.capacity),
                short_date(slot.valid_from),
            ]
            for column, value in enumerate(values):
                self.slots.setItem(row, column, QTableWidgetItem(value))
        self.blocked.setRowCount(len(self.plan.blocked))
        for row, day in enumerate(self.plan.blocked):
            values = [short_date(day.day), day.room or self.tr("all rooms"), day.reason]
            for column, value in enumerate(values):
                self.blocked.setItem(row, column, QTableWidgetItem(value))
        self.slots.resizeColumnsToContents()
        self.blocked.resizeColumnsToContents()  # headers too: none is cut in any language

    def _after_change(self, _result: object) -> None:
        self.errors.clear()
        self.refresh()

    def add_room(self) -> None:
        self.ops.run(
            schedule.add_room,
            self.store,
            self.actor,
            self.room_name.text(),
            on_done=lambda result: (self.room_name.clear(), self._after_change(result)),
            on_error=self.errors.show,
        )

    def add_slot(self) -> None:
        if self.slot_room.currentData() is None:
            self.errors.say(lambda: self.tr("Add a room first."))
            return
        spec = SlotSpec(
            self.slot_room.currentData(),
            VisitKind(self.slot_kind.currentData()),
            self.slot_weekday.currentData(),
            self.starts.text().strip(),
            self.ends.text().strip(),
            self.capacity.value(),
            self.valid_from.date().toPython(),
        )
        self.ops.run(
            schedule.add_slot,
            self.store,
            self.actor,
            spec,
            on_done=self._after_change,
            on_error=self.errors.show,
        )

    def block(self) -> None:
        self.ops.run(
            schedule.block_date,
            self.store,
            self.actor,
            self.block_day.date().toPython(),
            self.block_reason.text(),
            on_done=lambda result: (self.block_reason.clear(), self._after_change(result)),
            on_error=self.errors.show,
        )
