"""Attendance, as the instructor keeps it: the register of a session is one screen listing
everyone who holds a place that day; a scan of a prisoner's ID card (its barcode is their
number) or a click marks them present, and an absence takes its reason — paid or not as
``OUTCOMES`` says, with a note where the reason needs one. Minutes worked and pieces made
are recorded with the mark.

Marks are events: a mistake is put right by a correction, a new mark that supersedes the
old one, and both show in the session's history. The current mark of a prisoner's session
is the one no other supersedes; should desks working apart have left two that disagree,
the latest (then the greater id) counts, every desk picking the same, and the register
flags the clash until someone corrects it.

Refused, with nothing written: a prisoner without a place in the workshop that day, or no
longer held here; a second mark for a session without a correction; a day after the
facility's today, or a session the workshop does not hold on that weekday; a day whose pay
period has already been run; minutes or pieces out of bounds; an unknown reason, or a
reason that needs a note without one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Allocation,
    AttendanceMark,
    PayPeriod,
    Prisoner,
    UserAccount,
    Workshop,
    WorkshopSession,
)
from prisondesk.domain.keyboard import typed_code
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import (
    MAX_MINUTES,
    MAX_PIECES,
    OUTCOMES,
    Outcome,
    Part,
    PeriodStatus,
    worked_minutes,
)
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import Checks, optional_text
from prisondesk.services.workshops.waiting import HELD_HERE
from prisondesk.services.workshops.workshops import active_on, held_on, workshop_here

MAX_NOTE = 2000
MAX_RATE_DAYS = 366
READING = (Permission.RECORD_ATTENDANCE, Permission.MANAGE_WORKSHOPS, Permission.APPROVE)


class AttendanceRefused(Refused):
    """A mark that cannot be made; ``reason`` is a stable code: ``not_allocated``,
    ``not_held``, ``marked``, ``future``, ``no_session``, ``period_run``, ``unknown_card``,
    ``corrected``."""


@dataclass(frozen=True)
class MarkView:
    id: str
    allocation_id: str
    prisoner_id: str
    workshop_id: str
    day: date
    part: str
    outcome: str
    paid: bool
    minutes: int
    pieces: int
    note: str
    supersedes: str | None
    marked_by: str  # the user's full name
    marked_at: datetime
    current: bool  # the mark that counts for the session
    clash: bool  # desks working apart left marks that disagree: correct it


@dataclass(frozen=True)
class RegisterRow:
    allocation_id: str
    prisoner_id: str
    number: str
    name: str
    pay_band: str
    held_here: bool  # may be marked (released or transferred: shown, not marked)
    mark: MarkView | None  # the current mark, or None: not marked yet
    clash: bool


@dataclass(frozen=True)
class Register:
    workshop_id: str
    workshop_name: str
    day: date
    part: str
    open: bool  # the day has come: marks may be recorded
    rows: tuple[RegisterRow, ...]  # by name
    minutes: int  # the session's length: what "present" records as worked


@dataclass(frozen=True)
class AttendanceRate:
    workshop_id: str
    workshop_name: str
    expected: int  # sessions of people with a place, up to today
    attended: int
    paid_absences: int
    unpaid_absences: int
    unmarked: int

    @property
    def percent(self) -> int:
        """Attended of expected, in whole per cent (rounded half up); 0 when none expected."""
        return (200 * self.attended + self.expected) // (2 * self.expected) if self.expected else 0


class _Mark(Protocol):
    """A mark as stored, or a row of its columns (the pay run reads only those)."""

    id: str
    allocation_id: str
    day: date
    part: str
    supersedes: str | None
    marked_at: datetime
    outcome: str
    paid: bool
    minutes: int
    pieces: int


@dataclass(frozen=True)
class Settled:
    """A session's marks settled: the one that counts, and whether desks left a clash."""

    mark: _Mark
    clash: bool


def settle(marks: Iterable[_Mark]) -> Settled | None:
    """The current mark of one prisoner's session: of the marks no other supersedes, the
    latest ``marked_at``, then the greatest id. A clash: those left disagree (two desks that
    marked the same outcome, minutes and pieces agree). The order marks arrive in never
    matters."""
    marks = list(marks)
    if len(marks) == 1:  # most sessions: marked once, never corrected
        return Settled(marks[0], False)
    superseded = {m.supersedes for m in marks if m.supersedes}
    heads = [m for m in marks if m.id not in superseded]
    if not heads:  # a cycle cannot be written by this program; read as the latest anyway
        heads = marks
    if not heads:
        return None
    chosen = max(heads, key=lambda m: (m.marked_at, m.id))
    clash = len({(m.outcome, m.minutes, m.pieces) for m in heads}) > 1
    return Settled(chosen, clash)


