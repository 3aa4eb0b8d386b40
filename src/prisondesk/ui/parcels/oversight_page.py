"""What is looked over after the shift: the items confiscated over a period, and (for
supervisors) the parcels desks working apart left to settle: one seal on two active parcels,
or one parcel ended in two ways. Activating a row opens its parcel at the desk."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.parcels import PARCELS, RESULT_LABELS, ItemResult
from prisondesk.domain.roles import Permission
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels import oversight
from prisondesk.services.parcels.oversight import Attention, ConfiscationRow
from prisondesk.services.store import Store
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.i18n import facility_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.labels import event_label
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import label


class ConfiscationsPage(QWidget):
    open_parcel = Signal(str)

    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("confiscations")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        today = local_today(self.tz)
        self.rows: list[ConfiscationRow] = []
        self.first_label, self.last_label = label(), label()
        self.first = DateField("confiscationsFrom", near=lambda: today)
        self.first.set_value(today - timedelta(days=30))
        self.last = DateField("confiscationsTo", near=lambda: today)
        self.last.set_value(today)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        for field in (self.first, self.last):
            field.edit.returnPressed.connect(self.load)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showConfiscations")
        self.show_button.clicked.connect(lambda _checked=False: self.load())
        self.table = rows_table("confiscationsTable", 7)
        self.table.itemActivated.connect(self._open)
        self.message = label("confiscationsMessage")
        self.shown = ShownMessage(self.message)
        top = QHBoxLayout()
        for widget in (self.first_label, self.first, self.last_label, self.last):
            top.addWidget(widget)
        top.addWidget(self.show_button)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&From"))
        self.last_label.setText(self.tr("&To"))
        self.show_button.setText(self.tr("S&how"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Parcel"),
                self.tr("For"),
                self.tr("Item"),
                self.tr("Prohibited"),
                self.tr("Where it went"),
                self.tr("Note and officer"),
            ]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        problem = self.first.problem() or self.last.problem()
        first, last = self._value(self.first), self._value(self.last)
        if problem or first is None or last is None:
            self.shown.say(problem or self.tr("Type both days: dd.mm.yyyy."))
            return
        self.ops.run(
            oversight.confiscations,
            self.store,
            self.actor,
            first,
            last,
            on_done=self._loaded,
            on_error=self.shown.say_error,
        )

    @staticmethod
    def _value(field: DateField):
        try:
            return field.value()
        except ValueError:
            return None

    def _loaded(self, rows: list[ConfiscationRow]) -> None:
        self.rows = rows
        self._show()
        self.shown.say(lambda: self.tr("%n item(s) confiscated.", "", len(self.rows)))

    def _show(self) -> None:
        fill_table(
            self.table,
            [
                (
                    facility_time(r.at, self.tz),
                    r.tracking,
                    r.prisoner,
                    r.item,
                    translate(PARCELS, r.prohibited),
                    translate(PARCELS, RESULT_LABELS.get(ItemResult(r.to), r.to)),
                    " · ".join(part for part in (r.note, r.officer) if part),
                )
                for r in self.rows
            ],
        )

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_parcel.emit(self.rows[row].parcel_id)


class AttentionPage(QWidget):
    """For supervisors: what desks working apart left to settle."""

    open_parcel = Signal(str)

    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("parcelAttention")
        self.rows: list[Attention] = []
        self.intro = label("attentionIntro")
        self.intro.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshAttention")
        self.refresh_button.clicked.connect(lambda _checked=False: self.load())
        self.table = rows_table("attentionTable", 4)
        self.table.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button)
        self.retranslate()
        if actor.can(Permission.APPROVE):
            self.load()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Desks that worked apart may have put one seal on two parcels still here, or "
                "ended one parcel in two ways. Open each, find the parcel and record what "
                "really happened."
            )
        )
        self.refresh_button.setText(self.tr("R&efresh"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Parcel"), self.tr("For"), self.tr("Problem"), self.tr("Details")]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        self.ops.run(oversight.needing_attention, self.store, self.actor, on_done=self._loaded)

    def _loaded(self, rows: list[Attention]) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        problems = {
            "seal": self.tr("One seal on two parcels"),
            "endings": self.tr("Ended in two ways"),
        }
        fill_table(
            self.table,
            [(r.tracking, r.prisoner, problems[r.problem], self._detail(r)) for r in self.rows],
        )

    @staticmethod
    def _detail(row: Attention) -> str:
        if row.problem == "endings":  # the kinds of ending recorded, in words
            return ", ".join(event_label(kind) for kind in row.detail.split(", "))
        return row.detail

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_parcel.emit(self.rows[row].parcel_id)
