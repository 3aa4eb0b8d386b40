"""Assessments, plans and case notes between desks and with a transferred prisoner (issue 18;
SYNC.md, Transfers), desks and a real server on loopback, SQLite and PostgreSQL: an
assessment made by one desk's social worker and approved by its supervisor, the plan built
from its needs, progress and a review, and a case note of each visibility reach the
facility's other desk whole and read the same there; when the prisoner is transferred, the
receiving facility's desks get every one of those rows with the same ids and contents, read
them, and reassess the prisoner on that file, while the sending facility's desks lose them
(its own audit entries stay). The server authorises each such row by its user's role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import (
    Assessment,
    AssessmentStep,
    AuditEntry,
    CaseNote,
    Classification,
    PlanAction,
    PlanNote,
    Prisoner,
)
from prisondesk.domain.ids import new_id
from prisondesk.domain.wire import to_wire
from prisondesk.server.models import ServerRow
from prisondesk.server.pull import digest
from prisondesk.server.tables import table_specs
from prisondesk.services.assessments import case_notes, classification, plans, reading, workflow
from prisondesk.services.assessments.workflow import AssessmentRefused
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.sync import syncing
from prisondesk.sync import state
from tests.assessments.conftest import EXAMPLE, highest, lowest
from tests.assessments.flow import approved, review_day, submitted
from tests.intake.fixtures import admit_completely
from tests.server.desks import Desk, account, first_desk, joining_desk, staff
from tests.server.digest_reference import counted_digest
from tests.server.protocol import audit_op, insert_op, pull_all, push, statuses
from tests.workshops.fixtures import today

MODELS = (Assessment, AssessmentStep, Classification, PlanAction, PlanNote, CaseNote)
TABLES = tuple(model.__tablename__ for model in MODELS)
# what the file below holds: one approved assessment (started, submitted, approved), its
# classification, three actions from its needs, a progress note and a plan review, two notes
WRITTEN = {
    "assessment": 1,
    "assessment_step": 3,
    "classification": 1,
    "plan_action": 3,
    "plan_note": 2,
    "case_note": 2,
}
RESTRICTED_NOTE = "Жалуется на угрозы со стороны сокамерников"
FILE_NOTE = "Помогает в библиотеке блока, спокоен"
PROGRESS = "Записан в 7 класс вечерней школы"
REVIEW = "План выполняется"


@dataclass
class Facilities:
    a1: Desk  # facility A's desk where the prisoner is assessed and sent on
    a2: Desk  # another desk of A
    b1: Desk  # facility B's desk that receives the prisoner and reassesses them
    b2: Desk  # another desk of B
    social: Actor  # A's social worker, the assessor (at a1)
    chief: Actor  # A's supervisor, who approves (at a1)
    a_registrar: Actor
    b_social: Actor  # B's social worker (at b1)
    b_chief: Actor  # B's supervisor (at b1)
    b_registrar: Actor


@dataclass
class AssessedFile:
    prisoner: str
    assessment: str
    actions: list[str]  # from the needs
    notes: dict[str, str]  # visibility -> case note id


@pytest.fixture
def facilities(tmp_path, server, enrolment_code) -> Facilities:
    a1 = first_desk(tmp_path / "a1", server.url, enrolment_code("BSH-1"))
    b1 = first_desk(
        tmp_path / "b1", server.url, enrolment_code("OSH-2", "СИЗО Ош"), facility_code="OSH-2"
    )
    social = staff(a1, "social1", "social_worker")
    chief = staff(a1, "chief", "supervisor")
    a_registrar = staff(a1, "registry1", "registry_officer")
    b_social = staff(b1, "social2", "social_worker")
    b_chief = staff(b1, "chief2", "supervisor")
    b_registrar = staff(b1, "registry2", "registry_officer")
    for desk in (a1, b1, a1):  # a1 twice: now it knows the other facility
        _synced(desk)
    a2 = joining_desk(tmp_path / "a2", server.url, enrolment_code("BSH-1"))
    b2 = joining_desk(tmp_path / "b2", server.url, enrolment_code("OSH-2"))
    return Facilities(a1, a2, b1, b2, social, chief, a_registrar, b_social, b_chief, b_registrar)


def _synced(desk: Desk) -> None:
    report = desk.sync()
    assert report.rejected == 0 and syncing.status(desk.db).rejected == 0, report


def _in_step(*desks: Desk) -> None:
    """Every desk's figures equal its server's (pulled to the end, nothing pending)."""
    for desk in desks:
        assert desk.sync().digest in ("ok", "unchanged")


def _facility(desk: Desk) -> str:
    return facility.current_facility(desk.db).id


def _assessed(f: Facilities) -> AssessedFile:
    """A prisoner of A assessed by the social worker and approved by the supervisor (so
    classified), with a plan from the needs (one action in progress with a note, a review)
    and a case note of each visibility (a restricted one by the social worker, one for the
    file by the registry)."""
    db = f.a1.db
    prisoner = admit_completely(db, f.a_registrar, facility.current_facility(db).wings[0].id).id
    assessment = approved(db, f.social, f.chief, prisoner, highest("education", "work", "family"))
    actions = plans.actions_from_needs(db, f.social, assessment)
    plans.update_action(db, f.social, actions[0], status="in_progress")
    plans.add_progress(db, f.social, actions[0], PROGRESS)
    plans.review_plan(db, f.chief, prisoner, REVIEW, today(db, f.chief) + timedelta(days=90))
    notes = {
        "restricted": case_notes.write(
            db, f.social, prisoner, "concern", "restricted", RESTRICTED_NOTE
        ),
        "file": case_notes.write(db, f.a_registrar, prisoner, "positive", "file", FILE_NOTE),
    }
    return AssessedFile(prisoner, assessment, actions, notes)


def _rows(desk: Desk, prisoner_id: str) -> dict[str, list[dict[str, Any]]]:
    """The prisoner's assessment rows as the desk holds them, as pull delivers them (every
    column, on the wire), each table's by id."""
    found = {}
    with desk.db.read() as session:
        for model in MODELS:
            table = model.__table__
            names = model.data_columns()
            rows = session.execute(
                select(*(table.c[name] for name in names)).where(table.c.prisoner_id == prisoner_id)
            )
            found[table.name] = sorted(
                ({n: to_wire(v) for n, v in zip(names, row, strict=True)} for row in rows),
                key=lambda row: row["id"],
            )
    return found