def settle_all(marks: Iterable[_Mark]) -> dict[tuple[str, date, str], Settled]:
    """``settle`` for every session of the marks given, keyed (allocation, day, part)."""
    grouped: dict[tuple[str, date, str], list[_Mark]] = defaultdict(list)
    for m in marks:
        grouped[(m.allocation_id, m.day, m.part)].append(m)
    settled = {key: settle(group) for key, group in grouped.items()}
    return {key: value for key, value in settled.items() if value is not None}


# -- the register ---------------------------------------------------------------------------


def register(db: Database, actor: Actor, workshop_id: str, day: date, part: str) -> Register:
    """The register of a session: everyone whose place is active that day, by name, with
    their current mark (or none yet)."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        workshop = workshop_here(session, actor, workshop_id)
        day, part = _day(day), _part(part)
        _scheduled(session, workshop, day, part)
        rows = session.execute(
            select(Allocation, Prisoner)
            .join(Prisoner, Prisoner.id == Allocation.prisoner_id)
            .where(Allocation.workshop_id == workshop.id, active_on(day))
        ).all()
        marks = _marks(session, [a.id for a, _ in rows], day, part)
        settled = settle_all(marks)
        users = _user_names(session, marks)
        register_rows = []
        for allocation, prisoner in rows:
            found = settled.get((allocation.id, day, part))
            register_rows.append(
                RegisterRow(
                    allocation.id,
                    prisoner.id,
                    prisoner.number,
                    name_of(prisoner),
                    allocation.pay_band,
                    prisoner.status in HELD_HERE,
                    _view(found.mark, users, True, found.clash) if found else None,  # type: ignore[arg-type]
                    found.clash if found else False,
                )
            )
        register_rows.sort(key=lambda r: (r.name.casefold(), r.number))
        today = facility_today(session, actor.facility_id)
        return Register(
            workshop.id,
            workshop.name,
            day,
            part,
            day <= today,
            tuple(register_rows),
            worked_minutes(part, workshop.session_minutes),
        )


def mark(
    db: Database,
    actor: Actor,
    allocation_id: str,
    day: date,
    part: str,
    outcome: str,
    minutes: int = 0,
    pieces: int = 0,
    note: str = "",
) -> MarkView:
    """Mark a prisoner's session: present, or absent with a reason (its note when the reason
    needs one), with the minutes worked and pieces made."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.RECORD_ATTENDANCE)
        allocation = _allocation_here(session, actor, allocation_id)
        values = _checked(day, part, outcome, minutes, pieces, note)
        prisoner = _markable(session, actor, allocation, day, values["part"])
        _not_marked(session, allocation, prisoner, day, values["part"])
        return _record(session, db, actor, allocation, day, values, None, "create")


def mark_scanned(
    db: Database, actor: Actor, workshop_id: str, day: date, part: str, scanned_number: str
) -> MarkView:
    """Mark present the prisoner whose ID card was scanned (its barcode is the prisoner's
    number), whatever keyboard layout the desk had on, as having worked the whole session."""
    number = typed_code(scanned_number.strip()).upper()
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.RECORD_ATTENDANCE)
        workshop = workshop_here(session, actor, workshop_id)
        values = _checked(day, part, Outcome.ATTENDED.value, 0, 0, "")
        values["minutes"] = worked_minutes(values["part"], workshop.session_minutes)
        prisoner = session.scalar(
            select(Prisoner).where(
                Prisoner.facility_id == actor.facility_id,
                func.upper(Prisoner.number) == number,
                ~Prisoner.deleted,
            )
        )
        if prisoner is None or not number:
            raise AttendanceRefused(
                "unknown_card",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No prisoner here has this number. Scan the ID card again, or mark them "
                    "on the list.",
                ),
                field="scan",
            )
        allocation = session.scalars(
            select(Allocation)
            .where(
                Allocation.prisoner_id == prisoner.id,
                Allocation.workshop_id == workshop.id,
                active_on(day),
            )
            .order_by(Allocation.starts_on.desc())
            .limit(1)
        ).first()
        if allocation is None:
            _held(prisoner)
            raise _not_allocated(prisoner, workshop, day)
        _markable(session, actor, allocation, day, values["part"])
        _not_marked(session, allocation, prisoner, day, values["part"])
        return _record(session, db, actor, allocation, day, values, None, "create")


