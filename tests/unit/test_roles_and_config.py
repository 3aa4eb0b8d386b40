from pathlib import Path

import pytest

from prisondesk.config import Paths, Settings
from prisondesk.domain.roles import PERMISSIONS, ROLE_LABELS, Permission, Role, has_permission


def test_every_role_has_a_label_and_a_row_in_the_matrix():
    assert set(ROLE_LABELS) == set(Role) == set(PERMISSIONS)


def test_matrix_examples():
    assert has_permission(Role.ADMIN, Permission.MANAGE_USERS)
    assert not has_permission(Role.GATE_OFFICER, Permission.MANAGE_USERS)
    assert has_permission(Role.GATE_OFFICER, Permission.GATE_VISITS)
    assert not has_permission(Role.HQ_VIEWER, Permission.EDIT_PRISONERS)
    assert not has_permission(Role.GATE_OFFICER, Permission.VIEW_ASSESSMENTS)


def test_home_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PRISONDESK_HOME", str(tmp_path / "x"))
    paths = Paths.resolve()
    assert paths.home == (tmp_path / "x").resolve()
    assert paths.database.parent == paths.home
    assert Paths.resolve(tmp_path / "y").home == (tmp_path / "y").resolve()


def test_settings_have_typed_defaults_and_persist(tmp_path: Path):
    settings = Settings(tmp_path / "settings.json")
    assert settings.get(Settings.IDLE_LOCK_MINUTES) == 5
    settings.set(Settings.IDLE_LOCK_MINUTES, 2)
    assert Settings(tmp_path / "settings.json").get(Settings.IDLE_LOCK_MINUTES) == 2
    with pytest.raises(TypeError):
        settings.set(Settings.IDLE_LOCK_MINUTES, "2")  # type: ignore[arg-type]


def test_damaged_settings_file_falls_back_to_defaults(tmp_path: Path):
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert Settings(tmp_path / "settings.json").get(Settings.LANGUAGE) == "ru"


def test_uuid7_tells_when_it_was_made():
    import uuid
    from datetime import UTC, datetime, timedelta

    from prisondesk.domain.ids import created_at, new_id

    millis = 1_795_900_000_123
    made = uuid.UUID(int=(millis << 80) | (0x7 << 76) | (0x8 << 60) | 42)
    assert created_at(str(made)) == datetime.fromtimestamp(millis / 1000, UTC)
    # a fresh id is about now (uuid6 may run its clock a little ahead under heavy use)
    assert abs(created_at(new_id()) - datetime.now(UTC)) < timedelta(minutes=1)


def test_every_replicated_table_has_a_write_rule_and_secrets_are_real_columns():
    import prisondesk.db.models  # noqa: F401  (every model registered)
    from prisondesk.db.replication import replicated_models
    from prisondesk.domain.write_rules import SECRET_COLUMNS, TABLE_WRITERS

    tables = {m.__tablename__: m for m in replicated_models()}
    assert set(TABLE_WRITERS) == set(tables)
    for table, columns in SECRET_COLUMNS.items():
        assert columns <= set(tables[table].data_columns())


def test_accounts_change_by_their_manager_and_own_password_only():
    from prisondesk.domain.roles import Role
    from prisondesk.domain.write_rules import may_write

    role = frozenset({"role"})
    assert may_write(Role.ADMIN, "user_account", "update", role)
    assert not may_write(Role.GATE_OFFICER, "user_account", "update", role, own_account=True)
    assert not may_write(Role.SUPERVISOR, "user_account", "update", frozenset({"full_name"}))
    own = frozenset({"password_hash", "must_change_password"})
    assert may_write(Role.GATE_OFFICER, "user_account", "update", own, own_account=True)
    assert not may_write(Role.GATE_OFFICER, "user_account", "update", own)
    # a supervisor's conflict review switches records, never secrets nor accounts
    assert may_write(Role.SUPERVISOR, "prisoner", "update", frozenset({"surname"}))
    assert not may_write(Role.SUPERVISOR, "prisoner", "insert", frozenset({"surname"}))
    assert not may_write(Role.SUPERVISOR, "user_account", "update", frozenset({"password_hash"}))
    assert not may_write(Role.INSTRUCTOR, "prisoner", "update", frozenset({"surname"}))
    assert not may_write(Role.ADMIN, "sync_conflict", "insert", frozenset({"id"}))
