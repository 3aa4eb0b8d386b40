"""Pay periods: run a period (its pay computed from the register's marks), look at each
prisoner's pay, discard a run not yet approved (its days open again for marking), approve
it (a supervisor: the wages are then posted to the deposit accounts, split into the
spendable part and the part held until release), and export the payroll for the enterprise
and the bank."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.roles import Permission
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import pay, pay_views, payroll
from prisondesk.services.workshops.pay_views import PeriodSummary, PeriodView
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import ShownMessage
from prisondesk.ui.i18n import locale, short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, show_if
from prisondesk.ui.workshops.money import show_som
from prisondesk.ui.workshops.register_page import hours


def last_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class PayPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("payPeriods")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.summaries: list[PeriodSummary] = []
        self.period: PeriodView | None = None
        first, last = last_month(local_today(self.tz))
        self.first_label, self.last_label = label(), label()
        self.first = DateField("payFirst", near=lambda: first)
        self.first.set_value(first)
        self.last = DateField("payLast", near=lambda: last)
        self.last.set_value(last)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.compute_button = button("computePeriod", self.compute)
        self.periods = rows_table("periodsTable", 5)
        self.periods.itemSelectionChanged.connect(self._open_chosen)
        self.lines = rows_table("payLines", 9)
        self.totals = label("payTotals")
        self.totals.setStyleSheet("font-weight: 600;")
        self.totals.setWordWrap(True)  # a long sentence in Kyrgyz must not widen the window
        self.approve_button = button("approvePeriod", self.approve)
        show_if(self.approve_button, actor.can(Permission.APPROVE))
        self.discard_button = button("discardPeriod", self.discard)
        self.export_button = button("exportPayroll", self.export)
        self.message = label("payMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        run = QHBoxLayout()
        for widget in (
            self.first_label,
            self.first,
            self.last_label,
            self.last,
            self.compute_button,
        ):
            run.addWidget(widget)
        run.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(run)
        layout.addWidget(self.message)
        layout.addWidget(self.periods, 1)
        layout.addWidget(self.lines, 2)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&From"))
        self.last_label.setText(self.tr("&To"))
        self.compute_button.setText(self.tr("&Compute the pay"))
        self.approve_button.setText(self.tr("&Approve and post…"))
        self.discard_button.setText(self.tr("&Discard this run…"))
        self.export_button.setText(self.tr("E&xport the payroll…"))
        self.periods.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Status"), self.tr("People"), self.tr("Total")]
        )
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Workshop"),
                self.tr("Sessions"),
                self.tr("Hours"),
                self.tr("Pieces"),
                self.tr("Wage"),
                self.tr("Spendable"),
                self.tr("Held until release"),
            ]
        )
        self._show_periods()
        self._show_period()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _status(self, code: str) -> str:
        return self.tr("approved, posted") if code == "approved" else self.tr("awaiting approval")

    # --- periods -------------------------------------------------------------------------
    def refresh(self, then_open: str | None = None) -> None:
        self.ops.run(
            pay_views.periods,
            self.store,
            self.actor,
            on_done=lambda found: self._periods_read(found, then_open),
            on_error=self.shown.say_error,
        )

    def _periods_read(self, found: list[PeriodSummary], then_open: str | None) -> None:
        self.summaries = found
        self._show_periods()
        ids = [s.id for s in found]
        if then_open in ids:
            self.periods.selectRow(ids.index(then_open))

    def _show_periods(self) -> None:
        fill_table(
            self.periods,
            [
                (
                    short_date(s.first_day),
                    short_date(s.last_day),
                    self._status(s.status),
                    str(s.lines),
                    show_som(s.total),
                )
                for s in self.summaries
            ],
        )

    def _open_chosen(self) -> None:
        row = self.periods.currentRow()
        if not self.periods.selectionModel().hasSelection() or not 0 <= row < len(self.summaries):
            return
        self.ops.run(
            pay_views.period_view,
            self.store,
            self.actor,
            self.summaries[row].id,
            on_done=self._period_read,
            on_error=self.shown.say_error,
        )

    def _period_read(self, view: PeriodView) -> None:
        self.period = view
        self._show_period()

    def _show_period(self) -> None:
        view = self.period
        lines = view.lines if view else ()
        fill_table(
            self.lines,
            [
                (
                    line.number,
                    line.name,
                    line.workshop_name,
                    locale().toString(line.half_sessions / 2, "g", 6),
                    hours(line.minutes) if line.minutes else "",
                    str(line.pieces) if line.pieces else "",
                    show_som(line.amount),
                    show_som(line.spendable),
                    show_som(line.held),
                )
                for line in lines
            ],
        )
        computed = view is not None and view.status == "computed"
        self.approve_button.setEnabled(computed)
        self.discard_button.setEnabled(computed)
        self.export_button.setEnabled(view is not None)
        if view is None:
            self.totals.clear()
            return
        self.totals.setText(
            self.tr(
                "{first} – {last}: {total} in all, {spendable} spendable, {held} held until "
                "release ({percent} %)."
            ).format(
                first=short_date(view.first_day),
                last=short_date(view.last_day),
                total=show_som(view.total),
                spendable=show_som(view.spendable),
                held=show_som(view.held),
                percent=view.held_percent,
            )
        )

    # --- steps ---------------------------------------------------------------------------
    def compute(self) -> None:
        problem = self.first.problem() or self.last.problem()
        if problem or self.first.value() is None or self.last.value() is None:
            self.shown.say(problem or self.tr("Type both days: dd.mm.yyyy."))
            return
        self.ops.run(
            pay.compute_period,
            self.store,
            self.actor,
            self.first.value(),
            self.last.value(),
            on_done=self._computed,
            on_error=self.shown.say_error,
        )

    def _computed(self, view: PeriodView) -> None:
        self.period = view
        self._show_period()
        self.shown.say(
            lambda: self.tr(
                "Computed: %n people. A supervisor approves it to post the wages.",
                "",
                len(view.lines),
            )
        )
        self.refresh(then_open=view.id)

    def approve(self) -> None:
        view = self.period
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approve the pay"),
            self.tr(
                "Post {total} to the deposit accounts of %n people? This cannot be undone.",
                "",
                len(view.lines),
            ).format(total=show_som(view.total)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(
            pay.approve_period,
            self.store,
            self.actor,
            view.id,
            on_done=self._approved,
            on_error=self.shown.say_error,
        )

    def discard(self) -> None:
        view = self.period
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard the run"),
            self.tr(
                "Discard the pay computed for {first} – {last}? Nothing is posted; the marks "
                "of these days can be corrected again, and the period is then run anew."
            ).format(first=short_date(view.first_day), last=short_date(view.last_day)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(
            pay.discard_period,
            self.store,
            self.actor,
            view.id,
            on_done=lambda _none: self._discarded(view),
            on_error=self.shown.say_error,
        )

    def _discarded(self, view: PeriodView) -> None:
        self.period = None
        self._show_period()
        self.first.set_value(view.first_day)
        self.last.set_value(view.last_day)
        self.shown.say(
            lambda: self.tr(
                "Discarded: the marks of {first} – {last} can be corrected; then compute the "
                "pay again."
            ).format(first=short_date(view.first_day), last=short_date(view.last_day))
        )
        self.refresh()

    def _approved(self, view: PeriodView) -> None:
        self.period = view
        self._show_period()
        self.shown.say(lambda: self.tr("Approved: the wages are on the deposit accounts."))
        self.refresh(then_open=view.id)

    def export(self) -> None:
        view = self.period
        if view is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the payroll"),
            f"payroll-{view.first_day.isoformat()}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not path:
            return
        target = Path(path)
        self.ops.run(
            payroll.export_payroll,
            self.store,
            self.actor,
            view.id,
            target,
            target.suffix.lstrip(".").lower() or "xlsx",
            on_done=lambda _rows: self.shown.say(
                lambda: self.tr("Saved: {file}.").format(file=target.name)
            ),
            on_error=self.shown.say_error,
        )
