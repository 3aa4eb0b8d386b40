"""SQLite triggers that enforce the data rules below the ORM.

Every replicated table refuses INSERT unless a capturing flush has opened the connection's gate
(``pd_capture()``, registered in ``engine.py``). Event tables refuse UPDATE outright; record
tables refuse UPDATE outside the gate. Both refuse DELETE always (records are tombstoned,
events are never deleted), but rows that follow a prisoner — records and events (the deposit
ledger) alike — which a transfer revokes, may go inside the gate.
A tool that does not know ``pd_capture()`` — the sqlite3 shell, say — cannot write these
tables at all, which is the point.

Triggers are (re)installed after every migration, so a batch migration that recreates a table
cannot drop them for good.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from prisondesk.db.replication import Replicated, replicated_models

_ABORT = "SELECT RAISE(ABORT, '{message}')"


def guard_statements(model: type[Replicated]) -> list[str]:
    table = model.__tablename__  # type: ignore[attr-defined]
    statements: list[str] = []

    def trigger(name: str, when: str, condition: str, message: str) -> None:
        statements.append(f"DROP TRIGGER IF EXISTS pd_guard_{table}_{name}")
        statements.append(
            f"CREATE TRIGGER pd_guard_{table}_{name} {when} ON {table} {condition}"
            f"BEGIN {_ABORT.format(message=message)}; END"
        )

    bypass = f"write to {table} bypasses change capture"
    trigger("insert", "BEFORE INSERT", "WHEN pd_capture() = 0 ", bypass)
    # rows about a prisoner who was transferred away are deleted when the server revokes
    # them (sync/apply.py, inside the gate); the ORM refuses every hard delete
    revocable = "WHEN pd_capture() = 0 " if model.follows_prisoner else ""
    if model.replication_kind == "event":
        trigger("update", "BEFORE UPDATE", "", f"{table} is append-only")
        trigger("delete", "BEFORE DELETE", revocable, f"{table} is append-only")
    else:
        trigger("update", "BEFORE UPDATE", "WHEN pd_capture() = 0 ", bypass)
        trigger("delete", "BEFORE DELETE", revocable, f"{table} rows are tombstoned, never deleted")
    return statements


def install_guards(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for model in replicated_models():
        for statement in guard_statements(model):
            connection.exec_driver_sql(statement)
