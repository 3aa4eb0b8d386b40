"""The instructor's home page: their sessions of today (a supervisor sees every workshop's).
Enter on one, or a double click, opens its register. Under them, each workshop's attendance
over the last thirty days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.workshops import PART_LABELS, WORKSHOPS, Part
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import attendance_rates, workshops
from prisondesk.services.workshops.attendance_rates import AttendanceRate
from prisondesk.services.workshops.workshops import DaySession
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.i18n import day_heading
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import label

RATE_DAYS = 30


class TodayPage(QWidget):
    open_register = Signal(object)  # the DaySession chosen

    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("workshopsToday")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.sessions: list[DaySession] = []
        self.heading = label("todayHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.list = QListWidget()
        self.list.setObjectName("todaySessions")
        self.list.setStyleSheet("font-size: 13pt;")
        self.list.itemActivated.connect(lambda _item: self._open())
        self.rates_label = label("ratesHeading")
        self.rates_label.setStyleSheet("font-weight: 600;")
        self.rates = rows_table("attendanceRates", 5)
        self.rate_rows: list[AttendanceRate] = []
        self.message = label("todayMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.rates_label)
        layout.addWidget(self.rates, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.rates_label.setText(self.tr("Attendance over the last %n days", "", RATE_DAYS))
        self.rates.setHorizontalHeaderLabels(
            [
                self.tr("Workshop"),
                self.tr("Attended"),
                self.tr("Excused, paid"),
                self.tr("Missed, unpaid"),
                self.tr("Not marked"),
            ]
        )
        self.heading.setText(
            self.tr("Sessions of today, {day}").format(day=day_heading(local_today(self.tz)))
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.ops.run(
            workshops.sessions_on,
            self.store,
            self.actor,
            local_today(self.tz),
            on_done=self._loaded,
            on_error=self.shown.say_error,
        )
        today = local_today(self.tz)
        self.ops.run(
            attendance_rates.attendance_rates,
            self.store,
            self.actor,
            today - timedelta(days=RATE_DAYS - 1),
            today,
            on_done=self._rates_read,
            on_error=self.shown.say_error,
        )

    def _rates_read(self, rates: list[AttendanceRate]) -> None:
        self.rate_rows = rates
        self._show_rates()

    def _show_rates(self) -> None:
        fill_table(
            self.rates,
            [
                (
                    r.workshop_name,
                    f"{r.percent} % ({r.attended} / {r.expected})",
                    str(r.paid_absences),
                    str(r.unpaid_absences),
                    str(r.unmarked),
                )
                for r in self.rate_rows
            ],
        )

    def _loaded(self, sessions: list[DaySession]) -> None:
        self.sessions = sessions
        self._show()
        if sessions:
            self.list.setCurrentRow(0)
            self.shown.say(
                lambda: self.tr("Choose a session and press Enter to open its register.")
            )
        else:
            self.shown.say(lambda: self.tr("No sessions today."))

    def _show(self) -> None:
        self._show_rates()
        self.list.clear()
        for day_session in self.sessions:
            part = translate(WORKSHOPS, PART_LABELS[Part(day_session.part)])
            text = self.tr("{workshop} — {part}: {allocated} of {capacity} places").format(
                workshop=day_session.workshop_name,
                part=part,
                allocated=day_session.allocated,
                capacity=day_session.capacity,
            )
            self.list.addItem(QListWidgetItem(text))

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sessions):
            self.open_register.emit(self.sessions[row])
