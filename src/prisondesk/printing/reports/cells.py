"""A report's values as the paper writes them, in the reader's language: days as the reader
writes them (``show_day``), counts with their thousands grouped, whole per cents, and money
as som with two decimals (``1234567`` tyiyn is "12 345,67"). The thousands are grouped by a
narrow no-break space and a negative has a true minus, so a number never breaks over lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.workshops import som
from prisondesk.printing.documents import CONTEXT, Translate
from prisondesk.printing.reports.shapes import REPORTS

GROUP = "\u202f"  # a narrow no-break space between thousands
MINUS = "\u2212"
NUMBERS = frozenset({"count", "percent", "som"})  # right-aligned in their columns
PERCENT = QT_TRANSLATE_NOOP("printing", "{percent}%")


def whole(number: float) -> str:
    """A whole number, its thousands grouped: ``-12345`` is "−12 345"."""
    rounded = round(number)
    grouped = f"{abs(rounded):,}".replace(",", GROUP)
    return f"{MINUS}{grouped}" if rounded < 0 else grouped


def money(tyiyn: int, decimal_mark: str = ",") -> str:
    """Tyiyn as som with two decimals: ``1234567`` is "12 345,67"."""
    whole_som, _, part = som(abs(tyiyn)).partition(".")
    grouped = f"{int(whole_som):,}".replace(",", GROUP)
    return f"{MINUS if tyiyn < 0 else ''}{grouped}{decimal_mark}{part}"


@dataclass(frozen=True)
class Words:
    """How this paper speaks: its translation, its way of writing a day, its decimal mark."""

    translate: Translate
    show_day: Callable[[date], str]
    decimal_mark: str = ","

    def report(self, text: str) -> str:
        """A report's own words (titles, columns, charts, series)."""
        return self.translate(REPORTS, text)

    def paper(self, text: str) -> str:
        """The paper's words (labels around the report)."""
        return self.translate(CONTEXT, text)

    def day(self, value: date) -> str:
        return self.show_day(value.date() if isinstance(value, datetime) else value)

    def days(self, first: date, last: date) -> str:
        if first == last:
            return self.day(first)
        return f"{self.day(first)}\u2009–\u2009{self.day(last)}"

    def categories(self, values: Sequence[str | date]) -> list[str]:
        """A chart's category labels: days within one year without their year (the period
        above the chart says it), so a month of days stays legible under its bars."""
        days = [v for v in values if isinstance(v, date)]
        if days and len(days) == len(values) and len({d.year for d in days}) == 1:
            year = str(days[0].year)
            return [self.day(d).replace(year, "").strip(" ./-") for d in days]
        return [self.category(value) for value in values]

    def category(self, value: str | date) -> str:
        if isinstance(value, Label):
            return self.translate(value.context, str(value))
        return self.day(value) if isinstance(value, date) else str(value)

    def cell(self, value: object, kind: str) -> str:
        """``value`` written as its column's ``kind`` says; nothing for a missing value."""
        if value is None or value == "":
            return ""
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, Label):  # a label (a regime, a kind): in the paper's language
            return self.translate(value.context, str(value))
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(value)
        if kind == "som":
            return money(round(value), self.decimal_mark)
        if kind == "percent":
            return self.paper(PERCENT).format(percent=whole(value))
        if kind == "count" or isinstance(value, int):
            return whole(value)
        return f"{value:.2f}".replace(".", self.decimal_mark)