def correct(
    db: Database,
    actor: Actor,
    mark_id: str,
    outcome: str,
    minutes: int = 0,
    pieces: int = 0,
    note: str = "",
) -> MarkView:
    """Put a mark right: a new mark that supersedes it (the old one stays in the history).
    A clash left by desks working apart is settled too: each mark left standing beside the
    one corrected is superseded by the same correction."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.RECORD_ATTENDANCE)
        old = session.get(AttendanceMark, mark_id)
        if old is None or old.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such attendance mark here."))
        allocation = _allocation_here(session, actor, old.allocation_id)
        values = _checked(old.day, old.part, outcome, minutes, pieces, note)
        _markable(session, actor, allocation, old.day, old.part)
        marks = _marks(session, [allocation.id], old.day, old.part)
        superseded = {m.supersedes for m in marks if m.supersedes}
        if old.id in superseded:
            raise AttendanceRefused(
                "corrected",
                QT_TRANSLATE_NOOP(
                    "errors", "This mark has been corrected already: correct the current one."
                ),
            )
        standing = [m for m in marks if m.id not in superseded and m.id != old.id]
        view = _record(session, db, actor, allocation, old.day, values, old.id, "correct")
        for other in standing:
            _record(session, db, actor, allocation, old.day, values, other.id, "correct")
        return view


def history(db: Database, actor: Actor, allocation_id: str, day: date, part: str) -> list[MarkView]:
    """Every mark of a prisoner's session, oldest first: the first, its corrections, and
    which counts now."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        allocation = _allocation_here(session, actor, allocation_id)
        marks = _marks(session, [allocation.id], day, part)
        settled = settle(marks)
        users = _user_names(session, marks)
        clash = settled.clash if settled else False
        chosen = settled.mark.id if settled else None
        ordered = sorted(marks, key=lambda m: (m.marked_at, m.id))
        return [_view(m, users, m.id == chosen, clash) for m in ordered]


def attendance_rates(
    db: Database, actor: Actor, first_day: date, last_day: date
) -> list[AttendanceRate]:
    """Per workshop over the days given (up to today): the sessions expected of those with a
    place (by the weekly pattern, and any session marked besides), how many were attended,
    excused with pay, missed without, or not marked."""
    if last_day < first_day or (last_day - first_day).days >= MAX_RATE_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose a period of up to a year, its end after its start."
            ),
            field="last_day",
        )
    with db.read() as session:
        verify_any(session, actor, *READING)
        last_day = min(last_day, facility_today(session, actor.facility_id))
        workshops = session.execute(
            select(Workshop.id, Workshop.name)
            .where(Workshop.facility_id == actor.facility_id, ~Workshop.deleted)
            .order_by(Workshop.name)
        ).all()
        return [_rate(session, w.id, w.name, first_day, last_day) for w in workshops]


# -- checks ---------------------------------------------------------------------------------


def _checked(
    day: date, part: str, outcome: str, minutes: int, pieces: int, note: str
) -> dict[str, object]:
    """The form's values, every problem reported at once."""
    check = Checks()
    check(_day, day)
    checked_part = check(_part, part)
    rule = check(_outcome, outcome)
    checked_minutes = check(_count, minutes, "minutes", MAX_MINUTES)
    checked_pieces = check(_count, pieces, "pieces", MAX_PIECES)
    text = check(optional_text, note, "note", MAX_NOTE)
    if rule is not None and text is not None and OUTCOMES[rule].needs_note and not text:
        check.fail(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "This reason needs a note: say what happened."),
                field="note",
            )
        )
    if rule is not None and rule != Outcome.ATTENDED and checked_pieces:
        check.fail(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "An absence makes no pieces."), field="pieces"
            )
        )
    if rule is not None and not OUTCOMES[rule].paid and checked_minutes:
        check.fail(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "An unpaid absence has no minutes worked."),
                field="minutes",
            )
        )
    check.done()
    assert rule is not None
    return {
        "part": checked_part,
        "outcome": rule.value,
        "paid": OUTCOMES[rule].paid,
        "minutes": checked_minutes,
        "pieces": checked_pieces,
        "note": text,
    }


