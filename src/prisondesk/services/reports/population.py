"""Population by wing and regime (issue 19): for a date range, how many prisoners each wing
held in each regime when the range began, how many were admitted, released, transferred in
and out of the facility or moved between its wings, and how many it held when the range
ended; a line of the number held over the range and a bar of each wing on its last day.

Who is held on a day — the rule every figure follows:

- A prisoner is **held on day D** when in this facility's custody at the end of D, midnight
  of the facility's calendar (its time zone, not the desk's). Admitted or transferred in on
  D: held on D. Released or transferred out on D: not held on D, nor on any day after. A
  court trip does not end custody: a prisoner at court is held.
- **Held at the start** of the range is held on the day before its first day, so each row
  balances: held at the start + admitted + transferred in + moved in from other wings −
  released − transferred out − moved out to other wings = held at the end (on its last day).
- A prisoner is in the wing of their latest movement (the admission, a cell change, an
  arrival); the regime is the file's, which keeps no history.
- Arrivals are the ``admission`` and ``transfer_in`` movements recorded at this facility,
  departures ``release`` and ``transfer_out``: a prisoner's ``admitted_at`` is the moment of
  the admission movement, and one who came on a transfer keeps the first facility's. Deleted
  files count nowhere.
- The line shows the number held on each day of the range; over 90 days, on the last day
  of each week counted from the first day (the last week ends on the range's last day).

The days are counted back from today: who is held now is in the registry (in custody or at
court, here), and undoing the movements recorded since a moment gives who was held then. A
file imported from a paper register without an admission date has no movement, so it counts
as held all along. The movements since the range began are counted in one SQL query,
grouped by facility day, wing, regime and kind; nothing is read one prisoner at a time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from sqlalchemy import Result, String, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import ScalarSelect

from prisondesk.db.models import Movement, Prisoner, Wing
from prisondesk.domain.clock import from_local
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.core.actor import Actor
from prisondesk.services.intake.admissions import REGIMES
from prisondesk.services.reports.days import days, facility_of
from prisondesk.services.reports.report import (
    REPORTS_CONTEXT,
    Chart,
    Column,
    Job,
    Kind,
    Report,
    ReportSpec,
    Series,
    register,
)

NAME = "population"
TITLE = QT_TRANSLATE_NOOP("reports", "Population by wing and regime")
HELD_NOW = ("in_custody", "at_court")  # a prisoner at court is still the facility's
ARRIVALS = {"admission": "admitted", "transfer_in": "transferred_in"}
DEPARTURES = {"release": "released", "transfer_out": "transferred_out"}
WING_MOVE = "cell_change"  # the one movement that may place a prisoner in another wing
WEEKLY_OVER = 90  # a range of more days is charted week by week
STEPS = 4

FLOWS = (  # (key, title, sign in the balance), in the order of the table
    ("admitted", QT_TRANSLATE_NOOP("reports", "Admitted"), 1),
    ("released", QT_TRANSLATE_NOOP("reports", "Released"), -1),
    ("transferred_in", QT_TRANSLATE_NOOP("reports", "Transferred in"), 1),
    ("transferred_out", QT_TRANSLATE_NOOP("reports", "Transferred out"), -1),
    ("moved_in", QT_TRANSLATE_NOOP("reports", "From other wings"), 1),
    ("moved_out", QT_TRANSLATE_NOOP("reports", "To other wings"), -1),
)
COLUMNS = (
    Column("wing", QT_TRANSLATE_NOOP("reports", "Wing")),
    Column("regime", QT_TRANSLATE_NOOP("reports", "Regime")),
    Column("start", QT_TRANSLATE_NOOP("reports", "Held at the start"), Kind.COUNT),
    *(Column(key, title, Kind.COUNT) for key, title, _ in FLOWS),
    Column("end", QT_TRANSLATE_NOOP("reports", "Held at the end"), Kind.COUNT),
)
SIGNS = {key: sign for key, _, sign in FLOWS}
FACILITY_FLOWS = {*ARRIVALS.values(), *DEPARTURES.values()}  # the others stay inside
REGIME_LABELS = {  # the admission form's words (translated in its context)
    "general": QT_TRANSLATE_NOOP("intake", "General"),
    "strict": QT_TRANSLATE_NOOP("intake", "Strict"),
    "special": QT_TRANSLATE_NOOP("intake", "Special"),
    "settlement": QT_TRANSLATE_NOOP("intake", "Colony-settlement"),
    "remand": QT_TRANSLATE_NOOP("intake", "Remand (SIZO)"),
}
TOTAL = QT_TRANSLATE_NOOP("reports", "Total")
NO_WING = QT_TRANSLATE_NOOP("reports", "No wing")
NO_REGIME = QT_TRANSLATE_NOOP("reports", "No regime")
OVER_TIME = QT_TRANSLATE_NOOP("reports", "Population over time")
BY_WING = QT_TRANSLATE_NOOP("reports", "Population on the last day by wing")
HELD = QT_TRANSLATE_NOOP("reports", "Held")

Key = tuple[str | None, str]  # (wing id, regime)


def build(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, tz = facility_of(session, facility_id)
    range_days = days(first, last)
    job.step(0, STEPS)
    now = _held_now(session, facility_id)
    job.step(1, STEPS)
    flows, after, daily = _movements(session, facility_id, first, last, tz)
    job.step(2, STEPS)
    end = Counter(now)
    end.subtract(after)  # undo what happened after the range
    start = Counter(end)
    start.subtract({key: _net(counts) for key, counts in flows.items()})
    wings = _wings(session, facility_id)
    rows = _rows(start, flows, end, wings)
    job.step(3, STEPS)
    held = list(accumulate((daily[day] for day in range_days), initial=start.total()))[1:]
    report = Report(
        NAME,
        TITLE,
        first,
        last,
        names,
        COLUMNS,
        tuple(row for _, row in rows),
        _totals(row for _, row in rows),
        (_over_time(range_days, held), _by_wing(end, wings)),
    )
    job.step(STEPS, STEPS)
    return report


def _held_now(session: Session, facility_id: str | None) -> Counter[Key]:
    """Who the registry says is held here today, by wing and regime."""
    found = session.execute(
        select(Prisoner.wing_id, Prisoner.regime, func.count())
        .where(
            Prisoner.facility_id == facility_id,
            Prisoner.status.in_(HELD_NOW),
            ~Prisoner.deleted,
        )
        .group_by(Prisoner.wing_id, Prisoner.regime)
    )
    return Counter({(wing, regime): count for wing, regime, count in found})


def _movements(
    session: Session, facility_id: str | None, first: date, last: date, tz: ZoneInfo
) -> tuple[dict[Key, Counter[str]], Counter[Key], Counter[date]]:
    """The movements since the range began: what happened in the range by wing and regime,
    the net change after it, and the net change of the facility's count each day of it."""
    flows: dict[Key, Counter[str]] = defaultdict(Counter)
    after: Counter[Key] = Counter()
    daily: Counter[date] = Counter()
    for on, kind, wing, regime, left_wing, count in _counted(session, facility_id, first, last, tz):
        for key, what, sign in _changes(kind, wing, regime, left_wing):
            if on is None:
                after[key] += sign * count
            else:
                flows[key][what] += count
                if what in FACILITY_FLOWS:
                    daily[date.fromisoformat(on)] += sign * count
    return flows, after, daily


