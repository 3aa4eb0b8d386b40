from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from prisondesk.db.models import AuditEntry, Facility
from prisondesk.services.core import audit, facility
from prisondesk.services.core.errors import Conflict, ValidationError


def test_set_up_creates_facility_wings_and_admin(db, admin):
    info = facility.current_facility(db)
    assert info.code == "BSH-1" and [w.name for w in info.wings] == ["Блок А", "Блок Б"]
    assert admin.facility_id == info.id
    with db.read() as session:
        stored = session.get(Facility, info.id)
        assert stored.facility_id == stored.id


def test_second_set_up_is_refused(db, admin):
    with pytest.raises(Conflict):
        facility.set_up_facility(
            db,
            code="X-2",
            name="Other",
            wings=["A"],
            admin_username="admin2",
            admin_full_name="B",
            admin_password="pass-word-2",
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "бш"}, "code"),
        ({"code": "A"}, "code"),
        ({"name": " "}, "name"),
        ({"wings": ["", "  "]}, "wings"),
        ({"wings": ["A", "a"]}, "wings"),
        ({"admin_username": "!"}, "username"),
        ({"admin_password": "123"}, "password"),
    ],
)
def test_set_up_validation_leaves_nothing_behind(db, changes, field):
    arguments = dict(
        code="BSH-1",
        name="Колония",
        wings=["A"],
        admin_username="admin",
        admin_full_name="Админ",
        admin_password="pass-word-1",
    )
    arguments.update(changes)
    with pytest.raises(ValidationError) as error:
        facility.set_up_facility(db, **arguments)
    assert error.value.field == field
    assert facility.current_facility(db) is None


def read(db, actor, entity: str, entity_id: str, note: str = "") -> None:
    """A read of a sensitive record, as a reading service records it in its transaction."""
    with db.write(actor.user_id) as session:
        audit.record_read(session, db, actor, entity, entity_id, note)


def test_only_roles_that_may_read_the_audit_log_get_its_entries(db, admin, staff):
    from prisondesk.services.core.errors import PermissionDenied

    assert audit.recent_entries(db, admin, limit=1)
    assert audit.recent_entries(db, staff("boss1", "supervisor"), limit=1)
    for role in ("gate_officer", "registry_officer", "social_worker", "instructor", "hq_viewer"):
        with pytest.raises(PermissionDenied):
            audit.recent_entries(db, staff(f"{role}1", role))


def test_chain_verifies_and_names_the_first_tampered_entry(db, admin, paths):
    read(db, admin, "assessment", "a-1", note="opened")
    read(db, admin, "assessment", "a-2")
    report = audit.verify_chain(db)
    assert report.ok and report.checked >= 4 and report.devices == 1
    with db.read() as session:
        second = session.scalars(
            select(AuditEntry).order_by(AuditEntry.device_seq).offset(1).limit(1)
        ).one()
    raw = sqlite3.connect(paths.database)  # a tamperer must first drop the guard
    raw.execute("DROP TRIGGER pd_guard_audit_entry_update")
    raw.execute("UPDATE audit_entry SET username = 'someone' WHERE id = ?", (second.id,))
    raw.commit()
    raw.close()
    broken = audit.verify_chain(db)
    assert not broken.ok
    assert broken.problem.entry_id == second.id and broken.problem.device_seq == 2
    assert "changed" in broken.problem.reason


def test_a_removed_entry_is_named(db, admin, paths):
    read(db, admin, "assessment", "a-1")
    read(db, admin, "assessment", "a-2")
    raw = sqlite3.connect(paths.database)
    raw.execute("DROP TRIGGER pd_guard_audit_entry_delete")
    raw.execute("DELETE FROM audit_entry WHERE device_seq = 2")
    raw.commit()
    raw.close()
    report = audit.verify_chain(db)
    assert report.problem.device_seq == 2 and "missing" in report.problem.reason


