"""What the parcel screens read: the queues, a prisoner's parcels, one parcel with its items
and history, and the parcel a scan names (on either keyboard layout; a visit pass refused)."""

from __future__ import annotations

import pytest

from prisondesk.domain.keyboard import RUSSIAN_KEYS
from prisondesk.domain.parcels import Status
from prisondesk.services.parcels import custody, receipt, views
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from prisondesk.services.parcels.views import ScanRefused
from tests.parcels.helpers import inspect_taking_the_phone


def _receive(db, gate, prisoner_id: str, seal: str) -> str:
    items = (ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Other", "Телефон", 1, "pcs"))
    entry = ParcelEntry(
        prisoner_id, "post", "Асанова Гүлнара", weight_grams=1000, seal=seal, items=items
    )
    return receipt.receive_parcel(db, gate, entry)


def test_the_queues_follow_each_parcel_along_its_way(db, admin, gate, complete):
    from dataclasses import replace

    from prisondesk.domain.parcels import Quota
    from prisondesk.services.parcels import settings

    shipped = settings.parcel_settings(db, gate)
    generous = replace(shipped, quotas={**shipped.quotas, "general": Quota(5, 20_000)})
    settings.save_parcel_settings(db, admin, generous)
    prisoner = complete().id
    first, second, third = (_receive(db, gate, prisoner, f"S-{n}") for n in range(3))
    assert [r.id for r in views.waiting(db, gate, Status.AWAITING_INSPECTION)] == [
        first,
        second,
        third,
    ]
    inspect_taking_the_phone(db, gate, first)
    inspect_taking_the_phone(db, gate, second)
    custody.hand_over(db, gate, second)
    assert [r.id for r in views.waiting(db, gate, Status.AWAITING_INSPECTION)] == [third]
    assert [r.id for r in views.waiting(db, gate, Status.AWAITING_HANDOVER)] == [first]
    mine = views.prisoner_parcels(db, gate, prisoner)
    assert [(r.id, r.status) for r in mine] == [
        (third, Status.AWAITING_INSPECTION),
        (second, Status.HANDED_OVER),
        (first, Status.AWAITING_HANDOVER),
    ]
    assert "Асанов" in mine[0].prisoner and mine[0].sender == "Асанова Гүлнара"


def test_a_parcel_shows_its_items_results_and_history(db, gate, complete):
    parcel = _receive(db, gate, complete().id, "S-1")
    inspect_taking_the_phone(db, gate, parcel)
    custody.hand_over(db, gate, parcel)
    detail = views.parcel_detail(db, gate, parcel)
    assert [(i.description, i.result) for i in detail.items] == [
        ("Печенье", "passed"),
        ("Телефон", "confiscated"),
    ]
    assert (detail.history[0].kind, detail.history[0].officer) == ("received", "Осмонов Улан")
    assert {h.kind for h in detail.history} == {
        "received",
        "inspected",
        "confiscated",
        "handed_over",
    }
    assert ("confiscated", "Mobile phones and SIM cards") in {
        (h.kind, h.detail) for h in detail.history
    }
    assert detail.row.status == Status.HANDED_OVER and not detail.clash


def test_a_scan_opens_its_parcel_on_either_keyboard_layout(db, gate, complete):
    parcel = _receive(db, gate, complete().id, "S-1")
    tracking = views.parcel_detail(db, gate, parcel).row.tracking
    russian = "".join(RUSSIAN_KEYS.get(ch, ch) for ch in tracking)
    assert russian != tracking  # the letters arrive as Cyrillic
    for scanned in (tracking, tracking.lower(), f"  {tracking}\n", russian):
        assert views.find_scanned(db, gate, scanned) == parcel


def test_a_visit_pass_or_an_unknown_number_opens_nothing(db, gate, complete):
    _receive(db, gate, complete().id, "S-1")
    with pytest.raises(ScanRefused) as a_pass:
        views.find_scanned(db, gate, "BSH-1-VK7Q-00042.Z9.ABCDEF")
    assert a_pass.value.reason == "visit_pass" and "visits gate" in a_pass.value.render()
    with pytest.raises(ScanRefused) as unknown:
        views.find_scanned(db, gate, "BSH-1-PZZZ-99999")
    assert unknown.value.reason == "unknown"
