"""What the paper reads of a report. The printing layer sits beside the services and imports
none of them, so it names the shape it reads: ``services.reports.report.Report`` (and its
columns, charts and series) has it, and so does any object built by hand in a test."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

REPORTS = "reports"  # the translation context of report titles, columns, charts and series


class ColumnShape(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...  # text | count | date | percent | som


class SeriesShape(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def values(self) -> Sequence[float]: ...


class ChartShape(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...  # bar | line
    @property
    def categories(self) -> Sequence[str | date]: ...
    @property
    def series(self) -> Sequence[SeriesShape]: ...
    @property
    def stacked(self) -> bool: ...  # bars of the parts of one whole, stood on each other


class ReportShape(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def first(self) -> date: ...
    @property
    def last(self) -> date: ...
    @property
    def facilities(self) -> Sequence[str]: ...
    @property
    def columns(self) -> Sequence[ColumnShape]: ...
    @property
    def rows(self) -> Sequence[Sequence[object]]: ...
    @property
    def totals(self) -> Sequence[object] | None: ...
    @property
    def charts(self) -> Sequence[ChartShape]: ...
    @property
    def notes(self) -> Sequence[str]: ...
