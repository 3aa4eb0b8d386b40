"""Every way of writing a replicated table either lands in the outbox, in the same
transaction, or is refused with nothing written."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.errors import (
    AppendOnlyError,
    AuditMissingError,
    CaptureBypassError,
    TombstoneError,
)
from prisondesk.db.models import AuditEntry, LedgerEntry, LocalState, OutboxEntry, Prisoner
from prisondesk.db.replication import replicated_models
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor


def _outbox(db: Database) -> list[OutboxEntry]:
    with db.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def _add_prisoner(db: Database, admin: Actor, **values) -> str:
    with db.write(admin.user_id) as session:
        prisoner = Prisoner(
            number=values.get("number", "BSH-1-000001"),
            surname="Асанов",
            given_name="Бакыт",
            patronymic="",
            date_of_birth=date(1990, 5, 17),
            facility_id=admin.facility_id,
        )
        session.add(prisoner)
        session.flush()
        audit.record(session, db, admin, "create", "prisoner", prisoner.id)
        return prisoner.id


def test_orm_insert_update_and_tombstone_are_captured(db: Database, admin: Actor):
    start = len(_outbox(db))
    row_id = _add_prisoner(db, admin)
    ops = [op for op in _outbox(db)[start:] if op.table_name == "prisoner"]
    assert [op.kind for op in ops] == ["insert"]
    fields = ops[0].fields
    assert fields["surname"]["value"] == "Асанов"
    assert fields["date_of_birth"]["value"] == "1990-05-17"
    assert set(fields) == set(Prisoner.data_columns())
    assert ops[0].user_id == admin.user_id

    with db.write(admin.user_id) as session:
        prisoner = session.get(Prisoner, row_id)
        prisoner.surname = "Asanov"
        audit.record(session, db, admin, "update", "prisoner", row_id)
    update_op = [op for op in _outbox(db) if op.table_name == "prisoner"][-1]
    assert update_op.kind == "update"
    assert set(update_op.fields) == {"surname"}
    assert update_op.base == {"surname": "Асанов"}
    assert update_op.fields["surname"]["hlc"] > fields["surname"]["hlc"]

    with db.write(admin.user_id) as session:
        session.get(Prisoner, row_id).deleted = True
        audit.record(session, db, admin, "delete", "prisoner", row_id)
    delete_op = [op for op in _outbox(db) if op.table_name == "prisoner"][-1]
    assert delete_op.kind == "delete"
    assert delete_op.fields["deleted"]["value"] is True
    with db.read() as session:
        stored = session.get(Prisoner, row_id)
        assert stored.field_hlc["surname"] == update_op.fields["surname"]["hlc"]
        assert stored.origin_device == db.device_id


def test_event_insert_is_captured_and_events_are_append_only(db: Database, admin: Actor):
    entries = [op for op in _outbox(db) if op.table_name == "audit_entry"]
    assert entries and all(op.kind == "insert" for op in entries)
    with db.read() as session:
        entry_id = session.scalars(select(AuditEntry.id)).first()
    with pytest.raises(AppendOnlyError), db.write(admin.user_id) as session:
        session.get(AuditEntry, entry_id).note = "changed"
    with pytest.raises(AppendOnlyError), db.write(admin.user_id) as session:
        session.delete(session.get(AuditEntry, entry_id))


def test_hard_delete_of_a_record_is_refused(db: Database, admin: Actor):
    row_id = _add_prisoner(db, admin)
    with pytest.raises(CaptureBypassError), db.write(admin.user_id) as session:
        session.delete(session.get(Prisoner, row_id))
    with db.read() as session:
        assert session.get(Prisoner, row_id) is not None


@pytest.mark.parametrize(
    "statement",
    [
        insert(Prisoner).values(id="x", number="n", surname="s", given_name="g"),
        update(Prisoner).values(surname="bulk"),
        delete(Prisoner),
        update(AuditEntry).values(note="bulk"),
    ],
    ids=["bulk-insert", "bulk-update", "bulk-delete", "bulk-update-event"],
)
def test_bulk_orm_statements_are_refused(db: Database, admin: Actor, statement):
    _add_prisoner(db, admin)
    before = _outbox(db)
    with pytest.raises(CaptureBypassError), db.write(admin.user_id) as session:
        session.execute(statement)
    assert len(_outbox(db)) == len(before)
    with db.read() as session:
        assert session.scalar(select(Prisoner.surname)) == "Асанов"


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE prisoner SET surname = 'raw'",
        "DELETE FROM prisoner",
        "INSERT INTO prisoner (id, number, surname, given_name, patronymic, sex, status, "
        "field_hlc, deleted, origin_device) VALUES ('r', 'n2', 's', 'g', '', '', '', '{}', 0, '')",
        "UPDATE audit_entry SET note = 'raw'",
        "DELETE FROM audit_entry",
    ],
)
def test_raw_sql_through_the_session_is_refused_by_triggers(db: Database, admin: Actor, sql):
    _add_prisoner(db, admin)
    guard = "bypasses change capture|append-only|tombstoned, never deleted"
    with pytest.raises(DatabaseError, match=guard), db.write(admin.user_id) as session:
        session.execute(text(sql))
    with db.read() as session:
        assert session.scalar(select(Prisoner.surname)) == "Асанов"


def test_core_connection_and_foreign_tools_cannot_write(db: Database, admin: Actor, paths):
    _add_prisoner(db, admin)
    with pytest.raises(DatabaseError), db.engine.begin() as connection:
        connection.execute(update(Prisoner.__table__).values(surname="core"))
    raw = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.OperationalError):
        raw.execute("UPDATE prisoner SET surname = 'shell'")
    raw.close()
    with db.read() as session:
        assert session.scalar(select(Prisoner.surname)) == "Асанов"


def test_session_without_replication_context_is_refused(db: Database, admin: Actor):
    with pytest.raises(CaptureBypassError), Session(db.engine) as session:
        session.add(Prisoner(number="p", surname="s", given_name="g"))
        session.commit()


def test_write_without_audit_entry_is_rolled_back(db: Database, admin: Actor):
    before = len(_outbox(db))
    with pytest.raises(AuditMissingError), db.write(admin.user_id) as session:
        session.add(
            Prisoner(number="p", surname="s", given_name="g", facility_id=admin.facility_id)
        )
    assert len(_outbox(db)) == before
    with db.read() as session:
        assert session.scalar(select(Prisoner).where(Prisoner.number == "p")) is None


def test_every_replicated_table_has_its_guard_triggers(db: Database, paths):
    raw = sqlite3.connect(paths.database)
    triggers = {
        row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    raw.close()
    for model in replicated_models():
        table = model.__tablename__
        assert {
            f"pd_guard_{table}_insert",
            f"pd_guard_{table}_update",
            f"pd_guard_{table}_delete",
        } <= triggers


def test_clock_survives_a_restart(db: Database, admin: Actor, paths):
    _add_prisoner(db, admin)
    last = db.clock.last
    db.dispose()
    reopened = Database.open_sqlite(paths.database)
    assert reopened.device_id == db.device_id
    assert reopened.clock.tick() > last
    reopened.dispose()


def test_sqlite_is_opened_for_durability(db: Database):
    with db.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA busy_timeout").scalar() == 10_000


def test_a_failed_flush_inside_a_savepoint_does_not_open_raw_writes(db: Database, admin: Actor):
    _add_prisoner(db, admin, number="N-1")
    with pytest.raises(DatabaseError), db.write(admin.user_id) as session:
        try:
            with session.begin_nested():
                session.add(
                    Prisoner(
                        number="N-1", surname="dup", given_name="g", facility_id=admin.facility_id
                    )
                )
                session.flush()  # unique number: IntegrityError inside the savepoint
        except DatabaseError:
            pass
        session.execute(text("UPDATE prisoner SET surname = 'RAW-BYPASS'"))
    with db.read() as session:
        assert session.scalar(select(Prisoner.surname)) == "Асанов"


def test_an_audit_entry_in_a_rolled_back_savepoint_does_not_count(db: Database, admin: Actor):
    with pytest.raises(AuditMissingError), db.write(admin.user_id) as session:
        session.add(
            Prisoner(number="N-2", surname="s", given_name="g", facility_id=admin.facility_id)
        )
        nested = session.begin_nested()
        audit.record(session, db, admin, "create", "prisoner", None)
        session.flush()
        nested.rollback()
    with db.read() as session:
        assert session.scalar(select(Prisoner).where(Prisoner.number == "N-2")) is None


def test_base_holds_the_stored_value_even_when_it_was_never_loaded(db: Database, admin: Actor):
    row_id = _add_prisoner(db, admin)
    with db.write(admin.user_id) as session:
        prisoner = session.get(Prisoner, row_id)
        session.expire(prisoner)
        prisoner.given_name = "Нурлан"
        audit.record(session, db, admin, "update", "prisoner", row_id)
    op = [op for op in _outbox(db) if op.table_name == "prisoner"][-1]
    assert op.base == {"given_name": "Бакыт"}


def test_delete_op_is_only_the_tombstone_and_a_tombstone_is_final(db: Database, admin: Actor):
    row_id = _add_prisoner(db, admin)
    with db.write(admin.user_id) as session:
        prisoner = session.get(Prisoner, row_id)
        prisoner.status = "released"
        prisoner.deleted = True
        audit.record(session, db, admin, "delete", "prisoner", row_id)
    update_op, delete_op = [op for op in _outbox(db) if op.table_name == "prisoner"][-2:]
    assert (update_op.kind, set(update_op.fields)) == ("update", {"status"})
    assert (delete_op.kind, set(delete_op.fields)) == ("delete", {"deleted"})
    with pytest.raises(TombstoneError), db.write(admin.user_id) as session:
        session.get(Prisoner, row_id).deleted = False


def test_two_processes_on_one_file_never_issue_a_lower_clock(db: Database, admin: Actor, paths):
    second = Database.open_sqlite(paths.database)
    second.clock._now_ms = lambda: 1_000  # its wall clock is far behind
    _add_prisoner(db, admin, number="N-3")
    with db.read() as session:
        first_stamp = session.scalar(select(Prisoner).where(Prisoner.number == "N-3")).field_hlc
        issued = session.scalar(select(LocalState.value).where(LocalState.key == "hlc_last"))
    assert issued >= first_stamp["surname"]  # the store holds the highest stamp issued
    with second.write(admin.user_id) as session:
        prisoner = session.scalar(select(Prisoner).where(Prisoner.number == "N-3"))
        prisoner.surname = "Другой"
        audit.record(session, second, admin, "update", "prisoner", prisoner.id)
    with second.read() as session:
        stamp = session.scalar(select(Prisoner).where(Prisoner.number == "N-3")).field_hlc
    assert stamp["surname"] > issued
    with db.read() as session:
        stored = session.scalar(select(LocalState.value).where(LocalState.key == "hlc_last"))
    assert stored >= stamp["surname"]
    second.dispose()


def test_an_entry_of_the_deposit_ledger_goes_only_when_a_transfer_revokes_it(
    db: Database, admin: Actor, paths
):
    """The deposit ledger is insert-only, and follows a prisoner: a transfer away deletes the
    desk's copy while it applies a pull (inside the gate); nothing else deletes or changes
    an entry, through the session or from the sqlite3 shell."""
    prisoner = _add_prisoner(db, admin)
    with db.write(admin.user_id) as session:
        entry = LedgerEntry(
            facility_id=admin.facility_id,
            prisoner_id=prisoner,
            account="held",
            kind="wage",
            amount=5_000,
            occurred_at=utc_now(),
        )
        session.add(entry)
        session.flush()
        audit.record(session, db, admin, "create", "ledger_entry", entry.id)
    for sql in ("DELETE FROM ledger_entry", "UPDATE ledger_entry SET amount = 1"):
        with pytest.raises(DatabaseError, match="append-only"), db.write(admin.user_id) as session:
            session.execute(text(sql))
    raw = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.OperationalError):
        raw.execute("DELETE FROM ledger_entry")
    raw.close()
    with db.read() as session:
        assert session.scalar(select(LedgerEntry.amount)) == 5_000
    with db.apply_remote() as session:  # a pulled page that revokes it
        session.execute(delete(LedgerEntry).where(LedgerEntry.id == entry.id))
    with db.read() as session:
        assert session.scalar(select(LedgerEntry.id)) is None
