"""One report of several facilities, side by side (the headquarters desk): each facility's
report is built on its own, then set beside the others.

- A report with a totals row becomes a row per facility — the figures of its totals row
  under the same columns, the facility's name first — and the sum of them all as its totals
  (a rate is not summed: each facility has its own).
- A list without totals (the gate log) keeps every line, each led by its facility's name.
- A chart over days (the same days in every facility's report) adds the facilities up day by
  day, but a rate over days is drawn for each facility (a line each, over the days of any of
  them: a day one facility lacks is drawn at nought, as its own chart draws a week with
  nobody expected). A chart of one series
  by wing, item or finding gets a bar for each facility at each of them; any other shows
  each series' total per facility."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.reports.report import Chart, Column, Kind, Report, Series

FACILITY = Column("facility", QT_TRANSLATE_NOOP("reports", "Facility"), Kind.TEXT)
SUMMED = (Kind.COUNT, Kind.SOM)
FIGURES = (Kind.COUNT, Kind.SOM, Kind.PERCENT)


def combine(reports: list[Report]) -> Report:
    if len(reports) == 1:
        return reports[0]
    first = reports[0]
    names = tuple(report.facilities[0] if report.facilities else "" for report in reports)
    if first.totals is not None:
        # the figures of each facility's totals row; its labels (day, wing, regime) go
        kept = [
            n
            for n, column in enumerate(first.columns)
            if column.kind in FIGURES and first.totals[n] is not None
        ]
        columns = (FACILITY, *(first.columns[n] for n in kept))
        rows = tuple(
            (name, *((report.totals or ())[n] for n in kept))
            for name, report in zip(names, reports, strict=True)
        )
        totals: tuple[object, ...] | None = (None, *_sums(columns, rows))
    else:
        columns = (FACILITY, *first.columns)
        rows = tuple(
            (name, *row) for name, report in zip(names, reports, strict=True) for row in report.rows
        )
        totals = None
    charts = tuple(
        chart
        for n in range(len(first.charts))
        if (chart := _chart([report.charts[n] for report in reports], names)) is not None
    )
    return replace(
        first, facilities=names, columns=columns, rows=rows, totals=totals, charts=charts, notes=()
    )


def _sums(columns: tuple[Column, ...], rows: tuple[tuple[object, ...], ...]) -> list[object]:
    """Counts and money add up across facilities; a rate or a text does not."""
    return [
        sum(int(row[n] or 0) for row in rows) if column.kind in SUMMED else None
        for n, column in enumerate(columns)
        if n > 0
    ]


def _chart(charts: list[Chart], names: tuple[str, ...]) -> Chart | None:
    first = charts[0]
    dated = all(isinstance(c, date) for chart in charts for c in chart.categories)
    over_days = dated and all(chart.categories == first.categories for chart in charts)
    same_days = over_days and all(len(chart.series) == len(first.series) for chart in charts)
    if dated and first.unit == Kind.PERCENT:  # each facility's own rate (its first series)
        days = sorted({c for chart in charts for c in chart.categories})
        return replace(
            first,
            categories=tuple(days),
            series=tuple(
                Series(name, _by_category(chart, days) if chart.series else ())
                for name, chart in zip(names, charts, strict=True)
            ),
        )
    if first.unit == Kind.PERCENT:  # rates by workshop or wing: no sum means anything
        return None
    if same_days:  # the facilities added up day by day
        series = tuple(
            Series(
                one.title,
                tuple(
                    sum(values)
                    for values in zip(*(c.series[n].values for c in charts), strict=True)
                ),
            )
            for n, one in enumerate(first.series)
        )
        return replace(first, series=series)
    if all(len(chart.series) == 1 for chart in charts):  # by wing, item, finding: a bar each
        categories = list(dict.fromkeys(c for chart in charts for c in chart.categories))
        if dated:  # pay periods of different days: in the calendar's order
            categories.sort()
        return replace(
            first,
            kind="bar",
            categories=tuple(categories),
            series=tuple(
                Series(name, _by_category(chart, categories))
                for name, chart in zip(names, charts, strict=True)
            ),
            stacked=False,
        )
    titles = list(dict.fromkeys(s.title for chart in charts for s in chart.series))
    series = tuple(
        Series(
            title,
            tuple(
                float(sum(sum(s.values) for s in chart.series if s.title == title))
                for chart in charts
            ),
        )
        for title in titles
    )
    return Chart(first.title, "bar", names, series)


def _by_category(chart: Chart, categories: list) -> tuple[float, ...]:
    values = dict(zip(chart.categories, chart.series[0].values, strict=True))
    return tuple(float(values.get(category, 0)) for category in categories)
