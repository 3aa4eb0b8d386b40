from __future__ import annotations

import pytest
from sqlalchemy import select

from prisondesk.config import Settings
from prisondesk.db.models import AuditEntry
from prisondesk.services.core import users, workstation
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.core.workstation import WorkstationSettings


@pytest.fixture
def settings(paths) -> Settings:
    return Settings(paths.settings_file)


def test_admin_changes_idle_lock_and_key_and_it_is_audited(db, admin, settings, paths):
    saved = workstation.update_settings(db, admin, settings, WorkstationSettings(2, "Ctrl+Shift+L"))
    assert saved == WorkstationSettings(2, "Ctrl+Shift+L")
    assert workstation.read_settings(Settings(paths.settings_file)) == saved
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "workstation_settings")
        ).one()
    assert entry.before == {"idle_lock_minutes": 5, "lock_shortcut": "Ctrl+L"}
    assert entry.after == {"idle_lock_minutes": 2, "lock_shortcut": "Ctrl+Shift+L"}


@pytest.mark.parametrize(
    ("minutes", "key", "field"),
    [
        (-1, "Ctrl+L", "idle_lock_minutes"),
        (241, "Ctrl+L", "idle_lock_minutes"),
        (5, "L", "lock_shortcut"),
        (5, "", "lock_shortcut"),
        (5, "Ctrl+L, Ctrl+K", "lock_shortcut"),
    ],
)
def test_bad_values_change_nothing(db, admin, settings, paths, minutes, key, field):
    with pytest.raises(ValidationError) as error:
        workstation.update_settings(db, admin, settings, WorkstationSettings(minutes, key))
    assert error.value.field == field
    assert workstation.read_settings(Settings(paths.settings_file)) == WorkstationSettings(
        5, "Ctrl+L"
    )


def test_only_administrators_configure_the_workstation(db, admin, settings):
    users.create_user(db, admin, "boss1", "Начальник", "supervisor", "first-pass1")
    supervisor = users.authenticate(db, "boss1", "first-pass1")
    with pytest.raises(PermissionDenied):
        workstation.update_settings(db, supervisor, settings, WorkstationSettings(1, "F9"))


def test_a_failed_commit_leaves_the_settings_as_they_were(db, admin, settings, paths):
    from sqlalchemy import event

    from prisondesk.db.capture import CapturingSession

    def disk_full(session):
        raise OSError("disk full")

    event.listen(CapturingSession, "before_commit", disk_full)
    try:
        with pytest.raises(OSError):
            workstation.update_settings(db, admin, settings, WorkstationSettings(9, "F9"))
    finally:
        event.remove(CapturingSession, "before_commit", disk_full)
    assert workstation.read_settings(Settings(paths.settings_file)) == WorkstationSettings(
        5, "Ctrl+L"
    )
