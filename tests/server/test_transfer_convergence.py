"""Property: two desks of one facility and one of another edit a prisoner's contacts, send the
prisoner to the other facility and record arrivals, offline and in any order, syncing in any
interleaving. At the end every desk agrees with the server (digests equal, nothing pending),
the facility holding the file has the same contacts on all its desks, and the other facility
has none of them (SYNC.md, Transfers)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from prisondesk.db.models import Contact, Prisoner
from prisondesk.server import devices
from prisondesk.server.pull import digest
from prisondesk.services.core import facility, users
from prisondesk.services.core.errors import ServiceError
from prisondesk.services.intake import admissions, movements
from prisondesk.services.intake.admission_file import ContactEntry
from prisondesk.services.intake.admissions import Placement
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.sync import syncing
from tests.intake.fixtures import LEGAL, identity
from tests.server.desks import Desk, first_desk, joining_desk
from tests.server.digest_reference import counted_digest
from tests.server.live import empty

DESKS = 3  # 0 and 1 serve BSH-1, 2 serves OSH-2
FACILITY_OF_DESK = ("BSH-1", "BSH-1", "OSH-2")
PASSWORD = "registry-pass-2"
steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("contact"),
            st.integers(0, DESKS - 1),
            st.sampled_from(["+996 555 1", "+996 555 2", "+996 555 3"]),
        ),
        st.tuples(st.just("transfer"), st.integers(0, DESKS - 1)),
        st.tuples(st.just("arrive"), st.integers(0, DESKS - 1)),
        st.tuples(st.just("sync"), st.integers(0, DESKS - 1)),
    ),
    min_size=1,
    max_size=14,
)


def _officer(desk: Desk):
    temporary = "temp-pass1"
    users.create_user(desk.db, desk.admin, "registry1", "Сыдыкова", "registry_officer", temporary)
    first = users.authenticate(desk.db, "registry1", temporary)
    return users.change_password(desk.db, first, temporary, PASSWORD)


def _desks(folder: Path, live_server) -> list[Desk]:
    url = live_server.url
    for code, name in (("BSH-1", "Колония"), ("OSH-2", "СИЗО Ош")):
        devices.add_facility(live_server.db, code, name)

    def enrolment(code: str) -> str:
        return devices.new_enrolment_code(live_server.db, code)[0]

    a1 = first_desk(folder / "a1", url, enrolment("BSH-1"))
    b1 = first_desk(folder / "b1", url, enrolment("OSH-2"), facility_code="OSH-2")
    for desk in (a1, b1):
        desk.admin = _officer(desk)  # the desk's user in this test
        desk.sync()
    a1.sync()  # now it knows the other facility
    a2 = joining_desk(folder / "a2", url, enrolment("BSH-1"))
    a2.admin = users.authenticate(a2.db, "registry1", PASSWORD)
    return [a1, a2, b1]


def _facility_ids(live_server) -> list[str]:
    return [f.id for f in devices.facilities(live_server.db)]


def _admit(desk: Desk) -> str:
    view = admissions.start_admission(desk.db, desk.admin, identity(surname="Көчмөн"))
    wing = facility.current_facility(desk.db).wings[0].id
    admissions.save_legal(desk.db, desk.admin, view.id, LEGAL)
    admissions.save_placement(desk.db, desk.admin, view.id, Placement("general", wing, "12"))
    admissions.record_injuries(desk.db, desk.admin, view.id, [])
    admissions.save_contacts(desk.db, desk.admin, view.id, [ContactEntry("Көчмөн Айгүл", "жена")])
    admissions.record_rights_explained(desk.db, desk.admin, view.id, "ky")
    admissions.complete_admission(desk.db, desk.admin, view.id)
    return view.id


def _act(desk: Desk, step: tuple, prisoner_id: str) -> None:
    """One officer's action; the ones the desk refuses (the file is closed here, the
    prisoner is not here yet) are part of the game and write nothing."""
    kind = step[0]
    if kind == "sync":
        desk.sync()
        return
    try:
        if kind == "contact":
            entry = ContactEntry("Көчмөн Айгүл", "жена", step[2])
            admissions.save_contacts(desk.db, desk.admin, prisoner_id, [entry])
        elif kind == "transfer":
            [target] = movements.destinations(desk.db, desk.admin)
            request = MoveRequest("transfer_out", to_facility_id=target.id)
            movements.record_movement(desk.db, desk.admin, prisoner_id, request)
        else:
            wing = facility.current_facility(desk.db).wings[0].id
            request = MoveRequest("transfer_in", wing_id=wing, cell="1")
            movements.record_movement(desk.db, desk.admin, prisoner_id, request)
    except ServiceError:
        pass


def _contacts(desk: Desk, prisoner_id: str) -> list[tuple[str, str, bool]]:
    with desk.db.read() as session:
        found = session.execute(
            select(Contact.id, Contact.phone, Contact.deleted).where(
                Contact.prisoner_id == prisoner_id
            )
        )
        return sorted(tuple(row) for row in found)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=steps)
def test_any_interleaving_of_transfers_converges(live_server, steps):
    empty(live_server.db)
    with tempfile.TemporaryDirectory() as folder:
        desks = _desks(Path(folder), live_server)
        prisoner_id = _admit(desks[0])
        for desk in desks[:2]:
            desk.sync()
        for step in steps:
            _act(desks[step[1]], step, prisoner_id)
        for _ in range(3):  # pushes, hand-overs, then everyone has pulled everything
            for desk in desks:
                desk.sync()
        holders = set()
        for desk, code in zip(desks, FACILITY_OF_DESK, strict=True):
            report = desk.sync()
            assert report.digest in ("ok", "unchanged") and report.mismatched == []
            assert syncing.status(desk.db).pending == 0
            with desk.db.read() as session:
                file = session.get(Prisoner, prisoner_id)
            if file is not None and file.status != "transferred_out":
                holders.add(code)  # the file is this facility's own
        assert len(holders) == 1  # exactly one facility holds the file
        for facility_id in [*_facility_ids(live_server), None]:  # None: headquarters
            kept = digest(live_server.db, facility_id)["tables"]
            assert kept == counted_digest(live_server.db, facility_id)  # totals = rows
        [holder] = holders
        seen = {code: [] for code in FACILITY_OF_DESK}
        for desk, code in zip(desks, FACILITY_OF_DESK, strict=True):
            seen[code].append(_contacts(desk, prisoner_id))
        held = seen.pop(holder)
        others = [contacts for listed in seen.values() for contacts in listed]
        assert held[0] and all(contacts == held[0] for contacts in held)
        assert all(contacts == [] for contacts in others)  # nothing of them stays behind
        for desk in desks:
            desk.db.dispose()
