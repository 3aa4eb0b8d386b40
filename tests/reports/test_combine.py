"""Facilities side by side (the headquarters desk), against reports with known figures: a
report with totals becomes a row per facility under its figures' columns, summed except its
rates; a list keeps every line under its facility's name; a chart over days adds the
facilities up day by day, a rate over days is a line per facility, a chart by category gets
a bar per facility, and several series by category become each one's total per facility."""

from __future__ import annotations

from datetime import date

from prisondesk.services.reports.combine import combine
from prisondesk.services.reports.report import Chart, Column, Kind, Report, Series

D1, D2 = date(2026, 11, 1), date(2026, 11, 2)
COLUMNS = (
    Column("day", "Day", Kind.DATE),
    Column("held", "Held", Kind.COUNT),
    Column("paid", "Paid", Kind.SOM),
    Column("rate", "Rate", Kind.PERCENT),
    Column("note", "Note"),
)


def facility(name: str, held: tuple[int, int], paid: int, rate: int, wings: dict) -> Report:
    return Report(
        "sample",
        "Sample",
        D1,
        D2,
        (name,),
        COLUMNS,
        ((D1, held[0], paid, rate, "а"), (D2, held[1], paid, rate, "б")),
        (None, sum(held), 2 * paid, rate, None),
        (
            Chart("Held", "line", (D1, D2), (Series("Held", tuple(map(float, held))),)),
            Chart("Rate", "line", (D1, D2), (Series("All", (rate, rate)),), Kind.PERCENT),
            Chart("By wing", "bar", tuple(wings), (Series("Held", tuple(wings.values())),)),
            Chart(
                "Kinds",
                "bar",
                (D1,) if name == "A" else (D1, D2),  # not the same days: totals per facility
                (
                    Series("Short", (1.0,) * (1 if name == "A" else 2)),
                    Series("Long", (2.0,) * (1 if name == "A" else 2)),
                ),
            ),
        ),
    )


def test_facilities_side_by_side_with_their_totals_and_charts():
    a = facility("A", (10, 12), 150_00, 80, {"Блок 1": 7.0, "Блок 2": 5.0})
    b = facility("B", (3, 4), 25_50, 60, {"Блок 1": 4.0, "Карантин": 1.0})
    both = combine([a, b])
    assert both.facilities == ("A", "B")
    assert [c.key for c in both.columns] == ["facility", "held", "paid", "rate"]
    assert both.rows == (("A", 22, 300_00, 80), ("B", 7, 51_00, 60))
    assert both.totals == (None, 29, 351_00, None)  # a rate is never summed
    held, rate, wings, kinds = both.charts
    assert held.series == (Series("Held", (13.0, 16.0)),)
    assert [(s.title, s.values) for s in rate.series] == [("A", (80, 80)), ("B", (60, 60))]
    assert wings.categories == ("Блок 1", "Блок 2", "Карантин")
    assert [(s.title, s.values) for s in wings.series] == [
        ("A", (7.0, 5.0, 0.0)),
        ("B", (4.0, 0.0, 1.0)),
    ]
    assert kinds.categories == ("A", "B")
    assert [(s.title, s.values) for s in kinds.series] == [
        ("Short", (1.0, 2.0)),
        ("Long", (2.0, 4.0)),
    ]
    assert combine([a]) is a  # one facility: its own report, whole


def test_a_list_keeps_every_line_under_its_facility():
    a = facility("A", (1, 2), 0, 0, {})
    b = facility("B", (3, 4), 0, 0, {})
    lists = [r.__class__(**{**r.__dict__, "totals": None, "charts": ()}) for r in (a, b)]
    both = combine(lists)
    assert [c.key for c in both.columns] == ["facility", *(c.key for c in COLUMNS)]
    assert [row[:3] for row in both.rows] == [
        ("A", D1, 1),
        ("A", D2, 2),
        ("B", D1, 3),
        ("B", D2, 4),
    ]
    assert both.totals is None


def test_rates_over_different_weeks_and_periods_of_different_days_line_up():
    def one(name, weeks, rates, periods, wages):
        return Report(
            "sample",
            "Sample",
            D1,
            D2,
            (name,),
            COLUMNS,
            (),
            None,
            (
                Chart("Rate", "line", weeks, (Series("All", rates),), Kind.PERCENT),
                Chart("Wages", "bar", periods, (Series("Wages", wages),), Kind.SOM),
            ),
        )

    w1, w2, w3 = date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)
    a = one("A", (w1, w2), (80.0, 90.0), (w3, w1), (300.0, 100.0))
    b = one("B", (w2, w3), (50.0, 60.0), (w2,), (200.0,))
    rate, wages = combine([a, b]).charts
    assert rate.categories == (w1, w2, w3)
    assert [(s.title, s.values) for s in rate.series] == [
        ("A", (80.0, 90.0, 0.0)),
        ("B", (0.0, 50.0, 60.0)),
    ]
    assert wages.categories == (w1, w2, w3)
    assert [(s.title, s.values) for s in wages.series] == [
        ("A", (100.0, 0.0, 300.0)),
        ("B", (0.0, 200.0, 0.0)),
    ]
