"""Transfers between facilities (SYNC.md, Transfers), desks and a real server on loopback: the
receiving facility gets the file and the rows that follow the prisoner; the sending one keeps
its events and the file marked as transferred out, and loses the person-centred rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import (
    Contact,
    Injury,
    Movement,
    Prisoner,
    PropertyItem,
    RejectedChange,
)
from prisondesk.domain.wire import utc_now
from prisondesk.server.pull import digest
from prisondesk.services.core import facility, users
from prisondesk.services.core.errors import Conflict, ValidationError
from prisondesk.services.intake import admissions, movements
from prisondesk.services.intake.admission_file import ContactEntry, InjuryNote, PropertyEntry
from prisondesk.services.intake.admissions import Placement
from prisondesk.services.intake.movements import MoveRequest
from tests.intake.fixtures import LEGAL, identity
from tests.server.desks import Desk, first_desk, joining_desk
from tests.server.digest_reference import counted_digest

PERSONAL = (Contact, Injury, PropertyItem)


@pytest.fixture
def facilities(tmp_path, server, enrolment_code):
    """Two desks of BSH-1 and one of OSH-2, each synced once (so each knows the other)."""
    sender = first_desk(tmp_path / "a1", server.url, enrolment_code("BSH-1"))
    receiver = first_desk(
        tmp_path / "b1", server.url, enrolment_code("OSH-2", "СИЗО Ош"), facility_code="OSH-2"
    )
    for desk in (sender, receiver):
        desk.admin = _registry_officer(desk)  # the desk's user in these tests
        desk.sync()
    sender.sync()  # now it knows the other facility
    neighbour = joining_desk(tmp_path / "a2", server.url, enrolment_code("BSH-1"))
    neighbour.admin = users.authenticate(neighbour.db, "registry1", OFFICER_PASSWORD)
    return sender, neighbour, receiver


OFFICER_PASSWORD = "registry-pass-2"


def _registry_officer(desk: Desk):
    users.create_user(
        desk.db, desk.admin, "registry1", "Сыдыкова Айжан", "registry_officer", "temp-pass1"
    )
    first = users.authenticate(desk.db, "registry1", "temp-pass1")
    return users.change_password(desk.db, first, "temp-pass1", OFFICER_PASSWORD)


def _admit(desk: Desk) -> str:
    admin = desk.admin
    view = admissions.start_admission(desk.db, admin, identity(surname="Көчмөн"))
    wing_id = facility.current_facility(desk.db).wings[0].id
    admissions.save_legal(desk.db, admin, view.id, LEGAL)
    admissions.save_placement(desk.db, admin, view.id, Placement("general", wing_id, "12"))
    admissions.record_injuries(desk.db, admin, view.id, [InjuryNote("ушиб", "плечо")])
    admissions.save_property(desk.db, admin, view.id, [PropertyEntry("часы", 1, "", "склад 3")])
    admissions.save_contacts(desk.db, admin, view.id, [ContactEntry("Көчмөн Айгүл", "жена")])
    admissions.record_rights_explained(desk.db, admin, view.id, "ky")
    admissions.complete_admission(desk.db, admin, view.id)
    return view.id


def _personal_rows(desk: Desk, prisoner_id: str) -> dict[str, int]:
    with desk.db.read() as session:
        return {
            model.__tablename__: session.scalar(
                select(func.count()).where(model.prisoner_id == prisoner_id)
            )
            for model in PERSONAL
        }


def _prisoner(desk: Desk, prisoner_id: str) -> Prisoner | None:
    with desk.db.read() as session:
        return session.get(Prisoner, prisoner_id)


def _movements(desk: Desk, prisoner_id: str) -> list[str]:
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(Movement.kind)
                .where(Movement.prisoner_id == prisoner_id)
                .order_by(Movement.occurred_at)
            )
        )


def test_a_transfer_hands_the_file_on_and_the_sender_keeps_only_its_own(facilities):
    sender, neighbour, receiver = facilities
    prisoner_id = _admit(sender)
    sender.sync()
    neighbour.sync()
    assert _personal_rows(neighbour, prisoner_id) == {
        "contact": 1,
        "injury": 1,
        "property_item": 1,
    }
    destinations = movements.destinations(sender.db, sender.admin)
    assert [(d.code, d.name) for d in destinations] == [("OSH-2", "СИЗО Ош")]
    movements.record_movement(
        sender.db,
        sender.admin,
        prisoner_id,
        MoveRequest("transfer_out", to_facility_id=destinations[0].id),
    )
    sender.sync()
    receiver.sync()
    neighbour.sync()

    arriving = _prisoner(receiver, prisoner_id)
    sending_facility, receiving_facility = _facility(sender), _facility(receiver)
    assert arriving.status == "in_transit"
    assert arriving.facility_id == receiving_facility
    assert arriving.transfer_from == sending_facility
    assert (arriving.wing_id, arriving.cell, arriving.surname) == (None, "", "Көчмөн")
    assert _personal_rows(receiver, prisoner_id) == {
        "contact": 1,
        "injury": 1,
        "property_item": 1,
    }
    assert _movements(receiver, prisoner_id) == []  # the sender's events stay there

    for desk in (sender, neighbour):
        kept = _prisoner(desk, prisoner_id)
        assert (kept.status, kept.transfer_to) == ("transferred_out", receiving_facility)
        assert kept.facility_id == sending_facility
        assert _personal_rows(desk, prisoner_id) == {
            "contact": 0,
            "injury": 0,
            "property_item": 0,
        }
        assert _movements(desk, prisoner_id)[-1] == "transfer_out"

    # every desk's figures equal its server's: the sender counts the file it kept
    for desk in (sender, neighbour, receiver):
        assert desk.sync().digest in ("ok", "unchanged")

    # the receiving facility records the arrival, in a wing of its own
    wing = facility.current_facility(receiver.db).wings[1]
    with pytest.raises(Conflict):
        movements.record_movement(
            receiver.db, receiver.admin, prisoner_id, MoveRequest("cell_change", wing_id=wing.id)
        )
    movements.record_movement(
        receiver.db,
        receiver.admin,
        prisoner_id,
        MoveRequest("transfer_in", wing_id=wing.id, cell="7"),
    )
    admissions.save_contacts(
        receiver.db,
        receiver.admin,
        prisoner_id,
        [ContactEntry("Көчмөн Айгүл", "жена", "+996 700 000000")],
    )
    receiver.sync()
    sender.sync()
    here = _prisoner(receiver, prisoner_id)
    assert (here.status, here.wing_id, here.cell) == ("in_custody", wing.id, "7")
    # the sender sees none of it: the file stays as it was when the prisoner left
    assert _prisoner(sender, prisoner_id).status == "transferred_out"
    assert _personal_rows(sender, prisoner_id)["contact"] == 0
    assert sender.sync().digest in ("ok", "unchanged")
    assert receiver.sync().digest in ("ok", "unchanged")


def _facility(desk: Desk) -> str:
    return facility.current_facility(desk.db).id


def test_a_late_change_from_the_sending_facility_is_refused_not_lost(facilities):
    sender, neighbour, receiver = facilities
    prisoner_id = _admit(sender)
    sender.sync()
    neighbour.sync()
    # the neighbour edits the contacts offline while the sender transfers the prisoner
    admissions.save_contacts(
        neighbour.db,
        neighbour.admin,
        prisoner_id,
        [ContactEntry("Көчмөн Айгүл", "жена", "+996 555 000000")],
    )
    target = movements.destinations(sender.db, sender.admin)[0]
    movements.record_movement(
        sender.db, sender.admin, prisoner_id, MoveRequest("transfer_out", to_facility_id=target.id)
    )
    sender.sync()
    report = neighbour.sync()
    # the old contact's removal and the new contact: out of scope now, and kept for the
    # supervisors (the audit entry of the edit is the neighbour's own event, and goes)
    assert (report.rejected, report.pushed) == (2, 1)
    with neighbour.db.read() as session:
        listed = session.execute(
            select(RejectedChange.table_name, RejectedChange.kind, RejectedChange.reason)
        )
        assert sorted(listed) == [
            ("contact", "delete", "out_of_scope"),
            ("contact", "insert", "out_of_scope"),
        ]
    assert _personal_rows(neighbour, prisoner_id)["contact"] == 0
    receiver.sync()
    with receiver.db.read() as session:
        phones = session.scalars(select(Contact.phone).where(Contact.prisoner_id == prisoner_id))
        assert list(phones) == [""]  # the receiver has the file as it left
    assert neighbour.sync().digest in ("ok", "unchanged")


def test_a_prisoner_transferred_back_is_whole_again_at_the_first_facility(facilities, server):
    sender, neighbour, receiver = facilities
    prisoner_id = _admit(sender)
    target = movements.destinations(sender.db, sender.admin)[0]
    movements.record_movement(
        sender.db, sender.admin, prisoner_id, MoveRequest("transfer_out", to_facility_id=target.id)
    )
    sender.sync()
    receiver.sync()
    wing = facility.current_facility(receiver.db).wings[0]
    moment = utc_now() - timedelta(minutes=1)
    movements.record_movement(
        receiver.db,
        receiver.admin,
        prisoner_id,
        MoveRequest("transfer_in", occurred_at=moment, wing_id=wing.id, cell="1"),
    )
    back = movements.destinations(receiver.db, receiver.admin)[0]
    assert back.code == "BSH-1"
    movements.record_movement(
        receiver.db,
        receiver.admin,
        prisoner_id,
        MoveRequest("transfer_out", to_facility_id=back.id),
    )
    receiver.sync()
    sender.sync()
    neighbour.sync()
    for desk in (sender, neighbour):
        returning = _prisoner(desk, prisoner_id)
        assert (returning.status, returning.transfer_from) == (
            "in_transit",
            _facility(receiver),
        )
        assert _personal_rows(desk, prisoner_id) == {
            "contact": 1,
            "injury": 1,
            "property_item": 1,
        }
    assert _prisoner(receiver, prisoner_id).status == "transferred_out"
    assert _personal_rows(receiver, prisoner_id)["injury"] == 0
    for desk in (sender, neighbour, receiver):
        assert desk.sync().digest in ("ok", "unchanged")
    for facility_id in (_facility(sender), _facility(receiver), None):  # None: headquarters
        kept = digest(server.db, facility_id)["tables"]
        assert kept == counted_digest(server.db, facility_id)  # the totals = the rows


def test_a_transfer_names_a_facility_from_the_list(facilities):
    sender, _, _ = facilities
    prisoner_id = _admit(sender)
    with pytest.raises(ValidationError) as refused:
        movements.record_movement(
            sender.db,
            sender.admin,
            prisoner_id,
            MoveRequest("transfer_out", to_facility_id=_facility(sender)),
        )
    assert refused.value.field == "to_facility_id"
    assert _prisoner(sender, prisoner_id).status == "in_custody"
