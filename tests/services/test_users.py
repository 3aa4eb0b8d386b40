from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AuditEntry
from prisondesk.domain.roles import Role
from prisondesk.services.core import users
from prisondesk.services.core.errors import (
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
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.confirm_password(db, actor, "wrong")
    with pytest.raises(AccountLocked):  # the fifth wrong unlock attempt locks the account
        users.confirm_password(db, actor, "wrong")


def test_language_is_remembered(db, gate):
    actor = users.authenticate(db, "gate1", "first-pass1")
    assert users.set_language(db, actor, "ky").language == "ky"
    assert users.authenticate(db, "gate1", "first-pass1").language == "ky"
    with pytest.raises(ValidationError):
        users.set_language(db, actor, "xx")


def test_lock_message_names_the_moment_the_lock_really_lifts(db, gate, monkeypatch):
    start = users.utc_now()
    for minute in (0, 1, 2, 3):
        monkeypatch.setattr(users, "utc_now", lambda m=minute: start + timedelta(minutes=m))
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "gate1", "bad")
    monkeypatch.setattr(users, "utc_now", lambda: start + timedelta(minutes=14))
    with pytest.raises(AccountLocked) as locked:
        users.authenticate(db, "gate1", "bad")
    assert locked.value.params["minutes"] == 1  # the failure at minute 0 ages out at 15
    monkeypatch.setattr(users, "utc_now", lambda: start + timedelta(minutes=15, seconds=30))
    assert users.authenticate(db, "gate1", "first-pass1").username == "gate1"


def test_wrong_current_passwords_count_towards_the_lockout(db, gate):
    actor = users.authenticate(db, "gate1", "first-pass1")
    for _ in range(5):
        with pytest.raises((ValidationError, AccountLocked)):
            users.change_password(db, actor, "guess", "new-pass-22")
    with pytest.raises(AccountLocked):
        users.authenticate(db, "gate1", "first-pass1")


def test_a_demoted_or_disabled_user_is_refused_at_once(db, admin):
    users.create_user(db, admin, "admin2", "Второй админ", Role.ADMIN, "first-pass1")
    second = users.authenticate(db, "admin2", "first-pass1")
    second = users.change_password(db, second, "first-pass1", "second-pass2")
    assert users.list_users(db, second)
    users.update_user(db, admin, second.user_id, role=Role.GATE_OFFICER)
    with pytest.raises(PermissionDenied):  # the Actor held by the open session still says admin
        users.list_users(db, second)
    users.update_user(db, admin, second.user_id, role=Role.ADMIN, active=False)
    with pytest.raises(PermissionDenied, match="disabled or removed"):
        users.list_users(db, second)


def test_a_temporary_password_allows_nothing_but_changing_it(db, gate, admin):
    users.update_user(db, admin, gate.id, role=Role.ADMIN)
    actor = users.authenticate(db, "gate1", "first-pass1")
    with pytest.raises(PermissionDenied, match="temporary password"):
        users.list_users(db, actor)


def test_failed_logins_of_unknown_names_are_audited_without_the_name(db, admin):
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "MySecretPassword1", "x")
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).one()
    assert entry.username == "(unknown)" and entry.facility_id == admin.facility_id


def test_each_facility_may_have_its_own_admin_name(db, admin):
    from prisondesk.db.models import UserAccount
    from prisondesk.services.core.users import NewUser, add_user

    other = NewUser(
        "admin",
        "Чужой админ",
        Role.ADMIN,
        "other-pass1",
        must_change=False,
        facility_id="01900000-0000-7000-8000-00000000ffff",
    )
    add_user(db, None, other)
    with db.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(UserAccount).where(UserAccount.username == "admin")
            )
            == 2
        )
    assert users.authenticate(db, "admin", ADMIN_PASSWORD).facility_id == admin.facility_id
