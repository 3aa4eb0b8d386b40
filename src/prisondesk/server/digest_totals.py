"""The digest's totals per facility and table (``server_digest_total``), kept by the writes.

A digest (SYNC.md, Digest) is, per table, the count of the live rows a device may see and the
XOR of their hashes. XOR undoes itself, so a write moves a total by the old row's hash out and
the new one's in, and a digest reads a few totals instead of hashing every row of the facility
each time a desk asks (which, with hundreds of desks, was most of a busy server's work).

Every writer of ``server_row`` and ``server_left_row`` goes through ``Changes``: the push
(``push.py``, ``transfers.py``) and the migrations that rewrite stored rows
(``stored_rows.py``, which ``recount`` the tables they touch).
"""

from __future__ import annotations

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    delete,
    insert,
    or_,
    select,
    tuple_,
    update,
)

from prisondesk.server.models import DigestTotal, LeftRow, ServerRow

SHARED = ""  # the facility of rows every facility sees (their facility_id is null)
TOTALS = DigestTotal.__table__

Key = tuple[str, str, bool]  # (facility, table, kept)


class Changes:
    """How a transaction's writes move the totals, applied once at its end."""

    def __init__(self) -> None:
        self.moves: dict[Key, list[int]] = {}  # key -> [count change, XOR of hashes]

    def add(self, facility: str | None, table: str, hashed: str, kept: bool = False) -> None:
        """A live row comes in."""
        self._move((facility or SHARED, table, kept), 1, hashed)

    def remove(self, facility: str | None, table: str, hashed: str, kept: bool = False) -> None:
        """A live row goes (XOR undoes itself, so its hash comes out as it went in)."""
        self._move((facility or SHARED, table, kept), -1, hashed)

    def _move(self, key: Key, count: int, hashed: str) -> None:
        move = self.moves.setdefault(key, [0, 0])
        move[0] += count
        move[1] ^= int(hashed, 16)

    def apply(self, connection: Connection) -> None:
        """Write the moved totals (the caller holds the push lock: nobody else writes them)."""
        moves = {key: move for key, move in self.moves.items() if move != [0, 0]}
        if not moves:
            return
        keys = sorted(moves)
        current: dict[Key, tuple[int, int]] = {}
        for start in range(0, len(keys), 500):
            found = connection.execute(
                select(
                    TOTALS.c.facility_id,
                    TOTALS.c.table_name,
                    TOTALS.c.kept,
                    TOTALS.c.count,
                    TOTALS.c.xor,
                ).where(
                    tuple_(TOTALS.c.facility_id, TOTALS.c.table_name, TOTALS.c.kept).in_(
                        keys[start : start + 500]
                    )
                )
            )
            for facility, table, kept, count, xor in found:
                current[(facility, table, bool(kept))] = (count, int(xor, 16))
        new, changed = [], []
        for (facility, table, kept), (count, xor) in moves.items():
            count_before, xor_before = current.get((facility, table, kept), (0, 0))
            total, combined = count_before + count, f"{xor_before ^ xor:032x}"
            if (facility, table, kept) in current:
                changed.append(
                    {
                        "facility": facility,
                        "table": table,
                        "is_kept": kept,
                        "new_count": total,
                        "new_xor": combined,
                    }
                )
            else:
                new.append(
                    {
                        "facility_id": facility,
                        "table_name": table,
                        "kept": kept,
                        "count": total,
                        "xor": combined,
                    }
                )
        if new:
            connection.execute(insert(TOTALS), new)
        if changed:  # bound as new_*: a bound name may not be a column this statement sets
            connection.execute(
                update(TOTALS)
                .where(
                    TOTALS.c.facility_id == bindparam("facility"),
                    TOTALS.c.table_name == bindparam("table"),
                    TOTALS.c.kept == bindparam("is_kept"),
                )
                .values(count=bindparam("new_count"), xor=bindparam("new_xor")),
                changed,
            )


def read(
    connection: Connection, facility_id: str | None, tables: set[str]
) -> dict[str, tuple[int, int]]:
    """(count, XOR) per table of the rows ``facility_id``'s devices see: the facility's own,
    the shared ones and what it keeps of prisoners who left; for headquarters (None) every
    facility's rows and the shared ones, but only of ``tables``."""
    if facility_id is None:
        scope = and_(TOTALS.c.kept.is_(False), TOTALS.c.table_name.in_(sorted(tables)))
    else:
        scope = or_(
            TOTALS.c.facility_id == facility_id,
            and_(TOTALS.c.facility_id == SHARED, TOTALS.c.kept.is_(False)),
        )
    found: dict[str, tuple[int, int]] = {}
    for table, count, xor in connection.execute(
        select(TOTALS.c.table_name, TOTALS.c.count, TOTALS.c.xor).where(scope)
    ):
        before_count, before_xor = found.get(table, (0, 0))
        found[table] = (before_count + count, before_xor ^ int(xor, 16))
    return found


def recount(connection: Connection, tables: list[str] | None = None) -> None:
    """The totals of ``tables`` (every table when None) counted again from the stored rows:
    for a migration that rewrote them, or one that adds these totals."""
    changes = Changes()
    rows = select(ServerRow.facility_id, ServerRow.table_name, ServerRow.row_hash).where(
        ~ServerRow.deleted
    )
    kept = select(LeftRow.facility_id, LeftRow.table_name, LeftRow.row_hash).where(
        LeftRow.row_hash.is_not(None)
    )
    gone = delete(TOTALS)
    if tables is not None:
        rows = rows.where(ServerRow.table_name.in_(tables))
        kept = kept.where(LeftRow.table_name.in_(tables))
        gone = gone.where(TOTALS.c.table_name.in_(tables))
    connection.execute(gone)
    for facility, table, hashed in connection.execute(rows):
        changes.add(facility, table, hashed)
    for facility, table, hashed in connection.execute(kept):
        changes.add(facility, table, hashed, kept=True)
    changes.apply(connection)