def test_record_read_is_an_audit_entry(db, admin):
    read(db, admin, "assessment", "a-9", note="case review")
    entry = audit.recent_entries(db, admin, limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.username) == (
        "read",
        "assessment",
        "a-9",
        "admin",
    )


def test_cutting_off_the_newest_entries_is_noticed(db, admin, paths):
    read(db, admin, "assessment", "a-1")
    read(db, admin, "assessment", "a-2")
    newest = audit.verify_chain(db).checked
    raw = sqlite3.connect(paths.database)
    raw.execute("DROP TRIGGER pd_guard_audit_entry_delete")
    raw.execute("DELETE FROM audit_entry WHERE device_seq = ?", (newest,))
    raw.commit()
    raw.close()
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.problem.device_seq == newest and "newest were removed" in report.problem.reason


def _tamper(paths, *statements: tuple[str, tuple]) -> None:
    """What someone with the database file does: drop the guards, then change the data."""
    raw = sqlite3.connect(paths.database)
    raw.execute("DROP TRIGGER IF EXISTS pd_guard_audit_entry_delete")
    for sql, parameters in statements:
        raw.execute(sql, parameters)
    raw.commit()
    raw.close()


def test_wiping_every_entry_is_noticed(db, admin, paths):
    read(db, admin, "assessment", "a-1")
    written = audit.verify_chain(db).checked
    _tamper(paths, ("DELETE FROM audit_entry", ()))
    report = audit.verify_chain(db)
    assert not report.ok and report.checked == 0
    assert report.problem.device == db.device_id and report.problem.device_seq == 1
    assert f"every entry is missing (the stored head says {written} were written)" in (
        report.problem.reason
    )


def test_removing_the_head_with_the_newest_entries_is_noticed(db, admin, paths):
    for n in range(40):
        read(db, admin, "assessment", f"a-{n}")
    written = audit.verify_chain(db).checked
    _tamper(
        paths,
        ("DELETE FROM audit_entry WHERE device_seq > ?", (written - 31,)),
        ("DELETE FROM local_state WHERE key = 'audit_head'", ()),
    )
    report = audit.verify_chain(db)
    assert not report.ok and report.problem.device_seq == written - 31
    assert "the stored head is missing" in report.problem.reason


def test_a_head_put_back_to_an_older_entry_is_caught_by_the_outbox(db, admin, paths):
    read(db, admin, "assessment", "a-1")
    with db.read() as session:
        kept = session.scalars(select(AuditEntry).order_by(AuditEntry.device_seq)).first()
    for n in range(5):
        read(db, admin, "assessment", f"b-{n}")
    written = audit.verify_chain(db).checked
    _tamper(
        paths,
        ("DELETE FROM audit_entry WHERE device_seq > ?", (kept.device_seq,)),
        (
            "UPDATE local_state SET value = ? WHERE key = 'audit_head'",
            (f"{kept.device_seq}:{kept.entry_hash}",),
        ),
    )
    report = audit.verify_chain(db)
    assert not report.ok and report.problem.device_seq == kept.device_seq + 1
    assert f"the outbox has seen entry {written} of this device" in report.problem.reason


def test_wiping_entries_head_and_outbox_is_caught_by_what_the_server_acknowledged(db, admin, paths):
    from prisondesk.sync import state

    read(db, admin, "assessment", "a-1")
    written = audit.verify_chain(db).checked
    with db.apply_remote() as session:  # as a push answered by the server leaves it
        state.put(session, state.AUDIT_ACKNOWLEDGED, str(written))
    _tamper(
        paths,
        ("DELETE FROM audit_entry", ()),
        ("DELETE FROM local_state WHERE key = 'audit_head'", ()),
        ("DELETE FROM sync_outbox", ()),
    )
    report = audit.verify_chain(db)
    assert not report.ok
    assert f"the server has seen entry {written} of this device" in report.problem.reason


def test_a_new_desk_with_no_entries_and_no_head_is_intact(db):
    report = audit.verify_chain(db)
    assert report.ok and report.checked == 0 and report.devices == 0
