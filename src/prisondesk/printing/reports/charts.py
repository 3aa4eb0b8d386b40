"""A report's chart as a reportlab drawing, made of reportlab's own chart widgets: a
``VerticalBarChart`` with its series side by side in each category, or a
``HorizontalLineChart``; a legend of the series over the plot; the value axis in whole
numbers from a round step; the categories' labels under the axis, every k-th one when there
are too many to stand side by side (a year of days), so that no two labels overlap. Every
label is in the embedded font that has Cyrillic."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.validators import Auto
from reportlab.pdfbase.pdfmetrics import stringWidth

from prisondesk.printing.documents import wrap_text
from prisondesk.printing.fonts import register_fonts
from prisondesk.printing.reports.cells import Words, whole
from prisondesk.printing.reports.shapes import ChartShape

AXIS_SIZE = 7  # points: the axes' labels
LEGEND_SIZE = 8
LABEL_GAP = 3 * mm  # the least space between two category labels
MOST_LINES = 3  # a category's name wraps to this many lines before labels are thinned out
MARKED = 40  # a line of up to this many points marks each point
# distinct in colour and, printed in grey, in lightness; lines differ by their dashes too
PALETTE = tuple(
    colors.HexColor(code)
    for code in ("#1f4e8c", "#e69f00", "#2a9d8f", "#c8553d", "#7b5ea7", "#8c8c8c")
)
DASHES = (None, (4, 2), (1.5, 1.5), (6, 2, 1.5, 2))


def chart_drawing(chart: ChartShape, words: Words, width: float, height: float) -> Drawing:
    """``chart`` drawn in a ``width`` × ``height`` box (points): the legend at the top, the
    plot under it, the category labels under the plot."""
    regular, _ = register_fonts()
    drawing = Drawing(width, height)
    plot = _bars(chart) if chart.kind == "bar" else _lines(chart)
    names = words.categories(chart.categories)
    values = [v for series in chart.series for v in series.values]
    if chart.stacked:  # the bars stand on each other: their sums count
        values = [sum(column) for column in zip(*(s.values for s in chart.series), strict=True)]
    # bars stand on zero; a line (people held) may start nearer its lowest, to show its change
    low, high, step = value_scale(values, from_zero=chart.kind == "bar")
    value_room = max(stringWidth(whole(v), regular, AXIS_SIZE) for v in (low, high)) + 2 * mm
    # a label centred under the first or the last category may stand past the plot's ends:
    # the plot leaves room for it, and the labels are chosen again for the narrower plot
    left, right = value_room, 2 * mm
    for _ in range(4):
        slot = (width - left - right) / max(1, len(names))
        labels, lines = category_labels(names, slot, regular)
        shown = max(
            (stringWidth(line, regular, AXIS_SIZE) for line in _lines_of(labels)), default=0
        )
        overhang = max(0.0, shown / 2 - slot / 2) + 1 * mm
        if left >= max(value_room, overhang) and right >= overhang:
            break
        left, right = max(left, value_room, overhang), max(right, overhang)
    legend = _legend(chart, words, plot, left, width, height)
    legend_room = legend_height(legend) + 3 * mm
    bottom = lines * AXIS_SIZE * 1.2 + 2.5 * mm
    plot.x, plot.y = left, bottom
    plot.width, plot.height = width - left - right, height - bottom - legend_room
    _axes(plot, labels, (low, high, step), len(names), regular)
    drawing.add(plot)
    drawing.add(legend)
    return drawing


def value_scale(values: Sequence[float], from_zero: bool = True) -> tuple[int, int, int]:
    """The value axis's bottom, top and step: whole numbers, a round step (1, 2 or 5 times a
    power of ten) giving at most six intervals; zero on the axis ``from_zero``, else only
    when the values come near it."""
    top = max(0.0, *values) if values else 0.0
    bottom = min(0.0, *values) if values else 0.0
    if not from_zero and values and min(values) > 0.5 * top:
        bottom = min(values)
    raw = max((top - bottom) / 6, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    low = math.floor(bottom / step) * step
    high = max(math.ceil(top / step) * step, low + step)
    return low, high, step


def category_labels(names: Sequence[str], slot: float, font: str) -> tuple[list[str], int]:
    """The labels under the categories, ``slot`` points apart, and their most lines: each
    name wrapped to its slot, whole words to a line, when it fits in ``MOST_LINES`` lines;
    else one name in k, k chosen so the widest of them clears its neighbours (the rest left
    blank)."""
    room = slot - LABEL_GAP
    if room > 0:
        wrapped = [wrap_text(name, font, AXIS_SIZE, room) for name in names]
        fits = all(
            len(lines) <= MOST_LINES
            and all(stringWidth(line, font, AXIS_SIZE) <= room for line in lines)
            and " ".join(lines).split() == name.split()  # no word (no day) broken in two
            for name, lines in zip(names, wrapped, strict=True)
        )
        if fits:
            return ["\n".join(lines) for lines in wrapped], max(map(len, wrapped), default=1)
    widest = max((stringWidth(name, font, AXIS_SIZE) for name in names), default=0)
    every = max(1, math.ceil((widest + LABEL_GAP) / slot))
    return [name if index % every == 0 else "" for index, name in enumerate(names)], 1


def _lines_of(labels: Sequence[str]) -> list[str]:
    return [line for label in labels for line in label.split("\n") if line]


def _bars(chart: ChartShape) -> VerticalBarChart:
    bars = VerticalBarChart()
    bars.data = [tuple(series.values) for series in chart.series] or [(0,) * len(chart.categories)]
    bars.barWidth, bars.barSpacing, bars.groupSpacing = 10, 0, 4  # shares of a category's room
    bars.bars.strokeColor = None  # a year of thin bars stays in its colours
    if chart.stacked:  # the parts of one whole, one on another
        bars.categoryAxis.style = "stacked"
    for index in range(len(bars.data)):
        bars.bars[index].fillColor = PALETTE[index % len(PALETTE)]
    return bars


def _lines(chart: ChartShape) -> HorizontalLineChart:
    plot = HorizontalLineChart()
    plot.data = [tuple(series.values) for series in chart.series] or [(0,) * len(chart.categories)]
    plot.joinedLines = 1
    for index in range(len(plot.data)):
        line = plot.lines[index]
        line.strokeColor = PALETTE[index % len(PALETTE)]
        line.strokeWidth = 1.2
        line.strokeDashArray = DASHES[index % len(DASHES)]
        if len(chart.categories) <= MARKED:
            line.symbol = makeMarker("FilledCircle", size=3, fillColor=line.strokeColor)
    return plot


def _axes(
    plot: VerticalBarChart | HorizontalLineChart,
    labels: list[str],
    scale: tuple[int, int, int],
    count: int,
    font: str,
) -> None:
    categories, values = plot.categoryAxis, plot.valueAxis
    categories.categoryNames = labels
    categories.labels.fontName, categories.labels.fontSize = font, AXIS_SIZE
    categories.labels.leading = AXIS_SIZE * 1.2
    categories.labels.boxAnchor, categories.labels.dy = "n", -3
    categories.labels.textAnchor = "middle"  # a name's lines centred under its category
    categories.strokeWidth = values.strokeWidth = 0.6
    thinned = any(label == "" for label in labels) and count > 1
    categories.visibleTicks = not thinned  # a tick per day of a year is a grey band
    categories.tickDown = 2
    values.valueMin, values.valueMax, values.valueStep = scale
    values.labelTextFormat = whole
    values.labels.fontName, values.labels.fontSize = font, AXIS_SIZE
    values.visibleGrid = True
    values.gridStrokeColor, values.gridStrokeWidth = colors.Color(0.82, 0.82, 0.82), 0.4


def _legend(
    chart: ChartShape,
    words: Words,
    plot: VerticalBarChart | HorizontalLineChart,
    left: float,
    width: float,
    height: float,
) -> Legend:
    """The series' names by their colours (and dashes), in a row over the plot; in more rows
    when one row would be wider than the drawing."""
    regular, _ = register_fonts()
    legend = Legend()
    room = width - left
    names = [
        "\n".join(wrap_text(words.report(series.title), regular, LEGEND_SIZE, room / 2))
        for series in chart.series
    ]
    for index, name in enumerate(names):
        if chart.kind == "bar":
            plot.bars[index].name = name
        else:
            plot.lines[index].name = name
    legend.colorNamePairs = [(Auto(obj=plot, index=i), name) for i, name in enumerate(names)]
    legend.fontName, legend.fontSize = regular, LEGEND_SIZE
    legend.boxAnchor, legend.x, legend.y = "nw", left, height
    legend.dx, legend.dy = (14, 6) if chart.kind == "line" else (8, 8)
    legend.dxTextSpace, legend.autoXPadding, legend.deltay = 4, 12, LEGEND_SIZE * 1.4
    legend.variColumn, legend.alignment = True, "right"  # the swatch, then its name
    legend.strokeColor = None
    legend.columnMaximum = 1
    while names and legend.columnMaximum < len(names):
        x0, _, x1, _ = legend.getBounds()
        if x1 - x0 <= room:
            break
        legend.columnMaximum += 1
    return legend


def legend_height(legend: Legend) -> float:
    if not legend.colorNamePairs:
        return 0.0
    _, y0, _, y1 = legend.getBounds()
    return y1 - y0
