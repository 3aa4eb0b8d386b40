from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from prisondesk.db.models import AuditEntry, Prisoner
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import facility
from prisondesk.services.core.errors import Conflict, ValidationError
from prisondesk.services.intake import admissions, movements
from prisondesk.services.intake.admissions import PropertyEntry
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.sync import state


@pytest.fixture
def admitted(db, registrar, complete):
    return complete()


def test_cell_change_moves_the_prisoner(db, registrar, admitted):
    other = facility.current_facility(db).wings[1]
    moved = movements.record_movement(
        db, registrar, admitted.id, MoveRequest("cell_change", wing_id=other.id, cell="7")
    )
    assert (moved.wing, moved.cell) == ("Блок Б", "7")
    view = admissions.admission(db, registrar, admitted.id)
    assert view.placement.wing_id == other.id and view.placement.cell == "7"
    kinds = [m.kind for m in movements.history(db, registrar, admitted.id)]
    assert kinds == ["admission", "cell_change"]


def test_court_trip_and_return(db, registrar, admitted):
    with pytest.raises(ValidationError) as refused:
        movements.record_movement(db, registrar, admitted.id, MoveRequest("court_out"))
    assert refused.value.field == "destination"
    movements.record_movement(
        db, registrar, admitted.id, MoveRequest("court_out", destination="Октябрьский суд")
    )
    with pytest.raises(Conflict):
        movements.record_movement(
            db, registrar, admitted.id, MoveRequest("court_out", destination="again")
        )
    movements.record_movement(db, registrar, admitted.id, MoveRequest("court_return"))
    assert admissions.admission(db, registrar, admitted.id).status == "in_custody"


def test_transfer_out_ends_custody_here(db, registrar, admitted):
    movements.record_movement(
        db, registrar, admitted.id, MoveRequest("transfer_out", destination="ИК-47, Бишкек")
    )
    assert admissions.admission(db, registrar, admitted.id).status == "transferred_out"
    with pytest.raises(Conflict):
        movements.record_movement(db, registrar, admitted.id, MoveRequest("release"))


def test_release_needs_the_property_handed_back(db, registrar, admitted):
    saved = admissions.save_property(
        db,
        registrar,
        admitted.id,
        [PropertyEntry("Часы", 1, "", "сейф 3"), PropertyEntry("Паспорт", 1, "", "сейф 3")],
    )
    with pytest.raises(ValidationError) as refused:
        movements.record_movement(
            db,
            registrar,
            admitted.id,
            MoveRequest("release", property_returned=[saved.property[0].id]),
        )
    assert "Паспорт" in str(refused.value)
    assert admissions.admission(db, registrar, admitted.id).status == "in_custody"
    movements.record_movement(
        db,
        registrar,
        admitted.id,
        MoveRequest("release", property_returned=[p.id for p in saved.property]),
    )
    assert admissions.admission(db, registrar, admitted.id).status == "released"


def test_times_must_be_in_order_and_not_in_the_future(db, registrar, admitted):
    with pytest.raises(ValidationError) as future:
        movements.record_movement(
            db,
            registrar,
            admitted.id,
            MoveRequest("court_out", occurred_at=utc_now() + timedelta(hours=2), destination="суд"),
        )
    assert future.value.field == "occurred_at"
    with pytest.raises(ValidationError) as before_admission:
        movements.record_movement(
            db,
            registrar,
            admitted.id,
            MoveRequest("release", occurred_at=admitted.admitted_at - timedelta(days=1)),
        )
    assert before_admission.value.field == "occurred_at"


def test_a_draft_cannot_move(db, registrar):
    from tests.intake.fixtures import identity

    draft = admissions.start_admission(db, registrar, identity())
    with pytest.raises(Conflict):
        movements.record_movement(db, registrar, draft.id, MoveRequest("release"))


def test_unknown_kind(db, registrar, admitted):
    with pytest.raises(ValidationError):
        movements.record_movement(db, registrar, admitted.id, MoveRequest("escape"))


def test_at_court_only_a_return_release_or_transfer_is_possible(db, registrar, admitted):
    movements.record_movement(
        db, registrar, admitted.id, MoveRequest("court_out", destination="Октябрьский суд")
    )
    other = facility.current_facility(db).wings[1]
    with pytest.raises(Conflict):
        movements.record_movement(
            db, registrar, admitted.id, MoveRequest("cell_change", wing_id=other.id, cell="7")
        )
    assert admissions.admission(db, registrar, admitted.id).status == "at_court"


def test_a_closed_file_cannot_be_edited(db, registrar, admitted):
    from tests.intake.fixtures import identity

    movements.record_movement(
        db, registrar, admitted.id, MoveRequest("transfer_out", destination="ИК-47")
    )
    with pytest.raises(Conflict):
        admissions.save_identity(db, registrar, admitted.id, identity(surname="Другой"))


def test_an_admitted_prisoner_changes_cell_only_by_a_movement(db, registrar, admitted):
    with pytest.raises(ValidationError) as refused:
        admissions.save_placement(
            db,
            registrar,
            admitted.id,
            admissions.Placement("general", admitted.placement.wing_id, "99"),
        )
    assert refused.value.field == "wing_id"


def test_a_transfer_within_the_system_names_a_listed_facility(db, registrar, admitted):
    target = "01a20000-0000-7000-8000-000000000042"
    with db.apply_remote() as session:  # as the last sync listed the server's facilities
        state.put_directory(session, [{"id": target, "code": "OSH-2", "name": "СИЗО Ош"}])
    for chosen in ("", "01a20000-0000-7000-8000-000000000099"):  # none chosen; not listed
        with pytest.raises(ValidationError) as refused:
            movements.record_movement(
                db, registrar, admitted.id, MoveRequest("transfer_out", to_facility_id=chosen)
            )
        assert refused.value.field == "to_facility_id"
    moved = movements.record_movement(
        db, registrar, admitted.id, MoveRequest("transfer_out", to_facility_id=target)
    )
    assert moved.destination == "СИЗО Ош"  # named from the list when not typed
    with db.read() as session:
        prisoner = session.get(Prisoner, admitted.id)
        assert (prisoner.status, prisoner.transfer_to) == ("transferred_out", target)
        audited = session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "transfer_out")
        ).all()
    assert [entry["transfer_to"] for entry in audited] == [target]


def test_an_arrival_by_transfer_takes_a_wing_of_this_facility(db, registrar, admitted):
    with db.apply_remote() as session:  # the server handed the file over to this facility
        session.execute(
            update(Prisoner)
            .where(Prisoner.id == admitted.id)
            .values(status="in_transit", wing_id=None, cell="")
        )
    for refused_kind in ("cell_change", "release", "transfer_out"):
        with pytest.raises(Conflict):
            movements.record_movement(db, registrar, admitted.id, MoveRequest(refused_kind))
    with pytest.raises(ValidationError) as refused:
        movements.record_movement(db, registrar, admitted.id, MoveRequest("transfer_in"))
    assert refused.value.field == "wing_id"
    wing = facility.current_facility(db).wings[1]
    movements.record_movement(
        db, registrar, admitted.id, MoveRequest("transfer_in", wing_id=wing.id, cell="3")
    )
    view = admissions.admission(db, registrar, admitted.id)
    placed = (view.status, view.placement.wing_id, view.placement.cell)
    assert placed == ("in_custody", wing.id, "3")
    kinds = [m.kind for m in movements.history(db, registrar, admitted.id)]
    assert kinds[-1] == "transfer_in"