def _counts(rows: dict[str, list]) -> dict[str, int]:
    return {table: len(found) for table, found in rows.items()}


def _read(desk: Desk, actor: Actor, file: AssessedFile) -> tuple:
    """The file as the services show it to ``actor`` at ``desk``."""
    return (
        reading.assessment_view(desk.db, actor, file.assessment),
        classification.history(desk.db, actor, file.prisoner),
        plans.plan(desk.db, actor, file.prisoner),
        case_notes.notes(desk.db, actor, file.prisoner),
    )


def _assert_the_file_reads(view, history, plan, notes, file: AssessedFile) -> None:
    """What any desk holding the file shows of it."""
    assert (view.id, view.prisoner_id, view.status, view.reason) == (
        file.assessment,
        file.prisoner,
        "approved",
        "initial",
    )
    assert (view.instrument.id, view.instrument.version) == (EXAMPLE, 1)
    assert view.answers == highest("education", "work", "family")
    assert [s.step for s in view.steps] == ["started", "submitted", "approved"]
    assert set(view.needs) == {"education", "work_skills", "family_ties"}
    assert [(c.assessment_id, c.risk_level) for c in history] == [(file.assessment, view.level)]
    assert plan.assessment_id == file.assessment and plan.needs_uncovered == ()
    assert sorted(a.id for a in plan.actions) == sorted(file.actions)
    started = next(a for a in plan.actions if a.id == file.actions[0])
    assert started.status == "in_progress"
    assert [text for _, _, text in started.notes] == [PROGRESS]
    assert [r.text for r in plan.reviews] == [REVIEW]
    assert {(n.id, n.visibility, n.text) for n in notes} == {
        (file.notes["restricted"], "restricted", RESTRICTED_NOTE),
        (file.notes["file"], "file", FILE_NOTE),
    }


def _server_digest_of(server, facility_id: str) -> dict[str, Any]:
    tables = digest(server.db, facility_id)["tables"]
    return {name: tables[name] for name in TABLES}


