"""Workstations syncing through a real server (SQLite and PostgreSQL), driven through the
service layer as the desks and `prisondesk sync` drive it."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AuditEntry, RejectedChange, SyncConflict, UserAccount
from prisondesk.db.replication import OutboxEntry
from prisondesk.services.core import facility, users
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.intake import search
from prisondesk.services.sync import syncing
from prisondesk.services.sync.syncing import SyncProblem
from prisondesk.sync import state
from tests.server.desks import ADMIN_PASSWORD, Desk, account, first_desk, joining_desk, staff
from tests.server.live import workstation


def test_the_first_desk_keeps_its_rows_and_a_second_one_joins(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    users.create_user(
        first.db, first.admin, "gate1", "Токтогулов Эрмек", "gate_officer", "temp-pass1"
    )
    report = first.sync()
    assert report.pushed > 0 and report.digest == "ok"
    own = facility.current_facility(first.db)
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    joined = facility.current_facility(second.db)
    assert joined.id == own.id and joined.code == "BSH-1"
    assert [w.name for w in joined.wings] == ["Блок А", "Блок Б"]
    # an officer logs in at the new desk after one sync
    actor = users.authenticate(second.db, "admin", ADMIN_PASSWORD)
    assert actor.facility_id == own.id
    assert second.user_names() == first.user_names()
    # the second desk's audit entries (enrolment, login) reach the first
    second.sync()
    first.sync()
    assert second.digest() == first.digest()
    with first.db.read() as session:
        devices = set(session.scalars(select(AuditEntry.origin_device).distinct()))
    assert devices == {first.db.device_id, second.db.device_id}


def test_edits_cross_between_desks_and_pulled_prisoners_are_searchable(
    tmp_path, server, enrolment_code
):
    from prisondesk.services.intake import admissions
    from tests.intake.fixtures import identity

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    first.sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    registrar = users.authenticate(second.db, "admin", ADMIN_PASSWORD)
    users.create_user(
        second.db, registrar, "registry1", "Сыдыкова", "registry_officer", "temp-pass1"
    )
    officer = users.change_password(
        second.db,
        users.authenticate(second.db, "registry1", "temp-pass1"),
        "temp-pass1",
        "pass-two-2",
    )
    view = admissions.start_admission(second.db, officer, identity(surname="Жээнбеков"))
    second.sync()
    first.sync()
    first_officer = users.authenticate(first.db, "registry1", "pass-two-2")
    hits = search.search(first.db, first_officer, "Жээнбеков")
    assert [h.id for h in hits] == [view.id]
    admissions.save_identity(first.db, first_officer, view.id, identity(surname="Жээнбекова"))
    first.sync()
    second.sync()
    assert second.prisoners()[view.id] == "Жээнбекова"
    assert [h.id for h in search.search(second.db, officer, "Жээнбекова")] == [view.id]
    # the old spelling is one letter away: found by typo tolerance, and only this file
    assert [h.id for h in search.search(second.db, officer, "Жээнбеков Бакыт")] == [view.id]
    assert first.digest() == second.digest()


def test_a_concurrent_edit_converges_on_the_higher_clock_and_keeps_the_loser(
    tmp_path, server, enrolment_code
):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    first.sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    admin_b = users.authenticate(second.db, "admin", ADMIN_PASSWORD)
    admin_id = admin_b.user_id
    # both desks rename the administrator while offline; the second does it later
    users.update_user(first.db, first.admin, admin_id, full_name="Первый вариант")
    users.update_user(second.db, admin_b, admin_id, full_name="Второй вариант")
    first.sync()
    report = second.sync()
    assert report.merged == 0  # the later edit wins; what it replaced becomes a conflict
    first.sync()
    assert first.user_names()["admin"] == second.user_names()["admin"] == "Второй вариант"
    for desk in (first, second):
        with desk.db.read() as session:
            conflict = session.scalar(select(SyncConflict))
            assert conflict.field == "full_name" and conflict.row_id == admin_id
            assert conflict.kept["value"] == "Второй вариант"
            assert conflict.lost["value"] == "Первый вариант"
    assert first.digest() == second.digest()


def test_a_pending_local_field_is_kept_until_the_server_answers(tmp_path, server, enrolment_code):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    first.sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    admin_b = users.authenticate(second.db, "admin", ADMIN_PASSWORD)
    users.update_user(first.db, first.admin, admin_b.user_id, full_name="С первого стола")
    first.sync()
    users.update_user(second.db, admin_b, admin_b.user_id, full_name="Со второго, позже")
    # pull only: the server's older value must not replace the edit still in the outbox
    from prisondesk.db.migrate import head_revision
    from prisondesk.sync.engine import RoundReport, SyncEngine
    from prisondesk.sync.http import SyncClient

    with second.db.read() as session:
        url, token = state.get(session, state.SERVER_URL), state.get(session, state.TOKEN)
    with SyncClient(url, token) as client:
        SyncEngine(second.db, client, head_revision()).pull(RoundReport())
    assert second.user_names()["admin"] == "Со второго, позже"
    second.sync()
    first.sync()
    assert first.user_names()["admin"] == second.user_names()["admin"] == "Со второго, позже"


def test_a_rejected_change_leaves_the_outbox_for_the_supervisors_list(
    tmp_path, server, enrolment_code
):
    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    first.sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    admin_b = users.authenticate(second.db, "admin", ADMIN_PASSWORD)
    # the same user name created offline at two desks: the server accepts the first only
    users.create_user(first.db, first.admin, "duty", "Дежурный А", "gate_officer", "temp-pass1")
    users.create_user(second.db, admin_b, "duty", "Дежурный Б", "gate_officer", "temp-pass1")
    first.sync()
    report = second.sync()
    assert report.rejected >= 1
    with second.db.read() as session:
        rejected = session.scalars(select(RejectedChange)).all()
        assert {r.table_name for r in rejected} == {"user_account"}
        assert {r.reason for r in rejected} == {"unique_violation"}
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert syncing.status(second.db).rejected == len(rejected)
    # the first desk's account stands everywhere; the refused one is retired here
    assert second.user_names()["duty"] == "Дежурный А"
    with first.db.read() as session:
        names = session.scalars(select(UserAccount.full_name).where(UserAccount.username == "duty"))
        assert list(names) == ["Дежурный А"]


def test_enrolment_refusals_say_what_to_do(tmp_path, server, enrolment_code):
    code = enrolment_code()
    first = first_desk(tmp_path / "a", server.url, code)
    # a used code
    with pytest.raises(SyncProblem, match="unknown, used or expired"):
        syncing.enrol(first.db, first.admin, server.url, code)
    # a code for another facility
    with pytest.raises(SyncProblem, match="another facility"):
        syncing.enrol(first.db, first.admin, server.url, enrolment_code("OSH-2", "Ош"))
    # a second desk set up offline as the same facility
    other = tmp_path / "c"
    with pytest.raises(SyncProblem, match="join the existing facility"):
        first_desk(other, server.url, enrolment_code())
    # joining a facility no desk has filled yet
    from tests.server.live import workstation

    fresh = workstation(tmp_path / "d")
    with pytest.raises(SyncProblem, match="set up the first one"):
        syncing.enrol(fresh, None, server.url, enrolment_code("NRN-3", "Нарын"))
    # a non-administrator, a bad address, an empty code
    gate = users.create_user(first.db, first.admin, "gate1", "Г", "gate_officer", "temp-pass1")
    assert gate
    officer = users.change_password(
        first.db, users.authenticate(first.db, "gate1", "temp-pass1"), "temp-pass1", "pass-two-2"
    )
    with pytest.raises(PermissionDenied):
        syncing.enrol(first.db, officer, server.url, enrolment_code())
    with pytest.raises(ValidationError):
        syncing.enrol(first.db, first.admin, "ftp://server", enrolment_code())
    with pytest.raises(ValidationError):
        syncing.enrol(first.db, first.admin, server.url, "  ")


def test_offline_and_revoked_are_reported_and_nothing_is_lost(tmp_path, server, enrolment_code):
    from prisondesk.server import devices

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    with first.db.write(first.admin.user_id) as session:
        state.put(session, state.SERVER_URL, "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(SyncProblem, match="cannot be reached"):
        first.sync()
    status = syncing.status(first.db)
    assert status.pending > 0 and "cannot be reached" in status.last_error
    with first.db.write(first.admin.user_id) as session:
        state.put(session, state.SERVER_URL, server.url)
    first.sync()
    assert syncing.status(first.db).pending == 0 and syncing.status(first.db).last_error == ""
    devices.revoke(server.db, first.db.device_id)
    users.create_user(first.db, first.admin, "gate1", "Г", "gate_officer", "temp-pass1")
    with pytest.raises(SyncProblem, match="no longer accepts"):
        first.sync()
    assert syncing.status(first.db).pending > 0


def test_a_damaged_local_table_is_found_by_the_digest_and_pulled_again(
    tmp_path, server, enrolment_code, monkeypatch
):
    from sqlalchemy import update

    from prisondesk.db.models import Wing

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    first.sync()
    with first.db.apply_remote() as session:  # a value changed behind sync's back
        session.execute(update(Wing).values(name="испорчено"))
    assert first.sync().digest == "unchanged"  # nothing moved: no full read every minute
    from prisondesk.sync import engine

    monkeypatch.setattr(engine, "DIGEST_RECHECK_S", 0)  # an hour later
    report = first.sync()
    assert report.digest == "mismatch" and report.repulled == ["wing"]
    assert report.mismatched == []
    assert sorted(w.name for w in facility.current_facility(first.db).wings) == ["Блок А", "Блок Б"]


def test_a_supervisor_switches_a_conflict_to_the_losing_value_everywhere(
    tmp_path, server, enrolment_code
):
    from prisondesk.services.intake import admissions
    from prisondesk.services.sync import review
    from tests.intake.fixtures import identity

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    chief = staff(first, "chief", "supervisor")
    registrar = staff(first, "registry1", "registry_officer")
    view = admissions.start_admission(first.db, registrar, identity())
    first.sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    registrar_b = users.authenticate(second.db, "registry1", "pass-two-2")
    admissions.save_identity(second.db, registrar_b, view.id, identity(surname="Асанбеков"))
    admissions.save_identity(first.db, registrar, view.id, identity(surname="Асанбаев"))
    second.sync()
    first.sync()  # the first desk's later edit wins; "Асанбеков" is the loser
    second.sync()
    with pytest.raises(PermissionDenied):
        review.conflicts(first.db, first.admin)  # administrators do not judge data
    [conflict] = review.conflicts(first.db, chief)
    assert conflict.field == "surname"
    assert (conflict.kept.value, conflict.lost.value) == ("Асанбаев", "Асанбеков")
    assert conflict.lost.device == second.db.device_id and conflict.decision is None
    assert conflict.lost_by == "registry1"
    decided = review.decide(first.db, chief, conflict.id, review.SWITCH)
    assert decided.decision == "switch"
    first.sync()
    second.sync()
    assert first.prisoners()[view.id] == second.prisoners()[view.id] == "Асанбеков"
    chief_b = users.authenticate(second.db, "chief", "pass-two-2")
    assert [c.decision for c in review.conflicts(second.db, chief_b)] == ["switch"]
    assert review.rejected(second.db, chief_b) == []


def test_an_account_conflict_is_kept_never_switched(tmp_path, server, enrolment_code):
    from prisondesk.services.sync import review

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    chief = staff(first, "chief", "supervisor")
    first.sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    admin_b = users.authenticate(second.db, "admin", ADMIN_PASSWORD)
    users.update_user(second.db, admin_b, admin_b.user_id, full_name="Вариант Б")
    users.update_user(first.db, first.admin, admin_b.user_id, full_name="Вариант А")
    second.sync()
    first.sync()
    second.sync()
    [conflict] = review.conflicts(first.db, chief)
    assert conflict.record == "admin" and conflict.field == "full_name"
    with pytest.raises(PermissionDenied, match="administrator"):
        review.decide(first.db, chief, conflict.id, review.SWITCH)
    assert review.decide(first.db, chief, conflict.id, review.KEEP).decision == "keep"
    first.sync()
    second.sync()
    assert first.user_names()["admin"] == second.user_names()["admin"] == "Вариант А"


def test_an_op_too_large_for_the_server_is_set_aside_and_the_rest_goes(
    tmp_path, server, enrolment_code
):
    from sqlalchemy import insert

    from prisondesk.domain.ids import new_id
    from prisondesk.domain.wire import utc_now

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    big = "Ж" * (5 * 1024 * 1024)  # 5 M letters: 10 MiB of UTF-8 on the wire
    with first.db.apply_remote() as session:
        session.execute(
            insert(OutboxEntry).values(
                op_id=new_id(),
                table_name="wing",
                row_id=new_id(),
                kind="update",
                fields={"name": {"value": big, "hlc": first.db.clock.tick()}},
                base={},
                user_id=None,
                device_time=utc_now(),
            )
        )
    users.create_user(first.db, first.admin, "gate1", "Г", "gate_officer", "temp-pass1")
    report = first.sync()
    assert report.rejected == 1 and report.pushed > 0
    with first.db.read() as session:
        [refused] = session.scalars(select(RejectedChange)).all()
        assert refused.reason == "too_large"
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert "gate1" in first.user_names()


def test_a_transaction_larger_than_a_push_goes_whole_with_its_audit_entry(
    tmp_path, server, enrolment_code, monkeypatch
):
    """An import is one transaction: cut by the push limit, its audit entry goes with the
    first part, and the parts after it are covered by that entry (server/authorise.py)."""
    from prisondesk.services.intake import register_io
    from prisondesk.sync import engine
    from tests.intake.test_register_io import GOOD, write_csv

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    first.sync()  # the facility's setup, whole (a few dozen ops at most: one push)
    registrar = staff(first, "registry1", "registry_officer")
    gate = staff(first, "gate1", "gate_officer")  # another user's audit entries in between
    register_io.import_prisoners(first.db, registrar, write_csv(tmp_path / "r.csv", GOOD))
    users.set_language(first.db, gate, "ky")
    with first.db.read() as session:
        waiting = session.scalar(select(func.count()).select_from(OutboxEntry))
    monkeypatch.setattr(engine, "PUSH_OPS", 3)  # the import's 6 changes need three pushes
    report = first.sync()
    assert report.pushed == waiting and report.rejected == 0
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    assert sorted(second.prisoners().values()) == ["Асанов", "Иванова"]
    second.sync()  # its enrolment's audit entry
    first.sync()
    assert second.digest() == first.digest()


def test_an_op_too_large_with_audit_entries_riding_along_is_set_aside_once(
    tmp_path, server, enrolment_code, monkeypatch
):
    """A 413 for one op sent with the audit entries of its cut transaction: the op is set
    aside as too large and the round goes on, instead of asking again for ever."""
    from prisondesk.services.intake import register_io
    from prisondesk.sync import engine
    from prisondesk.sync.http import ServerRefused, SyncClient
    from tests.intake.test_register_io import GOOD, write_csv

    first = first_desk(tmp_path / "a", server.url, enrolment_code())
    registrar = staff(first, "registry1", "registry_officer")
    first.sync()
    register_io.import_prisoners(first.db, registrar, write_csv(tmp_path / "r.csv", GOOD))
    sent: list[list[str]] = []
    real_push = SyncClient.push

    def refusing_prisoners(self, schema, ops):
        sent.append([op["table"] for op in ops])
        assert len(sent) < 30, "the same push asked again and again"
        if any(table == "prisoner" for table in sent[-1]):
            raise ServerRefused(413, "too_large", "body over 8 MiB")
        return real_push(self, schema, ops)

    monkeypatch.setattr(SyncClient, "push", refusing_prisoners)
    monkeypatch.setattr(engine, "PUSH_OPS", 1)
    report = first.sync()
    assert ["prisoner", "audit_entry"] in sent  # the cut transaction's audit rode along
    assert report.rejected == 2  # the two files, set aside; everything else went
    with first.db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_entries_wiped_after_a_push_are_named_by_what_the_server_acknowledged(
    tmp_path, server, enrolment_code
):
    import sqlite3

    from prisondesk.services.core import audit

    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    desk.sync()
    with desk.db.read() as session:
        pushed = session.scalar(
            select(func.max(AuditEntry.device_seq)).where(
                AuditEntry.origin_device == desk.db.device_id
            )
        )
        assert state.get(session, state.AUDIT_ACKNOWLEDGED) == str(pushed)
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    raw = sqlite3.connect(tmp_path / "a" / "prisondesk.sqlite3")
    raw.execute("DROP TRIGGER pd_guard_audit_entry_delete")
    raw.execute("DELETE FROM audit_entry")
    raw.execute("DELETE FROM local_state WHERE key = 'audit_head'")
    raw.commit()
    raw.close()
    report = audit.verify_chain(desk.db)
    assert not report.ok and report.checked == 0
    assert f"the server has seen entry {pushed} of this device" in report.problem.reason


def test_headquarters_never_receives_password_hashes_or_pass_keys(tmp_path, server, enrolment_code):
    """The leak: a headquarters device pulled every facility's password hashes and the keys
    that sign visit passes. It gets those columns empty, and its digest still matches."""
    from prisondesk.db.models import VisitPassKey
    from prisondesk.services.core import audit
    from prisondesk.services.visits.bookings import pass_key

    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    users.create_user(desk.db, desk.admin, "clerk1", "Сыдыкова", "registry_officer", "temp-pass1")
    clerk = account(desk, "clerk1")
    with desk.db.write(clerk.user_id) as session:  # the first pass of the facility makes it
        key = pass_key(session, clerk.facility_id)
        audit.record(session, desk.db, clerk, "create", "visit_pass_key", key.id)
    assert desk.sync().rejected == 0
    hq_db = workstation(tmp_path / "hq")
    syncing.enrol(hq_db, None, server.url, enrolment_code(None))
    assert syncing.run_round(hq_db).pulled > 0
    hq = Desk(hq_db, None)
    with hq_db.read() as session:
        token = state.get(session, state.TOKEN)
    served = httpx.get(
        f"{server.url}/api/v1/sync/digest", headers={"Authorization": f"Bearer {token}"}
    ).json()["tables"]
    held = hq.digest()
    for table in ("user_account", "visit_pass_key"):  # hashed as headquarters holds them
        assert held[table] == served[table] and held[table]["count"] > 0
    with hq.db.read() as session:
        hashes = session.scalars(select(UserAccount.password_hash)).all()
        secrets = session.scalars(select(VisitPassKey.secret)).all()
        names = session.scalars(select(UserAccount.username)).all()
    assert sorted(names) == ["admin", "clerk1"] and set(hashes) == {""}
    assert len(secrets) == 1 and secrets == [""]
    with desk.db.read() as session:  # the facility's own desks keep theirs
        assert "" not in session.scalars(select(UserAccount.password_hash)).all()
        assert session.scalars(select(VisitPassKey.secret)).one() != ""
