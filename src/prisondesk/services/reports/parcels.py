"""The parcels module's reports (issue 19).

Parcels received per day: every day of the range, the parcels received at the gate that day
and the items listed in them, and what has become of those parcels since — handed over to the
prisoner, refused by the prisoner, returned to the sender, held after the prisoner left,
forwarded after them, or still awaiting inspection or handover — with a totals row and a
chart of the parcels received per day, one series per outcome (the outcomes of a day add up
to its parcels). A parcel's outcome is its status as the module reads it from its events
(domain/parcels.status_of: the furthest point of its path, whatever order the desks' events
came in).

Confiscations: the prohibited items taken from parcels in the range, by the facility's list
of prohibited things (the example entries translated, the facility's own as it wrote them,
and any entry since renamed or removed that still has confiscations), with the parcels they
were found in; a totals row (the parcels counted once, whatever was found in them) and a bar
chart of the items by category. An item is counted once, however many inspections took it.

A parcel counts on the day of the facility's calendar it was received, a confiscation on the
day of the inspection that took the item: a parcel handed in at 05:30 in Bishkek (23:30 UTC
the day before) counts on that morning's day. Parcels are read a week at a time through the
index of a facility's parcels by time of receipt; each parcel's events are folded in SQL into
the set of their kinds, and the parcels counted there by day and set, with their items."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from prisondesk.db.models import Parcel, ParcelEvent, ParcelItem
from prisondesk.domain.clock import from_local
from prisondesk.domain.parcels import EXAMPLE_PROHIBITED, PARCELS, EventKind, Status, status_of
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels.settings import settings_in
from prisondesk.services.reports.days import days, facility_of, weeks
from prisondesk.services.reports.report import (
    Chart,
    Column,
    Job,
    Kind,
    Report,
    ReportSpec,
    Series,
    register,
)

PARCELS_RECEIVED = "parcels_received"
PARCELS_RECEIVED_TITLE = QT_TRANSLATE_NOOP("reports", "Parcels received per day")
CONFISCATIONS = "confiscations"
CONFISCATIONS_TITLE = QT_TRANSLATE_NOOP("reports", "Items confiscated from parcels")

# what became of a parcel received, in the order of the table: (key, title, its statuses)
OUTCOMES = (
    ("handed_over", QT_TRANSLATE_NOOP("reports", "Handed over"), (Status.HANDED_OVER,)),
    ("refused", QT_TRANSLATE_NOOP("reports", "Refused by the prisoner"), (Status.REFUSED,)),
    ("returned", QT_TRANSLATE_NOOP("reports", "Returned to the sender"), (Status.RETURNED,)),
    ("held", QT_TRANSLATE_NOOP("reports", "Held: the prisoner has left"), (Status.HELD,)),
    (
        "forwarded",
        QT_TRANSLATE_NOOP("reports", "Forwarded after the prisoner"),
        (Status.FORWARDED,),
    ),
    (
        "waiting",
        QT_TRANSLATE_NOOP("reports", "Awaiting inspection or handover"),
        (Status.AWAITING_INSPECTION, Status.AWAITING_HANDOVER),
    ),
)
OUTCOME_OF = {status: key for key, _, statuses in OUTCOMES for status in statuses}
PARCELS_RECEIVED_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("reports", "Day"), Kind.DATE),
    Column("received", QT_TRANSLATE_NOOP("reports", "Parcels received"), Kind.COUNT),
    Column("items", QT_TRANSLATE_NOOP("reports", "Items received"), Kind.COUNT),
    *(Column(key, title, Kind.COUNT) for key, title, _ in OUTCOMES),
)

CONFISCATIONS_COLUMNS = (
    Column("category", QT_TRANSLATE_NOOP("reports", "Prohibited item")),
    Column("items", QT_TRANSLATE_NOOP("reports", "Items confiscated"), Kind.COUNT),
    Column("parcels", QT_TRANSLATE_NOOP("reports", "Parcels they were found in"), Kind.COUNT),
)
EXAMPLE_NAMES = frozenset(p.name for p in EXAMPLE_PROHIBITED)  # translated in "parcels"

# each kind of event as one bit: a parcel's events folded into the set of their kinds
KIND_BITS = {kind.value: 1 << n for n, kind in enumerate(EventKind)}


def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return from_local(datetime.combine(day, time()), tz)


def _day_number(
    moment: ColumnElement[datetime], first: date, start: date, end: date, tz: ZoneInfo
) -> ColumnElement[int]:
    """The facility day of a moment from ``start`` to ``end`` as its number in the range
    from ``first``: compared with the days' midnights, so summer time needs no arithmetic."""
    return case(
        *(
            (moment < _midnight(day + timedelta(days=1), tz), (day - first).days)
            for day in days(start, end)
        ),
        else_=None,
    )


def _kinds_of_events() -> ColumnElement[int]:
    """The set of the kinds of a parcel's events, as the sum of their distinct bits (read
    through the index of a parcel's events)."""
    bit = case(*((ParcelEvent.kind == kind, b) for kind, b in KIND_BITS.items()), else_=0)
    return (
        select(func.coalesce(func.sum(bit.distinct()), 0))
        .where(ParcelEvent.parcel_id == Parcel.id)
        .correlate(Parcel)
        .scalar_subquery()
    )