def test_an_assessed_file_reads_the_same_at_every_desk_of_the_facility(facilities, server):
    f = facilities
    file = _assessed(f)
    _synced(f.a1)
    _synced(f.a2)

    written = _rows(f.a1, file.prisoner)
    assert _counts(written) == WRITTEN
    assert _rows(f.a2, file.prisoner) == written
    # the other desk's figures of the new tables are the server's, and the server's totals
    # are its rows
    a_facility = _facility(f.a1)
    for desk in (f.a1, f.a2):
        assert {name: desk.digest()[name] for name in TABLES} == _server_digest_of(
            server, a_facility
        )
    assert digest(server.db, a_facility)["tables"] == counted_digest(server.db, a_facility)

    # a2 shows the file as a1 does, to the same people
    social, chief = account(f.a2, "social1"), account(f.a2, "chief")
    here = _read(f.a1, f.social, file)
    there = _read(f.a2, social, file)
    assert there == here
    _assert_the_file_reads(*there, file)
    assert there[0].assessor_id == f.social.user_id
    assert there[0].approved_by != "" and there[1][0].decided_by != ""  # names known at A
    assert _read(f.a2, chief, file) == _read(f.a1, f.chief, file)
    # the registry reads only the notes for the file
    registrar = account(f.a2, "registry1")
    shown = case_notes.notes(f.a2.db, registrar, file.prisoner)
    assert [(n.id, n.text) for n in shown] == [(file.notes["file"], FILE_NOTE)]
    assert shown == case_notes.notes(f.a1.db, f.a_registrar, file.prisoner)
    _in_step(f.a1, f.a2, f.a1)


def _transfer(f: Facilities, prisoner: str) -> None:
    target = movements.destinations(f.a1.db, f.a_registrar)[0]
    movements.record_movement(
        f.a1.db, f.a_registrar, prisoner, MoveRequest("transfer_out", to_facility_id=target.id)
    )


def _essence(view) -> tuple:
    """An assessment as read, without the names of the people (users of the facility that
    reads it)."""
    return (
        view.id,
        view.prisoner_id,
        view.instrument,
        view.status,
        view.reason,
        view.reason_note,
        view.answers,
        view.section_scores,
        view.total,
        view.computed_level,
        view.needs,
        view.level,
        view.override_reason,
        view.next_review_on,
        view.assessor_id,
        view.approved_at,
        tuple((s.step, s.reason, s.details, s.taken_at) for s in view.steps),
        view.previous_id,
        view.changes,
        tuple((n.id, n.kind, n.visibility, n.text, n.written_at) for n in view.notes_since),
    )


def _plan_essence(plan) -> tuple:
    return (
        plan.prisoner_id,
        tuple(
            (
                (a.id, a.kind, a.need, a.description, a.owner_id, a.target_on, a.status),
                tuple((at, text) for at, _, text in a.notes),
            )
            for a in plan.actions
        ),
        tuple((r.written_at, r.text, r.next_review_on) for r in plan.reviews),
        plan.needs_uncovered,
        plan.assessment_id,
        plan.next_review_on,
    )


