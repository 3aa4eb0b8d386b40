"""Prisoner photos: stored one per prisoner, replaced by a newer one, audited."""

from __future__ import annotations

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, PrisonerPhoto
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound
from prisondesk.services.core.photos import prepare_photo


def set_photo(db: Database, actor: Actor, prisoner_id: str, data: bytes) -> int:
    """Store the photo (replacing an older one); returns its size in bytes."""
    jpeg = prepare_photo(data)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        prisoner = session.get(Prisoner, prisoner_id)
        if prisoner is None or prisoner.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This prisoner's file no longer exists."))
        photo = session.scalar(
            select(PrisonerPhoto).where(
                PrisonerPhoto.prisoner_id == prisoner_id, ~PrisonerPhoto.deleted
            )
        )
        if photo is None:
            session.add(
                PrisonerPhoto(
                    prisoner_id=prisoner_id,
                    facility_id=prisoner.facility_id,
                    jpeg=jpeg,
                    deleted=False,
                )
            )
        else:
            photo.jpeg = jpeg
        audit.record(
            session, db, actor, "photo", "prisoner", prisoner_id, after={"photo_bytes": len(jpeg)}
        )
        return len(jpeg)


def photo_of(db: Database, actor: Actor, prisoner_id: str) -> bytes | None:
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        return session.scalar(
            select(PrisonerPhoto.jpeg).where(
                PrisonerPhoto.prisoner_id == prisoner_id, ~PrisonerPhoto.deleted
            )
        )
