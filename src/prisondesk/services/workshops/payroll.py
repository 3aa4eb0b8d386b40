"""The payroll of an approved pay period, for the employing enterprise and the bank: one row
per pay line (prisoner number and name, workshop, half-sessions, hours, pieces, the wage and
its spendable and held parts, in som) and a totals row, as CSV or XLSX. The totals are
checked against the entries the approval posted to the deposit ledger before the file is
written, prisoner by prisoner: a payroll that does not reconcile is refused, never handed to
a bank. A prisoner transferred out since took their deposit ledger with them (SYNC.md,
Transfers): their lines stay on the payroll of the facility where they worked, and their
wages are reconciled by the facility that now holds the account."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import som
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import Refused
from prisondesk.services.core.spreadsheets import FORMATS, write_table
from prisondesk.services.workshops.ledger import Balance, posted_by_prisoner, posted_for
from prisondesk.services.workshops.pay_views import PeriodView, view_in
from prisondesk.services.workshops.periods import APPROVED, RUNNING, period_here

TOTAL = "TOTAL"
TRANSFERRED_OUT = "transferred_out"  # the prisoner's status at the facility they left


class PayrollRefused(Refused):
    """A payroll that cannot be exported; ``reason``: ``not_approved``, ``unreconciled``."""


@dataclass(frozen=True)
class PayrollRow:
    number: str
    name: str
    workshop: str
    half_sessions: int
    hours: Decimal  # two decimals
    pieces: int
    wage: Decimal  # som, two decimals
    spendable: Decimal
    held: Decimal


COLUMNS = tuple(f.name for f in fields(PayrollRow))


@dataclass(frozen=True)
class Payroll:
    period: PeriodView
    rows: tuple[PayrollRow, ...]
    totals: PayrollRow  # number "TOTAL"
    posted: Balance  # what the ledger holds for the period (tyiyn)


def payroll(db: Database, actor: Actor, period_id: str) -> Payroll:
    """An approved period's payroll, reconciled with the ledger (refused otherwise)."""
    with db.read() as session:
        verify_any(session, actor, *RUNNING)
        return _payroll(session, actor, period_id)


def export_payroll(db: Database, actor: Actor, period_id: str, path: Path, fmt: str) -> int:
    """Write the payroll as CSV or XLSX (cells that would run as formulas are written as
    text); the export is audited before the file takes its name. The rows written, the
    totals row included."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    sheet = payroll(db, actor, period_id)
    period = sheet.period
    held = Permission.APPROVE if actor.can(Permission.APPROVE) else Permission.MANAGE_WORKSHOPS
    # prisoners' names and wages leave the system
    audited = audit.export_recorder(
        db,
        actor,
        held,
        "payroll",
        {
            "period_id": period.id,
            "first_day": period.first_day.isoformat(),
            "last_day": period.last_day.isoformat(),
            "total": period.total,
            "file": path.name,
        },
    )
    rows = [astuple(row) for row in (*sheet.rows, sheet.totals)]
    return write_table(
        path,
        fmt,
        COLUMNS,
        rows,
        sheet=f"{period.first_day.isoformat()}_{period.last_day.isoformat()}",
        publish=audited,
    )


def _payroll(session: Session, actor: Actor, period_id: str) -> Payroll:
    period = view_in(session, period_here(session, actor, period_id))
    if period.status != APPROVED:
        raise PayrollRefused(
            "not_approved",
            QT_TRANSLATE_NOOP(
                "errors", "The pay period is not approved yet: a supervisor approves it first."
            ),
        )
    posted = posted_for(session, period.id)
    if not _reconciled(session, period):
        raise PayrollRefused(
            "unreconciled",
            QT_TRANSLATE_NOOP(
                "errors",
                "The payroll does not agree with the deposit ledger: the lines come to {lines} "
                "som, the ledger holds {posted} som for the period. Sync the desk and check "
                "with a supervisor.",
            ),
            lines=som(period.total),
            posted=som(posted.total),
        )
    rows = tuple(
        PayrollRow(
            line.number,
            line.name,
            line.workshop_name,
            line.half_sessions,
            _hours(line.minutes),
            line.pieces,
            _som(line.amount),
            _som(line.spendable),
            _som(line.held),
        )
        for line in period.lines
    )
    totals = PayrollRow(
        TOTAL,
        "",
        "",
        sum(line.half_sessions for line in period.lines),
        _hours(sum(line.minutes for line in period.lines)),
        sum(line.pieces for line in period.lines),
        _som(period.total),
        _som(period.spendable),
        _som(period.held),
    )
    return Payroll(period, rows, totals, posted)


def _reconciled(session: Session, period: PeriodView) -> bool:
    """Each prisoner's lines equal the wages posted to their account for the period; or none
    are held here because the prisoner was transferred out, their account with them."""
    lines: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for line in period.lines:
        spendable, held = lines[line.prisoner_id]
        lines[line.prisoner_id] = (spendable + line.spendable, held + line.held)
    posted = {
        prisoner: (b.spendable, b.held) for prisoner, b in posted_by_prisoner(session, period.id)
    }
    for prisoner_id in lines.keys() | posted.keys():
        here = posted.get(prisoner_id, (0, 0))
        if here == lines.get(prisoner_id, (0, 0)):
            continue
        left = session.get(Prisoner, prisoner_id)
        if here == (0, 0) and left is not None and left.status == TRANSFERRED_OUT:
            continue
        return False
    return True


def _som(tyiyn: int) -> Decimal:
    """Tyiyn as an exact decimal of som (a spreadsheet sums it without a float's error)."""
    return Decimal(som(tyiyn))


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))
