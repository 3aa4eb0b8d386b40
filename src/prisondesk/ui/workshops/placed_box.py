"""The people holding a place in the chosen workshop today, with the step that ends a place
(on a day, with its reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from prisondesk.domain.clock import local_today
from prisondesk.services.workshops import allocations
from prisondesk.services.workshops.allocations import AllocationView
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.widgets import button, label, show_if
from prisondesk.ui.workshops.place_dialogs import EndPlaceDialog
from prisondesk.ui.workshops.place_lists import (
    PlacesHost,
    chosen_row,
    fill_list,
    list_section,
    list_table,
)


class PlacedBox(QWidget):
    def __init__(self, page: PlacesHost) -> None:
        super().__init__()
        self.page = page
        self.placed: list[AllocationView] = []
        self.title, self.table = label(), list_table("placedTable", 6, elided=(1, 2))
        self.end_button = button("endPlace", self.end_place)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        show_if(self.end_button, page.manages)
        list_section(self.title, self.table, self.end_button, box=self)

    def retranslate(self) -> None:
        self.title.setText(translate("PlacesPage", "&Holding a place today"))
        self.end_button.setText(translate("PlacesPage", "&End the place…"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("PlacesPage", "Number"),
                translate("PlacesPage", "Name"),
                translate("PlacesPage", "Programme"),
                translate("PlacesPage", "Band"),
                translate("PlacesPage", "From"),
                translate("PlacesPage", "Ends"),
            ]
        )

    def clear(self) -> None:
        self.placed = []
        self.show_places()

    def read(self) -> None:
        self.page.read_chosen(allocations.active_in, self._read, local_today(self.page.tz))

    def _read(self, found: list[AllocationView]) -> None:
        self.placed = found
        self.show_places()

    def show_places(self) -> None:
        fill_list(
            self.table,
            [
                (
                    p.prisoner_number,
                    p.prisoner_name,
                    p.programme_name or translate("PlacesPage", "work"),
                    p.pay_band,
                    short_date(p.starts_on),
                    short_date(p.ends_on),
                )
                for p in self.placed
            ],
        )
        self.update_buttons()

    def chosen(self) -> AllocationView | None:
        return chosen_row(self.table, self.placed)

    def update_buttons(self) -> None:
        place = self.chosen()
        self.end_button.setEnabled(place is not None and place.ends_on is None)

    def end_place(self) -> None:
        place = self.chosen()
        if place is None:
            return
        page = self.page
        today = local_today(page.tz)
        dialog = EndPlaceDialog(page.store, page.ops, page.actor, place, today, page)
        dialog.saved.connect(lambda _none: page.places_changed(None, place.prisoner_name))
        page.open_form(dialog)
