"""The chosen workshop's waiting list, worked step by step: a prisoner put on it (found by
name), a pending entry approved or declined with a reason, an approved one allocated a
place, an open one taken off the list (or withdrawn by the prisoner). A step's button is
enabled only when the step applies to the entry chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from prisondesk.domain.clock import local, local_today
from prisondesk.domain.workshops import WAITING_LABELS, WaitingStatus
from prisondesk.services.workshops import waiting
from prisondesk.services.workshops.waiting import ADDING, WaitingView
from prisondesk.services.workshops.waiting_checks import OPEN
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.intake.movement_dialog import departure_reason
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.widgets import button, label, show_if
from prisondesk.ui.workshops.place_dialogs import AllocateDialog, ReasonDialog, Step
from prisondesk.ui.workshops.place_lists import (
    PlacesHost,
    chosen_row,
    code_label,
    fill_list,
    list_section,
    list_table,
)


class WaitingBox(QWidget):
    def __init__(self, page: PlacesHost) -> None:
        super().__init__()
        self.page = page
        self.entries: list[WaitingView] = []
        self.title, self.table = label(), list_table("waitingTable", 6, elided=(4, 5))
        self.add_button = button("addToWaiting", self.add_prisoner)
        self.approve_button = button("approveEntry", self.approve)
        self.decline_button = button("declineEntry", self.decline)
        self.allocate_button = button("allocateEntry", self.allocate)
        self.take_off_button = button("takeOffEntry", self.take_off)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        steps = (self.approve_button, self.decline_button)
        for each in (*steps, self.allocate_button, self.take_off_button):
            show_if(each, page.manages)
        show_if(self.add_button, any(page.actor.can(p) for p in ADDING))
        list_section(
            self.title,
            self.table,
            self.add_button,
            *steps,
            self.allocate_button,
            self.take_off_button,
            box=self,
        )

    def retranslate(self) -> None:
        self.title.setText(translate("PlacesPage", "Waitin&g list"))
        self.add_button.setText(translate("PlacesPage", "&Add a prisoner…"))
        self.approve_button.setText(translate("PlacesPage", "Appro&ve"))
        self.decline_button.setText(translate("PlacesPage", "&Decline…"))
        self.allocate_button.setText(translate("PlacesPage", "Allo&cate…"))
        self.take_off_button.setText(translate("PlacesPage", "Ta&ke off the list…"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("PlacesPage", "Prisoner"),
                translate("PlacesPage", "Status"),
                translate("PlacesPage", "Since"),
                translate("PlacesPage", "Proposed by"),
                translate("PlacesPage", "Programme"),
                translate("PlacesPage", "Reason, note"),
            ]
        )

    # --- reading and showing -------------------------------------------------------------
    def clear(self) -> None:
        self.entries = []
        self.show_entries()

    def read(self, then_choose: str | None = None) -> None:
        self.page.read_chosen(waiting.waiting_list, lambda found: self._read(found, then_choose))

    def _read(self, found: list[WaitingView], then_choose: str | None) -> None:
        chosen = then_choose or (entry.id if (entry := self.chosen()) else None)
        self.entries = found
        self.show_entries()
        ids = [e.id for e in found]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))
        self.update_buttons()

    def show_entries(self) -> None:
        sources = {
            "staff": translate("PlacesPage", "Staff"),
            "assessment": translate("PlacesPage", "Assessment plan"),
        }
        fill_list(
            self.table,
            [
                (
                    e.prisoner_name,
                    code_label(e.status, WAITING_LABELS, WaitingStatus),
                    short_date(local(e.requested_at, self.page.tz).date()),
                    sources.get(e.source, e.source),
                    e.programme_name,
                    departure_reason(e.reason),
                )
                for e in self.entries
            ],
        )
        for row, entry in enumerate(self.entries):  # the number, for two of one name
            self.table.item(row, 0).setToolTip(f"{entry.prisoner_name}, {entry.prisoner_number}")
        self.update_buttons()

    def chosen(self) -> WaitingView | None:
        return chosen_row(self.table, self.entries)

    def update_buttons(self) -> None:
        entry = self.chosen()
        status = entry.status if entry else None
        self.add_button.setEnabled(self.page.chosen_id is not None)
        pending = status == WaitingStatus.PENDING
        self.approve_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        self.allocate_button.setEnabled(status == WaitingStatus.APPROVED)
        self.take_off_button.setEnabled(status in OPEN)

    # --- steps ---------------------------------------------------------------------------
    def add_prisoner(self) -> None:
        page = self.page
        if page.chosen_id is None:
            return
        title = translate("PlacesPage", "Who goes on the waiting list?")
        picker = PrisonerPicker(page.store, page.ops, page.actor, page, title=title)
        workshop_id = page.chosen_id
        picker.accepted.connect(lambda: self._picked(picker, workshop_id))
        page.open_form(picker)

    def _picked(self, picker: PrisonerPicker, workshop_id: str) -> None:
        hit = picker.chosen
        if hit is None:
            return
        self.page.ops.run(
            waiting.add,
            self.page.store,
            self.page.actor,
            hit.id,
            workshop_id,
            on_done=lambda entry_id: self._changed(
                entry_id,
                lambda: translate("PlacesPage", "On the waiting list: {name}.").format(
                    name=hit.full_name
                ),
            ),
            on_error=self.page.say_error,
        )

    def _changed(self, entry_id: str, make: Callable[[], str]) -> None:
        self.page.say(make)
        self.read(then_choose=entry_id)

    def approve(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        self.page.ops.run(
            waiting.decide,
            self.page.store,
            self.page.actor,
            entry.id,
            True,
            on_done=lambda _status: self._changed(
                entry.id,
                lambda: translate("PlacesPage", "Approved: {name}.").format(
                    name=entry.prisoner_name
                ),
            ),
            on_error=self.page.say_error,
        )

    def decline(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        page = self.page
        self._with_reason(
            entry,
            translate("PlacesPage", "Decline the place"),
            translate("PlacesPage", "Why is {name} declined a place in {workshop}?"),
            (waiting.decide, (page.store, page.actor, entry.id, False)),
            None,
            lambda: translate("PlacesPage", "Declined: {name}.").format(name=entry.prisoner_name),
        )

    def take_off(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        page = self.page
        self._with_reason(
            entry,
            translate("PlacesPage", "Take off the waiting list"),
            translate("PlacesPage", "Why does {name} come off the list of {workshop}?"),
            (waiting.remove, (page.store, page.actor, entry.id)),
            (
                translate("PlacesPage", "The prisoner &withdrew"),
                (waiting.withdraw, (page.store, page.actor, entry.id)),
            ),
            lambda: translate("PlacesPage", "Off the list: {name}.").format(
                name=entry.prisoner_name
            ),
        )

    def _with_reason(
        self,
        entry: WaitingView,
        title: str,
        question: str,
        step: Step,
        other: tuple[str, Step] | None,
        done: Callable[[], str],
    ) -> None:
        """A step that takes a reason: its form asks ``question`` of the entry, then the
        list is read again and ``done`` said."""
        page = self.page
        dialog = ReasonDialog(
            page.ops,
            title,
            question.format(name=entry.prisoner_name, workshop=entry.workshop_name),
            step,
            other,
            parent=page,
        )
        dialog.saved.connect(lambda _status: self._changed(entry.id, done))
        page.open_form(dialog)

    def allocate(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        page = self.page
        programmes = page.detail.programmes if page.detail else ()
        today = local_today(page.tz)
        dialog = AllocateDialog(page.store, page.ops, page.actor, entry, programmes, today, page)
        dialog.saved.connect(lambda _id: page.places_changed(entry.id, entry.prisoner_name))
        page.open_form(dialog)