def _counted(
    session: Session, facility_id: str | None, first: date, last: date, tz: ZoneInfo
) -> Result[tuple[str | None, str, str | None, str, str | None, int]]:
    """One query, counted in SQL: the movements since the range began grouped by facility
    day (none after the range), kind, wing, regime and, for a cell change, the wing left."""
    begins = _midnight(first, tz)
    segments = _constant_offsets(begins, _midnight(last + timedelta(days=1), tz), tz)
    day = case(  # SQLite's date() of the UTC moment shifted to the facility's clock
        *(
            (
                Movement.occurred_at < ends,
                func.date(Movement.occurred_at, f"{offset:+d} seconds", type_=String),
            )
            for ends, offset in segments
        ),
        else_=None,
    ).label("day")
    left = case((Movement.kind == WING_MOVE, _wing_before()), else_=None).label("left")
    return session.execute(
        select(day, Movement.kind, Movement.wing_id, Prisoner.regime, left, func.count())
        .join(Prisoner, Prisoner.id == Movement.prisoner_id)
        .where(
            Movement.facility_id == facility_id,
            Movement.occurred_at >= begins,
            Movement.kind.in_((*ARRIVALS, *DEPARTURES, WING_MOVE)),
            ~Prisoner.deleted,
        )
        .group_by(day, Movement.kind, Movement.wing_id, Prisoner.regime, left)
    )


def _wing_before() -> ScalarSelect[str | None]:
    """The wing of the prisoner's movement before this one (found through the index of a
    prisoner's movements by time; ids break a tie, as they sort by creation)."""
    earlier = aliased(Movement)
    return (
        select(earlier.wing_id)
        .where(
            earlier.prisoner_id == Movement.prisoner_id,
            earlier.facility_id == Movement.facility_id,
            or_(
                earlier.occurred_at < Movement.occurred_at,
                and_(earlier.occurred_at == Movement.occurred_at, earlier.id < Movement.id),
            ),
        )
        .order_by(earlier.occurred_at.desc(), earlier.id.desc())
        .limit(1)
        .correlate(Movement)
        .scalar_subquery()
    )


def _changes(
    kind: str, wing: str | None, regime: str, left_wing: str | None
) -> Iterable[tuple[Key, str, int]]:
    """A movement's changes to the count of each (wing, regime): (key, flow, +1 or -1)."""
    if kind in ARRIVALS:
        yield (wing, regime), ARRIVALS[kind], 1
    elif kind in DEPARTURES:
        yield (wing, regime), DEPARTURES[kind], -1
    elif left_wing is not None and left_wing != wing:  # a cell change to another wing
        yield (wing, regime), "moved_in", 1
        yield (left_wing, regime), "moved_out", -1


def _net(counts: Counter[str]) -> int:
    return sum(SIGNS[what] * n for what, n in counts.items())


