"""Running a report for a date range: the same call for the screen (in the background, with
progress and a way to stop), the PDF, the export and ``prisondesk report``. Refused, with
nothing read: an unknown report, a range that ends before it begins or spans more than
``MAX_DAYS``, a role that may not read it, a facility the reader may not see. A sensitive
report's reading is recorded.

A desk of a facility reads its own facility. A headquarters desk holds every facility's rows
and reads any of them, or all side by side: the report is built once per facility (each in
its own time zone and calendar) and combined (``combine.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from prisondesk.db.engine import Database
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound, PermissionDenied, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.headquarters import facilities_seen_in
from prisondesk.services.reports.combine import combine
from prisondesk.services.reports.report import REPORTS, Job, Report

MAX_DAYS = 3 * 366  # three years at most: a year's report, and a year on either side


def run_report(
    db: Database,
    actor: Actor,
    name: str,
    first: date,
    last: date,
    job: Job | None = None,
    facilities: Sequence[str] | None = None,
) -> Report:
    """``facilities``: the facilities' ids to read (None: every one the actor may read)."""
    spec = REPORTS.get(name)
    if spec is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no report called “{name}”."), name=name
        )
    _check_range(first, last)
    job = job or Job()
    with db.read() as session:  # a year's report holds no write lock: syncing goes on
        verify_actor(session, actor, spec.needs)
        report = _build(session, actor, spec.build, first, last, facilities, job)
    if spec.sensitive:  # who read it, of which facilities, before it is shown
        with db.write(actor.user_id) as session:
            verify_actor(session, actor, spec.needs)
            where = ", ".join(report.facilities)
            note = f"{name} {first}..{last} {where}".strip()
            audit.record_read(session, db, actor, "report", None, note=note)
    return report


def today_at(db: Database, actor: Actor, facilities: Sequence[str] | None = None) -> date:
    """Today as the facilities read count their days (their time zones), the latest of them:
    a period such as "this month" then holds each one's today. The computer's own date may
    be a facility's yesterday — a desk on UTC, in Bishkek's evening."""
    with db.read() as session:
        readable = [f.id for f in facilities_seen_in(session, actor)]
        chosen = [f for f in facilities or readable if f in readable] or [actor.facility_id]
        return max(facility_today(session, facility) for facility in chosen)


def _build(session, actor, build, first, last, facilities, job) -> Report:
    readable = [f.id for f in facilities_seen_in(session, actor)]
    if actor.facility_id is None and not readable:
        readable = [None]  # a desk before its facility exists: nothing to read, an empty report
    chosen = readable if facilities is None else list(dict.fromkeys(facilities))
    if not chosen or any(f not in readable for f in chosen):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "You may not read the reports of that facility.")
        )
    reports = [
        build(session, actor, first, last, facility_id, _Part(job, n, len(chosen)))
        for n, facility_id in enumerate(chosen)
    ]
    return combine(reports)


class _Part(Job):
    """The n-th of ``of`` facilities' reports: its progress is a part of the whole."""

    def __init__(self, whole: Job, n: int, of: int) -> None:
        super().__init__()
        self.whole, self.n, self.of = whole, n, of

    def stop(self) -> None:
        self.whole.stop()

    def step(self, done: int, of: int) -> None:
        self.whole.step(self.n * of + done, self.of * of)


def _check_range(first: date, last: date) -> None:
    for value, field in ((first, "first"), (last, "last")):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a date."), field=field)
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The range cannot end before it begins."), field="last"
        )
    if (last - first).days >= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A report covers at most {n} days."),
            field="last",
            n=MAX_DAYS,
        )
