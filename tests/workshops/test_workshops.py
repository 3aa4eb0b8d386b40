"""Setting workshops up: name, enterprise, capacity, instructors, weekly sessions and training
programmes; and the instructor's sessions of a day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import Programme, Workshop, WorkshopInstructor, WorkshopSession
from prisondesk.services.core.errors import (
    InvalidFields,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from prisondesk.services.workshops import programmes, workshops
from prisondesk.services.workshops.programmes import ProgrammeEntry
from prisondesk.services.workshops.schedule import WeeklySession
from prisondesk.services.workshops.workshop_form import WorkshopEntry
from tests.workshops.fixtures import allocated, audit_count, make_workshop, today


def _next_monday(db, actor) -> date:
    day = today(db, actor)
    return day + timedelta(days=7 - day.weekday())


def _count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(~model.deleted)) or 0


def _nothing_written(db, before_audit: int) -> None:
    assert audit_count(db) == before_audit
    for model in (Workshop, WorkshopInstructor, WorkshopSession, Programme):
        assert _count(db, model) == 0


def test_a_workshop_is_created_with_its_instructors_and_sessions(db, instructor, supervisor):
    before = audit_count(db)
    workshop_id = workshops.create_workshop(
        db,
        supervisor,
        WorkshopEntry(
            name="  Войлочный цех ",
            capacity=12,
            enterprise="ГП «Кыргызпромсервис»",
            instructor_ids=(instructor.user_id, supervisor.user_id),
            sessions=(WeeklySession(0, "morning"), WeeklySession(0, "afternoon"), (2, "full")),
        ),
    )
    assert audit_count(db) == before + 1
    detail = workshops.workshop_detail(db, instructor, workshop_id)
    assert detail.name == "Войлочный цех"
    assert detail.capacity == 12 and detail.allocated == 0
    assert detail.enterprise == "ГП «Кыргызпромсервис»"
    assert [i.full_name for i in detail.instructors] == ["Жумабеков Эрлан", "Касымова Динара"]
    assert detail.sessions == ((0, "morning"), (0, "afternoon"), (2, "full"))
    [summary] = workshops.list_workshops(db, instructor)
    assert (summary.name, summary.capacity, summary.allocated) == ("Войлочный цех", 12, 0)
    assert summary.instructors == ("Жумабеков Эрлан", "Касымова Динара")


def test_every_problem_of_the_form_is_reported_at_once_and_nothing_written(db, instructor, staff):
    gate = staff("gate1", "gate_officer", "Осмонов Улан")
    before = audit_count(db)
    with pytest.raises(InvalidFields) as refused:
        workshops.create_workshop(
            db,
            instructor,
            WorkshopEntry(
                name=" ",
                capacity=0,
                instructor_ids=(gate.user_id,),
                sessions=((0, "full"), (0, "full")),
            ),
        )
    assert {p.field for p in refused.value.problems} == {
        "name",
        "capacity",
        "instructors",
        "sessions",
    }
    _nothing_written(db, before)


@pytest.mark.parametrize("capacity", [0, -1, 501, 2.5, "10", True])
def test_a_capacity_is_a_whole_number_from_one(db, instructor, capacity):
    with pytest.raises(ValidationError) as refused:
        workshops.create_workshop(db, instructor, WorkshopEntry("Цех", capacity))
    assert refused.value.field == "capacity"


@pytest.mark.parametrize(
    "sessions",
    [
        ((0, "full"), (0, "full")),  # twice the same
        ((1, "full"), (1, "morning")),  # a full day and a morning of the same day
        ((1, "afternoon"), (1, "full")),
        ((7, "morning"),),  # no eighth weekday
        ((-1, "morning"),),
        ((2, "evening"),),
        (("2", "morning"),),
        ((2,),),
    ],
)
def test_bad_weekly_sessions_are_refused(db, instructor, sessions):
    before = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        workshops.create_workshop(db, instructor, WorkshopEntry("Цех", 5, sessions=sessions))
    assert refused.value.field == "sessions"
    _nothing_written(db, before)


def test_a_morning_and_an_afternoon_of_one_day_go_together(db, instructor):
    sessions = ((1, "morning"), (1, "afternoon"), (2, "full"))
    workshop_id = workshops.create_workshop(
        db, instructor, WorkshopEntry("Цех", 5, sessions=sessions)
    )
    assert len(workshops.workshop_detail(db, instructor, workshop_id).sessions) == 3


def test_an_instructor_is_an_instructor_or_a_supervisor(db, instructor, staff, admin):
    social = staff("social1", "social_worker", "Абдыкадырова Назгуль")
    for user_id in (social.user_id, admin.user_id, "01a0b0c0-0000-7000-8000-000000000000"):
        with pytest.raises(ValidationError) as refused:
            workshops.create_workshop(
                db, instructor, WorkshopEntry("Цех", 5, instructor_ids=(user_id,))
            )
        assert refused.value.field == "instructors"


def test_a_disabled_account_cannot_instruct(db, instructor, staff, admin):
    from prisondesk.services.core import users

    other = staff("instructor2", "instructor", "Бекова Айгуль")
    users.update_user(db, admin, other.user_id, active=False)
    with pytest.raises(ValidationError):
        workshops.create_workshop(
            db, instructor, WorkshopEntry("Цех", 5, instructor_ids=(other.user_id,))
        )
    assert [v.full_name for v in workshops.instructors_available(db, instructor)] == [
        "Жумабеков Эрлан"
    ]


def test_two_workshops_of_one_name_are_refused(db, instructor, workshop):
    with pytest.raises(ValidationError) as refused:
        workshops.create_workshop(db, instructor, WorkshopEntry("кожевенный ЦЕХ", 5))
    assert refused.value.field == "name"


@pytest.mark.parametrize("role", ["gate_officer", "social_worker", "registry_officer", "admin"])
def test_only_instructors_and_supervisors_set_workshops_up(db, staff, admin, role):
    actor = admin if role == "admin" else staff("someone", role, "Кто-то")
    before = audit_count(db)
    with pytest.raises(PermissionDenied):
        workshops.create_workshop(db, actor, WorkshopEntry("Цех", 5))
    _nothing_written(db, before)


def test_an_edit_replaces_instructors_and_sessions(db, instructor, supervisor, workshop):
    before = audit_count(db)
    workshops.edit_workshop(
        db,
        supervisor,
        workshop,
        WorkshopEntry(
            name="Кожевенный цех №1",
            capacity=8,
            enterprise="ОсОО «Кожа»",
            note="второй этаж",
            instructor_ids=(supervisor.user_id,),
            sessions=((0, "full"), (5, "morning")),
        ),
    )
    assert audit_count(db) == before + 1
    detail = workshops.workshop_detail(db, instructor, workshop)
    assert (detail.name, detail.capacity, detail.enterprise, detail.note) == (
        "Кожевенный цех №1",
        8,
        "ОсОО «Кожа»",
        "второй этаж",
    )
    assert [i.full_name for i in detail.instructors] == ["Касымова Динара"]
    assert detail.sessions == ((0, "full"), (5, "morning"))


def test_a_refused_edit_changes_nothing(db, instructor, workshop):
    before = audit_count(db)
    with pytest.raises(ValidationError):
        workshops.edit_workshop(
            db, instructor, workshop, WorkshopEntry("Другое имя", 5, sessions=((0, "x"),))
        )
    assert audit_count(db) == before
    assert workshops.workshop_detail(db, instructor, workshop).name == "Кожевенный цех"


def test_a_workshop_of_nowhere_is_not_found(db, instructor):
    with pytest.raises(NotFound):
        workshops.workshop_detail(db, instructor, "01a0b0c0-0000-7000-8000-000000000000")


def test_programmes_have_a_name_and_a_length(db, instructor, workshop):
    before = audit_count(db)
    programme_id = programmes.add_programme(
        db, instructor, workshop, ProgrammeEntry("Основы кожевенного дела", 30)
    )
    assert audit_count(db) == before + 1
    programmes.edit_programme(
        db, instructor, programme_id, ProgrammeEntry("Основы кожевенного дела", 31, "месяц")
    )
    assert audit_count(db) == before + 2
    [programme] = workshops.workshop_detail(db, instructor, workshop).programmes
    assert (programme.name, programme.length_days, programme.description) == (
        "Основы кожевенного дела",
        31,
        "месяц",
    )


@pytest.mark.parametrize("days", [0, -3, 367, 1.5, None])
def test_a_programme_lasts_one_to_366_days(db, instructor, workshop, days):
    before = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        programmes.add_programme(db, instructor, workshop, ProgrammeEntry("Курс", days))
    assert refused.value.field == "length_days"
    assert audit_count(db) == before and _count(db, Programme) == 0


def test_a_programme_form_reports_every_problem_and_names_are_unique(db, instructor, workshop):
    with pytest.raises(InvalidFields) as refused:
        programmes.add_programme(db, instructor, workshop, ProgrammeEntry("", 0))
    assert {p.field for p in refused.value.problems} == {"name", "length_days"}
    programmes.add_programme(db, instructor, workshop, ProgrammeEntry("Курс", 30))
    with pytest.raises(ValidationError) as refused:
        programmes.add_programme(db, instructor, workshop, ProgrammeEntry("КУРС", 10))
    assert refused.value.field == "name"


def test_an_instructor_sees_the_sessions_of_their_own_workshops(
    db, instructor, supervisor, workshop, prisoner
):
    other = make_workshop(
        db, supervisor, name="Швейный цех", sessions=((0, "morning"), (0, "afternoon"))
    )
    allocated(db, supervisor, prisoner, workshop_id=workshop)
    monday = _next_monday(db, instructor)
    mine = workshops.sessions_on(db, instructor, monday)
    assert [(s.workshop_id, s.part, s.allocated, s.capacity) for s in mine] == [
        (workshop, "full", 1, 10)
    ]
    every = workshops.sessions_on(db, supervisor, monday)
    assert [(s.workshop_name, s.part) for s in every] == [
        ("Кожевенный цех", "full"),
        ("Швейный цех", "morning"),
        ("Швейный цех", "afternoon"),
    ]
    assert workshops.sessions_on(db, supervisor, monday + timedelta(days=5)) == []  # Saturday
    assert other in {s.workshop_id for s in every}


def test_places_count_on_the_day_they_are_held(db, instructor, supervisor, workshop, prisoner):
    monday = _next_monday(db, instructor)
    allocated(db, supervisor, prisoner, workshop_id=workshop, starts_on=monday)
    [before_start] = workshops.sessions_on(db, instructor, monday - timedelta(days=7))
    [on_start] = workshops.sessions_on(db, instructor, monday)
    assert (before_start.allocated, on_start.allocated) == (0, 1)
