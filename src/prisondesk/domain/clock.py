"""The facility's time: stored times are UTC; what people see and type is the facility's local
time (Asia/Bishkek by default), whatever zone the workstation's system clock is set to."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Bishkek"


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def local_today(tz: ZoneInfo) -> date:
    return datetime.now(tz).date()


def local(moment: datetime, tz: ZoneInfo) -> datetime:
    """An aware moment as the facility's wall-clock time."""
    return moment.astimezone(tz)


def from_local(wall: datetime, tz: ZoneInfo) -> datetime:
    """A wall-clock time typed at the facility (naive) as an aware UTC moment."""
    return wall.replace(tzinfo=tz).astimezone(UTC)


def local_noon(day: date, tz: ZoneInfo) -> datetime:
    """A day known without its hour (old registers), stored as local midday."""
    return datetime.combine(day, time(12), tz).astimezone(UTC)
