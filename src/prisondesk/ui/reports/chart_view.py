"""A report's chart on screen, drawn by QtCharts from the same ``Chart`` the PDF draws with
reportlab. A chart over many days (more than ``MANY_DAYS``) is shown as lines on a date axis
whatever its kind: a year of bars is a grey comb, its day labels unreadable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter

from prisondesk.printing.reports.charts import value_scale
from prisondesk.services.reports.report import Chart, Kind
from prisondesk.ui.i18n import date_format, locale

MANY_DAYS = 31
CROWDED = 12  # more bars than this: their labels stand upright
# a palette that stays apart in print and for the colour-blind (Okabe–Ito)
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def chart_view(chart: Chart, words: Callable[[str], str], category: Callable[[object], str]):
    """``words`` translates the chart's titles; ``category`` writes a category (a day as the
    locale does, a label in the reader's language)."""
    drawn = QChart()
    drawn.setTitle(words(chart.title))
    drawn.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    drawn.setMargins(QMargins(4, 4, 4, 4))
    drawn.legend().setVisible(len(chart.series) > 1)
    drawn.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    over_days = bool(chart.categories) and all(isinstance(c, date) for c in chart.categories)
    if over_days and (chart.kind == "line" or len(chart.categories) > MANY_DAYS):
        _lines_over_days(drawn, chart, words)
    else:
        _bars(drawn, chart, words, category)
    view = QChartView(drawn)
    view.setObjectName("reportChart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _bars(drawn: QChart, chart: Chart, words, category) -> None:
    series = QBarSeries()
    for n, one in enumerate(chart.series):
        bars = QBarSet(words(one.title))
        bars.setColor(COLOURS[n % len(COLOURS)])
        bars.append([float(v) for v in one.values])
        series.append(bars)
    drawn.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([category(c) for c in chart.categories])
    if len(chart.categories) > CROWDED:  # upright labels: each day's stays whole
        axis.setLabelsAngle(-90)
    drawn.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    _value_axis(drawn, chart, series)


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
    axis.setFormat(date_format() if len(chart.categories) <= MANY_DAYS else _month_format())
    axis.setTickCount(min(len(chart.categories), 8) or 2)
    drawn.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    for line in made:
        line.attachAxis(axis)
    _value_axis(drawn, chart, *made)


def _value_axis(drawn: QChart, chart: Chart, *series) -> None:
    """Whole numbers at round steps, as on paper (``value_scale``); rates from 0 to 100 %."""
    axis = QValueAxis()
    values = [float(v) for one in chart.series for v in one.values]
    if chart.unit == Kind.PERCENT:
        low, high, step = 0, 100, 20
    else:  # a line of a population need not start at zero: its changes would be flat
        low, high, step = value_scale(values, from_zero=chart.kind != "line")
    axis.setRange(low, high)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f %%" if chart.unit == Kind.PERCENT else "%.0f")
    drawn.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(axis)


def _month_format() -> str:
    """A month and year as the locale writes them ("нояб. 2026")."""
    return "MMM yyyy" if locale().name() != "C" else "MM.yyyy"
