"""Workshop fixtures: the people who run a workshop, a workshop with its weekly sessions,
and a prisoner held here."""

from __future__ import annotations

import itertools

import pytest

from tests.workshops.fixtures import make_workshop


@pytest.fixture
def instructor(staff):
    return staff("instructor1", "instructor", "Жумабеков Эрлан")


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def social_worker(staff):
    return staff("social1", "social_worker", "Абдыкадырова Назгуль")


@pytest.fixture
def workshop(db, instructor) -> str:
    """A leather workshop for 10, instructor1 its instructor, full days Monday to Friday."""
    return make_workshop(db, instructor, instructor_ids=[instructor.user_id])


@pytest.fixture
def prisoner(complete) -> str:
    """A prisoner held here (admitted with every part)."""
    return complete().id


@pytest.fixture
def another(complete):
    """Admit one more prisoner (no PIN, so none clashes); their id."""
    numbers = itertools.count(7_000_001)

    def admit(surname: str = "Токтогулов") -> str:
        return complete(surname=surname, pin="", document_number=f"ID{next(numbers)}").id

    return admit
