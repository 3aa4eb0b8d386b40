"""The daily gate log: every visit of a day with who came, when they went in and out, the
outcome, locker and items left — for the shift report, exported as CSV or XLSX or printed."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields
from datetime import date
from pathlib import Path

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, GateEvent, UserAccount, VisitBooking
from prisondesk.domain.clock import local, zone
from prisondesk.domain.roles import Permission
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.spreadsheets import FORMATS, write_table
from prisondesk.services.visits.gate import visit_of


@dataclass(frozen=True)
class GateLogRow:
    number: str
    kind: str
    time: str
    prisoner: str
    visitors: str
    checked_in: str
    checked_out: str
    outcome: str
    locker: str
    items: str
    officers: str


COLUMNS = tuple(f.name for f in fields(GateLogRow))


def gate_log(db: Database, actor: Actor, day: date) -> list[GateLogRow]:
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)
        names = {u.id: u.username for u in session.scalars(select(UserAccount))}
        rows = []
        bookings = session.scalars(
            select(VisitBooking)
            .where(
                VisitBooking.facility_id == actor.facility_id,
                VisitBooking.day == day,
                ~VisitBooking.deleted,
            )
            .order_by(VisitBooking.starts, VisitBooking.number)
        )
        for booking in bookings:
            visit = visit_of(session, booking, day)
            events = list(
                session.scalars(
                    select(GateEvent)
                    .where(GateEvent.booking_id == booking.id)
                    .order_by(GateEvent.occurred_at)
                )
            )
            ins = [e for e in events if e.action == "check_in"]
            outs = [e for e in events if e.action == "check_out"]
            outcome = visit.outcome or ("cancelled" if booking.status != "booked" else "")
            rows.append(
                GateLogRow(
                    number=booking.number,
                    kind=booking.kind,
                    time=f"{booking.starts}-{booking.ends}",
                    prisoner=visit.prisoner,
                    visitors=", ".join(v.full_name for v in visit.visitors),
                    checked_in=local(ins[0].occurred_at, tz).strftime("%H:%M") if ins else "",
                    checked_out=local(outs[-1].occurred_at, tz).strftime("%H:%M") if outs else "",
                    outcome=outcome,
                    locker=", ".join(sorted({e.locker for e in ins if e.locker})),
                    items="; ".join(sorted({e.items for e in ins if e.items})),
                    officers=", ".join(
                        sorted({names.get(e.officer_id or "", "") for e in events} - {""})
                    ),
                )
            )
        return rows


def export_gate_log(db: Database, actor: Actor, day: date, path: Path, fmt: str) -> int:
    if fmt not in FORMATS:
        raise ValueError(fmt)
    rows = gate_log(db, actor, day)

    # names of visitors leave the system: audited first
    audited = audit.export_recorder(
        db, actor, Permission.GATE_VISITS, "gate_log", {"day": day.isoformat(), "file": path.name}
    )

    return write_table(
        path, fmt, COLUMNS, (astuple(row) for row in rows), sheet=day.isoformat(), publish=audited
    )