def _day(value: date) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the day."), field="day")
    return value


def _part(value: str) -> str:
    try:
        return Part(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the morning, the afternoon or the full day."),
            field="part",
        ) from None


def _outcome(value: str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose present, or a reason from the list."),
            field="outcome",
        ) from None


def _count(value: int, field: str, most: int) -> int:
    if type(value) is not int or not 0 <= value <= most:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A whole number from 0 to {n}."), field=field, n=most
        )
    return value


def _allocation_here(session: Session, actor: Actor, allocation_id: str) -> Allocation:
    allocation = session.get(Allocation, allocation_id)
    if allocation is None or allocation.deleted or allocation.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such workshop place here."))
    return allocation


def _markable(
    session: Session, actor: Actor, allocation: Allocation, day: date, part: str
) -> Prisoner:
    """The session may be marked for this place: the day has come, the workshop holds the
    session that weekday, its pay period is not run, the place is active and the prisoner
    held here."""
    workshop = workshop_here(session, actor, allocation.workshop_id)
    prisoner = session.get(Prisoner, allocation.prisoner_id)
    assert prisoner is not None
    today = facility_today(session, actor.facility_id)
    if day > today:
        raise AttendanceRefused(
            "future",
            QT_TRANSLATE_NOOP("errors", "{day} has not come yet: mark a session once it is held."),
            field="day",
            day=day,
        )
    _scheduled(session, workshop, day, part)
    period = session.execute(
        select(PayPeriod.first_day, PayPeriod.last_day, PayPeriod.status).where(
            PayPeriod.facility_id == actor.facility_id,
            ~PayPeriod.deleted,
            PayPeriod.status != PeriodStatus.DISCARDED,
            PayPeriod.first_day <= day,
            PayPeriod.last_day >= day,
        )
    ).first()
    if period is not None:
        raise AttendanceRefused(
            "period_run",
            QT_TRANSLATE_NOOP(
                "errors",
                "The pay period {first} – {last} has been computed: a supervisor discards it "
                "before its attendance changes, then runs it again.",
            )
            if period.status == PeriodStatus.COMPUTED
            else QT_TRANSLATE_NOOP(
                "errors",
                "The pay period {first} – {last} has been approved: its attendance can no "
                "longer change.",
            ),
            field="day",
            first=period.first_day,
            last=period.last_day,
        )
    _held(prisoner)
    if not (
        allocation.starts_on <= day and (allocation.ends_on is None or allocation.ends_on >= day)
    ):
        raise _not_allocated(prisoner, workshop, day)
    return prisoner


def _held(prisoner: Prisoner) -> None:
    if prisoner.status not in HELD_HERE:
        raise AttendanceRefused(
            "not_held",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is no longer held here (released or transferred): no attendance can "
                "be marked.",
            ),
            field="prisoner",
            name=name_of(prisoner),
        )


def _scheduled(session: Session, workshop: Workshop, day: date, part: str) -> None:
    held = session.scalar(
        select(WorkshopSession.id).where(
            WorkshopSession.workshop_id == workshop.id, WorkshopSession.part == part, held_on(day)
        )
    )
    if held is None:
        raise AttendanceRefused(
            "no_session",
            QT_TRANSLATE_NOOP(
                "errors", "{workshop} holds no such session on {day}: check the day and part."
            ),
            field="part",
            workshop=workshop.name,
            day=day,
        )


def _not_allocated(prisoner: Prisoner, workshop: Workshop, day: date) -> AttendanceRefused:
    return AttendanceRefused(
        "not_allocated",
        QT_TRANSLATE_NOOP("errors", "{name} ({number}) has no place in {workshop} on {day}."),
        field="prisoner",
        name=name_of(prisoner),
        number=prisoner.number,
        workshop=workshop.name,
        day=day,
    )


def _not_marked(
    session: Session, allocation: Allocation, prisoner: Prisoner, day: date, part: str
) -> None:
    if _marks(session, [allocation.id], day, part):
        raise AttendanceRefused(
            "marked",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is already marked for this session: correct the mark to change it.",
            ),
            field="prisoner",
            name=name_of(prisoner),
        )


# -- rows -----------------------------------------------------------------------------------


