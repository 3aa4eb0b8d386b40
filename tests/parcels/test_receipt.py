"""Receipt at the gate: the parcel, its items and its first event in one transaction with its
audit entry; every bad input refused with its message and nothing written; quotas."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import (
    AuditEntry,
    OutboxEntry,
    Parcel,
    ParcelEvent,
    ParcelItem,
    QuotaApproval,
)
from prisondesk.domain.parcels import Status
from prisondesk.services.core.errors import InvalidFields, PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.parcels import custody, receipt
from prisondesk.services.parcels.receipt import (
    ItemEntry,
    OverQuota,
    ParcelEntry,
    QuotaOverride,
)


@pytest.fixture
def chief(staff):
    return staff("chief", "supervisor", "Начальник смены")


@pytest.fixture
def prisoner(complete):
    return complete().id  # regime "general": 2 parcels and 20 kg a month (example)


FOOD = ItemEntry("Food", "Печенье «Юбилейное»", 3, "pack")


def entry(prisoner_id: str, **changes) -> ParcelEntry:
    values = {
        "prisoner_id": prisoner_id,
        "channel": "gate",
        "sender_name": "Асанова Гүлнара",
        "sender_document": "ID1000001",
        "weight_grams": 4200,
        "seal": "A-000123",
        "items": (FOOD, ItemEntry("Clothing and footwear", "Носки шерстяные", 2, "pcs")),
    }
    return ParcelEntry(**{**values, **changes})


def counts(db) -> tuple[int, int, int, int]:
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Parcel, ParcelItem, ParcelEvent, QuotaApproval)
        )


def test_a_parcel_is_received_with_its_items_event_and_audit(db, gate, prisoner):
    parcel_id = receipt.receive_parcel(db, gate, entry(prisoner))
    with db.read() as session:
        parcel = session.get(Parcel, parcel_id)
        items = session.scalars(select(ParcelItem).order_by(ParcelItem.position)).all()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "parcel")).all()
        outbox = session.scalars(select(OutboxEntry.table_name)).all()
        status = custody.statuses_of(session, [parcel_id])[parcel_id]
    assert parcel.tracking.startswith("BSH-1-P") and parcel.tracking.endswith("-00001")
    assert (parcel.weight_grams, parcel.seal, parcel.channel) == (4200, "A-000123", "gate")
    assert [(i.description, i.quantity, i.unit) for i in items] == [
        ("Печенье «Юбилейное»", 3, "pack"),
        ("Носки шерстяные", 2, "pcs"),
    ]
    assert status == Status.AWAITING_INSPECTION
    assert [a.action for a in audit] == ["create"] and audit[0].user_id == gate.user_id
    assert {"parcel", "parcel_item", "parcel_event", "audit_entry"} <= set(outbox)
    second = receipt.receive_parcel(db, gate, entry(prisoner, seal="A-000124", weight_grams=100))
    with db.read() as session:
        assert session.get(Parcel, second).tracking.endswith("-00002")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weight_grams": -5}, "weight"),
        ({"weight_grams": 0}, "weight"),
        ({"weight_grams": 900_000}, "weight"),
        ({"items": ()}, "items"),
        ({"items": (ItemEntry("Food", "Хлеб", 0, "pcs"),)}, "items"),
        ({"items": (ItemEntry("Weapons", "Хлеб", 1, "pcs"),)}, "items"),
        ({"items": (ItemEntry("Food", "Хлеб", 1, "barrel"),)}, "items"),
        ({"items": (ItemEntry("Food", "  ", 1, "pcs"),)}, "items"),
        ({"seal": ""}, "seal"),
        ({"channel": "pigeon"}, "channel"),
        ({"sender_name": ""}, "sender"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db, gate, prisoner, changes, field):
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        receipt.receive_parcel(db, gate, entry(prisoner, **changes))
    assert refused.value.field == field and refused.value.render()
    assert counts(db) == before


def test_every_problem_of_the_form_is_reported_at_once(db, gate, prisoner):
    with pytest.raises(InvalidFields) as refused:
        receipt.receive_parcel(db, gate, entry(prisoner, weight_grams=-1, seal="", items=()))
    assert {p.field for p in refused.value.problems} == {"weight", "seal", "items"}


def test_a_seal_is_unique_among_parcels_still_here(db, gate, prisoner):
    first = receipt.receive_parcel(db, gate, entry(prisoner, weight_grams=1000))
    with pytest.raises(ValidationError) as refused:
        receipt.receive_parcel(db, gate, entry(prisoner, seal="a-000123", weight_grams=1000))
    assert refused.value.field == "seal" and "a-000123" in refused.value.render()
    custody.return_to_sender(db, gate, first, "Отправитель забрал")
    receipt.receive_parcel(db, gate, entry(prisoner, weight_grams=1000))  # free again


def test_a_cyrillic_seal_typed_in_small_letters_is_the_same_seal(db, gate, prisoner):
    receipt.receive_parcel(db, gate, entry(prisoner, seal="ПЛ-1а", weight_grams=1000))
    with pytest.raises(ValidationError) as refused:
        receipt.receive_parcel(db, gate, entry(prisoner, seal="пл-1А", weight_grams=1000))
    assert refused.value.field == "seal"


def test_a_released_prisoner_gets_no_parcel(db, gate, prisoner, registrar):
    movements.record_movement(db, registrar, prisoner, MoveRequest("release", reason="срок"))
    with pytest.raises(ValidationError) as refused:
        receipt.receive_parcel(db, gate, entry(prisoner))
    assert refused.value.field == "prisoner" and "not held here" in refused.value.render()


def test_what_is_left_of_the_quota_and_a_parcel_over_it(db, gate, chief, prisoner):
    left = receipt.quota_left(db, gate, prisoner)
    assert (left.count_left, left.weight_left) == (2, 20_000)
    receipt.receive_parcel(db, gate, entry(prisoner, weight_grams=15_000))
    left = receipt.quota_left(db, gate, prisoner)
    assert (left.count_left, left.weight_left) == (1, 5_000)
    before = counts(db)
    with pytest.raises(OverQuota) as refused:
        receipt.receive_parcel(db, gate, entry(prisoner, seal="B-1", weight_grams=6_000))
    assert "1 parcels and 5 kg left" in refused.value.render()
    assert counts(db) == before
    with pytest.raises(ValidationError) as no_reason:
        receipt.receive_parcel(
            db, gate, entry(prisoner, seal="B-1", weight_grams=6_000), QuotaOverride(chief, " ")
        )
    assert no_reason.value.field == "quota_reason" and counts(db) == before
    with pytest.raises(PermissionDenied):
        receipt.receive_parcel(
            db, gate, entry(prisoner, seal="B-1", weight_grams=6_000), QuotaOverride(gate, "да")
        )
    assert counts(db) == before
    override = QuotaOverride(chief, "Лекарства по назначению врача")
    parcel_id = receipt.receive_parcel(
        db, gate, entry(prisoner, seal="B-1", weight_grams=6_000), override
    )
    with db.read() as session:
        approval = session.scalar(select(QuotaApproval))
        changes = session.execute(
            select(OutboxEntry.table_name, OutboxEntry.user_id).where(
                OutboxEntry.table_name.in_(["parcel", "parcel_quota_approval"])
            )
        ).all()
        audit = session.execute(
            select(AuditEntry.action, AuditEntry.user_id).where(AuditEntry.entity_id == parcel_id)
        ).all()
    assert approval.parcel_id == parcel_id and approval.supervisor_id == chief.user_id
    # each change is its own user's: the server authorises the approval by the supervisor
    assert ("parcel_quota_approval", chief.user_id) in changes
    assert ("parcel", gate.user_id) in changes
    assert set(audit) == {("create", gate.user_id), ("approve", chief.user_id)}


def test_a_returned_parcel_does_not_count_against_the_quota(db, gate, prisoner):
    first = receipt.receive_parcel(db, gate, entry(prisoner, weight_grams=15_000))
    custody.return_to_sender(db, gate, first, "Запрещённые вложения")
    left = receipt.quota_left(db, gate, prisoner)
    assert (left.count_left, left.weight_left) == (2, 20_000)


def test_only_gate_staff_receive_parcels(db, staff, prisoner):
    social = staff("social1", "social_worker")
    with pytest.raises(PermissionDenied):
        receipt.receive_parcel(db, social, entry(prisoner))


def test_the_senders_receipt_says_what_was_received_and_its_barcode_scans(db, gate, prisoner):
    import pypdfium2
    import zxingcpp

    from prisondesk.printing.parcels.receipt import render_parcel_receipt
    from prisondesk.services.parcels.documents import receipt_document

    parcel_id = receipt.receive_parcel(db, gate, entry(prisoner))
    doc = receipt_document(db, gate, parcel_id)
    assert doc.tracking.startswith("BSH-1-P") and doc.weight_grams == 4200
    assert doc.sender == "Асанова Гүлнара ID1000001" and doc.officer == "Осмонов Улан"
    assert [(i.description, i.quantity, i.unit) for i in doc.items] == [
        ("Печенье «Юбилейное»", 3, "pack"),
        ("Носки шерстяные", 2, "pcs"),
    ]
    page = pypdfium2.PdfDocument(render_parcel_receipt(doc))[0]
    image = page.render(scale=203 / 72).to_pil().convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [doc.tracking]
