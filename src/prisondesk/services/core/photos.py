"""Photos of people (prisoners, visitors): any common image in, a small upright JPEG out
(3:4, 360×480), checked before it is decoded."""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.errors import ValidationError

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
