from datetime import UTC, date, datetime

from prisondesk.domain.clock import from_local, local, local_noon, zone


def test_facility_time_is_bishkek_by_default_and_round_trips():
    tz = zone(None)
    assert tz.key == "Asia/Bishkek"
    assert zone("Not/AZone").key == "Asia/Bishkek"
    typed = datetime(2026, 11, 28, 2, 30)  # 02:30 at the gate is 20:30 UTC the day before
    stored = from_local(typed, tz)
    assert stored == datetime(2026, 11, 27, 20, 30, tzinfo=UTC)
    assert local(stored, tz).replace(tzinfo=None) == typed


def test_a_day_without_an_hour_stays_on_its_day():
    tz = zone("Asia/Bishkek")
    stored = local_noon(date(2026, 3, 2), tz)
    assert local(stored, tz).date() == date(2026, 3, 2)
