"""After receipt: inspection with a result per item (confiscations, medicines to the medical
service, an x-ray image), handover, refusal, return; parcels held when their prisoner leaves;
every step refused where the parcel is not, with nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AuditEntry, ParcelEvent, ParcelImage, ParcelItem
from prisondesk.domain.parcels import Status
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.parcels import custody, receipt
from prisondesk.services.parcels.custody import Confiscation, Inspection, StepRefused
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def received(db, gate, complete):
    """A parcel received for an admitted prisoner: (prisoner id, parcel id, item ids)."""
    prisoner = complete().id
    items = (
        ItemEntry("Food", "Печенье", 3, "pack"),
        ItemEntry("Other", "Телефон в банке варенья", 1, "pcs"),
        ItemEntry("Medicines", "Таблетки без рецепта", 1, "pack"),
    )
    parcel = receipt.receive_parcel(
        db,
        gate,
        ParcelEntry(
            prisoner, "post", "Асанова Гүлнара", weight_grams=3000, seal="S-1", items=items
        ),
    )
    with db.read() as session:
        ids = session.scalars(
            select(ParcelItem.id)
            .where(ParcelItem.parcel_id == parcel)
            .order_by(ParcelItem.position)
        ).all()
    return prisoner, parcel, ids


def events(db, parcel_id: str) -> list[tuple[str, str]]:
    with db.read() as session:
        return [
            (e.kind, e.prohibited)
            for e in session.scalars(
                select(ParcelEvent)
                .where(ParcelEvent.parcel_id == parcel_id)
                .order_by(ParcelEvent.kind)
            )
        ]


def status(db, parcel_id: str) -> Status:
    with db.read() as session:
        return custody.statuses_of(session, [parcel_id])[parcel_id]


def inspection(ids, **changes) -> Inspection:
    values = {
        "method": "xray_manual",
        "results": {ids[0]: "passed", ids[1]: "confiscated", ids[2]: "medical"},
        "confiscations": {
            ids[1]: Confiscation("Mobile phones and SIM cards", "Телефон спрятан в варенье"),
            ids[2]: Confiscation("Medicines not prescribed"),
        },
        "xray_image": PNG,
    }
    return Inspection(**{**values, **changes})


def test_inspection_confiscates_sends_medicines_on_and_keeps_the_xray(db, gate, received):
    _, parcel, ids = received
    assert custody.inspect_parcel(db, gate, parcel, inspection(ids)) == Status.AWAITING_HANDOVER
    assert sorted(events(db, parcel)) == [
        ("confiscated", "Medicines not prescribed"),
        ("confiscated", "Mobile phones and SIM cards"),
        ("inspected", ""),
        ("received", ""),
    ]
    with db.read() as session:
        inspected = session.scalar(select(ParcelEvent).where(ParcelEvent.kind == "inspected"))
        image = session.scalar(select(ParcelImage))
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "inspect"))
    assert inspected.results == {ids[0]: "passed", ids[1]: "confiscated", ids[2]: "medical"}
    assert inspected.officer_id == gate.user_id and inspected.method == "xray_manual"
    assert (image.kind, image.media_type, image.data) == ("xray", "image/png", PNG)
    assert audit.after["confiscated"] == {
        "Телефон в банке варенья": "Mobile phones and SIM cards",
        "Таблетки без рецепта": "Medicines not prescribed",
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"method": "sniffed"}, "method"),
        ({"results": {}}, "results"),
        ({"confiscations": {}}, "results"),
        ({"xray_image": b"GIF89a"}, "xray_image"),
    ],
)
def test_a_bad_inspection_is_refused_and_nothing_is_written(db, gate, received, changes, field):
    _, parcel, ids = received
    with pytest.raises(ValidationError) as refused:
        custody.inspect_parcel(db, gate, parcel, inspection(ids, **changes))
    assert refused.value.field == field and refused.value.render()
    assert events(db, parcel) == [("received", "")] and status(db, parcel) == "awaiting_inspection"


def test_a_phone_needs_an_incident_note(db, gate, received):
    _, parcel, ids = received
    confiscations = {
        ids[1]: Confiscation("Mobile phones and SIM cards"),
        ids[2]: Confiscation("Medicines not prescribed"),
    }
    with pytest.raises(ValidationError) as refused:
        custody.inspect_parcel(db, gate, parcel, inspection(ids, confiscations=confiscations))
    assert refused.value.field == "incident_note" and "incident note" in refused.value.render()
    assert events(db, parcel) == [("received", "")]


def test_handover_only_after_inspection_and_only_once(db, gate, received):
    _, parcel, ids = received
    with pytest.raises(StepRefused) as early:
        custody.hand_over(db, gate, parcel)
    assert early.value.reason == "not_inspected"
    custody.inspect_parcel(db, gate, parcel, inspection(ids))
    assert custody.hand_over(db, gate, parcel) == Status.HANDED_OVER
    with pytest.raises(StepRefused) as again:
        custody.hand_over(db, gate, parcel)
    assert again.value.reason == "ended" and "Handed over" in again.value.render()
    with pytest.raises(StepRefused):
        custody.return_to_sender(db, gate, parcel, "поздно")
    assert status(db, parcel) == Status.HANDED_OVER
    with db.read() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ParcelEvent)
                .where(ParcelEvent.kind == "handed_over")
            )
            == 1
        )


def test_a_refused_parcel_goes_back_to_the_sender(db, gate, received):
    _, parcel, ids = received
    custody.inspect_parcel(db, gate, parcel, inspection(ids))
    with pytest.raises(ValidationError):
        custody.record_refusal(db, gate, parcel, "")
    assert custody.record_refusal(db, gate, parcel, "Отказался от передачи") == Status.REFUSED
    with pytest.raises(StepRefused):
        custody.hand_over(db, gate, parcel)
    assert custody.return_to_sender(db, gate, parcel, "Отказ осуждённого") == Status.RETURNED


def test_parcels_of_a_prisoner_who_leaves_are_held_then_forwarded(db, gate, received, registrar):
    prisoner, parcel, _ = received
    movements.record_movement(
        db, registrar, prisoner, MoveRequest("transfer_out", destination="СИЗО-1 Бишкек")
    )
    assert status(db, parcel) == Status.HELD
    with pytest.raises(StepRefused) as refused:
        custody.hand_over(db, gate, parcel)
    assert refused.value.reason == "not_to_hand_over"
    with pytest.raises(ValidationError):
        custody.forward(db, gate, parcel, "")
    assert custody.forward(db, gate, parcel, "СИЗО-1 Бишкек") == Status.FORWARDED


def test_only_gate_staff_take_the_steps(db, staff, received):
    _, parcel, ids = received
    instructor = staff("instr1", "instructor")
    with pytest.raises(PermissionDenied):
        custody.inspect_parcel(db, instructor, parcel, inspection(ids))
    with pytest.raises(PermissionDenied):
        custody.hand_over(db, instructor, parcel)


def test_photos_of_a_parcel_are_optional_and_kept_while_it_is_here(db, gate, received):
    from prisondesk.services.core.errors import ValidationError as Refusal
    from prisondesk.services.parcels import views

    _, parcel, _ = received
    jpeg = b"\xff\xd8\xff\xe0" + b"\0" * 64
    assert custody.attach_photo(db, gate, parcel, jpeg) == 1
    assert custody.attach_photo(db, gate, parcel, b"\x89PNG\r\n\x1a\n" + b"\0" * 8) == 2
    assert views.parcel_detail(db, gate, parcel).photos == 2
    with pytest.raises(Refusal) as refused:  # a text file is no photo: nothing is kept
        custody.attach_photo(db, gate, parcel, b"not an image")
    assert refused.value.field == "photo"
    assert views.parcel_detail(db, gate, parcel).photos == 2
    custody.return_to_sender(db, gate, parcel, "Отправитель забрал")
    with pytest.raises(custody.StepRefused):  # gone from here: no more photos of it
        custody.attach_photo(db, gate, parcel, jpeg)
