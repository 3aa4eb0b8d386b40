"""Running a report for a date range: the same call for the screen (in the background, with
progress and a way to stop), the PDF, the export and ``prisondesk report``. Refused, with
nothing read: an unknown report, a range that ends before it begins or spans more than
``MAX_DAYS``, a role that may not read it. A sensitive report's reading is recorded."""

from __future__ import annotations

from datetime import date, datetime

from prisondesk.db.engine import Database
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.reports.report import REPORTS, Job, Report

MAX_DAYS = 3 * 366  # three years at most: a year's report, and a year on either side


def run_report(
    db: Database,
    actor: Actor,
    name: str,
    first: date,
    last: date,
    job: Job | None = None,
) -> Report:
    spec = REPORTS.get(name)
    if spec is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no report called “{name}”."), name=name
        )
    _check_range(first, last)
    job = job or Job()
    if spec.sensitive:
        with db.write(actor.user_id) as session:
            verify_actor(session, actor, spec.needs)
            report = spec.build(session, actor, first, last, (), job)
            audit.record_read(session, db, actor, "report", None, note=f"{name} {first}..{last}")
            return report
    with db.read() as session:
        verify_actor(session, actor, spec.needs)
        return spec.build(session, actor, first, last, (), job)


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
