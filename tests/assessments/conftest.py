"""Assessment fixtures: the people who assess and approve, a prisoner held here, and answers
to the example instrument."""

from __future__ import annotations

import itertools

import pytest

from prisondesk.services.assessments import instruments

EXAMPLE = "example-risk-needs"


@pytest.fixture
def social_worker(staff):
    return staff("social1", "social_worker", "Абдыкадырова Назгуль")


@pytest.fixture
def psychologist(staff):
    return staff("psych1", "psychologist", "Орозова Гулина")


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def chief(staff):
    """A second supervisor (one never approves their own assessment)."""
    return staff("supervisor2", "supervisor", "Турдуев Марат")


@pytest.fixture
def prisoner(complete) -> str:
    return complete().id


@pytest.fixture
def another(complete):
    numbers = itertools.count(7_100_001)

    def admit(surname: str = "Токтогулов") -> str:
        return complete(surname=surname, pin="", document_number=f"ID{next(numbers)}").id

    return admit


def lowest() -> dict[str, str]:
    """Every item of the example answered with its lowest-scoring option."""
    instrument = instruments.latest(EXAMPLE)
    return {item.id: min(item.options, key=lambda o: o.score).code for item in instrument.items()}


def highest(*sections: str) -> dict[str, str]:
    """The lowest answers, but the items of ``sections`` at their highest."""
    instrument = instruments.latest(EXAMPLE)
    answers = lowest()
    for section in instrument.sections:
        if section.id in sections:
            for item in section.items:
                answers[item.id] = max(item.options, key=lambda o: o.score).code
    return answers
