"""Pay rates: effective-dated per workshop and band, never two in force on one day; a rate is
ended, and the next added; the rate in force on a day is the one pay reads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import PayRate
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.workshops import rates
from prisondesk.services.workshops.rates import RateEntry, RateRefused
from tests.workshops.fixtures import audit_count, make_workshop

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


def _stored(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(PayRate)) or 0


def test_a_rate_is_added_ended_and_followed(db, supervisor, workshop):
    first = rates.add_rate(db, supervisor, RateEntry(workshop, "a", "session", 15_000, JAN))
    assert (first.band, first.basis, first.amount, first.effective_to) == (
        "A",
        "session",
        15_000,
        None,
    )
    ended = rates.end_rate(db, supervisor, first.id, date(2026, 1, 31))
    assert ended.effective_to == date(2026, 1, 31)
    second = rates.add_rate(db, supervisor, RateEntry(workshop, "A", "hour", 2_500, FEB))
    assert [r.id for r in rates.rates(db, supervisor, workshop)] == [first.id, second.id]
    with db.read() as session:
        assert rates.rate_on(session, workshop, "A", date(2026, 1, 31)).id == first.id
        assert rates.rate_on(session, workshop, "A", FEB).id == second.id
        assert rates.rate_on(session, workshop, "A", date(2025, 12, 31)) is None
        assert rates.rate_on(session, workshop, "B", FEB) is None


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ((JAN, None), (FEB, None)),  # an open rate covers every later day
        ((FEB, None), (JAN, None)),  # the new open rate would run into it
        ((JAN, date(2026, 2, 15)), (FEB, MAR)),
        ((FEB, MAR), (JAN, FEB)),  # one shared day is an overlap
        ((FEB, MAR), (date(2026, 2, 10), date(2026, 2, 12))),
    ],
)
def test_a_rate_overlapping_another_of_the_band_is_refused(db, supervisor, workshop, existing, new):
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 15_000, *existing))
    before, stored = audit_count(db), _stored(db)
    with pytest.raises(RateRefused) as refused:
        rates.add_rate(db, supervisor, RateEntry(workshop, "A", "piece", 300, *new))
    assert refused.value.reason == "overlap" and "Кожевенный цех" in refused.value.render()
    assert (audit_count(db), _stored(db)) == (before, stored)


def test_other_bands_and_workshops_do_not_overlap(db, supervisor, workshop):
    felt = make_workshop(db, supervisor, name="Войлочный цех")
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 15_000, JAN))
    rates.add_rate(db, supervisor, RateEntry(workshop, "B", "session", 18_000, JAN))
    rates.add_rate(db, supervisor, RateEntry(felt, "A", "piece", 300, JAN))
    assert len(rates.rates(db, supervisor)) == 3


def test_ending_a_rate_later_into_the_next_is_refused(db, supervisor, workshop):
    first = rates.add_rate(
        db, supervisor, RateEntry(workshop, "A", "session", 15_000, JAN, date(2026, 1, 31))
    )
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 16_000, FEB))
    with pytest.raises(RateRefused):
        rates.end_rate(db, supervisor, first.id, date(2026, 2, 5))
    with pytest.raises(ValidationError) as refused:
        rates.end_rate(db, supervisor, first.id, date(2025, 12, 31))
    assert refused.value.field == "effective_to"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount": 0}, "amount"),
        ({"amount": -100}, "amount"),
        ({"amount": 12.5}, "amount"),
        ({"amount": True}, "amount"),
        ({"amount": rates.MAX_AMOUNT + 1}, "amount"),
        ({"basis": "day"}, "basis"),
        ({"band": " "}, "band"),
        ({"effective_to": date(2025, 12, 31)}, "effective_to"),
        ({"workshop_id": "missing"}, "workshop"),
    ],
)
def test_bad_rates_are_refused_and_nothing_is_written(db, supervisor, workshop, changes, field):
    before = audit_count(db)
    entry = replace(RateEntry(workshop, "A", "session", 15_000, JAN), **changes)
    with pytest.raises(ValidationError) as refused:
        rates.add_rate(db, supervisor, entry)
    assert refused.value.field == field and refused.value.render()
    assert (audit_count(db), _stored(db)) == (before, 0)


def test_only_a_supervisor_sets_rates(db, instructor, workshop):
    with pytest.raises(PermissionDenied):
        rates.add_rate(db, instructor, RateEntry(workshop, "A", "session", 15_000, JAN))
    assert rates.rates(db, instructor) == []  # an instructor may read them