def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return from_local(datetime.combine(day, time()), tz)


def _constant_offsets(begins: datetime, ends: datetime, tz: ZoneInfo) -> list[tuple[datetime, int]]:
    """[begins, ends) cut where the zone's UTC offset changes (summer time), as (end of the
    part, its offset in seconds): within a part a UTC moment's local day is its date
    shifted by the offset. A zone without summer time (Asia/Bishkek) has one part."""
    parts, moment = [], begins
    while moment < ends:
        change = _next_change(moment, ends, tz)
        parts.append((change, _offset(moment, tz)))
        moment = change
    return parts


def _next_change(moment: datetime, ends: datetime, tz: ZoneInfo) -> datetime:
    """The first second after ``moment`` with another UTC offset, or ``ends`` if none comes
    before it (offsets change on whole seconds, at most once a day)."""
    offset, low = _offset(moment, tz), moment
    while low < ends:
        high = min(low + timedelta(days=1), ends)
        probe = high if high < ends else high - timedelta(seconds=1)
        if _offset(probe, tz) != offset:
            before, after = int(low.timestamp()), int(probe.timestamp())
            while after - before > 1:  # the offset is ours at ``before``, not at ``after``
                middle = (before + after) // 2
                before, after = (
                    (middle, after) if _offset(_utc(middle), tz) == offset else (before, middle)
                )
            return _utc(after)
        low = high
    return ends


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _offset(moment: datetime, tz: ZoneInfo) -> int:
    shift = moment.astimezone(tz).utcoffset()
    return int(shift.total_seconds()) if shift is not None else 0


@dataclass(frozen=True)
class _Wing:
    place: int  # in the facility's order, the deleted ones last
    name: str
    deleted: bool


def _wings(session: Session, facility_id: str | None) -> dict[str | None, _Wing]:
    """The facility's wings; a deleted one keeps its name for the days it was in use."""
    found = session.execute(
        select(Wing.id, Wing.name, Wing.deleted)
        .where(Wing.facility_id == facility_id)
        .order_by(Wing.deleted, Wing.position, Wing.name)
    )
    return {wing: _Wing(place, name, deleted) for place, (wing, name, deleted) in enumerate(found)}


def _rows(
    start: Counter[Key],
    flows: dict[Key, Counter[str]],
    end: Counter[Key],
    wings: dict[str | None, _Wing],
) -> list[tuple[tuple[int, str, int, str], tuple[object, ...]]]:
    """One row for each wing and regime with anything to show, in the facility's order of
    wings and the admission form's order of regimes."""
    made = []
    for key in {*start, *flows, *end}:
        wing, regime = key
        counts = flows.get(key, Counter())
        row = (start[key], *(counts[what] for what, _, _ in FLOWS), end[key])
        if not any(row):
            continue
        place = wings[wing].place if wing in wings else len(wings)
        order = REGIMES.index(regime) if regime in REGIMES else len(REGIMES)
        made.append(
            ((place, wing or "", order, regime), (_wing_label(wing, wings), _regime(regime), *row))
        )
    return sorted(made, key=lambda pair: pair[0])


def _wing_label(wing: str | None, wings: dict[str | None, _Wing]) -> str:
    return wings[wing].name if wing in wings else Label(REPORTS_CONTEXT, NO_WING)


def _regime(regime: str) -> str:
    if regime in REGIME_LABELS:
        return Label("intake", REGIME_LABELS[regime])
    return regime or Label(REPORTS_CONTEXT, NO_REGIME)


def _totals(rows: Iterable[tuple[object, ...]]) -> tuple[object, ...]:
    sums = [0] * (len(COLUMNS) - 2)
    for row in rows:
        for n, value in enumerate(row[2:]):
            sums[n] += value  # type: ignore[operator]
    return (Label(REPORTS_CONTEXT, TOTAL), "", *sums)


def _over_time(days: list[date], held: list[int]) -> Chart:
    """The number held each day, or at the end of each week (counted from the first day,
    the last week ending on the last day) for a range of more than ``WEEKLY_OVER`` days."""
    if len(days) > WEEKLY_OVER:
        ends = [*range(6, len(days), 7)]
        if not ends or ends[-1] != len(days) - 1:
            ends.append(len(days) - 1)
        days, held = [days[n] for n in ends], [held[n] for n in ends]
    return Chart(OVER_TIME, "line", tuple(days), (Series(HELD, tuple(float(n) for n in held)),))


def _by_wing(end: Counter[Key], wings: dict[str | None, _Wing]) -> Chart:
    """The number held on the last day in each wing of the facility (and any other wing
    someone was left in)."""
    per_wing: Counter[str | None] = Counter()
    for (wing, _), count in end.items():
        per_wing[wing] += count
    shown = [w for w, about in wings.items() if per_wing[w] or not about.deleted]
    shown += [w for w in per_wing if w not in wings and per_wing[w]]
    return Chart(
        BY_WING,
        "bar",
        tuple(_wing_label(w, wings) for w in shown),
        (Series(HELD, tuple(float(per_wing[w]) for w in shown)),),
    )


register(ReportSpec(NAME, TITLE, build))
