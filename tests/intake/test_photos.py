from __future__ import annotations

import io

import pytest
from PIL import Image

from prisondesk.services import intake, photos
from prisondesk.services.errors import ValidationError
from tests.intake.conftest import identity


def _image(width: int, height: int, kind: str = "PNG", colour=(120, 90, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, kind)
    return out.getvalue()


def test_a_photo_is_stored_small_and_upright(db, registrar):
    view = intake.start_admission(db, registrar, identity())
    size = photos.set_photo(db, registrar, view.id, _image(3000, 2000, "JPEG"))
    stored = photos.photo_of(db, registrar, view.id)
    assert len(stored) == size < 60_000
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (360, 480) and image.format == "JPEG"
    photos.set_photo(db, registrar, view.id, _image(400, 400, colour=(10, 200, 10)))  # replaces
    assert photos.photo_of(db, registrar, view.id) != stored


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4 not an image",
        b"",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        b"x" * (16 * 1024 * 1024),
    ],
    ids=["pdf", "empty", "broken-png", "50MB-class"],
)
def test_a_file_that_is_not_a_photo_is_refused(db, registrar, data):
    view = intake.start_admission(db, registrar, identity())
    with pytest.raises(ValidationError) as refused:
        photos.set_photo(db, registrar, view.id, data)
    assert refused.value.field == "photo"
    assert photos.photo_of(db, registrar, view.id) is None


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused(db, registrar):
    view = intake.start_admission(db, registrar, identity())
    bomb = _image(10_000, 10_000)  # 100 megapixels of one colour: a tiny file
    with pytest.raises(ValidationError):
        photos.set_photo(db, registrar, view.id, bomb)
