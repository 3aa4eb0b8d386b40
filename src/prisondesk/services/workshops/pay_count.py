"""The count of a pay run: one line per place (allocation) with a paid mark in the period,
its half-sessions, minutes and pieces, and its wage by the rates in force on each marked day
(``domain/workshops.py`` states the rounding; when a rate changes within the period, each
day's ``rate × count`` is summed first and the line is still rounded once).

Refused, before anything is written: a paid mark on a day no rate covers (the workshop, band
and day are named), or marks that desks working apart left in disagreement (a clash, to be
corrected first)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.models import Allocation, AttendanceMark, PayRate, Prisoner, Workshop
from prisondesk.domain.names import name_of
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import Basis, Outcome, half_sessions, round_half_up
from prisondesk.services.workshops.marks import MARK_COLUMNS, settle_all
from prisondesk.services.workshops.periods import CHUNK, PayRefused
from prisondesk.services.workshops.rates import in_force


@dataclass
class CountedLine:
    """A place's line of the period, as counted from its paid marks."""

    allocation_id: str
    prisoner_id: str
    workshop_id: str
    halves: int = 0
    minutes: int = 0
    pieces: int = 0
    # rate × count summed over the days, one sum per basis, each rounded once at the end
    by_session: int = 0
    by_hour: int = 0
    by_piece: int = 0

    @property
    def amount(self) -> int:
        return round_half_up(self.by_session, 2) + round_half_up(self.by_hour, 60) + self.by_piece


def count_lines(
    session: Session, facility_id: str | None, first: date, last: date
) -> list[CountedLine]:
    """The lines of a period, read as plain columns (a month of a big facility is some
    60 000 marks): current marks, their places, and the rates of those places' workshops."""
    marks = session.execute(
        select(*MARK_COLUMNS).where(
            AttendanceMark.facility_id == facility_id,
            AttendanceMark.day >= first,
            AttendanceMark.day <= last,
        )
    ).all()
    settled = settle_all(marks)  # type: ignore[arg-type]
    _refuse_clashes(session, [s.mark for s in settled.values() if s.clash])
    paid = [s.mark for s in settled.values() if s.mark.paid]
    places = _places(session, sorted({m.allocation_id for m in paid}))
    rates = _rates(session, sorted({p.workshop_id for p in places.values()}), first, last)
    lines: dict[str, CountedLine] = {}
    missing: list[tuple[date, str, str]] = []  # (day, workshop, band)
    found: dict[tuple[str, str, date], PayRate | None] = {}  # a day's rate, read once
    for m in paid:
        place = places[m.allocation_id]
        key = (place.workshop_id, place.pay_band, m.day)
        if key not in found:
            found[key] = in_force(rates.get(key[:2], []), m.day)
        rate = found[key]
        if rate is None:
            missing.append((m.day, place.workshop_id, place.pay_band))
            continue
        line = lines.get(m.allocation_id)
        if line is None:
            line = lines[m.allocation_id] = CountedLine(
                m.allocation_id, place.prisoner_id, place.workshop_id
            )
        halves = half_sessions(m.part)
        pieces = m.pieces if m.outcome == Outcome.ATTENDED else 0  # an absence makes none
        line.halves += halves
        line.minutes += m.minutes
        line.pieces += pieces
        if rate.basis == Basis.SESSION:
            line.by_session += rate.amount * halves
        elif rate.basis == Basis.HOUR:
            line.by_hour += rate.amount * m.minutes
        else:
            line.by_piece += rate.amount * pieces
    if missing:
        day, workshop_id, band = min(missing)
        workshop = session.get(Workshop, workshop_id)
        raise PayRefused(
            "no_rate",
            QT_TRANSLATE_NOOP(
                "errors",
                "{workshop} has no rate for band {band} on {day} ({count} paid sessions without "
                "a rate): add the rate, then run the period.",
            ),
            field="rates",
            workshop=workshop.name if workshop else workshop_id,
            band=band,
            day=day,
            count=len(missing),
        )
    return list(lines.values())


def _refuse_clashes(session: Session, clashing: list) -> None:
    """Marks that desks working apart left in disagreement are put right before they are
    paid: the pay would otherwise rest on whichever mark happened to be latest."""
    if not clashing:
        return
    first = min(clashing, key=lambda m: (m.day, m.allocation_id))
    row = session.execute(
        select(Prisoner.surname, Prisoner.given_name, Prisoner.patronymic, Workshop.name)
        .join(Allocation, Allocation.prisoner_id == Prisoner.id)
        .join(Workshop, Workshop.id == Allocation.workshop_id)
        .where(Allocation.id == first.allocation_id)
    ).one()
    raise PayRefused(
        "clash",
        QT_TRANSLATE_NOOP(
            "errors",
            "Marks that disagree (sessions: {count}), the first of {name} in {workshop} on "
            "{day}: correct them in the register (marked ⚠), then run the period.",
        ),
        field="first_day",
        count=len(clashing),
        name=name_of(row),
        workshop=row.name,
        day=first.day,
    )


def _places(session: Session, allocation_ids: list[str]) -> dict[str, Allocation]:
    found: dict[str, Allocation] = {}
    for start in range(0, len(allocation_ids), CHUNK):
        rows = session.execute(
            select(
                Allocation.id, Allocation.prisoner_id, Allocation.workshop_id, Allocation.pay_band
            ).where(Allocation.id.in_(allocation_ids[start : start + CHUNK]))
        )
        found.update((row.id, row) for row in rows)  # type: ignore[misc]
    return found


def _rates(
    session: Session, workshop_ids: list[str], first: date, last: date
) -> dict[tuple[str, str], list[PayRate]]:
    found: dict[tuple[str, str], list[PayRate]] = defaultdict(list)
    if not workshop_ids:
        return found
    rows = session.scalars(
        select(PayRate).where(
            PayRate.workshop_id.in_(workshop_ids),
            ~PayRate.deleted,
            PayRate.effective_from <= last,
        )
    )
    for rate in rows:
        if rate.effective_to is None or rate.effective_to >= first:
            found[(rate.workshop_id, rate.band)].append(rate)
    return found
