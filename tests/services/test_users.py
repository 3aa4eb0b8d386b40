from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import AuditEntry
from prisondesk.domain.roles import Role
from prisondesk.services import users
from prisondesk.services.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def gate(db, admin):
    return users.create_user(
        db, admin, "gate1", "Токтосунов Нурлан", Role.GATE_OFFICER, "first-pass1"
    )


def _actions(db):
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.device_seq)))


def test_login_and_forced_password_change(db, gate):
    actor = users.authenticate(db, "GATE1 ", "first-pass1")
    assert actor.must_change_password and actor.role is Role.GATE_OFFICER
    with pytest.raises(ValidationError) as same:
        users.change_password(db, actor, "first-pass1", "first-pass1")
    assert same.value.field == "new_password"
    with pytest.raises(ValidationError) as wrong_old:
        users.change_password(db, actor, "nope", "second-pass2")
    assert wrong_old.value.field == "old_password"
    changed = users.change_password(db, actor, "first-pass1", "second-pass2")
    assert not changed.must_change_password
    assert not users.authenticate(db, "gate1", "second-pass2").must_change_password
    assert {"login", "change_password"} <= set(_actions(db))


def test_wrong_password_and_unknown_user_get_the_same_message(db, gate):
    with pytest.raises(AuthenticationFailed) as wrong:
        users.authenticate(db, "gate1", "bad")
    with pytest.raises(AuthenticationFailed) as unknown:
        users.authenticate(db, "nobody", "bad")
    assert str(wrong.value) == str(unknown.value)
    assert _actions(db).count("login_failed") == 2


def test_five_failures_lock_the_account_and_admin_unlocks(db, admin, gate):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "gate1", "bad")
    with pytest.raises(AccountLocked) as locked:
        users.authenticate(db, "gate1", "bad")
    assert locked.value.params["minutes"] == 15
    with pytest.raises(AccountLocked):  # even the right password waits
        users.authenticate(db, "gate1", "first-pass1")
    assert next(u for u in users.list_users(db, admin) if u.username == "gate1").locked
    users.unlock_user(db, admin, gate.id)
    assert users.authenticate(db, "gate1", "first-pass1").username == "gate1"


def test_lockout_expires(db, gate, monkeypatch):
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(db, "gate1", "bad")
    later = users.utc_now() + users.LOCKOUT + timedelta(seconds=1)
    monkeypatch.setattr(users, "utc_now", lambda: later)
    assert users.authenticate(db, "gate1", "first-pass1").username == "gate1"


def test_disabled_account_cannot_log_in(db, admin, gate):
    users.update_user(db, admin, gate.id, active=False)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "gate1", "first-pass1")


def test_only_administrators_manage_users(db, gate):
    officer = users.authenticate(db, "gate1", "first-pass1")
    with pytest.raises(PermissionDenied):
        users.create_user(db, officer, "x-user", "X", Role.ADMIN, "some-pass1")
    with pytest.raises(PermissionDenied):
        users.list_users(db, officer)
    with pytest.raises(PermissionDenied):
        users.update_user(db, officer, officer.user_id, role=Role.ADMIN)


@pytest.mark.parametrize(
    ("username", "full_name", "role", "password", "field"),
    [
        ("ab", "Name", "admin", "good-pass1", "username"),
        ("Иван", "Name", "admin", "good-pass1", "username"),
        ("x" * 40, "Name", "admin", "good-pass1", "username"),
        ("valid", "   ", "admin", "good-pass1", "full_name"),
        ("valid", "a\x00b", "admin", "good-pass1", "full_name"),
        ("valid", "N" * 201, "admin", "good-pass1", "full_name"),
        ("valid", "Name", "janitor", "good-pass1", "role"),
        ("valid", "Name", "admin", "short1", "password"),
        ("valid", "Name", "admin", "onlyletters", "password"),
        ("valid1", "Name", "admin", "valid1", "password"),
    ],
)
def test_bad_input_is_refused_at_its_field(db, admin, username, full_name, role, password, field):
    before = len(users.list_users(db, admin))
    with pytest.raises(ValidationError) as error:
        users.create_user(db, admin, username, full_name, role, password)
    assert error.value.field == field
    assert len(users.list_users(db, admin)) == before


def test_duplicate_username_is_a_conflict(db, admin, gate):
    with pytest.raises(Conflict) as error:
        users.create_user(db, admin, "Gate1", "Other", Role.SUPERVISOR, "other-pass1")
    assert error.value.field == "username"


def test_last_administrator_and_self_disable_are_protected(db, admin):
    with pytest.raises(ValidationError):
        users.update_user(db, admin, admin.user_id, role=Role.GATE_OFFICER)
    with pytest.raises(ValidationError):
        users.update_user(db, admin, admin.user_id, active=False)
    assert users.authenticate(db, "admin", ADMIN_PASSWORD).role is Role.ADMIN


def test_update_is_audited_with_before_and_after(db, admin, gate):
    users.update_user(db, admin, gate.id, role=Role.SUPERVISOR, full_name="Токтосунов Н.")
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.device_seq)
        ).all()[-1]
    assert entry.before == {"role": "gate_officer", "full_name": "Токтосунов Нурлан"}
    assert entry.after == {"role": "supervisor", "full_name": "Токтосунов Н."}
    created = next(e for e in _all_entries(db) if e.action == "create" and e.entity_id == gate.id)
    assert created.after["password_hash"] == "***"


def _all_entries(db):
    with db.read() as session:
        return list(session.scalars(select(AuditEntry)))


def test_reset_password_forces_a_change_and_lifts_lockout(db, admin, gate):
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(db, "gate1", "bad")
    users.reset_password(db, admin, gate.id, "temp-pass-9")
    actor = users.authenticate(db, "gate1", "temp-pass-9")
    assert actor.must_change_password


def test_unknown_user_id(db, admin):
    with pytest.raises(NotFound):
        users.update_user(db, admin, "01900000-0000-7000-8000-000000000000", full_name="x")


def test_confirm_password_counts_failures(db, gate):
    actor = users.authenticate(db, "gate1", "first-pass1")
    users.confirm_password(db, actor, "first-pass1")
    with pytest.raises(AuthenticationFailed):
        users.confirm_password(db, actor, "wrong")


def test_language_is_remembered(db, gate):
    actor = users.authenticate(db, "gate1", "first-pass1")
    assert users.set_language(db, actor, "ky").language == "ky"
    assert users.authenticate(db, "gate1", "first-pass1").language == "ky"
    with pytest.raises(ValidationError):
        users.set_language(db, actor, "xx")
