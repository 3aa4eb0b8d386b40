from __future__ import annotations

import io

import pytest
from PIL import Image

from prisondesk.services.core.errors import ValidationError
from prisondesk.services.intake import admissions, photos
from tests.intake.fixtures import identity


def _image(width: int, height: int, kind: str = "PNG", colour=(120, 90, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, kind)
    return out.getvalue()


def test_a_photo_is_stored_small_and_upright(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
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
    view = admissions.start_admission(db, registrar, identity())
    with pytest.raises(ValidationError) as refused:
        photos.set_photo(db, registrar, view.id, data)
    assert refused.value.field == "photo"
    assert photos.photo_of(db, registrar, view.id) is None


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
    bomb = _image(10_000, 10_000)  # 100 megapixels of one colour: a tiny file
    with pytest.raises(ValidationError):
        photos.set_photo(db, registrar, view.id, bomb)


def test_a_camera_photo_is_turned_upright_by_its_exif_orientation(db, registrar):
    """A phone stores a portrait as landscape pixels plus "rotate 90°": the stored photo is
    upright, so the red top of the scene stays on top."""
    scene = Image.new("RGB", (480, 640), (0, 0, 255))
    scene.paste((255, 0, 0), (0, 0, 480, 320))  # red top half, blue bottom half
    sideways = scene.rotate(90, expand=True)  # how the camera stored it
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    out = io.BytesIO()
    sideways.save(out, "JPEG", exif=exif)
    view = admissions.start_admission(db, registrar, identity())
    photos.set_photo(db, registrar, view.id, out.getvalue())
    with Image.open(io.BytesIO(photos.photo_of(db, registrar, view.id))) as stored:
        top, bottom = stored.getpixel((180, 60)), stored.getpixel((180, 420))
    assert top[0] > 200 and top[2] < 60 and bottom[2] > 200 and bottom[0] < 60
