"""The workshops and their places, as an instructor or a supervisor runs them: the facility's
workshops on the left, each with the places taken of its capacity; on the right, for the one
chosen, its training programmes, its waiting list worked step by step (a prisoner put on it,
approved or declined, allocated a place, or taken off it), the people holding a place today
with the step that ends a place, and for supervisors its pay rates.

A button is enabled only when its step applies to the row chosen (a pending entry is approved
or declined, an approved one allocated); those who may only read see no buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import local, local_today, zone
from prisondesk.domain.roles import Permission
from prisondesk.domain.workshops import (
    BASIS_LABELS,
    PART_LABELS,
    WAITING_LABELS,
    WORKSHOPS,
    Basis,
    Part,
    WaitingStatus,
)
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import allocations, rates, waiting, workshops
from prisondesk.services.workshops.allocations import AllocationView
from prisondesk.services.workshops.rates import RateView
from prisondesk.services.workshops.waiting import ADDING, WaitingView
from prisondesk.services.workshops.workshops import MANAGING, WorkshopDetail, WorkshopSummary
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.i18n import locale, short_date
from prisondesk.ui.intake.movement_dialog import departure_reason
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label
from prisondesk.ui.workshops.money import show_som
from prisondesk.ui.workshops.place_dialogs import (
    AllocateDialog,
    EndPlaceDialog,
    ProgrammeDialog,
    RateDialog,
    ReasonDialog,
)
from prisondesk.ui.workshops.workshop_dialog import WorkshopDialog

WARN_STYLE = "color: #b00020;"
WIDEST_COLUMN = 220  # px: a column sized to its texts, up to this
Row = TypeVar("Row")


def _label(code: str, labels: dict, enum: type) -> str:
    """A stored code in the user's language (the code itself if it is unknown)."""
    try:
        return translate(WORKSHOPS, labels[enum(code)])
    except ValueError:
        return code


class PlacesPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("workshopPlaces")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.manages = any(actor.can(p) for p in MANAGING)
        self.sees_rates = actor.can(Permission.APPROVE)
        self.summaries: list[WorkshopSummary] = []
        self.chosen_id: str | None = None
        self.detail: WorkshopDetail | None = None
        self.entries: list[WaitingView] = []
        self.placed: list[AllocationView] = []
        self.rate_rows: list[RateView] = []
        self.dialog: QDialog | None = None  # the form open now (tests reach it here)

        self.workshops_label, self.workshops_table = label(), rows_table("workshopsTable", 2)
        self.new_button = button("newWorkshop", self.new_workshop)
        self.edit_button = button("editWorkshop", self.edit_workshop)
        self.heading = label("workshopHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.facts = label("workshopFacts")
        self.facts.setWordWrap(True)
        self.programmes_label = label()
        self.programmes_table = rows_table("programmesTable", 2)
        self.programme_button = button("addProgramme", self.add_programme)
        self.rates_label, self.rates_table = label(), rows_table("ratesTable", 5)
        self.rate_button = button("addRate", self.add_rate)
        self.waiting_label, self.waiting_table = label(), rows_table("waitingTable", 6)
        self.add_button = button("addToWaiting", self.add_prisoner)
        self.approve_button = button("approveEntry", self.approve)
        self.decline_button = button("declineEntry", self.decline)
        self.allocate_button = button("allocateEntry", self.allocate)
        self.take_off_button = button("takeOffEntry", self.take_off)
        self.placed_label, self.placed_table = label(), rows_table("placedTable", 6)
        self.end_button = button("endPlace", self.end_place)
        self.message = label("placesMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        for table in (
            self.workshops_table,
            self.programmes_table,
            self.rates_table,
            self.waiting_table,
            self.placed_table,
        ):
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # the names and free texts share the width and are elided; the short columns fit
        for table, columns in (
            (self.workshops_table, (0,)),
            (self.programmes_table, (0,)),
            (self.waiting_table, (4, 5)),
            (self.placed_table, (1, 2)),
        ):
            table.setWordWrap(False)  # one line a row, a long text elided
            table.horizontalHeader().setStretchLastSection(False)
            for column in columns:
                table.horizontalHeader().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.Stretch
                )
        self.workshops_table.itemSelectionChanged.connect(self._workshop_chosen)
        self.waiting_table.itemSelectionChanged.connect(self._update_buttons)
        self.placed_table.itemSelectionChanged.connect(self._update_buttons)
        for each in (
            self.new_button,
            self.edit_button,
            self.programme_button,
            self.approve_button,
            self.decline_button,
            self.allocate_button,
            self.take_off_button,
            self.end_button,
        ):
            each.setVisible(self.manages)
        self.add_button.setVisible(any(actor.can(p) for p in ADDING))
        self._lay_out()
        self.retranslate()
        self.refresh()

    def _section(self, title: QLabel, table: QTableWidget, *buttons: QPushButton) -> QWidget:
        """A list with its heading, the heading's buttons beside it on one line."""
        title.setBuddy(table)
        title.setStyleSheet("font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        for each in buttons:
            top.addWidget(each)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        return box

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._section(self.workshops_label, self.workshops_table), 1)
        steps = QHBoxLayout()
        steps.addWidget(self.new_button)
        steps.addWidget(self.edit_button)
        steps.addStretch()
        left.addLayout(steps)
        self.rates_box = self._section(self.rates_label, self.rates_table, self.rate_button)
        self.rates_box.setVisible(self.sees_rates)
        top = QHBoxLayout()
        top.addWidget(
            self._section(self.programmes_label, self.programmes_table, self.programme_button), 2
        )
        top.addWidget(self.rates_box, 3)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.facts)
        right.addLayout(top, 2)
        right.addWidget(
            self._section(
                self.waiting_label,
                self.waiting_table,
                self.add_button,
                self.approve_button,
                self.decline_button,
                self.allocate_button,
                self.take_off_button,
            ),
            3,
        )
        right.addWidget(self._section(self.placed_label, self.placed_table, self.end_button), 2)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 4)

    def retranslate(self) -> None:
        self.workshops_label.setText(self.tr("&Workshops"))
        self.new_button.setText(self.tr("&New workshop…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.programmes_label.setText(self.tr("Training progra&mmes"))
        self.programme_button.setText(self.tr("Add a &programme…"))
        self.rates_label.setText(self.tr("Pay ra&tes"))
        self.rate_button.setText(self.tr("Add a &rate…"))
        self.waiting_label.setText(self.tr("Waitin&g list"))
        self.add_button.setText(self.tr("&Add a prisoner…"))
        self.approve_button.setText(self.tr("Appro&ve"))
        self.decline_button.setText(self.tr("&Decline…"))
        self.allocate_button.setText(self.tr("Allo&cate…"))
        self.take_off_button.setText(self.tr("Ta&ke off the list…"))
        self.placed_label.setText(self.tr("&Holding a place today"))
        self.end_button.setText(self.tr("&End the place…"))
        self.workshops_table.setHorizontalHeaderLabels([self.tr("Workshop"), self.tr("Places")])
        self.programmes_table.setHorizontalHeaderLabels([self.tr("Programme"), self.tr("Days")])
        self.rates_table.setHorizontalHeaderLabels(
            [self.tr("Band"), self.tr("Pays"), self.tr("Amount"), self.tr("From"), self.tr("To")]
        )
        self.waiting_table.setHorizontalHeaderLabels(
            [
                self.tr("Prisoner"),
                self.tr("Status"),
                self.tr("Since"),
                self.tr("Proposed by"),
                self.tr("Programme"),
                self.tr("Reason, note"),
            ]
        )
        self.placed_table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Programme"),
                self.tr("Band"),
                self.tr("From"),
                self.tr("Ends"),
            ]
        )
        self._show_workshops()
        self._show_detail()
        self._show_waiting()
        self._show_placed()
        self._show_rates()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- messages ------------------------------------------------------------------------
    def _say(self, make: Callable[[], str]) -> None:
        self.message.setStyleSheet("")
        self.shown.say(make)

    def _say_error(self, exc: Exception) -> None:
        self.message.setStyleSheet(WARN_STYLE)
        self.shown.say_error(exc)

    # --- reading -------------------------------------------------------------------------
    def refresh(self, choose: str | None = None) -> None:
        """Read the workshops again (places taken change); keep the one chosen, or choose
        ``choose``, or the first."""
        self.ops.run(
            workshops.list_workshops,
            self.store,
            self.actor,
            on_done=lambda found: self._workshops_read(found, choose),
            on_error=self._say_error,
        )

    def _workshops_read(self, found: list[WorkshopSummary], choose: str | None) -> None:
        self.summaries = found
        wanted = choose or self.chosen_id
        ids = [s.id for s in found]
        self.workshops_table.blockSignals(True)  # rows refilled may shift under the selection
        self._show_workshops()
        if ids:
            self.workshops_table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self.workshops_table.blockSignals(False)
        self._workshop_chosen()

    def _workshop_chosen(self) -> None:
        row = self.workshops_table.currentRow()
        if not self.workshops_table.selectionModel().hasSelection():
            return  # a list filled again keeps its workshop
        chosen = self.summaries[row].id if 0 <= row < len(self.summaries) else None
        if chosen == self.chosen_id:
            return
        self.chosen_id = chosen
        self.detail, self.entries, self.placed, self.rate_rows = None, [], [], []
        self._show_detail()
        self._show_waiting()
        self._show_placed()
        self._show_rates()
        self.shown.clear()
        if chosen is not None:
            self._read_detail()
            self._read_waiting()
            self._read_placed()
            self._read_rates()

    def _read(self, fn: Callable, then: Callable[[object], None], *args: object) -> None:
        """A view of the chosen workshop; dropped when another is chosen meanwhile."""
        workshop_id = self.chosen_id
        if workshop_id is None:
            return

        def arrived(found: object) -> None:
            if workshop_id == self.chosen_id:
                then(found)

        self.ops.run(
            fn,
            self.store,
            self.actor,
            workshop_id,
            *args,
            on_done=arrived,
            on_error=self._say_error,
        )

    def _read_detail(self) -> None:
        self._read(workshops.workshop_detail, self._detail_read)

    def _read_waiting(self, then_choose: str | None = None) -> None:
        self._read(waiting.waiting_list, lambda found: self._waiting_read(found, then_choose))

    def _read_placed(self) -> None:
        self._read(allocations.active_in, self._placed_read, local_today(self.tz))

    def _read_rates(self) -> None:
        if self.sees_rates:
            self._read(rates.rates, self._rates_read)

    def _detail_read(self, detail: WorkshopDetail) -> None:
        self.detail = detail
        self._show_detail()

    def _waiting_read(self, found: list[WaitingView], then_choose: str | None) -> None:
        chosen = then_choose or (entry.id if (entry := self._entry()) else None)
        self.entries = found
        self._show_waiting()
        ids = [e.id for e in found]
        if chosen in ids:
            self.waiting_table.selectRow(ids.index(chosen))
        self._update_buttons()

    def _placed_read(self, found: list[AllocationView]) -> None:
        self.placed = found
        self._show_placed()

    def _rates_read(self, found: list[RateView]) -> None:
        self.rate_rows = found
        self._show_rates()

    # --- showing -------------------------------------------------------------------------
    def _show_workshops(self) -> None:
        _fill(
            self.workshops_table,
            [
                (
                    s.name,
                    self.tr("{taken} of {capacity}").format(taken=s.allocated, capacity=s.capacity),
                )
                for s in self.summaries
            ],
        )

    def _show_detail(self) -> None:
        detail = self.detail
        if detail is None:
            self.heading.setText(
                self.tr("Choose a workshop")
                if self.summaries or self.chosen_id
                else self.tr("No workshop yet")
            )
            self.facts.clear()
            _fill(self.programmes_table, [])
            self._update_buttons()
            return
        self.heading.setText(detail.name)
        week = ", ".join(
            f"{locale().dayName(s.weekday + 1, QLocale.FormatType.ShortFormat)} "
            f"{_label(s.part, PART_LABELS, Part).lower()}"
            for s in detail.sessions
        )
        facts = [
            self.tr("{taken} of {capacity} places taken").format(
                taken=detail.allocated, capacity=detail.capacity
            ),
            self.tr("Instructors: {names}").format(
                names=", ".join(i.full_name for i in detail.instructors) or self.tr("none")
            ),
            self.tr("Sessions: {week}").format(week=week or self.tr("none")),
        ]
        if detail.enterprise:
            facts.insert(0, self.tr("Enterprise: {name}").format(name=detail.enterprise))
        self.facts.setText(" · ".join(facts))
        _fill(
            self.programmes_table,
            [(p.name, str(p.length_days)) for p in detail.programmes],
        )
        self._update_buttons()

    def _show_waiting(self) -> None:
        sources = {"staff": self.tr("Staff"), "assessment": self.tr("Assessment plan")}
        _fill(
            self.waiting_table,
            [
                (
                    e.prisoner_name,
                    _label(e.status, WAITING_LABELS, WaitingStatus),
                    short_date(local(e.requested_at, self.tz).date()),
                    sources.get(e.source, e.source),
                    e.programme_name,
                    departure_reason(e.reason),
                )
                for e in self.entries
            ],
        )
        for row, entry in enumerate(self.entries):  # the number, for two of one name
            self.waiting_table.item(row, 0).setToolTip(
                f"{entry.prisoner_name}, {entry.prisoner_number}"
            )
        self._update_buttons()

    def _show_placed(self) -> None:
        _fill(
            self.placed_table,
            [
                (
                    p.prisoner_number,
                    p.prisoner_name,
                    p.programme_name or self.tr("work"),
                    p.pay_band,
                    short_date(p.starts_on),
                    short_date(p.ends_on),
                )
                for p in self.placed
            ],
        )
        self._update_buttons()

    def _show_rates(self) -> None:
        _fill(
            self.rates_table,
            [
                (
                    r.band,
                    _label(r.basis, BASIS_LABELS, Basis),
                    show_som(r.amount),
                    short_date(r.effective_from),
                    short_date(r.effective_to) if r.effective_to else self.tr("no end"),
                )
                for r in self.rate_rows
            ],
        )

    def _entry(self) -> WaitingView | None:
        return _chosen_row(self.waiting_table, self.entries)

    def _place(self) -> AllocationView | None:
        return _chosen_row(self.placed_table, self.placed)

    def _update_buttons(self) -> None:
        chosen = self.chosen_id is not None
        entry, place = self._entry(), self._place()
        status = entry.status if entry else None
        self.edit_button.setEnabled(self.detail is not None)
        for each in (self.programme_button, self.rate_button, self.add_button):
            each.setEnabled(chosen)
        pending = status == WaitingStatus.PENDING
        self.approve_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        self.allocate_button.setEnabled(status == WaitingStatus.APPROVED)
        self.take_off_button.setEnabled(status in waiting.OPEN)
        self.end_button.setEnabled(place is not None and place.ends_on is None)

    # --- steps ---------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # closed: this window takes the keys again (the system usually does; not every one)
        dialog.finished.connect(lambda _result: self.window().activateWindow())
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_workshop(self) -> None:
        dialog = WorkshopDialog(self.store, self.ops, self.actor, None, self)
        dialog.saved.connect(self._workshop_created)
        self._open(dialog)

    def _workshop_created(self, workshop_id: object) -> None:
        self._say(lambda: self.tr("The workshop is set up."))
        self.refresh(choose=str(workshop_id))

    def edit_workshop(self) -> None:
        if self.detail is None:
            return
        dialog = WorkshopDialog(self.store, self.ops, self.actor, self.detail, self)
        dialog.saved.connect(lambda _none: self._workshop_changed())
        self._open(dialog)

    def _workshop_changed(self) -> None:
        self._say(lambda: self.tr("The workshop is changed."))
        self.refresh()
        self._read_detail()

    def add_programme(self) -> None:
        if self.chosen_id is None:
            return
        dialog = ProgrammeDialog(self.store, self.ops, self.actor, self.chosen_id, self)
        dialog.saved.connect(lambda _id: self._read_detail())
        self._open(dialog)

    def add_rate(self) -> None:
        if self.chosen_id is None:
            return
        today = local_today(self.tz)
        dialog = RateDialog(self.store, self.ops, self.actor, self.chosen_id, today, self)
        dialog.saved.connect(lambda _rate: self._read_rates())
        self._open(dialog)

    def add_prisoner(self) -> None:
        if self.chosen_id is None:
            return
        title = self.tr("Who goes on the waiting list?")
        picker = PrisonerPicker(self.store, self.ops, self.actor, self, title=title)
        workshop_id = self.chosen_id
        picker.accepted.connect(lambda: self._picked(picker, workshop_id))
        self._open(picker)

    def _picked(self, picker: PrisonerPicker, workshop_id: str) -> None:
        hit = picker.chosen
        if hit is None:
            return
        self.ops.run(
            waiting.add,
            self.store,
            self.actor,
            hit.id,
            workshop_id,
            on_done=lambda entry_id: self._waiting_changed(
                entry_id, lambda: self.tr("On the waiting list: {name}.").format(name=hit.full_name)
            ),
            on_error=self._say_error,
        )

    def _waiting_changed(self, entry_id: str, make: Callable[[], str]) -> None:
        self._say(make)
        self._read_waiting(then_choose=entry_id)

    def approve(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        self.ops.run(
            waiting.decide,
            self.store,
            self.actor,
            entry.id,
            True,
            on_done=lambda _status: self._waiting_changed(
                entry.id, lambda: self.tr("Approved: {name}.").format(name=entry.prisoner_name)
            ),
            on_error=self._say_error,
        )

    def decline(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        dialog = ReasonDialog(
            self.ops,
            self.tr("Decline the place"),
            self.tr("Why is {name} declined a place in {workshop}?").format(
                name=entry.prisoner_name, workshop=entry.workshop_name
            ),
            (waiting.decide, (self.store, self.actor, entry.id, False)),
            parent=self,
        )
        dialog.saved.connect(
            lambda _status: self._waiting_changed(
                entry.id, lambda: self.tr("Declined: {name}.").format(name=entry.prisoner_name)
            )
        )
        self._open(dialog)

    def take_off(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        dialog = ReasonDialog(
            self.ops,
            self.tr("Take off the waiting list"),
            self.tr("Why does {name} come off the list of {workshop}?").format(
                name=entry.prisoner_name, workshop=entry.workshop_name
            ),
            (waiting.remove, (self.store, self.actor, entry.id)),
            (
                self.tr("The prisoner &withdrew"),
                (waiting.withdraw, (self.store, self.actor, entry.id)),
            ),
            parent=self,
        )
        dialog.saved.connect(
            lambda _status: self._waiting_changed(
                entry.id, lambda: self.tr("Off the list: {name}.").format(name=entry.prisoner_name)
            )
        )
        self._open(dialog)

    def allocate(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        programmes = self.detail.programmes if self.detail else ()
        today = local_today(self.tz)
        dialog = AllocateDialog(self.store, self.ops, self.actor, entry, programmes, today, self)
        dialog.saved.connect(lambda _id: self._places_changed(entry.id, entry.prisoner_name))
        self._open(dialog)

    def _places_changed(self, entry_id: str | None, name: str) -> None:
        if entry_id is None:
            self._say(lambda: self.tr("The place is ended: {name}.").format(name=name))
        else:
            self._say(lambda: self.tr("Allocated a place: {name}.").format(name=name))
            self._read_waiting(then_choose=entry_id)
        self._read_placed()
        self._read_detail()
        self.refresh()

    def end_place(self) -> None:
        place = self._place()
        if place is None:
            return
        today = local_today(self.tz)
        dialog = EndPlaceDialog(self.store, self.ops, self.actor, place, today, self)
        dialog.saved.connect(lambda _none: self._places_changed(None, place.prisoner_name))
        self._open(dialog)


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    fill_table(table, rows)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            table.setColumnWidth(column, min(table.columnWidth(column), WIDEST_COLUMN))
    header.resizeSections()  # the stretched columns share the width again
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.item(row, column).setToolTip(text)  # the whole of an elided text


def _chosen_row(table: QTableWidget, rows: list[Row]) -> Row | None:
    index = table.currentRow()
    selected = table.selectionModel().hasSelection()
    return rows[index] if selected and 0 <= index < len(rows) else None
