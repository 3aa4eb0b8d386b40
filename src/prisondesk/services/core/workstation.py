"""Settings of this workstation (idle lock, lock key): an administrator's change is
validated, written to ``settings.json`` and audited like any other write. (The login
language is simply the last one chosen at this desk.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prisondesk.config import Settings
from prisondesk.db.engine import Database
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import ValidationError

MAX_IDLE_MINUTES = 240
# one combination with a modifier, or a function key: plain letters would lock while typing
LOCK_KEY = re.compile(
    r"(?:(?:Ctrl|Alt|Shift|Meta)\+)+[^,+\s]+|(?:(?:Ctrl|Alt|Shift|Meta)\+)*F(?:[1-9]|1[0-2])"
)


@dataclass(frozen=True)
class WorkstationSettings:
    idle_lock_minutes: int
    lock_shortcut: str


def read_settings(settings: Settings) -> WorkstationSettings:
    return WorkstationSettings(
        settings.get(Settings.IDLE_LOCK_MINUTES),
        settings.get(Settings.LOCK_SHORTCUT),
    )


def update_settings(
    db: Database, actor: Actor, settings: Settings, new: WorkstationSettings
) -> WorkstationSettings:
    if not 0 <= new.idle_lock_minutes <= MAX_IDLE_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Idle lock takes 0 (never) to {n} minutes."),
            field="idle_lock_minutes",
            n=MAX_IDLE_MINUTES,
        )
    if not LOCK_KEY.fullmatch(new.lock_shortcut.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The lock key must be one combination with Ctrl, Alt or Shift, or a function key "
                "(F1–F12), so that typing never locks by accident.",
            ),
            field="lock_shortcut",
        )
    before = read_settings(settings)
    try:
        with db.write(actor.user_id) as session:
            verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
            old, changed = audit.changes(vars(before), vars(new))
            audit.record(
                session,
                db,
                actor,
                "update",
                "workstation_settings",
                db.device_id,
                before=old,
                after=changed,
            )
            _store(settings, new)  # the last step before the commit
    except Exception:
        _store(settings, before)  # no audit entry committed: the change is undone too
        raise
    return read_settings(settings)


def _store(settings: Settings, values: WorkstationSettings) -> None:
    settings.update(
        {
            Settings.IDLE_LOCK_MINUTES: values.idle_lock_minutes,
            Settings.LOCK_SHORTCUT: values.lock_shortcut.strip(),
        }
    )
