"""The daily parcel log on screen: every parcel received on a day, where it has got to and
what was taken from it; saved as XLSX, CSV (formulas kept as text) or PDF, or printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.parcels import CHANNEL_LABELS, PARCELS, STATUS_LABELS, Channel, Status
from prisondesk.printing.parcels.parcel_log import render_parcel_log
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels import parcel_log
from prisondesk.services.parcels.parcel_log import ParcelLogRow
from prisondesk.services.store import Store
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.labels import kilograms
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label


def status_label(code: str) -> str:
    return translate(PARCELS, STATUS_LABELS.get(Status(code), code)) if code else ""


def channel_label(code: str) -> str:
    return translate(PARCELS, CHANNEL_LABELS.get(Channel(code), code)) if code else ""


class ParcelLogPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("parcelLog")
        info = facility.current_facility(store)
        self.facility_name = info.name if info else ""
        self.tz = zone(info.time_zone if info else None)
        self.rows: list[ParcelLogRow] = []
        self.shown_day: date | None = None
        self.day_label = label()
        self.day = DateField("logDay", near=lambda: local_today(self.tz))
        self.day.set_value(local_today(self.tz))
        self.day.edit.returnPressed.connect(self.load)
        self.day_label.setBuddy(self.day)
        self.show_button = button("showLog", self.load)
        self.save_button = button("saveLog", self.save)
        self.print_button = button("printLog", self.print_log)
        self.table = rows_table("parcelLogTable", 8)
        self.message = label("logMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.show_button)
        top.addStretch()
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day"))
        self.show_button.setText(self.tr("S&how"))
        self.save_button.setText(self.tr("Sa&ve…"))
        self.print_button.setText(self.tr("&Print…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Parcel"),
                self.tr("Received"),
                self.tr("How it came"),
                self.tr("Sender"),
                self.tr("For"),
                self.tr("Weight, kg"),
                self.tr("Status"),
                self.tr("Confiscated"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        problem = self.day.problem()
        if problem or self.day.value() is None:
            self.shown.say(problem or self.tr("Type the day: dd.mm.yyyy."))
            return
        day = self.day.value()
        self.ops.run(
            parcel_log.parcel_log,
            self.store,
            self.actor,
            day,
            on_done=lambda rows: self._loaded(day, rows),
            on_error=self.shown.say_error,
        )

    def _loaded(self, day: date, rows: list[ParcelLogRow]) -> None:
        self.rows, self.shown_day = rows, day
        self._fill()
        self.shown.say(
            lambda: self.tr("%n parcel(s) received on {day}.", "", len(rows)).format(
                day=short_date(day)
            )
        )

    def _fill(self) -> None:
        fill_table(
            self.table,
            [
                (
                    row.tracking,
                    row.received[11:],  # the time: the day is the page's
                    channel_label(row.channel),
                    row.sender,
                    row.prisoner,
                    kilograms(row.weight_grams),
                    status_label(row.status),
                    row.confiscated,
                )
                for row in self.rows
            ],
        )

    def save(self) -> None:
        if self.shown_day is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the parcel log"),
            f"parcels-{self.shown_day.isoformat()}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)",
        )
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        """The shown day's log to ``path``, as its suffix says."""
        day = self.shown_day
        if day is None:
            return
        fmt = path.suffix.lstrip(".").lower()
        if fmt == "pdf":
            path.write_bytes(self.pdf())
            self.shown.say(lambda: self.tr("Saved: {file}.").format(file=path.name))
            return
        self.ops.run(
            parcel_log.export_parcels,
            self.store,
            self.actor,
            path,
            fmt,
            day,
            on_done=lambda _count: self.shown.say(
                lambda: self.tr("Saved: {file}.").format(file=path.name)
            ),
            on_error=self.shown.say_error,
        )

    def pdf(self) -> bytes:
        assert self.shown_day is not None
        return render_parcel_log(
            self.facility_name,
            self.shown_day,
            self.rows,
            translate,
            status_label=status_label,
            channel_label=channel_label,
        )

    def print_log(self) -> None:
        if self.shown_day is not None:
            print_pdf(self, self.pdf(), self.tr("Parcel log"))
