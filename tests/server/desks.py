"""Workstations for sync tests: each its own data folder and database, set up or joined as
an officer would, synced through the service layer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, UserAccount
from prisondesk.services.core import facility, users
from prisondesk.services.core.actor import Actor
from prisondesk.services.sync import syncing
from prisondesk.sync.digest import local_digest
from tests.intake.fixtures import admit_completely
from tests.server.live import workstation

ADMIN_PASSWORD = "admin-pass-1"


@dataclass
class Desk:
    db: Database
    admin: Actor | None

    def sync(self):
        return syncing.run_round(self.db)

    def digest(self) -> dict:
        with self.db.read() as session:
            return local_digest(session)

    def user_names(self) -> dict[str, str]:
        with self.db.read() as session:
            return {u.username: u.full_name for u in session.scalars(select(UserAccount))}

    def prisoners(self) -> dict[str, str]:
        with self.db.read() as session:
            return {p.id: p.surname for p in session.scalars(select(Prisoner))}


def account(desk: Desk, username: str = "admin") -> Actor:
    """A user of the desk's facility as the desk knows them, for writing straight into the
    desk's database as that user does (the server authorises every change by its user)."""
    with desk.db.read() as session:
        user = session.scalar(select(UserAccount).where(UserAccount.username == username))
    assert user is not None, f"no {username} at this desk"
    return users.actor_of(user)


def staff(desk: Desk, username: str, role: str) -> Actor:
    """A user of ``role`` made by the desk's administrator, who has already replaced the
    temporary password, as an officer at work has."""
    users.create_user(desk.db, desk.admin, username, "Сотрудник", role, "temp-pass1")
    first_login = users.authenticate(desk.db, username, "temp-pass1")
    return users.change_password(desk.db, first_login, "temp-pass1", "pass-two-2")


def first_desk(
    folder: Path,
    url: str,
    code: str,
    facility_code: str = "BSH-1",
    name: str = "Исправительная колония №1",
) -> Desk:
    """A workstation set up offline with its own administrator, then enrolled."""
    db = workstation(folder)
    admin = facility.set_up_facility(
        db,
        code=facility_code,
        name=name,
        wings=["Блок А", "Блок Б"],
        admin_username="admin",
        admin_full_name="Асанов Бакыт",
        admin_password=ADMIN_PASSWORD,
    )
    syncing.enrol(db, admin, url, code)
    return Desk(db, admin)


def joining_desk(folder: Path, url: str, code: str) -> Desk:
    """A fresh workstation that joins the facility of ``code`` and pulls it."""
    db = workstation(folder)
    enrolled = syncing.enrol(db, None, url, code)
    assert enrolled.joined
    syncing.run_round(db)
    return Desk(db, None)


def desk_with_prisoners(
    folder: Path, url: str, code: str, facility_code: str, name: str, surnames
) -> Desk:
    """A facility's first desk, its registry officer admitting one prisoner per surname,
    synced to the server."""
    desk = first_desk(folder, url, code, facility_code, name)
    registrar = staff(desk, "registry1", "registry_officer")
    wing = facility.current_facility(desk.db).wings[0].id
    for n, surname in enumerate(surnames):
        admit_completely(
            desk.db,
            registrar,
            wing,
            surname=surname,
            pin=f"2170519900{n:04d}",
            document_number=f"ID{facility_code[0]}{n:06d}",
        )
    desk.sync()
    return desk
