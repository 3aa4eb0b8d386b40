"""A headquarters desk through a real server (SQLite and PostgreSQL): joined with a
headquarters code it pulls every facility, makes its own first administrator, who adds
headquarters viewers; they search the registry across facilities and read each facility's
reports, or all of them side by side, with the figures of each facility's own desk. Every
write to a facility's rows is refused below the services, whatever the role; its own
accounts and the audit of what it read are its only writes. A facility's staff cannot log
in there (headquarters receives no password hashes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.errors import ReadOnlyDesk
from prisondesk.db.models import AuditEntry, UserAccount, Wing
from prisondesk.domain.clock import local_today, zone
from prisondesk.services.core import facility, headquarters, users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import (
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)
from prisondesk.services.intake import admissions, registry, search
from prisondesk.services.intake.registry import RegistryFilter
from prisondesk.services.reports import run
from prisondesk.services.sync import syncing
from prisondesk.services.sync.syncing import Joined, SyncProblem
from tests.intake.fixtures import identity
from tests.server.desks import Desk, desk_with_prisoners
from tests.server.live import workstation

VIEWER_PASSWORD = "viewer-pass-2"


@dataclass
class World:
    a: Desk  # BSH-1, two prisoners
    b: Desk  # OSH-2, three
    hq: Database
    admin: Actor  # the headquarters desk's administrator
    viewer: Actor  # a headquarters viewer


@pytest.fixture
def world(tmp_path, server, enrolment_code) -> World:
    """Two facilities' desks with their prisoners on the server, and a fresh headquarters
    desk joined with a headquarters code, its administrator and a viewer."""
    a = desk_with_prisoners(
        tmp_path / "a",
        server.url,
        enrolment_code("BSH-1"),
        "BSH-1",
        "Исправительная колония №1",
        ["Асанов", "Бекова"],
    )
    b = desk_with_prisoners(
        tmp_path / "b",
        server.url,
        enrolment_code("OSH-2", "Колония №2"),
        "OSH-2",
        "Колония №2",
        ["Жээнбеков", "Асанова", "Токтогулов"],
    )
    hq = workstation(tmp_path / "hq")
    joined = syncing.join_facility(hq, server.url, enrolment_code(None))
    assert joined == Joined("", headquarters=True)
    assert headquarters.needs_first_account(hq)
    admin = headquarters.set_up_headquarters(
        hq, admin_username="hqadmin", admin_full_name="Штаб Админ", admin_password="hq-admin-pw1"
    )
    users.create_user(hq, admin, "analyst", "Аналитик Штаба", "hq_viewer", "temp-pass1")
    first = users.authenticate(hq, "analyst", "temp-pass1")
    viewer = users.change_password(hq, first, "temp-pass1", VIEWER_PASSWORD)
    return World(a, b, hq, admin, viewer)


def test_a_headquarters_desk_reads_every_facility(world):
    hq, viewer = world.hq, world.viewer
    assert hq.headquarters and not headquarters.needs_first_account(hq)
    assert facility.current_facility(hq) is None  # it serves no facility of its own
    # its accounts and audit entries wait for no push: nothing is said to be waiting
    assert syncing.status(hq).pending == 0
    again = syncing.run_round(hq)  # and its copy is checked against the server's
    assert again.pushed == 0 and again.digest in ("ok", "unchanged") and not again.mismatched
    assert world.admin.facility_id is None and viewer.facility_id is None
    seen = headquarters.facilities_seen(hq, viewer)
    assert [(f.code, [w.name for w in f.wings]) for f in seen] == [
        ("BSH-1", ["Блок А", "Блок Б"]),
        ("OSH-2", ["Блок А", "Блок Б"]),
    ]
    # the registry of both facilities, or of one
    assert registry.count(hq, viewer, RegistryFilter()) == 5
    by_code = {f.code: f.id for f in seen}
    only_b = registry.page(hq, viewer, RegistryFilter(facility_id=by_code["OSH-2"]), "surname")
    assert [r.full_name.split()[0] for r in only_b] == ["Асанова", "Жээнбеков", "Токтогулов"]
    assert {r.facility_id for r in only_b} == {by_code["OSH-2"]}
    # search finds a name in either facility, and says where each file is
    hits = search.search(hq, viewer, "Асанов")
    assert {(h.surname, h.facility_id) for h in hits} >= {
        ("Асанов", by_code["BSH-1"]),
        ("Асанова", by_code["OSH-2"]),
    }


def test_reports_of_one_facility_or_all_side_by_side(world):
    a, b, hq, viewer = world.a, world.b, world.hq, world.viewer
    seen = {f.code: f.id for f in headquarters.facilities_seen(hq, viewer)}
    a_admin = users.authenticate(a.db, "admin", "admin-pass-1")
    b_admin = users.authenticate(b.db, "admin", "admin-pass-1")
    today = local_today(zone("Asia/Bishkek"))  # both facilities keep Bishkek's calendar
    first, last = today - timedelta(days=2), today
    own_a = run.run_report(a.db, a_admin, "population", first, last)
    own_b = run.run_report(b.db, b_admin, "population", first, last)
    at_hq_a = run.run_report(hq, viewer, "population", first, last, facilities=[seen["BSH-1"]])
    assert at_hq_a.rows == own_a.rows and at_hq_a.totals == own_a.totals
    side_by_side = run.run_report(hq, viewer, "population", first, last)
    assert side_by_side.facilities == ("Исправительная колония №1", "Колония №2")
    assert side_by_side.columns[0].key == "facility"
    assert [row[0] for row in side_by_side.rows] == list(side_by_side.facilities)
    keys = [column.key for column in side_by_side.columns]
    assert keys == ["facility", *(c.key for c in own_a.columns[2:])]  # no wing, no regime
    assert [row[1:] for row in side_by_side.rows] == [own_a.totals[2:], own_b.totals[2:]]
    end = keys.index("end")
    assert [row[end] for row in side_by_side.rows] == [2, 3]
    assert side_by_side.totals[end] == 5
    # the population over time adds the facilities up day by day
    over_time = side_by_side.charts[0]
    assert over_time.series[0].values == tuple(
        x + y
        for x, y in zip(
            own_a.charts[0].series[0].values, own_b.charts[0].series[0].values, strict=True
        )
    )
    # a facility's own staff read only their own facility
    with pytest.raises(PermissionDenied):
        run.run_report(a.db, a_admin, "population", first, last, facilities=[seen["OSH-2"]])


def test_every_write_to_a_facility_is_refused_whatever_the_role(world):
    hq, admin, viewer = world.hq, world.admin, world.viewer
    before = registry.count(hq, viewer, RegistryFilter())

    # the viewer's role writes nothing; the administrator's would, and the desk refuses
    with pytest.raises(PermissionDenied):
        admissions.start_admission(hq, viewer, identity(surname="Новый"))
    # a write made straight in a transaction, as a careless service would, is refused too
    facility_id = headquarters.facilities_seen(hq, viewer)[0].id
    with pytest.raises(ReadOnlyDesk), hq.write(admin.user_id) as session:
        session.add(Wing(facility_id=facility_id, name="Блок В", position=3, deleted=False))
    # a facility's account cannot be changed from here
    with hq.read() as session:
        registrar_id = session.scalar(
            select(UserAccount.id).where(UserAccount.username == "registry1")
        )
    with pytest.raises(ReadOnlyDesk):
        users.update_user(hq, admin, registrar_id, full_name="Другое имя")
    assert registry.count(hq, viewer, RegistryFilter()) == before
    # the desk keeps administrators and headquarters viewers only
    with pytest.raises(ValidationError) as refused:
        users.create_user(hq, admin, "gate1", "Постовой", "gate_officer", "temp-pass1")
    assert refused.value.field == "role"
    # nor given one later: a supervisor here would read every facility's files
    with pytest.raises(ValidationError) as refused:
        users.update_user(hq, admin, viewer.user_id, role="supervisor")
    assert refused.value.field == "role"
    # its last administrator stays one (the facilities' administrators are not its own)
    with pytest.raises(ValidationError) as refused:
        users.update_user(hq, admin, admin.user_id, role="hq_viewer")
    assert "administrator must remain" in refused.value.message
    with pytest.raises(Conflict):  # its first administrator is made once
        headquarters.set_up_headquarters(
            hq, admin_username="again", admin_full_name="Ещё", admin_password="hq-admin-pw2"
        )


def test_a_facility_account_does_not_log_in_and_sensitive_reads_are_recorded(world):
    hq, viewer = world.hq, world.viewer
    with pytest.raises(AuthenticationFailed):
        users.authenticate(hq, "admin", "admin-pass-1")  # a facility's administrator
    with hq.read() as session:  # the failure is the desk's own, not some facility's
        failed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "login_failed")
        ).all()
    assert [entry.facility_id for entry in failed] == [None]
    assert users.authenticate(hq, "analyst", VIEWER_PASSWORD).facility_id is None
    today = local_today(zone("Asia/Bishkek"))
    run.run_report(hq, viewer, "gate_log", today, today)
    with hq.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.user_id == viewer.user_id)
        ).all()
    read = [(e.action, e.entity, e.note) for e in entries if e.entity == "report"]
    assert read == [
        ("read", "report", f"gate_log {today}..{today} Исправительная колония №1, Колония №2")
    ]
    population = run.run_report(hq, viewer, "population", today, today)  # counts: not recorded
    assert population.totals is not None
    with hq.read() as session:
        assert (
            len(session.scalars(select(AuditEntry).where(AuditEntry.entity == "report")).all()) == 1
        )


def test_a_facility_desk_refuses_a_headquarters_code(tmp_path, server, enrolment_code):
    """A facility's desk, set up offline, is not turned into headquarters by a wrong code."""
    db = workstation(tmp_path / "a")
    admin = facility.set_up_facility(
        db,
        code="BSH-1",
        name="Исправительная колония №1",
        wings=["Блок А"],
        admin_username="admin",
        admin_full_name="Асанов Бакыт",
        admin_password="admin-pass-1",
    )
    code = enrolment_code(None)
    with pytest.raises(SyncProblem) as refused:  # refused by the server, the code unspent
        syncing.enrol(db, admin, server.url, code)
    assert refused.value.field == "code"
    assert refused.value.message.startswith("This code is for a headquarters desk")
    assert not db.headquarters
    hq = workstation(tmp_path / "hq")  # the same code still makes a headquarters desk
    assert syncing.join_facility(hq, server.url, code).headquarters
    assert facility.current_facility(db).code == "BSH-1"
    assert users.authenticate(db, "admin", "admin-pass-1").facility_id == admin.facility_id