def _items_listed() -> ColumnElement[int]:
    return (
        select(func.count())
        .where(ParcelItem.parcel_id == Parcel.id, ~ParcelItem.deleted)
        .correlate(Parcel)
        .scalar_subquery()
    )


def _outcome(bits: int) -> str:
    return OUTCOME_OF[status_of(kind for kind, bit in KIND_BITS.items() if bits & bit)]


def build_parcels_received(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, tz = facility_of(session, facility_id)
    every = days(first, last)
    received = [0] * len(every)
    items = [0] * len(every)
    outcomes = {key: [0] * len(every) for key, _, _ in OUTCOMES}
    for done, start, end in weeks(first, last):
        job.step(done, len(every))
        parcels = (
            select(
                _day_number(Parcel.received_at, first, start, end, tz).label("day"),
                _kinds_of_events().label("kinds"),
                _items_listed().label("listed"),
            )
            .where(
                Parcel.facility_id == facility_id,
                Parcel.received_at >= _midnight(start, tz),
                Parcel.received_at < _midnight(end + timedelta(days=1), tz),
                ~Parcel.deleted,
            )
            .subquery()
        )
        counted = session.execute(
            select(
                parcels.c.day, parcels.c.kinds, func.count(), func.sum(parcels.c.listed)
            ).group_by(parcels.c.day, parcels.c.kinds)
        )
        for day, kinds, n, listed in counted:
            received[day] += n
            items[day] += listed or 0
            outcomes[_outcome(kinds)][day] += n
    job.step(len(every), len(every))
    rows = tuple(
        (day, received[n], items[n], *(outcomes[key][n] for key, _, _ in OUTCOMES))
        for n, day in enumerate(every)
    )
    totals = (
        None,
        *(sum(row[n] for row in rows) for n in range(1, len(PARCELS_RECEIVED_COLUMNS))),
    )
    chart = Chart(
        QT_TRANSLATE_NOOP("reports", "Parcels received per day, by what became of them"),
        "bar",
        tuple(every),
        tuple(Series(title, tuple(map(float, outcomes[key]))) for key, title, _ in OUTCOMES),
        stacked=True,  # what became of the day's parcels: parts of the day's whole
    )
    return Report(
        PARCELS_RECEIVED,
        PARCELS_RECEIVED_TITLE,
        first,
        last,
        names,
        PARCELS_RECEIVED_COLUMNS,
        rows,
        totals,
        (chart,),
    )


def build_confiscations(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    """One read of the range, counted in SQL: a year's confiscations are some thousands of
    events, found through the index of the events of a kind."""
    names, tz = facility_of(session, facility_id)
    job.step(0, 2)
    taken = and_(
        ParcelEvent.kind == EventKind.CONFISCATED.value,
        ParcelEvent.occurred_at >= _midnight(first, tz),
        ParcelEvent.occurred_at < _midnight(last + timedelta(days=1), tz),
        Parcel.facility_id == facility_id,
        ~Parcel.deleted,
    )
    item = func.coalesce(ParcelEvent.item_id, ParcelEvent.id).distinct()
    parcel = ParcelEvent.parcel_id.distinct()
    counted = {
        what: (n_items, n_parcels)
        for what, n_items, n_parcels in session.execute(
            select(ParcelEvent.prohibited, func.count(item), func.count(parcel))
            .join(Parcel, Parcel.id == ParcelEvent.parcel_id)
            .where(taken)
            .group_by(ParcelEvent.prohibited)
        )
    }
    job.step(1, 2)
    all_items, all_parcels = session.execute(
        select(func.count(item), func.count(parcel))
        .join(Parcel, Parcel.id == ParcelEvent.parcel_id)
        .where(taken)
    ).one()
    listed = [p.name for p in settings_in(session, facility_id).prohibited]
    others = sorted(set(counted) - set(listed))  # renamed or removed since: still counted
    rows = tuple((_category(what), *counted.get(what, (0, 0))) for what in (*listed, *others))
    job.step(2, 2)
    chart = Chart(
        QT_TRANSLATE_NOOP("reports", "Items confiscated by prohibited item"),
        "bar",
        tuple(row[0] for row in rows),
        (
            Series(
                QT_TRANSLATE_NOOP("reports", "Items confiscated"),
                tuple(float(row[1]) for row in rows),
            ),
        ),
    )
    return Report(
        CONFISCATIONS,
        CONFISCATIONS_TITLE,
        first,
        last,
        names,
        CONFISCATIONS_COLUMNS,
        rows,
        (None, all_items, all_parcels),
        (chart,),
    )


def _category(name: str) -> str:
    """An example entry of the list in the reader's language; the facility's own as written."""
    return Label(PARCELS, name) if name in EXAMPLE_NAMES else name


register(ReportSpec(PARCELS_RECEIVED, PARCELS_RECEIVED_TITLE, build_parcels_received))
register(ReportSpec(CONFISCATIONS, CONFISCATIONS_TITLE, build_confiscations))
