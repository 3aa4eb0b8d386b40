"""The visits calendar: a week of visiting times with their booked and free places. Choose a
time to see who comes, book a visit there for any prisoner, or cancel one. Supervisors also
see what desks apart booked beyond the rules, to settle it by cancelling."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import bookings, calendar, visitors
from prisondesk.services.visits.calendar import (
    CalendarBooking,
    CalendarCell,
    CalendarWeek,
    Overbooking,
)
from prisondesk.services.visits.visitors import LinkView
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import day_heading, short_date
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.operations import Operations
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.gate_desk import KIND_LABELS
from prisondesk.ui.widgets import label, line_edit, show_if

FULL = QColor("#e0e0e0")
OVER = QColor("#f4c7c3")
TODAY = QColor("#fff3c4")
HEADING_MARGIN = 6  # px each side of a heading's text, as the styles draw it

PROBLEMS = {
    "slot_over_capacity": QT_TRANSLATE_NOOP(
        "CalendarPage", "{subject}: {count} visits booked for {limit} places"
    ),
    "prisoner_twice": QT_TRANSLATE_NOOP(
        "CalendarPage", "{subject}: {count} visits at the same time"
    ),
    "allowance_exceeded": QT_TRANSLATE_NOOP(
        "CalendarPage",
        "{subject}: {count} visits of this kind ({kind}) in the month, {limit} allowed",
    ),
    "day_blocked": QT_TRANSLATE_NOOP(
        "CalendarPage", "{subject}: visits booked on a day without visits ({detail})"
    ),
}


def _row_keys(cells) -> dict[tuple[str, date], tuple[str, str, str, str, int]]:
    """Each cell's grid row: its time, room and kind, and a number that keeps apart two
    visiting times alike on one day (an overlapping replacement, a slot added twice)."""
    keys, taken = {}, defaultdict(int)
    for cell in sorted(cells, key=lambda c: (c.day, c.starts, c.slot_id)):
        base = (cell.starts, cell.ends, cell.room, cell.kind)
        keys[(cell.slot_id, cell.day)] = (*base, taken[(cell.day, base)])
        taken[(cell.day, base)] += 1
    return keys


def _problem_text(problem: Overbooking) -> str:
    kind = translate("gate", KIND_LABELS.get(problem.detail, problem.detail))
    return translate("CalendarPage", PROBLEMS[problem.kind]).format(
        subject=problem.subject,
        count=problem.count,
        limit=problem.limit,
        kind=kind,
        detail=problem.detail,
    )


class CalendarPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("visitCalendar")
        self.first: date | None = None  # the week shown starts here (the facility's today)
        self.week: CalendarWeek | None = None
        self.rows: list[tuple[str, str, str, str, int]] = []  # starts, ends, room, kind, n
        self.cells: dict[tuple[int, int], CalendarCell] = {}
        self.chosen: CalendarCell | None = None
        self.problems: list[tuple[Overbooking, CalendarBooking]] = []
        self.previous_button, self.this_week_button, self.next_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.previous_button.setObjectName("previousWeek")
        self.this_week_button.setObjectName("thisWeek")
        self.next_button.setObjectName("nextWeek")
        self.previous_button.clicked.connect(lambda: self.show_week(-7))
        self.next_button.clicked.connect(lambda: self.show_week(7))
        self.this_week_button.clicked.connect(lambda: self.show_week(None))
        self.week_label = label("weekLabel")
        self.grid = QTableWidget(0, 7)
        self.grid.setObjectName("calendarGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.currentCellChanged.connect(lambda row, column, *_: self._choose(row, column))
        self.grid.cellDoubleClicked.connect(lambda *_: self.book_here())
        # a long heading is cut, not the week: the tooltip has it whole (see _fit_week)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cell_label = label("cellLabel")
        self.booked = QTableWidget(0, 3)
        self.booked.setObjectName("cellBookings")
        self.booked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.booked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.booked.horizontalHeader().setStretchLastSection(True)
        self.booked.itemSelectionChanged.connect(self._enable_cancel)
        self.book_button = QPushButton()
        self.book_button.setObjectName("bookHere")
        self.book_button.clicked.connect(self.book_here)
        self.cancel_reason = line_edit("cancelReason", 300)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelBooking")
        self.cancel_button.clicked.connect(lambda: self.cancel(self._chosen_booking()))
        self.problems_box = QGroupBox()
        self.problems_box.setObjectName("overbookedBox")
        self.problem_table = QTableWidget(0, 3)
        self.problem_table.setObjectName("overbooked")
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        self.problem_table.itemSelectionChanged.connect(self._enable_cancel)
        self.problem_reason = line_edit("problemReason", 300)
        self.problem_cancel = QPushButton()
        self.problem_cancel.setObjectName("cancelOverbooked")
        self.problem_cancel.clicked.connect(lambda: self.cancel(self._chosen_problem(), True))
        show_if(self.problems_box, actor.can(Permission.APPROVE))
        self.errors = FieldErrors(label("calendarError"))
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        nav = QHBoxLayout()
        for button in (self.previous_button, self.this_week_button, self.next_button):
            nav.addWidget(button)
        nav.addWidget(self.week_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.book_button)
        actions.addStretch()
        actions.addWidget(self.cancel_reason, 1)
        actions.addWidget(self.cancel_button)
        settle = QHBoxLayout()
        settle.addWidget(self.problem_reason, 1)
        settle.addWidget(self.problem_cancel)
        problems = QVBoxLayout(self.problems_box)
        problems.addWidget(self.problem_table)
        problems.addLayout(settle)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.booked, 1)
        layout.addLayout(actions)
        layout.addWidget(self.problems_box, 1)
        layout.addWidget(self.errors.general)

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous week"))
        self.this_week_button.setText(self.tr("This week"))
        self.next_button.setText(self.tr("Next week ▶"))
        self.booked.setHorizontalHeaderLabels(
            [self.tr("Pass"), self.tr("Prisoner"), self.tr("Visitors")]
        )
        self.book_button.setText(self.tr("&Book a visit at this time…"))
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.cancel_button.setText(self.tr("&Cancel the visit"))
        self.problems_box.setTitle(self.tr("Booked beyond the rules (after desks synced)"))
        self.problem_table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Problem"), self.tr("Pass · prisoner")]
        )
        self.problem_reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.problem_cancel.setText(self.tr("Cancel the chosen visit"))
        self._fill()
        self._fill_problems()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_week()

    # --- loading --------------------------------------------------------------------------

    def show_week(self, step: int | None) -> None:
        if step is None or self.first is None:
            self.first = None  # back to the facility's today
        else:
            self.first += timedelta(days=step)
        self.refresh()

    def refresh(self) -> None:
        if self.first is None:
            self.ops.run(
                calendar.facility_day,
                self.store,
                self.actor,
                on_done=self._start,
                on_error=self.errors.show,
            )
            return
        self.ops.run(
            calendar.week,
            self.store,
            self.actor,
            self.first,
            on_done=self._loaded,
            on_error=self.errors.show,
        )
        if self.actor.can(Permission.APPROVE):
            self.ops.run(
                calendar.overbooked,
                self.store,
                self.actor,
                on_done=self._show_problems,
                on_error=self.errors.show,
            )

    def _start(self, today: date) -> None:
        self.first = today
        self.refresh()

    def _loaded(self, week: CalendarWeek) -> None:
        self.week = week
        self._fill()

    # --- the grid -------------------------------------------------------------------------

    def _fill(self) -> None:
        if self.week is None:
            return
        chosen = self.chosen
        week = self.week
        keyed = _row_keys(week.cells)
        self.rows = sorted(set(keyed.values()))
        self.cells = {}
        self.grid.clear()
        self.grid.setRowCount(len(self.rows))
        self.grid.setColumnCount(len(week.days))
        self.grid.setHorizontalHeaderLabels([day_heading(day) for day in week.days])
        for row, (starts, ends, room, kind, _) in enumerate(self.rows):
            text = f"{starts}–{ends} · {translate('gate', KIND_LABELS.get(kind, kind))} · {room}"
            header = QTableWidgetItem(text)
            header.setToolTip(text)  # a long room name is cut in the header
            self.grid.setVerticalHeaderItem(row, header)
        first, last = week.days[0], week.days[-1]
        self.week_label.setText(f"{short_date(first)} – {short_date(last)}")
        for cell in week.cells:
            row = self.rows.index(keyed[(cell.slot_id, cell.day)])
            column = week.days.index(cell.day)
            self.cells[(row, column)] = cell
            self.grid.setItem(row, column, self._item(cell, week.today))
        for column, day in enumerate(week.days):
            if day == week.today:
                header = self.grid.horizontalHeaderItem(column)
                header.setText(self.tr("{day} (today)").format(day=header.text()))
        self.grid.resizeColumnsToContents()
        self._fit_week()
        self.chosen = None
        if chosen is not None:
            for place, cell in self.cells.items():
                if (cell.slot_id, cell.day) == (chosen.slot_id, chosen.day):
                    self.grid.setCurrentCell(*place)
        self._show_cell()

    def _fit_week(self) -> None:
        """Keep the seven days in sight: the headings of the times (time, kind, room, in a
        language's own long words) give up the width the days need, down to the hours."""
        grid = self.grid
        days = sum(grid.columnWidth(column) for column in range(grid.columnCount()))
        room = grid.width() - 2 * grid.frameWidth() - days
        if grid.verticalScrollBar().isVisible():
            room -= grid.verticalScrollBar().width()
        hours = grid.fontMetrics().horizontalAdvance("00:00–00:00 …") + 2 * HEADING_MARGIN
        grid.verticalHeader().setMaximumWidth(max(room, hours))

    def _item(self, cell: CalendarCell, today: date) -> QTableWidgetItem:
        if cell.blocked:
            item = QTableWidgetItem(self.tr("no visits"))
            item.setToolTip(cell.blocked)
            item.setBackground(QBrush(FULL))
        else:
            item = QTableWidgetItem(
                self.tr("{taken} of {capacity}").format(taken=cell.taken, capacity=cell.capacity)
            )
            item.setToolTip(self.tr("{free} free").format(free=cell.free))
            if cell.taken > cell.capacity:
                item.setBackground(QBrush(OVER))
            elif cell.free == 0:
                item.setBackground(QBrush(FULL))
            elif cell.day == today:
                item.setBackground(QBrush(TODAY))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def _choose(self, row: int, column: int) -> None:
        self.chosen = self.cells.get((row, column))
        self._show_cell()

    def _show_cell(self) -> None:
        cell = self.chosen
        entries = cell.bookings if cell else ()
        self.booked.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate((entry.number, entry.prisoner, str(entry.visitors))):
                self.booked.setItem(row, column, QTableWidgetItem(value))
        self.booked.resizeColumnsToContents()
        self.booked.clearSelection()  # a row number chosen in another cell means nothing here
        self._enable_cancel()
        if cell is None:
            self.cell_label.setText(self.tr("Choose a visiting time in the calendar."))
        else:
            self.cell_label.setText(
                self.tr("{day}, {starts}–{ends}, {room}: {taken} of {capacity} booked").format(
                    day=short_date(cell.day),
                    starts=cell.starts,
                    ends=cell.ends,
                    room=cell.room,
                    taken=cell.taken,
                    capacity=cell.capacity,
                )
            )
        bookable = (
            cell is not None
            and not cell.blocked
            and cell.free > 0
            and self.week is not None
            and cell.day >= self.week.today
        )
        self.book_button.setEnabled(bookable)

    # --- booking and cancelling -----------------------------------------------------------

    def book_here(self) -> PrisonerPicker | None:
        if not self.book_button.isEnabled() or self.chosen is None:
            return None
        cell = self.chosen
        picker = PrisonerPicker(self.store, self.ops, self.actor, self)
        picker.accepted.connect(lambda: self._picked(picker, cell))
        picker.open()
        return picker

    def _picked(self, picker: PrisonerPicker, cell: CalendarCell) -> None:
        hit = picker.chosen
        if hit is None:
            return
        self.ops.run(
            visitors.prisoner_visitors,
            self.store,
            self.actor,
            hit.id,
            on_done=lambda links: self._open_booking(hit, cell, links),
            on_error=self.errors.show,
        )

    def _open_booking(self, hit, cell: CalendarCell, links: list[LinkView]) -> BookingDialog:
        dialog = BookingDialog(
            self.store,
            self.ops,
            self.actor,
            hit.id,
            f"{hit.number} {hit.full_name}",
            [link for link in links if link.approved],
            self,
            day=cell.day,
            slot_id=cell.slot_id,
        )
        dialog.finished.connect(lambda _code: self.refresh())
        self.booking_dialog = dialog  # kept for tests and for the refresh
        dialog.open()
        return dialog

    def _enable_cancel(self) -> None:
        self.cancel_button.setEnabled(self._chosen_booking() is not None)
        self.problem_cancel.setEnabled(self._chosen_problem() is not None)

    def _chosen_booking(self) -> CalendarBooking | None:
        rows = self.booked.selectionModel().selectedRows()
        if not rows or self.chosen is None:
            return None
        return self.chosen.bookings[rows[0].row()]

    def _chosen_problem(self) -> CalendarBooking | None:
        rows = self.problem_table.selectionModel().selectedRows()
        return self.problems[rows[0].row()][1] if rows else None

    def cancel(self, booking: CalendarBooking | None, settling: bool = False) -> None:
        self.errors.clear()
        if booking is None:
            self.errors.say(lambda: self.tr("Choose the visit to cancel."))
            return
        reason = self.problem_reason if settling else self.cancel_reason
        if not reason.text().strip():
            self.errors.say(lambda: self.tr("Write the reason for cancelling."))
            reason.setFocus()
            return
        self.ops.run(
            bookings.cancel_booking,
            self.store,
            self.actor,
            booking.id,
            reason.text(),
            on_done=lambda _result: (reason.clear(), self.refresh()),
            on_error=self.errors.show,
        )

    # --- the supervisor's report ----------------------------------------------------------

    def _show_problems(self, problems: list[Overbooking]) -> None:
        self.problems = [(problem, entry) for problem in problems for entry in problem.bookings]
        self._fill_problems()

    def _fill_problems(self) -> None:
        self.problem_table.setRowCount(len(self.problems))
        for row, (problem, entry) in enumerate(self.problems):
            values = (
                short_date(problem.day),
                _problem_text(problem),
                f"{entry.number} · {entry.prisoner}",
            )
            for column, value in enumerate(values):
                self.problem_table.setItem(row, column, QTableWidgetItem(value))
        self.problem_table.resizeColumnsToContents()
        self.problem_table.resizeRowsToContents()
        self.problem_table.clearSelection()
        self._enable_cancel()
        show_if(self.problems_box, self.actor.can(Permission.APPROVE) and bool(self.problems))
