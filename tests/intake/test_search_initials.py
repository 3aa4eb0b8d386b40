"""Issue 13: a surname with initials ("Асанов А", "asanov a", "Асанов Б Н") finds the people
whose other names begin with those letters, in either script; full names rank as before."""

from __future__ import annotations

from datetime import date

import pytest

from prisondesk.domain.names import initial_prefixes
from prisondesk.services.intake import admissions, search
from tests.intake.fixtures import identity

PEOPLE = [
    ("Асанов", "Алмаз", "Бекович"),
    ("Асанов", "Бакыт", "Нурланович"),
    ("Асанов", "Нурлан", "Азамат уулу"),  # the initial A is his patronymic's
    ("Асанов", "Улан", "Талант уулу"),
    ("Асанова", "Жылдыз", "Маратовна"),
    ("Асанбеков", "Айбек", ""),
    ("Иванова", "Юлия", "Сергеевна"),
    ("Иванова", "Яна", "Петровна"),
    ("Петров", "Асан", ""),
]


@pytest.fixture
def people(db, registrar) -> dict[str, str]:
    made = {}
    for n, (surname, given, patronymic) in enumerate(PEOPLE):
        view = admissions.start_admission(
            db,
            registrar,
            identity(
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                pin="",
                document_number=f"ID{n:07d}",
                date_of_birth=date(1980, 1, 1 + n),
                sex="female" if surname.endswith("а") else "male",
            ),
        )
        made[f"{surname} {given}"] = view.id
    return made


def found(db, registrar, query) -> list[str]:
    return [f"{h.surname} {h.given_name}" for h in search.search(db, registrar, query)]


@pytest.mark.parametrize("query", ["Асанов А", "асанов а", "Asanov A", "asanov a", "ASANOV A."])
def test_a_surname_and_an_initial_find_every_such_person_in_either_script(
    db, registrar, people, query
):
    # Бакыт Нурланович and Улан Талант уулу have no other name beginning with A: the
    # surname's own A does not count
    assert sorted(found(db, registrar, query)) == ["Асанов Алмаз", "Асанов Нурлан"]


def test_the_initial_may_come_first(db, registrar, people):
    assert sorted(found(db, registrar, "А Асанов")) == ["Асанов Алмаз", "Асанов Нурлан"]
    # the last word is still being typed: Петровна (Иванова Яна) begins with it too
    assert found(db, registrar, "А. Петров") == ["Петров Асан", "Иванова Яна"]


def test_an_initial_that_matches_nobody_finds_nobody(db, registrar, people):
    for query in ["Асанов Щ", "Asanov X", "Петров Б", "Асанов Ы"]:
        assert found(db, registrar, query) == [], query
    # "уулу" closes a patronymic: it is nobody's initial
    assert found(db, registrar, "Асанов У") == ["Асанов Улан"]


def test_two_initials_need_two_names(db, registrar, people):
    assert found(db, registrar, "Асанов Б Н") == ["Асанов Бакыт"]
    assert found(db, registrar, "Асанов Н Б") == ["Асанов Бакыт"]
    assert found(db, registrar, "asanov b n") == ["Асанов Бакыт"]
    assert found(db, registrar, "Асанов А Б") == ["Асанов Алмаз"]
    assert found(db, registrar, "Асанов Б Б") == []


def test_initials_written_as_their_latin_letters(db, registrar, people):
    for query in ["Асанова Ж", "Asanova Zh", "asanova z", "Asanova Zh. M."]:
        assert found(db, registrar, query) == ["Асанова Жылдыз"], query
    for query in ["Иванова Ю", "Ivanova Yu", "Ivanova Iu"]:
        assert found(db, registrar, query) == ["Иванова Юлия"], query
    # Я and Ya lose their glide like the name Яна does (its key is "ana")
    assert found(db, registrar, "Иванова Я") == ["Иванова Яна"]
    assert sorted(found(db, registrar, "Ivanova Y")) == ["Иванова Юлия", "Иванова Яна"]


def test_a_letter_alone_still_lists_nobody(db, registrar, people):
    for query in ["А", "a", "А Б", "Zh"]:
        assert found(db, registrar, query) == [], query


def test_full_names_rank_as_before(db, registrar, people):
    asanovs = ["Асанов Алмаз", "Асанов Бакыт", "Асанов Нурлан", "Асанов Улан"]
    assert found(db, registrar, "Асанов Алмаз") == ["Асанов Алмаз"]
    # the word being typed: its exact key first (by given name), then keys it begins
    assert found(db, registrar, "Асанов") == [*asanovs, "Асанова Жылдыз"]
    assert found(db, registrar, "Asanow") == [*asanovs, "Асанова Жылдыз"]  # one typo
    assert found(db, registrar, "Асан") == [
        "Петров Асан",
        "Асанбеков Айбек",
        *asanovs,
        "Асанова Жылдыз",
    ]
    hits = search.search(db, registrar, "Асанов Нур")  # Нурланович, Нурлан: both begin so
    assert [(h.given_name, h.matched_by) for h in hits] == [("Бакыт", "name"), ("Нурлан", "name")]


def test_what_counts_as_an_initial():
    assert initial_prefixes("А") == ("a",) and initial_prefixes("a.") == ("a",)
    assert initial_prefixes("Ж") == ("j",) and initial_prefixes("Zh") == ("j",)
    assert initial_prefixes("Ю") == ("u",) and initial_prefixes("Yu") == ("u",)
    assert initial_prefixes("Z") == ("z", "j")  # Z. may stand for Zh(anna)
    for word in ["Ас", "Asanov", "Ъ", "", "1"]:
        assert initial_prefixes(word) == (), word
