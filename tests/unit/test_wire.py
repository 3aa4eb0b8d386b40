from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.wire import from_wire, to_wire


def test_datetimes_have_one_canonical_text():
    moment = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)
    assert to_wire(moment) == "2026-11-28T09:15:00.000000Z"
    bishkek = moment.astimezone(timezone(timedelta(hours=6)))
    assert to_wire(bishkek) == "2026-11-28T09:15:00.000000Z"
    with pytest.raises(ValueError):
        to_wire(datetime(2026, 11, 28, 9, 15))


@given(st.datetimes(timezones=st.just(UTC)))
def test_datetime_round_trip(moment):
    assert from_wire(to_wire(moment), "datetime") == moment


@given(st.dates())
def test_date_round_trip(day):
    assert from_wire(to_wire(day), "date") == day
    assert isinstance(to_wire(day), str)


@given(st.binary(max_size=200))
def test_bytes_round_trip(blob):
    assert from_wire(to_wire(blob), "bytes") == blob


def test_bad_values_are_refused():
    for value, kind in [
        ("2026-11-28T09:15:00", "datetime"),
        ("yes", "boolean"),
        (True, "integer"),
        ("12", "integer"),
        ("!!", "bytes"),
        ("2026-13-01", "date"),
    ]:
        with pytest.raises(ValueError):
            from_wire(value, kind)
    assert from_wire(None, "date") is None
    assert from_wire("2026-11-28", "date") == date(2026, 11, 28)
