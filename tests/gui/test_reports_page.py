"""The Reports screen as a supervisor reaches it: a real login, Reports chosen in the
navigation, a report and a period picked with the keyboard, Show pressed with Alt+W; what
the screen shows is what the service made (whose figures tests/reports check against
known answers): the title, every cell of the table as the paper writes it, a chart per chart.
A year-long report shows its progress, answers while it runs, and stops on Esc. A wrong day
is said beside its field, a backwards range by the service, and nothing is run. The PDF and
the spreadsheet saved from the screen are the report."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prisondesk.services import demo
from prisondesk.services.core import users
from prisondesk.services.reports import run
from prisondesk.services.reports.report import (
    REPORTS,
    Chart,
    Column,
    Kind,
    Report,
    ReportSpec,
    Series,
    register,
)
from prisondesk.ui.reports.report_table import screen_words
from prisondesk.ui.reports.report_viewer import ORDER, ReportViewer, period
from tests.gui.flows import (
    activate_again,
    click,
    click_tab,
    log_in,
    open_module,
    save_in_next_file_dialog,
    type_slowly,
)


@pytest.fixture
def demo_db(db):
    demo.fill_demo(db, prisoners=120, seed=7)
    for name in ("supervisor", "admin"):  # the words checked here are the English source
        users.set_language(db, users.authenticate(db, name, demo.DEMO_PASSWORD), "en")
    return db


def open_reports(qtbot, shell, username="supervisor") -> ReportViewer:
    window = log_in(qtbot, shell, username, demo.DEMO_PASSWORD)
    page = open_module(qtbot, window, "reports")
    assert page.tabText(page.currentIndex()) == "Reports"
    return page.viewer


def alt(qtbot, viewer: ReportViewer, letter: str) -> None:
    qtbot.keyClick(viewer.window(), letter, Qt.KeyboardModifier.AltModifier)


def choose(qtbot, viewer, box, data: str) -> None:
    """A combo box chosen by its Alt+letter, then Home and Down until the item is current."""
    alt(qtbot, viewer, {viewer.report_box: "r", viewer.period_box: "o"}[box])
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.findData(data)):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == data


def show(qtbot, viewer) -> Report:
    """Alt+W (Show), and the report it brings (an error shown instead fails at once, and says)."""
    made: list[Report] = []
    viewer.shown.connect(made.append)
    alt(qtbot, viewer, "w")
    qtbot.waitUntil(lambda: bool(made or viewer.errors.text()), timeout=20_000)
    viewer.shown.disconnect(made.append)
    assert made, viewer.errors.text()
    return made[0]


def select_all(qtbot, edit) -> None:
    """Ctrl+A in the day field the keyboard is in (Alt+letter took it there)."""
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.selectedText() == edit.text()


def screen_cells(viewer) -> list[list[str]]:
    model = viewer.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_each_report_is_opened_by_keys_and_shows_what_the_service_made(qtbot, shell, demo_db):
    viewer = open_reports(qtbot, shell)
    chief = users.authenticate(demo_db, "supervisor", demo.DEMO_PASSWORD)
    first, last = period("last_month", date.today())
    listed = [viewer.report_box.itemData(i) for i in range(viewer.report_box.count())]
    assert listed[: len(ORDER)] == [name for name in ORDER if name in REPORTS][: len(ORDER)]
    assert set(listed) == set(REPORTS)
    for name in listed:
        choose(qtbot, viewer, viewer.report_box, name)
        choose(qtbot, viewer, viewer.period_box, "last_month")
        assert (viewer.first.value(), viewer.last.value()) == (first, last)
        shown = show(qtbot, viewer)
        expected = run.run_report(demo_db, chief, name, first, last)
        assert shown == expected
        words = screen_words()
        assert viewer.title.text().startswith(f"{expected.title} — {words.days(first, last)}")
        rows = [*expected.rows, *([expected.totals] if expected.totals is not None else [])]
        written = [
            [
                "Total"
                if n == len(expected.rows) and c == 0 and v is None
                else words.cell(v, expected.columns[c].kind.value)
                for c, v in enumerate(row)
            ]
            for n, row in enumerate(rows)
        ]
        assert screen_cells(viewer) == written
        headers = [
            viewer.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(viewer.model.columnCount())
        ]
        assert headers == [column.title for column in expected.columns]
        assert viewer.charts.count() == len(expected.charts)
        assert [viewer.charts.tabText(i) for i in range(viewer.charts.count())] == [
            chart.title for chart in expected.charts
        ]
        assert all(
            isinstance(viewer.charts.widget(i), QChartView) for i in range(viewer.charts.count())
        )
        assert viewer.pdf_button.isEnabled() and viewer.export_button.isEnabled()


@pytest.fixture
def slow_report():
    """A report of a year whose weeks wait for the test: it runs as long as the test wants."""
    go_on = threading.Event()

    def build(session, actor, first, last, facility_id, job):
        weeks = (last - first).days // 7 + 1
        for week in range(weeks):
            job.step(week, weeks)
            go_on.wait(0.05)
        return Report(
            "slow", "Slow", first, last, ("Колония",), (Column("n", "N", Kind.COUNT),), ((1,),)
        )

    register(ReportSpec("slow", "Slow", build))
    yield go_on
    go_on.set()
    REPORTS.pop("slow", None)


def test_a_long_report_shows_its_progress_answers_and_stops_on_escape(
    qtbot, shell, languages, demo_db, slow_report
):
    viewer = open_reports(qtbot, shell)
    choose(qtbot, viewer, viewer.report_box, "slow")
    choose(qtbot, viewer, viewer.period_box, "last_year")
    alt(qtbot, viewer, "w")
    qtbot.waitUntil(lambda: viewer.progress.maximum() > 0 and viewer.progress.value() > 2)
    assert viewer.running_row.isVisible() and not viewer.show_button.isEnabled()
    # the window answers while the report runs: the officer types a day
    alt(qtbot, viewer, "f")
    select_all(qtbot, viewer.first.edit)
    type_slowly(qtbot, viewer.first.edit, "01.02.2025")
    assert viewer.first.edit.text() == "01.02.2025"
    assert viewer.progress.value() < viewer.progress.maximum()
    qtbot.keyClick(viewer.first.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.running_row.isVisible())
    assert viewer.status.text() == "Stopped: nothing is shown."
    languages.apply("ru")  # what is said follows the language
    qtbot.waitUntil(lambda: viewer.status.text() == "Остановлено: ничего не показано.")
    assert viewer.report is None and viewer.model.rowCount() == 0
    assert viewer.show_button.isEnabled()


def test_a_wrong_day_or_a_backwards_range_is_said_and_nothing_runs(qtbot, shell, demo_db):
    viewer = open_reports(qtbot, shell)
    choose(qtbot, viewer, viewer.report_box, "visits_per_day")
    alt(qtbot, viewer, "f")
    select_all(qtbot, viewer.first.edit)
    type_slowly(qtbot, viewer.first.edit, "31.02.2026")
    alt(qtbot, viewer, "w")
    qtbot.waitUntil(viewer.errors.fields["first"].isVisible)
    said = "31.02.2026 is not a date: there is no such day."
    assert viewer.errors.fields["first"].text() == said
    assert viewer.report is None and not viewer.running_row.isVisible()
    assert viewer.period_box.currentData() == "chosen"  # typed days are the officer's own

    alt(qtbot, viewer, "f")  # the keyboard went to Show: back to From
    select_all(qtbot, viewer.first.edit)
    type_slowly(qtbot, viewer.first.edit, "10.11.2026")
    alt(qtbot, viewer, "t")
    select_all(qtbot, viewer.last.edit)
    type_slowly(qtbot, viewer.last.edit, "01.11.2026")
    qtbot.keyClick(viewer.last.edit, Qt.Key.Key_Return)  # Enter in a day shows the report
    qtbot.waitUntil(lambda: viewer.errors.fields["last"].isVisible())
    assert viewer.errors.fields["last"].text() == "The range cannot end before it begins."
    assert not viewer.errors.fields["first"].isVisible()
    assert viewer.report is None


def test_the_shown_report_is_saved_as_pdf_and_exported_as_a_spreadsheet(
    qtbot, shell, demo_db, tmp_path: Path
):
    viewer = open_reports(qtbot, shell)
    choose(qtbot, viewer, viewer.report_box, "population")
    choose(qtbot, viewer, viewer.period_box, "last_month")
    report = show(qtbot, viewer)
    target = tmp_path / "population.pdf"
    offered: list[str] = []
    save_in_next_file_dialog(qtbot, str(target), offered)
    click(qtbot, viewer.pdf_button)
    assert offered and offered[0].endswith(".pdf"), offered
    qtbot.waitUntil(lambda: viewer.status.text() == "Saved: population.pdf.")
    text = pypdfium2.PdfDocument(target.read_bytes())[0].get_textpage().get_text_range()
    assert report.title in text and report.facilities[0] in text
    sheet = tmp_path / "population.xlsx"
    save_in_next_file_dialog(qtbot, str(sheet), offered)
    activate_again(qtbot, viewer.window())  # as the window manager does once the dialog shut
    alt(qtbot, viewer, "x")
    qtbot.waitUntil(lambda: len(offered) == 2)
    assert offered[1].endswith(".xlsx"), offered
    qtbot.waitUntil(lambda: viewer.status.text() == "Saved: population.xlsx.")
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    assert list(rows[0]) == [column.title for column in report.columns]
    assert len(rows) == 1 + len(report.rows) + (report.totals is not None)


@pytest.fixture
def chart_report():
    """A report holding two charts: one over sixty days, one by wing."""
    days = tuple(date(2026, 1, 1) + timedelta(days=n) for n in range(60))
    long = Chart("Held", "bar", days, (Series("Held", tuple(float(n) for n in range(60))),))
    short = Chart("By wing", "bar", ("Блок 1", "Блок 2"), (Series("Held", (3.0, 4.0)),))

    def build(session, actor, first, last, facility_id, job):
        return Report(
            "charts",
            "Charts",
            first,
            last,
            ("Колония",),
            (Column("n", "N", Kind.COUNT),),
            ((1,),),
            charts=(long, short),
        )

    register(ReportSpec("charts", "Charts", build))
    yield
    REPORTS.pop("charts", None)


def test_a_chart_over_days_and_one_by_category_are_drawn(qtbot, shell, db, staff, chart_report):
    """QtCharts draws what the report holds: bars per day, lines over a long range; each
    chart's tab clicked (a supervisor of an empty facility: the report makes its own)."""
    from PySide6.QtCharts import QBarSeries, QLineSeries

    users.set_language(db, staff("chief", "supervisor"), "en")
    window = log_in(qtbot, shell, "chief", "second-pass2")
    viewer = open_module(qtbot, window, "reports").viewer
    choose(qtbot, viewer, viewer.report_box, "charts")
    choose(qtbot, viewer, viewer.period_box, "last_month")
    show(qtbot, viewer)
    assert viewer.charts.isVisible() and viewer.charts.count() == 2
    long_view, short_view = viewer.charts.widget(0), viewer.charts.widget(1)
    click_tab(qtbot, viewer.charts, long_view)
    assert long_view.isVisible()
    drawn_long = long_view.chart()
    assert [type(s) for s in drawn_long.series()] == [QLineSeries]
    assert drawn_long.series()[0].count() == 60
    click_tab(qtbot, viewer.charts, short_view)
    assert short_view.isVisible()
    drawn_short = short_view.chart()
    assert [type(s) for s in drawn_short.series()] == [QBarSeries]
    bars = drawn_short.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [3.0, 4.0]
