"""Which attendance mark counts for a session. Marks are events: a correction supersedes the
mark it puts right, and desks working apart may each leave one. The register, the pay run
and the attendance rates all read a session's marks through ``settle``, so that every desk
picks the same mark, whatever order the marks arrived in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from prisondesk.db.models import AttendanceMark

# a mark's columns as the pay run and the attendance rates read them: plain columns, not
# whole rows, for the many marks of a month
MARK_COLUMNS = (
    AttendanceMark.id,
    AttendanceMark.allocation_id,
    AttendanceMark.day,
    AttendanceMark.part,
    AttendanceMark.supersedes,
    AttendanceMark.marked_at,
    AttendanceMark.outcome,
    AttendanceMark.paid,
    AttendanceMark.minutes,
    AttendanceMark.pieces,
)


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
