"""Prisoner photos: any common image in, a small upright JPEG out (3:4, 360×480)."""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, PrisonerPhoto
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services import audit
from prisondesk.services.actor import Actor, verify_actor
from prisondesk.services.errors import NotFound, ValidationError

MAX_INPUT_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
SIZE = (360, 480)


def prepare_photo(data: bytes) -> bytes:
    """Check, straighten (EXIF), crop to 3:4 around the centre and shrink to a small JPEG."""
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The photo is too large (at most {mb} MB)."),
            field="photo",
            mb=MAX_INPUT_BYTES // (1024 * 1024),
        )
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_PIXELS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The photo has too many pixels."), field="photo"
                )
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image).convert("RGB")
            fitted = ImageOps.fit(image, SIZE, Image.Resampling.LANCZOS)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This file is not a photo (JPEG, PNG, BMP…)."),
            field="photo",
        ) from None
    out = io.BytesIO()
    fitted.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


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
