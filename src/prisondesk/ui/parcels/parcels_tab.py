"""The prisoner file's *Parcels* tab: every parcel sent to the prisoner here, newest first,
with where each has got to."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from prisondesk.domain.clock import zone
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels import views
from prisondesk.services.parcels.views import ParcelRow
from prisondesk.services.store import Store
from prisondesk.ui.errors import ShownMessage
from prisondesk.ui.i18n import facility_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.labels import kilograms
from prisondesk.ui.parcels.log_page import status_label
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import label


class ParcelsTab(QWidget):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        prisoner_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("prisonerParcels")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.rows: list[ParcelRow] = []
        self.table = rows_table("prisonerParcelsTable", 5)
        self.message = label("prisonerParcelsMessage")
        self.shown = ShownMessage(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.ops.run(
            views.prisoner_parcels,
            store,
            actor,
            prisoner_id,
            on_done=self._loaded,
            on_error=self.shown.say_error,
        )

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("Parcel"),
                self.tr("Sender"),
                self.tr("Weight, kg"),
                self.tr("Status"),
            ]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, rows: list[ParcelRow]) -> None:
        self.rows = rows
        self._show()
        if not rows:
            self.shown.say(lambda: self.tr("No parcels yet."))

    def _show(self) -> None:
        fill_table(
            self.table,
            [
                (
                    facility_time(r.received_at, self.tz),
                    r.tracking,
                    r.sender,
                    kilograms(r.weight_grams),
                    status_label(r.status),
                )
                for r in self.rows
            ],
        )
