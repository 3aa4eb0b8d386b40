"""The workshops and their places, as an instructor or a supervisor runs them: the facility's
workshops on the left, each with the places taken of its capacity; on the right, for the one
chosen, its training programmes, its waiting list worked step by step (a prisoner put on it,
approved or declined, allocated a place, or taken off it), the people holding a place today
with the step that ends a place, and for supervisors its pay rates.

A button is enabled only when its step applies to the row chosen (a pending entry is approved
or declined, an approved one allocated); those who may only read see no buttons. The page
holds the workshop chosen and its message line; the waiting list, the places held and the
pay rates are sections of their own (``waiting_box``, ``placed_box``, ``rates_box``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from prisondesk.domain.clock import zone
from prisondesk.domain.workshops import PART_LABELS, Part
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import workshops
from prisondesk.services.workshops.workshops import MANAGING, WorkshopDetail, WorkshopSummary
from prisondesk.ui.errors import ShownMessage
from prisondesk.ui.i18n import locale
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import button, label, show_if
from prisondesk.ui.workshops.place_dialogs import ProgrammeDialog
from prisondesk.ui.workshops.place_lists import code_label, fill_list, list_section, list_table
from prisondesk.ui.workshops.placed_box import PlacedBox
from prisondesk.ui.workshops.rates_box import RatesBox
from prisondesk.ui.workshops.waiting_box import WaitingBox
from prisondesk.ui.workshops.workshop_dialog import WorkshopDialog

WARN_STYLE = "color: #b00020;"


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
        self.summaries: list[WorkshopSummary] = []
        self.chosen_id: str | None = None
        self.detail: WorkshopDetail | None = None
        self.dialog: QDialog | None = None  # the form open now (tests reach it here)

        self.workshops_label = label()
        self.workshops_table = list_table("workshopsTable", 2, elided=(0,))
        self.new_button = button("newWorkshop", self.new_workshop)
        self.edit_button = button("editWorkshop", self.edit_workshop)
        self.heading = label("workshopHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.facts = label("workshopFacts")
        self.facts.setWordWrap(True)
        self.programmes_label = label()
        self.programmes_table = list_table("programmesTable", 2, elided=(0,))
        self.programme_button = button("addProgramme", self.add_programme)
        self.rates_box = RatesBox(self)
        self.waiting_box = WaitingBox(self)
        self.placed_box = PlacedBox(self)
        self.message = label("placesMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        self.workshops_table.itemSelectionChanged.connect(self._workshop_chosen)
        for each in (self.new_button, self.edit_button, self.programme_button):
            show_if(each, self.manages)
        self._lay_out()
        self.retranslate()
        self.refresh()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(list_section(self.workshops_label, self.workshops_table), 1)
        steps = QHBoxLayout()
        steps.addWidget(self.new_button)
        steps.addWidget(self.edit_button)
        steps.addStretch()
        left.addLayout(steps)
        show_if(self.rates_box, self.rates_box.sees_rates)
        top = QHBoxLayout()
        top.addWidget(
            list_section(self.programmes_label, self.programmes_table, self.programme_button), 2
        )
        top.addWidget(self.rates_box, 3)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.facts)
        right.addLayout(top, 2)
        right.addWidget(self.waiting_box, 3)
        right.addWidget(self.placed_box, 2)
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
        self.workshops_table.setHorizontalHeaderLabels([self.tr("Workshop"), self.tr("Places")])
        self.programmes_table.setHorizontalHeaderLabels([self.tr("Programme"), self.tr("Days")])
        for box in (self.rates_box, self.waiting_box, self.placed_box):
            box.retranslate()
        self._show_workshops()
        self._show_detail()
        self.waiting_box.show_entries()
        self.placed_box.show_places()
        self.rates_box.show_rates()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- messages ------------------------------------------------------------------------
    def say(self, make: Callable[[], str]) -> None:
        self.message.setStyleSheet("")
        self.shown.say(make)

    def say_error(self, exc: Exception) -> None:
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
            on_error=self.say_error,
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
        self.detail = None
        self._show_detail()
        self.waiting_box.clear()
        self.placed_box.clear()
        self.rates_box.clear()
        self.shown.clear()
        if chosen is not None:
            self._read_detail()
            self.waiting_box.read()
            self.placed_box.read()
            self.rates_box.read()

    def read_chosen(self, fn: Callable, then: Callable[[object], None], *args: object) -> None:
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
            on_error=self.say_error,
        )

    def _read_detail(self) -> None:
        self.read_chosen(workshops.workshop_detail, self._detail_read)

    def _detail_read(self, detail: WorkshopDetail) -> None:
        self.detail = detail
        self._show_detail()

    # --- showing -------------------------------------------------------------------------
    def _show_workshops(self) -> None:
        fill_list(
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
            fill_list(self.programmes_table, [])
            self._update_buttons()
            return
        self.heading.setText(detail.name)
        week = ", ".join(
            f"{locale().dayName(s.weekday + 1, QLocale.FormatType.ShortFormat)} "
            f"{code_label(s.part, PART_LABELS, Part).lower()}"
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
        fill_list(
            self.programmes_table,
            [(p.name, str(p.length_days)) for p in detail.programmes],
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.detail is not None)
        self.programme_button.setEnabled(self.chosen_id is not None)
        for box in (self.rates_box, self.waiting_box, self.placed_box):
            box.update_buttons()

    # --- steps ---------------------------------------------------------------------------
    def open_form(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # closed: this window takes the keys again (the system usually does; not every one)
        dialog.finished.connect(lambda _result: self.window().activateWindow())
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_workshop(self) -> None:
        dialog = WorkshopDialog(self.store, self.ops, self.actor, None, self)
        dialog.saved.connect(self._workshop_created)
        self.open_form(dialog)

    def _workshop_created(self, workshop_id: object) -> None:
        self.say(lambda: self.tr("The workshop is set up."))
        self.refresh(choose=str(workshop_id))

    def edit_workshop(self) -> None:
        if self.detail is None:
            return
        dialog = WorkshopDialog(self.store, self.ops, self.actor, self.detail, self)
        dialog.saved.connect(lambda _none: self._workshop_changed())
        self.open_form(dialog)

    def _workshop_changed(self) -> None:
        self.say(lambda: self.tr("The workshop is changed."))
        self.refresh()
        self._read_detail()

    def add_programme(self) -> None:
        if self.chosen_id is None:
            return
        dialog = ProgrammeDialog(self.store, self.ops, self.actor, self.chosen_id, self)
        dialog.saved.connect(lambda _id: self._read_detail())
        self.open_form(dialog)

    def places_changed(self, entry_id: str | None, name: str) -> None:
        """A place given (from the waiting entry ``entry_id``) or ended (``None``): the list,
        the places, the places taken read again."""
        if entry_id is None:
            self.say(lambda: self.tr("The place is ended: {name}.").format(name=name))
        else:
            self.say(lambda: self.tr("Allocated a place: {name}.").format(name=name))
            self.waiting_box.read(then_choose=entry_id)
        self.placed_box.read()
        self._read_detail()
        self.refresh()
