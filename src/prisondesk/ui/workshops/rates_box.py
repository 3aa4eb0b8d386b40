"""The chosen workshop's pay rates, for supervisors: each band's rate, its basis and amount,
from a day to a day (or no end), and the step that adds one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from prisondesk.domain.clock import local_today
from prisondesk.domain.roles import Permission
from prisondesk.domain.workshops import BASIS_LABELS, Basis
from prisondesk.services.workshops import rates
from prisondesk.services.workshops.rates import RateView
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.widgets import button, label
from prisondesk.ui.workshops.money import show_som
from prisondesk.ui.workshops.place_dialogs import RateDialog
from prisondesk.ui.workshops.place_lists import (
    PlacesHost,
    code_label,
    fill_list,
    list_section,
    list_table,
)


class RatesBox(QWidget):
    def __init__(self, page: PlacesHost) -> None:
        super().__init__()
        self.page = page
        self.sees_rates = page.actor.can(Permission.APPROVE)  # a supervisor's
        self.rate_rows: list[RateView] = []
        self.title, self.table = label(), list_table("ratesTable", 5)
        self.rate_button = button("addRate", self.add_rate)
        list_section(self.title, self.table, self.rate_button, box=self)

    def retranslate(self) -> None:
        self.title.setText(translate("PlacesPage", "Pay ra&tes"))
        self.rate_button.setText(translate("PlacesPage", "Add a &rate…"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("PlacesPage", "Band"),
                translate("PlacesPage", "Pays"),
                translate("PlacesPage", "Amount"),
                translate("PlacesPage", "From"),
                translate("PlacesPage", "To"),
            ]
        )

    def clear(self) -> None:
        self.rate_rows = []
        self.show_rates()

    def read(self) -> None:
        if self.sees_rates:
            self.page.read_chosen(rates.rates, self._read)

    def _read(self, found: list[RateView]) -> None:
        self.rate_rows = found
        self.show_rates()

    def show_rates(self) -> None:
        fill_list(
            self.table,
            [
                (
                    r.band,
                    code_label(r.basis, BASIS_LABELS, Basis),
                    show_som(r.amount),
                    short_date(r.effective_from),
                    short_date(r.effective_to)
                    if r.effective_to
                    else translate("PlacesPage", "no end"),
                )
                for r in self.rate_rows
            ],
        )

    def update_buttons(self) -> None:
        self.rate_button.setEnabled(self.page.chosen_id is not None)

    def add_rate(self) -> None:
        page = self.page
        if page.chosen_id is None:
            return
        today = local_today(page.tz)
        dialog = RateDialog(page.store, page.ops, page.actor, page.chosen_id, today, page)
        dialog.saved.connect(lambda _rate: self.read())
        page.open_form(dialog)