def _record(
    session: Session,
    db: Database,
    actor: Actor,
    allocation: Allocation,
    day: date,
    values: dict[str, object],
    supersedes: str | None,
    action: str,
) -> MarkView:
    row = AttendanceMark(
        facility_id=allocation.facility_id,
        workshop_id=allocation.workshop_id,
        allocation_id=allocation.id,
        prisoner_id=allocation.prisoner_id,
        day=day,
        supersedes=supersedes,
        marked_by=actor.user_id,
        marked_at=utc_now(),
        **values,
    )
    session.add(row)
    session.flush()
    after = {
        "allocation_id": allocation.id,
        "prisoner_id": allocation.prisoner_id,
        "day": day.isoformat(),
        **values,
        "supersedes": supersedes,
    }
    audit.record(session, db, actor, action, "attendance_mark", row.id, after=after)
    return _view(row, {actor.user_id: actor.full_name}, True, False)


def _marks(
    session: Session, allocation_ids: list[str], day: date, part: str
) -> list[AttendanceMark]:
    if not allocation_ids:
        return []
    return list(
        session.scalars(
            select(AttendanceMark).where(
                AttendanceMark.allocation_id.in_(allocation_ids),
                AttendanceMark.day == day,
                AttendanceMark.part == part,
            )
        )
    )


def _user_names(session: Session, marks: list[AttendanceMark]) -> dict[str, str]:
    wanted = {m.marked_by for m in marks if m.marked_by}
    if not wanted:
        return {}
    found = session.execute(
        select(UserAccount.id, UserAccount.full_name).where(UserAccount.id.in_(wanted))
    )
    return dict(found.all())  # type: ignore[arg-type]


def _view(m: AttendanceMark, users: dict[str, str], current: bool, clash: bool) -> MarkView:
    return MarkView(
        m.id,
        m.allocation_id,
        m.prisoner_id,
        m.workshop_id,
        m.day,
        m.part,
        m.outcome,
        m.paid,
        m.minutes,
        m.pieces,
        m.note,
        m.supersedes,
        users.get(m.marked_by or "", ""),
        m.marked_at,
        current,
        clash,
    )


def _rate(
    session: Session, workshop_id: str, name: str, first_day: date, last_day: date
) -> AttendanceRate:
    weekly: dict[int, list[tuple[str, date, date]]] = defaultdict(list)
    for weekday, part, since, until in session.execute(
        select(
            WorkshopSession.weekday,
            WorkshopSession.part,
            WorkshopSession.first_day,
            WorkshopSession.last_day,
        ).where(WorkshopSession.workshop_id == workshop_id, ~WorkshopSession.deleted)
    ):
        weekly[weekday].append((part, since or date.min, until or date.max))
    places = session.execute(
        select(Allocation.id, Allocation.starts_on, Allocation.ends_on).where(
            Allocation.workshop_id == workshop_id,
            ~Allocation.deleted,
            Allocation.starts_on <= last_day,
        )
    ).all()
    slots: set[tuple[str, date, str]] = set()
    day = first_day
    while day <= last_day:
        for part, since, until in weekly.get(day.weekday(), ()):
            if not since <= day <= until:
                continue
            slots.update(
                (p.id, day, part)
                for p in places
                if p.starts_on <= day and (p.ends_on is None or p.ends_on >= day)
            )
        day += timedelta(days=1)
    marks = session.execute(
        select(
            AttendanceMark.id,
            AttendanceMark.allocation_id,
            AttendanceMark.day,
            AttendanceMark.part,
            AttendanceMark.supersedes,
            AttendanceMark.marked_at,
            AttendanceMark.outcome,
            AttendanceMark.minutes,
            AttendanceMark.pieces,
            AttendanceMark.paid,
        ).where(
            AttendanceMark.workshop_id == workshop_id,
            AttendanceMark.day >= first_day,
            AttendanceMark.day <= last_day,
        )
    ).all()
    settled = settle_all(marks)  # type: ignore[arg-type]
    slots.update(settled)
    outcomes = [s.mark.outcome for s in settled.values()]
    paid = sum(1 for s in settled.values() if s.mark.paid)
    attended = outcomes.count(Outcome.ATTENDED.value)
    return AttendanceRate(
        workshop_id,
        name,
        expected=len(slots),
        attended=attended,
        paid_absences=paid - attended,
        unpaid_absences=len(outcomes) - paid,
        unmarked=len(slots) - len(outcomes),
    )