def test_the_assessment_file_goes_with_a_transferred_prisoner(facilities, server):
    f = facilities
    file = _assessed(f)
    _synced(f.a1)
    _synced(f.a2)
    sent = _rows(f.a1, file.prisoner)
    assert _counts(sent) == WRITTEN
    view, history, plan, notes = _read(f.a1, f.social, file)
    a_facility, b_facility = _facility(f.a1), _facility(f.b1)
    assert {row["facility_id"] for rows in sent.values() for row in rows} == {a_facility}

    _transfer(f, file.prisoner)
    for desk in (f.a1, f.b1, f.b2, f.a2):
        _synced(desk)

    # B's desks hold every row, with the same ids and contents, now B's
    moved = {
        table: [{**row, "facility_id": b_facility} for row in rows] for table, rows in sent.items()
    }
    for desk in (f.b1, f.b2):
        assert _rows(desk, file.prisoner) == moved
    with server.db.read() as session:
        stored = session.execute(
            select(ServerRow.table_name, ServerRow.facility_id).where(
                ServerRow.prisoner_id == file.prisoner, ServerRow.table_name.in_(TABLES)
            )
        ).all()
    assert sorted(stored) == sorted(
        (table, b_facility) for table, count in WRITTEN.items() for _ in range(count)
    )

    # B's social worker (and supervisor) read the assessment as it was made, its plan and
    # its notes; the registry reads the notes for the file only
    for desk, social, chief, registrar in (
        (f.b1, f.b_social, f.b_chief, f.b_registrar),
        (f.b2, account(f.b2, "social2"), account(f.b2, "chief2"), account(f.b2, "registry2")),
    ):
        for reader in (social, chief):
            there = _read(desk, reader, file)
            _assert_the_file_reads(*there, file)
            assert _essence(there[0]) == _essence(view)
            assert there[0].instrument == view.instrument  # the version it was made with
            assert [(c.id, c.risk_level, c.decided_at) for c in there[1]] == [
                (c.id, c.risk_level, c.decided_at) for c in history
            ]
            assert _plan_essence(there[2]) == _plan_essence(plan)
            assert [(n.id, n.kind, n.visibility, n.text, n.written_at) for n in there[3]] == [
                (n.id, n.kind, n.visibility, n.text, n.written_at) for n in notes
            ]
        shown = case_notes.notes(desk.db, registrar, file.prisoner)
        assert [n.id for n in shown] == [file.notes["file"]]

    # A's desks keep the file marked as transferred out and their own audit entries of the
    # assessment, not the assessment rows
    for desk, social in ((f.a1, f.social), (f.a2, account(f.a2, "social1"))):
        with desk.db.read() as session:
            kept = session.get(Prisoner, file.prisoner)
            assert (kept.status, kept.facility_id, kept.transfer_to) == (
                "transferred_out",
                a_facility,
                b_facility,
            )
            audited = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity == "assessment", AuditEntry.entity_id == file.assessment)
            )
            assert audited >= 3  # created, submitted, approved (and the reads)
        assert _counts(_rows(desk, file.prisoner)) == dict.fromkeys(TABLES, 0)
        assert reading.prisoner_assessments(desk.db, social, file.prisoner) == []
        assert classification.history(desk.db, social, file.prisoner) == []
        left = plans.plan(desk.db, social, file.prisoner)
        assert (left.actions, left.reviews, left.assessment_id) == ((), (), None)
        assert case_notes.notes(desk.db, social, file.prisoner) == []
        with pytest.raises(AssessmentRefused) as refused:
            workflow.start(desk.db, social, file.prisoner, EXAMPLE, "transfer")
        assert refused.value.reason == "not_held"
    _in_step(f.a1, f.a2, f.b1, f.b2)

    # B: the prisoner arrives and is reassessed on the file A made
    wing = facility.current_facility(f.b1.db).wings[0]
    arrival = MoveRequest("transfer_in", wing_id=wing.id, cell="3")
    movements.record_movement(f.b1.db, f.b_registrar, file.prisoner, arrival)
    again = workflow.start(f.b1.db, f.b_social, file.prisoner, EXAMPLE, "transfer")
    workflow.save_answers(f.b1.db, f.b_social, again, lowest())
    workflow.submit(f.b1.db, f.b_social, again, review_day(f.b1.db, f.b_social))
    workflow.approve(f.b1.db, f.b_chief, again)
    for desk in (f.b1, f.b2, f.a1, f.a2):
        _synced(desk)
    reader = account(f.b2, "social2")
    review = reading.assessment_view(f.b2.db, reader, again)
    assert (review.reason, review.previous_id, review.status) == (
        "transfer",
        file.assessment,
        "approved",
    )
    assert review.changes  # item by item against A's assessment
    assert {n.id for n in review.notes_since} == set(file.notes.values())
    assert [c.assessment_id for c in classification.history(f.b2.db, reader, file.prisoner)] == [
        again,
        file.assessment,
    ]
    assert _rows(f.b2, file.prisoner) == _rows(f.b1, file.prisoner)
    for desk in (f.a1, f.a2):  # A sees none of it
        assert _counts(_rows(desk, file.prisoner)) == dict.fromkeys(TABLES, 0)
    _in_step(f.a1, f.a2, f.b1, f.b2)
    for facility_id in (a_facility, b_facility, None):  # None: headquarters
        assert digest(server.db, facility_id)["tables"] == counted_digest(server.db, facility_id)


# -- the server authorises each row by its user's role (docs/authorisation.md) -------------


def _token_of(desk: Desk) -> tuple[dict[str, str], str]:
    """What an attacker reads from a desk's database: its token (and its device id)."""
    with desk.db.read() as session:
        token = state.get(session, state.TOKEN)
    return {"Authorization": f"Bearer {token}"}, desk.db.device_id


