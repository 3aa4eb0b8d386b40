"""What every report is (issue 19): a title, a date range and the facilities it covers, a
table (columns, rows and a totals row), and the charts people would rather look at. A report
is built by a function of its own module, registered under its name in ``REPORTS``; the
screen, the PDF, the CSV/XLSX export and ``prisondesk report`` all take the same ``Report``.

A long report reports its progress and can be stopped: its builder calls ``job.step(done,
of)`` between chunks of work, which raises :class:`Cancelled` once the officer has asked to
stop. Nothing is written by a report but the audit entry of reading it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor

REPORTS_CONTEXT = "reports"  # the translation context of report titles, columns and charts


class Kind(StrEnum):
    """How a column's values are written: on screen, in the PDF and in a spreadsheet."""

    TEXT = "text"
    COUNT = "count"  # a whole number
    DATE = "date"
    PERCENT = "percent"  # a whole per cent
    SOM = "som"  # integer tyiyn, shown as som


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("reports", ...)
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Series:
    title: str  # marked with QT_TRANSLATE_NOOP("reports", ...)
    values: tuple[float, ...]  # one per category of its chart; money in som, not tyiyn


@dataclass(frozen=True)
class Chart:
    title: str  # marked with QT_TRANSLATE_NOOP("reports", ...)
    kind: str  # "bar" | "line"
    categories: tuple[str | date, ...]  # days, wings, categories…
    series: tuple[Series, ...]
    unit: Kind = Kind.COUNT  # COUNT, SOM or PERCENT: rates are never added up
    stacked: bool = False  # bars of the parts of one whole, stood on each other


@dataclass(frozen=True)
class Report:
    name: str
    title: str  # marked with QT_TRANSLATE_NOOP("reports", ...)
    first: date
    last: date
    facilities: tuple[str, ...]  # the facilities' names it covers
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    totals: tuple[object, ...] | None = None  # a last row of sums, where sums make sense
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = ()  # sentences under the table (already formatted)


class Cancelled(Exception):
    """The officer stopped the report: nothing to show, nothing written."""


@dataclass
class Job:
    """A report's run: ``progress(done, of)`` told as it goes; ``stop()`` from another thread
    ends it at the next step."""

    progress: Callable[[int, int], None] | None = None
    _stopped: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        self._stopped.set()

    def step(self, done: int, of: int) -> None:
        if self._stopped.is_set():
            raise Cancelled()
        if self.progress is not None:
            self.progress(done, of)


# (session, actor, first, last, the facility read, job) -> the report of that facility; a
# headquarters desk builds one per facility and sets them side by side (``combine.py``)
Build = Callable[[Session, Actor, date, date, str | None, Job], Report]


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    build: Build
    needs: Permission = Permission.VIEW_REPORTS
    sensitive: bool = False  # its reading is recorded as a sensitive read


REPORTS: dict[str, ReportSpec] = {}


def register(spec: ReportSpec) -> None:
    REPORTS[spec.name] = spec
