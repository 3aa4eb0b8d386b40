"""The facility's parcel settings: labelled examples until it sets its own; bad lists and
quotas refused with their message and nothing saved; only its administrators change them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from prisondesk.domain.parcels import EXAMPLE_QUOTAS, Quota
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.parcels import settings
from prisondesk.services.parcels.settings import Prohibited


def test_examples_until_the_facility_sets_its_own(db, admin, gate):
    shipped = settings.parcel_settings(db, gate)
    assert shipped.examples and shipped.quotas == EXAMPLE_QUOTAS
    assert "Food" in shipped.categories and any(p.medical for p in shipped.prohibited)
    own = replace(
        shipped,
        categories=("Продукты", "Одежда"),
        prohibited=(Prohibited("Алкоголь", incident=True), Prohibited("Лекарства", medical=True)),
        quotas={"general": Quota(3, 30_000)},
    )
    saved = settings.save_parcel_settings(db, admin, own)
    assert not saved.examples and saved.categories == ("Продукты", "Одежда")
    assert settings.parcel_settings(db, gate).quotas == {"general": Quota(3, 30_000)}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"categories": ()}, "categories"),
        ({"categories": ("Продукты", "продукты")}, "categories"),
        ({"prohibited": (Prohibited(""),)}, "prohibited"),
        ({"quotas": {"general": Quota(-1, 1000)}}, "quotas"),
        ({"quotas": {"general": Quota(2, 10_000_000)}}, "quotas"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_saved(db, admin, gate, changes, field):
    shipped = settings.parcel_settings(db, gate)
    with pytest.raises(ValidationError) as refused:
        settings.save_parcel_settings(db, admin, replace(shipped, **changes))
    assert refused.value.field == field and refused.value.render()
    assert settings.parcel_settings(db, gate).examples


def test_a_gate_officer_does_not_change_them(db, gate):
    with pytest.raises(PermissionDenied):
        settings.save_parcel_settings(db, gate, settings.parcel_settings(db, gate))