def test_the_server_refuses_assessment_rows_from_roles_that_may_not_write_them(
    client, server, tmp_path, enrolment_code
):
    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    people = {
        role: staff(desk, name, role)
        for name, role in (
            ("social1", "social_worker"),
            ("psych1", "psychologist"),
            ("chief", "supervisor"),
            ("registry1", "registry_officer"),
            ("gate1", "gate_officer"),
            ("teach1", "instructor"),
        )
    }
    registrar, social = people["registry_officer"], people["social_worker"]
    prisoner = admit_completely(
        desk.db, registrar, facility.current_facility(desk.db).wings[0].id
    ).id
    assessment = submitted(desk.db, social, prisoner)
    _synced(desk)
    auth, device = _token_of(desk)
    facility_id = desk.admin.facility_id
    moment = "2026-12-01T09:00:00.000000Z"
    rows = {
        "assessment": {
            "prisoner_id": prisoner,
            "instrument_id": EXAMPLE,
            "instrument_version": 1,
            "instrument_digest": "0" * 64,
            "reason": "initial",
            "status": "draft",
            "answers": {},
            "section_scores": {},
            "needs": [],
            "started_at": moment,
        },
        "assessment_step": {
            "prisoner_id": prisoner,
            "assessment_id": assessment,
            "step": "approved",
            "details": {},
            "taken_at": moment,
        },
        "classification": {
            "prisoner_id": prisoner,
            "assessment_id": assessment,
            "risk_level": "high",
            "security_level": "high",
            "conditions": "closed",
            "decided_at": moment,
        },
        "plan_action": {
            "prisoner_id": prisoner,
            "kind": "education",
            "target_on": "2027-03-01",
            "status": "planned",
            "created_at": moment,
        },
        "plan_note": {"prisoner_id": prisoner, "text": "Прогресс", "written_at": moment},
        "case_note": {
            "prisoner_id": prisoner,
            "kind": "concern",
            "visibility": "restricted",
            "text": "Заметка",
            "written_at": moment,
        },
    }

    def pushed(table: str, role: str) -> tuple[str, tuple[str, str | None]]:
        """An insert of ``table`` in the name of the facility's ``role``, with that user's
        audit entry, made with the desk's own token; the row's id and the op's answer."""
        user = people[role].user_id
        row_id = new_id()
        values = {**rows[table], "id": row_id, "facility_id": facility_id}
        op = {**insert_op(table, device, values), "user_id": user}
        answer = statuses(push(client, auth, [op, audit_op(device, facility_id, user)]))
        assert answer[1] == ("applied", None)  # the audit entry is the user's own trail
        return row_id, answer[0]

    refused = [
        ("assessment", "gate_officer"),
        ("assessment", "instructor"),
        ("assessment", "registry_officer"),
        ("assessment_step", "instructor"),
        ("plan_action", "registry_officer"),
        ("plan_note", "gate_officer"),
        ("case_note", "gate_officer"),
        ("case_note", "instructor"),
        ("classification", "social_worker"),  # only a supervisor approves, and classifies
        ("classification", "psychologist"),
    ]
    forbidden = []
    for table, role in refused:
        row_id, answer = pushed(table, role)
        assert answer == ("rejected", "forbidden"), (table, role)
        forbidden.append(row_id)
    # the same rows by those who write them land
    allowed = [
        ("assessment", "social_worker"),
        ("assessment_step", "psychologist"),
        ("plan_action", "social_worker"),
        ("plan_note", "supervisor"),
        ("case_note", "registry_officer"),
        ("case_note", "social_worker"),
        ("classification", "supervisor"),
    ]
    landed = []
    for table, role in allowed:
        row_id, answer = pushed(table, role)
        assert answer == ("applied", None), (table, role)
        landed.append(row_id)

    # nothing refused is stored, nor reaches a desk
    with server.db.read() as session:
        stored = set(
            session.scalars(
                select(ServerRow.row_id).where(ServerRow.row_id.in_(forbidden + landed))
            )
        )
    assert stored == set(landed)
    pulled = {change["row_id"] for change in pull_all(client, auth)}
    assert pulled.isdisjoint(forbidden) and pulled.issuperset(landed)


def test_the_protocol_page_names_every_table_that_follows_the_prisoner():
    page = (Path(__file__).resolve().parents[2] / "docs" / "sync-additions.md").read_text()
    moved = page.split("3. moves every row that *follows the prisoner*")[1].split("\n4. ")[0]
    following = [spec.name for spec in table_specs().values() if spec.follows_prisoner]
    assert set(TABLES) <= set(following)
    assert [name for name in following if f"`{name}`" not in moved] == []
