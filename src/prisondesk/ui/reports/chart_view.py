"""A report's chart on screen, drawn by QtCharts from the same ``Chart`` the PDF draws with
reportlab. A chart over many days (more than ``MANY_DAYS``) is shown as lines on a date axis
whatever its kind: a year of bars is a grey comb, its day labels unreadable."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter

from prisondesk.printing.reports.cells import Words
from prisondesk.printing.reports.charts import value_scale
from prisondesk.services.reports.report import Chart, Kind
from prisondesk.ui.i18n import date_format, locale

MANY_DAYS = 31
CROWDED = 12  # more bars than this: their labels stand upright
LONG_NAME = 14  # categories with longer names: the bars lie sideways, the names at the left
# a palette that stays apart in print and for the colour-blind (Okabe–Ito)
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def chart_view(chart: Chart, words: Words) -> QChartView:
    """``words`` translates the chart's titles and writes its categories (days as the locale
    writes them, labels in the reader's language) as the paper does."""
    drawn = QChart()
    drawn.setTitle(words.report(chart.title))
    drawn.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    drawn.setMargins(QMargins(4, 4, 4, 4))
    drawn.legend().setVisible(len(chart.series) > 1)
    drawn.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    over_days = bool(chart.categories) and all(isinstance(c, date) for c in chart.categories)
    if over_days and (chart.kind == "line" or len(chart.categories) > MANY_DAYS):
        _lines_over_days(drawn, chart, words.report)
    else:
        _bars(drawn, chart, words)
    view = QChartView(drawn)
    view.setObjectName("reportChart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _bars(drawn: QChart, chart: Chart, words: Words) -> None:
    """Bars up from the days; along long names (findings, categories) they lie sideways,
    so each name is read whole at the left."""
    labels = words.categories(chart.categories)
    sideways = max(map(len, labels), default=0) > LONG_NAME
    series = (
        (QHorizontalStackedBarSeries() if chart.stacked else QHorizontalBarSeries())
        if sideways
        else (QStackedBarSeries() if chart.stacked else QBarSeries())
    )
    for n, one in enumerate(chart.series):
        bars = QBarSet(words.report(one.title))
        bars.setColor(COLOURS[n % len(COLOURS)])
        bars.append([float(v) for v in one.values])
        series.append(bars)
    drawn.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(labels)
    if sideways:
        axis.setReverse(True)  # the first category at the top, as the table lists it
    elif len(chart.categories) > CROWDED:  # upright labels: each day's stays whole
        axis.setLabelsAngle(-90)
    drawn.addAxis(axis, Qt.AlignmentFlag.AlignLeft if sideways else Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    _value_axis(drawn, chart, series, sideways=sideways)


def _lines_over_days(drawn: QChart, chart: Chart, words) -> None:
    made = []
    for n, one in enumerate(chart.series):
        line = QLineSeries()
        line.setName(words(one.title))
        line.setColor(COLOURS[n % len(COLOURS)])
        for day, value in zip(chart.categories, one.values, strict=True):
            moment = QDateTime(datetime.combine(day, time(12)))  # noon: no zone moves a day
            line.append(float(moment.toMSecsSinceEpoch()), float(value))
        drawn.addSeries(line)
        made.append(line)
    axis = QDateTimeAxis()
    within_year = len({day.year for day in chart.categories}) == 1
    axis.setFormat(
        _month_format()
        if len(chart.categories) > MANY_DAYS
        else _day_format()
        if within_year
        else date_format()
    )
    axis.setTickCount(min(len(chart.categories), 8) or 2)
    drawn.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    for line in made:
        line.attachAxis(axis)
    _value_axis(drawn, chart, *made)


def _value_axis(drawn: QChart, chart: Chart, *series, sideways: bool = False) -> None:
    """Whole numbers at round steps, as on paper (``value_scale``); rates from 0 to 100 %."""
    axis = QValueAxis()
    values = [float(v) for one in chart.series for v in one.values]
    if chart.stacked:  # the bars stand on each other: their sums count
        values = [sum(column) for column in zip(*(s.values for s in chart.series), strict=True)]
    if chart.unit == Kind.PERCENT:
        low, high, step = 0, 100, 20
    else:  # a line of a population need not start at zero: its changes would be flat
        low, high, step = value_scale(values, from_zero=chart.kind != "line")
    axis.setRange(low, high)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f %%" if chart.unit == Kind.PERCENT else "%.0f")
    drawn.addAxis(axis, Qt.AlignmentFlag.AlignBottom if sideways else Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(axis)


def _day_format() -> str:
    """A day without its year, as the locale writes a date ("05.12"): the title says it."""
    return date_format().replace("yyyy", "").replace("yy", "").strip(" ./-")


def _month_format() -> str:
    """A month and year as the locale writes them ("нояб. 2026")."""
    return "MMM yyyy" if locale().name() != "C" else "MM.yyyy"
