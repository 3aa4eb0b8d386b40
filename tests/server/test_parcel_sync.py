"""Parcels between desks, through the server on SQLite and PostgreSQL: a parcel received over
the quota at one desk (the supervisor's approval written as the supervisor), inspected and
handed over there, arrives whole at another desk; the server authorises each change by its
own user's role (the approval by a supervisor's, never a gate officer's)."""

from __future__ import annotations

from sqlalchemy import select

from prisondesk.db.models import Parcel, QuotaApproval
from prisondesk.domain.parcels import Status
from prisondesk.services.core import facility
from prisondesk.services.parcels import custody, receipt
from prisondesk.services.parcels.custody import Inspection
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry, QuotaOverride
from prisondesk.services.sync import syncing
from tests.intake.fixtures import admit_completely
from tests.server.desks import first_desk, joining_desk, staff
from tests.server.protocol import enrol, insert_op, officer, push, statuses


def test_a_parcel_over_the_quota_travels_whole_between_desks(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    gate, chief = staff(first, "gate1", "gate_officer"), staff(first, "chief", "supervisor")
    wing = facility.current_facility(first.db).wings[0].id
    registrar = staff(first, "registry1", "registry_officer")
    prisoner = admit_completely(first.db, registrar, wing).id
    items = (ItemEntry("Food", "Печенье", 3, "pack"),)
    heavy = ParcelEntry(
        prisoner, "gate", "Асанова Гүлнара", weight_grams=25_000, seal="S-1", items=items
    )
    parcel = receipt.receive_parcel(first.db, gate, heavy, QuotaOverride(chief, "По решению"))
    custody.inspect_parcel(first.db, gate, parcel, Inspection("xray", _passed(first, parcel), {}))
    custody.hand_over(first.db, gate, parcel)
    report = first.sync()
    assert report.rejected == 0 and syncing.status(first.db).rejected == 0, report
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    with second.db.read() as session:
        arrived = session.get(Parcel, parcel)
        approval = session.scalar(select(QuotaApproval))
        status = custody.statuses_of(session, [parcel])[parcel]
    assert arrived.weight_grams == 25_000
    assert approval.supervisor_id == chief.user_id and status == Status.HANDED_OVER
    assert second.sync().digest in ("ok", "unchanged")


def test_a_release_holds_the_parcels_and_the_server_takes_it(tmp_path, server, enrolment_code):
    """The registry officer who records a release holds the prisoner's waiting parcels in
    the same transaction: the server must take those events from a registry officer."""
    from prisondesk.services.intake import movements
    from prisondesk.services.intake.movements import MoveRequest

    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    gate = staff(desk, "gate1", "gate_officer")
    registrar = staff(desk, "registry1", "registry_officer")
    prisoner = admit_completely(
        desk.db, registrar, facility.current_facility(desk.db).wings[0].id
    ).id
    items = (ItemEntry("Food", "Чай", 1, "pack"),)
    entry = ParcelEntry(prisoner, "post", "Почта", weight_grams=500, seal="S-1", items=items)
    parcel = receipt.receive_parcel(desk.db, gate, entry)
    movements.record_movement(desk.db, registrar, prisoner, MoveRequest("release"))
    with desk.db.read() as session:
        assert custody.statuses_of(session, [parcel])[parcel] == Status.HELD
    report = desk.sync()
    assert report.rejected == 0 and syncing.status(desk.db).rejected == 0, report


def _passed(desk, parcel_id: str) -> dict[str, str]:
    from prisondesk.db.models import ParcelItem

    with desk.db.read() as session:
        found = session.scalars(select(ParcelItem.id).where(ParcelItem.parcel_id == parcel_id))
        return dict.fromkeys(found, "passed")


def test_only_a_supervisor_may_push_a_quota_approval(client, enrolment_code):
    from prisondesk.domain.ids import new_id

    def approval_by(role: str, code: str) -> list[tuple[str, str | None]]:
        facility = new_id()
        device, _, auth = enrol(client, enrolment_code(code), (facility, code))
        user = officer(client, auth, device, facility, role)
        values = {
            "id": new_id(),
            "facility_id": facility,
            "parcel_id": new_id(),
            "supervisor_id": user,
            "reason": "По решению",
            "approved_at": "2026-12-04T09:00:00.000000Z",
        }
        op = {**insert_op("parcel_quota_approval", device, values), "user_id": user}
        return statuses(push(client, auth, [op]))

    assert approval_by("gate_officer", "BSH-1") == [("rejected", "forbidden")]
    assert approval_by("supervisor", "OSH-2") == [("applied", None)]
