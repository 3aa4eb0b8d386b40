"""What supervisors look over: the confiscations of a period, and what desks working apart
left to settle (one seal on two active parcels, one parcel ended in two ways)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import insert, update

from prisondesk.db.capture import open_gate
from prisondesk.db.models import Parcel, ParcelEvent
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.ids import new_id
from prisondesk.domain.wire import utc_now
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.parcels import custody, oversight, receipt
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from tests.parcels.helpers import inspect_taking_the_phone


@pytest.fixture
def chief(staff):
    return staff("chief", "supervisor", "Начальник смены")


def _receive(db, gate, prisoner_id: str, seal: str) -> str:
    items = (ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Other", "Телефон", 1, "pcs"))
    entry = ParcelEntry(prisoner_id, "post", "Почта", weight_grams=1000, seal=seal, items=items)
    return receipt.receive_parcel(db, gate, entry)


def _today():
    return local_today(zone("Asia/Bishkek"))


def test_the_confiscations_of_a_period(db, gate, complete):
    parcel = _receive(db, gate, complete().id, "S-1")
    inspect_taking_the_phone(db, gate, parcel)
    [row] = oversight.confiscations(db, gate, _today() - timedelta(days=7), _today())
    assert (row.parcel_id, row.item, row.prohibited, row.to) == (
        parcel,
        "Телефон",
        "Mobile phones and SIM cards",
        "confiscated",
    )
    assert row.note == "в коробке из-под печенья" and row.officer == "Осмонов Улан"
    assert row.prisoner.endswith("Асанов Бакыт Нурланович")
    yesterday = _today() - timedelta(days=1)
    assert oversight.confiscations(db, gate, yesterday - timedelta(days=7), yesterday) == []


def test_one_seal_on_two_parcels_still_here_is_shown_until_one_ends(db, gate, chief, complete):
    prisoner = complete().id
    first, second = _receive(db, gate, prisoner, "S-9"), _receive(db, gate, prisoner, "S-10")
    assert oversight.needing_attention(db, chief) == []
    with db.apply_remote() as session:  # another desk, apart, used the same tag
        session.execute(update(Parcel).where(Parcel.id == second).values(seal="s-9"))
    shown = oversight.needing_attention(db, chief)
    assert {(a.parcel_id, a.problem) for a in shown} == {(first, "seal"), (second, "seal")}
    custody.return_to_sender(db, gate, first, "Не по адресу")
    assert oversight.needing_attention(db, chief) == []


def test_a_parcel_ended_in_two_ways_is_shown(db, gate, chief, complete):
    parcel = _receive(db, gate, complete().id, "S-1")
    inspect_taking_the_phone(db, gate, parcel)
    custody.hand_over(db, gate, parcel)
    with db.read() as session:
        facility = session.get(Parcel, parcel).facility_id
    # another desk, apart, returned it meanwhile: its event arrives with the next pull
    with db.engine.begin() as connection, open_gate(connection):
        connection.execute(
            insert(ParcelEvent).values(
                id=new_id(),
                facility_id=facility,
                parcel_id=parcel,
                kind="returned",
                occurred_at=utc_now() + timedelta(minutes=1),
                reason="Отказ",
                hlc="remote",
                origin_device="other",
                method="",
                results={},
                prohibited="",
                destination="",
            )
        )
    [shown] = oversight.needing_attention(db, chief)
    assert (shown.parcel_id, shown.problem, shown.detail) == (
        parcel,
        "endings",
        "handed_over, returned",
    )


def test_only_supervisors_settle(db, gate):
    with pytest.raises(PermissionDenied):
        oversight.needing_attention(db, gate)
