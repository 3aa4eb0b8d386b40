"""The instruments installed with the program: every file in the folder is read, a broken
one is set aside with its problems and never stops the others, and an assessment finds the
version it was made with while a new one gets the latest."""

from __future__ import annotations

import pytest

from prisondesk.domain.instruments import parse_instrument
from prisondesk.services.assessments import instruments
from prisondesk.services.assessments.instruments import load_folder
from prisondesk.services.core.errors import NotFound
from tests.assessments.samples import MINI, changed, example_text

EXAMPLE = ("example-risk-needs", 1)


def test_the_shipped_folder_holds_the_example_and_nothing_broken():
    catalogue = instruments.available()
    assert catalogue.broken == ()
    assert EXAMPLE in catalogue.instruments
    assert instruments.latest("example-risk-needs").version == 1
    assert instruments.instrument(*EXAMPLE).source == "example-risk-needs.v1.toml"
    assert instruments.available() is catalogue  # read once a process


def test_a_broken_file_is_set_aside_and_the_others_load(tmp_path):
    (tmp_path / "example-risk-needs.v1.toml").write_text(example_text(), encoding="utf-8")
    (tmp_path / "mini.v1.toml").write_text(MINI, encoding="utf-8")
    (tmp_path / "broken.v1.toml").write_text(
        changed(('id = "mini"', 'id = "broken"'), ("score = 4", "score = 9")), encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text("not an instrument", encoding="utf-8")

    catalogue = load_folder(tmp_path)

    assert sorted(catalogue.instruments) == [EXAMPLE, ("mini", 1)]
    [broken] = catalogue.broken
    assert broken.path.name == "broken.v1.toml"
    assert broken.error.source == "broken.v1.toml"
    [problem] = broken.error.problems
    assert problem.field.endswith("options[1] (some).score")
    assert "The score 9 is outside the item's scale, 0 to 4." in str(broken.error)


def test_a_file_named_otherwise_than_its_id_and_version_is_set_aside(tmp_path):
    """A copy of version 1 saved as version 2 without changing ``version`` inside."""
    (tmp_path / "mini.v1.toml").write_text(MINI, encoding="utf-8")
    (tmp_path / "mini.v2.toml").write_text(MINI, encoding="utf-8")
    catalogue = load_folder(tmp_path)
    assert list(catalogue.instruments) == [("mini", 1)]
    [broken] = catalogue.broken
    assert broken.path.name == "mini.v2.toml"
    assert str(broken.error).splitlines()[1] == (
        "  The file must be named “mini.v1.toml”, after its id and version."
    )


def test_a_file_that_is_not_utf8_is_set_aside(tmp_path):
    (tmp_path / "mini.v1.toml").write_bytes(MINI.encode("cp1251", errors="replace"))
    [broken] = load_folder(tmp_path).broken
    assert "The file cannot be read:" in str(broken.error)


def test_a_byte_order_mark_is_accepted(tmp_path):
    (tmp_path / "mini.v1.toml").write_bytes(MINI.encode("utf-8-sig"))
    assert ("mini", 1) in load_folder(tmp_path).instruments


def test_an_assessment_keeps_its_version_and_a_new_one_gets_the_latest(tmp_path):
    (tmp_path / "mini.v1.toml").write_text(MINI, encoding="utf-8")
    (tmp_path / "mini.v2.toml").write_text(
        changed(("version = 1", "version = 2"), ("from = 4", "from = 3")), encoding="utf-8"
    )
    catalogue = load_folder(tmp_path)
    assert catalogue.latest("mini").version == 2
    assert catalogue.instrument("mini", 1).risk.thresholds[1].from_score == 4
    assert catalogue.instrument("mini", 2).risk.thresholds[1].from_score == 3
    assert catalogue.instrument("mini", 1).digest != catalogue.instrument("mini", 2).digest
    assert [i.version for i in catalogue.latest_of_each()] == [2]


def test_a_missing_instrument_or_version_is_not_found(tmp_path):
    (tmp_path / "mini.v1.toml").write_text(MINI, encoding="utf-8")
    catalogue = load_folder(tmp_path)
    with pytest.raises(NotFound, match="Version 3 of the instrument mini is not installed"):
        catalogue.instrument("mini", 3)
    with pytest.raises(NotFound, match="The instrument other is not installed"):
        catalogue.latest("other")


def test_a_missing_folder_is_an_empty_catalogue(tmp_path):
    catalogue = load_folder(tmp_path / "nowhere")
    assert (dict(catalogue.instruments), catalogue.broken) == ({}, ())


def test_the_digest_ignores_line_endings():
    """A file checked out on Windows is the same version as on Linux."""
    unix = parse_instrument(MINI, "mini.v1.toml")
    windows = parse_instrument(MINI.replace("\n", "\r\n"), "mini.v1.toml")
    assert unix.digest == windows.digest
