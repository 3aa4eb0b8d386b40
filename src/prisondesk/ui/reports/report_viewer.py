"""Reports on screen: choose a report, a period and (on a headquarters desk) a facility or all
of them, and see its charts above its table; save it as a PDF, print it, or export it as a
spreadsheet. A report runs in the background with its progress shown; Stop (or Esc) ends
it at its next step, and the window answers all the while."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.reports.report_pdf import report_pdf
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.headquarters import FacilityChoice, facilities_seen
from prisondesk.services.reports import export, run
from prisondesk.services.reports.report import REPORTS, REPORTS_CONTEXT, Cancelled, Job, Report
from prisondesk.services.store import Store
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import FieldErrors, ShownMessage, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.reports.chart_view import chart_view
from prisondesk.ui.reports.report_table import ReportModel, screen_words
from prisondesk.ui.widgets import label, show_if

# the order of the list: the gate, the population, the rules, then each module's
ORDER = (
    "gate_log",
    "visits_per_day",
    "population",
    "mandela_compliance",
    "parcels_received",
    "confiscations",
    "workshop_attendance",
    "pay_periods",
    "assessments_due",
)
PERIODS = (
    ("this_month", QT_TRANSLATE_NOOP("ReportViewer", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("ReportViewer", "Last month")),
    ("this_week", QT_TRANSLATE_NOOP("ReportViewer", "This week")),
    ("last_week", QT_TRANSLATE_NOOP("ReportViewer", "Last week")),
    ("today", QT_TRANSLATE_NOOP("ReportViewer", "Today")),
    ("yesterday", QT_TRANSLATE_NOOP("ReportViewer", "Yesterday")),
    ("this_year", QT_TRANSLATE_NOOP("ReportViewer", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("ReportViewer", "Last year")),
    ("chosen", QT_TRANSLATE_NOOP("ReportViewer", "Days I choose")),
)
ALL = ""  # the facility picker's "all facilities"


def period(key: str, today: date) -> tuple[date, date] | None:
    """The first and last day of a named period around ``today`` (None: the officer's own)."""
    month = today.replace(day=1)
    monday = today - timedelta(days=today.weekday())
    if key == "this_month":
        return month, today
    if key == "last_month":
        last = month - timedelta(days=1)
        return last.replace(day=1), last
    if key == "this_week":
        return monday, today
    if key == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if key == "today":
        return today, today
    if key == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if key == "this_year":
        return today.replace(month=1, day=1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


class _Progress(QObject):
    """Told by the report's thread, heard in the window's: a queued signal."""

    moved = Signal(int, int)


class ReportViewer(QWidget):
    shown = Signal(object)  # the report on screen (tests and the headquarters desk listen)

    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportViewer")
        self.store, self.ops, self.actor = store, ops, actor
        self.report: Report | None = None
        self.job: Job | None = None
        self.facilities: list[FacilityChoice] = facilities_seen(store, actor)

        self.report_box = QComboBox()
        self.report_box.setObjectName("reportChoice")
        self.period_box = QComboBox()
        self.period_box.setObjectName("reportPeriod")
        self.period_box.activated.connect(self._period_chosen)
        self.first = DateField("reportFirst")
        self.last = DateField("reportLast")
        for field in (self.first, self.last):
            field.edit.textEdited.connect(self._days_typed)
            field.edit.returnPressed.connect(self.show_report)
        self.facility_box = QComboBox()
        self.facility_box.setObjectName("reportFacility")
        self.show_button = QPushButton()
        self.show_button.setObjectName("showReport")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_report)

        self.report_label, self.period_label = QLabel(), QLabel()
        self.first_label, self.last_label, self.facility_label = QLabel(), QLabel(), QLabel()
        for caption, field in (
            (self.report_label, self.report_box),
            (self.period_label, self.period_box),
            (self.first_label, self.first),
            (self.last_label, self.last),
            (self.facility_label, self.facility_box),
        ):
            caption.setBuddy(field)
        grid = QGridLayout()
        grid.addWidget(self.report_label, 0, 0)
        grid.addWidget(self.report_box, 0, 1, 1, 3)
        grid.addWidget(self.facility_label, 0, 4)
        grid.addWidget(self.facility_box, 0, 5)
        grid.addWidget(self.period_label, 1, 0)
        grid.addWidget(self.period_box, 1, 1)
        grid.addWidget(self.first_label, 1, 2)
        grid.addWidget(self.first, 1, 3)
        grid.addWidget(self.last_label, 1, 4)
        grid.addWidget(self.last, 1, 5)
        grid.addWidget(self.show_button, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        several = len(self.facilities) > 1
        show_if(self.facility_label, several)
        show_if(self.facility_box, several)

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopReport")
        self.stop_button.clicked.connect(self.stop)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop)
        self.relay = _Progress(self)
        self.relay.moved.connect(self._moved)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop_button)
        self.running_row = QWidget()
        self.running_row.setLayout(running)
        self.running_row.hide()

        self.title = label("reportTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.model = ReportModel()
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.charts = QTabWidget()
        self.charts.setObjectName("reportCharts")
        self.charts.hide()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.charts)
        self.split.addWidget(self.table)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        self.pdf_button, self.print_button, self.export_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        for button, name, slot in (
            (self.pdf_button, "saveReportPdf", self.save_pdf),
            (self.print_button, "printReport", self.print_report),
            (self.export_button, "exportReport", self.export),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(False)
        self.errors = FieldErrors(label("reportErrors"), {"first": label(), "last": label()})
        self.status = label("reportStatus")
        self.said = ShownMessage(self.status)  # said again in the language switched to
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.errors.fields["first"])
        layout.addWidget(self.errors.fields["last"])
        layout.addWidget(self.running_row)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.title)
        layout.addWidget(self.split, 1)
        layout.addLayout(actions)
        self.retranslate()
        self.period_box.setCurrentIndex(0)
        self._period_chosen(0)

    # --- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.report_label.setText(self.tr("&Report:"))
        self.period_label.setText(self.tr("Peri&od:"))
        self.first_label.setText(self.tr("&From:"))
        self.last_label.setText(self.tr("&To:"))
        self.facility_label.setText(self.tr("Fac&ility:"))
        self.show_button.setText(self.tr("Sho&w"))
        self.stop_button.setText(self.tr("Sto&p (Esc)"))
        self.pdf_button.setText(self.tr("Save P&DF…"))
        self.print_button.setText(self.tr("Pri&nt…"))
        self.export_button.setText(self.tr("E&xport…"))
        chosen = self.report_box.currentData()
        self.report_box.clear()
        known = [name for name in ORDER if name in REPORTS]
        for name in known + sorted(set(REPORTS) - set(known)):
            self.report_box.addItem(translate(REPORTS_CONTEXT, REPORTS[name].title), name)
        self.report_box.setCurrentIndex(max(0, self.report_box.findData(chosen)))
        which = self.period_box.currentIndex()
        self.period_box.clear()
        for key, text in PERIODS:
            self.period_box.addItem(self.tr(text), key)
        self.period_box.setCurrentIndex(max(0, which))
        facility = self.facility_box.currentData()
        self.facility_box.clear()
        self.facility_box.addItem(self.tr("All facilities"), ALL)
        for one in self.facilities:
            self.facility_box.addItem(one.label, one.id)
        self.facility_box.setCurrentIndex(max(0, self.facility_box.findData(facility)))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the period ----------------------------------------------------------------------
    def _period_chosen(self, index: int) -> None:
        days = period(self.period_box.itemData(index), run.today_at(self.store, self.actor))
        if days is not None:
            self.first.set_value(days[0])
            self.last.set_value(days[1])

    def _days_typed(self) -> None:
        self.period_box.setCurrentIndex(self.period_box.findData("chosen"))

    # --- running -------------------------------------------------------------------------
    def show_report(self) -> None:
        if self.job is not None:
            return  # one report at a time: the one running is stopped first
        self.errors.clear()
        days = self._days()
        if days is None:
            return
        name = self.report_box.currentData()
        chosen = self.facility_box.currentData()
        facilities = [chosen] if chosen else None
        relay = self.relay

        def progress(done: int, of: int) -> None:  # on the report's thread
            if not shiboken6.isValid(relay):  # the window was closed (a logout): stop
                raise Cancelled()
            relay.moved.emit(done, of)

        self.job = Job(progress=progress)
        self.progress.setRange(0, 0)  # busy until the first step says how far
        self.running_row.show()
        self.show_button.setEnabled(False)
        self.said.clear()
        self.ops.run(
            run.run_report,
            self.store,
            self.actor,
            name,
            *days,
            self.job,
            facilities,
            on_done=self._done,
            on_error=self._failed,
        )

    def _days(self) -> tuple[date, date] | None:
        found = []
        for field, key in ((self.first, "first"), (self.last, "last")):
            problem = field.problem()
            if not problem and field.value() is None:
                problem = self.tr("Enter a date.")
            if problem:
                self.errors.show_at(key, problem)
                field.edit.setFocus()
                return None
            found.append(field.value())
        return found[0], found[1]

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()
            self.stop_button.setEnabled(False)

    def _moved(self, done: int, of: int) -> None:
        self.progress.setRange(0, max(of, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.job = None
        self.running_row.hide()
        self.stop_button.setEnabled(True)
        self.show_button.setEnabled(True)

    def _done(self, report: Report) -> None:
        self._finished()
        self.report = report
        self._draw()
        self.shown.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._finished()
        if isinstance(exc, Cancelled):
            self.said.say(lambda: self.tr("Stopped: nothing is shown."))
            return
        self.errors.show(exc)

    # --- showing -------------------------------------------------------------------------
    def _draw(self) -> None:
        report = self.report
        self.model.show(report)
        while self.charts.count():
            widget = self.charts.widget(0)
            self.charts.removeTab(0)
            widget.deleteLater()
        for button in (self.pdf_button, self.print_button, self.export_button):
            button.setEnabled(report is not None)
        if report is None:
            self.title.clear()
            self.charts.hide()
            return
        words = screen_words()
        where = ", ".join(report.facilities)
        self.title.setText(
            " — ".join(
                part
                for part in (
                    translate(REPORTS_CONTEXT, report.title),
                    words.days(report.first, report.last),
                    where,
                )
                if part
            )
        )
        for chart in report.charts:
            self.charts.addTab(chart_view(chart, words), words.report(chart.title))
        show_if(self.charts, bool(report.charts))
        self.table.resizeColumnsToContents()
        if not report.rows:
            self.said.say(lambda: self.tr("Nothing to show for this period."))
        else:
            self.said.say(lambda: self.tr("%n line(s).", "", len(report.rows)))

    # --- paper and files -----------------------------------------------------------------
    def _file_name(self, suffix: str) -> str:
        assert self.report is not None
        return f"{self.report.name}-{self.report.first}-{self.report.last}.{suffix}"

    def pdf(self) -> bytes:
        assert self.report is not None
        words = screen_words()
        return report_pdf(self.report, translate, short_date, words.decimal_mark)

    def save_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self._file_name("pdf"), "PDF (*.pdf)"
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        assert self.report is not None
        self.ops.run(
            export.save_report_pdf,
            self.store,
            self.actor,
            self.report,
            path,
            self.pdf(),
            on_done=lambda _: self._saved(path),
            on_error=self.errors.show,
        )

    def print_report(self) -> None:
        if self.report is not None:
            print_pdf(self, self.pdf(), translate(REPORTS_CONTEXT, self.report.title))

    def export(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            self._file_name("xlsx"),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.write_table(Path(path))

    def write_table(self, path: Path) -> None:
        assert self.report is not None
        fmt = path.suffix.lstrip(".").lower()
        if fmt not in ("csv", "xlsx"):
            path, fmt = path.with_suffix(".xlsx"), "xlsx"
        self.ops.run(
            export.export_report,
            self.store,
            self.actor,
            self.report,
            path,
            fmt,
            translate,
            on_done=lambda _: self._saved(path),
            on_error=self.errors.show,
        )

    def _saved(self, path: Path) -> None:
        self.said.say(lambda: self.tr("Saved: {file}.").format(file=path.name))
