from __future__ import annotations

import pytest

from prisondesk.services.intake import admissions, search
from tests.intake.fixtures import identity


@pytest.fixture
def people(db, registrar):
    made = {}
    for surname, given, patronymic, pin in [
        ("Асанов", "Бакыт", "Нурланович", "21705199000123"),
        ("Жумабеков", "Өмүрбек", "Талант уулу", "21203198500011"),
        ("Иванова", "Юлия", "Сергеевна", "10101199200045"),
        ("Асанбеков", "Нурлан", "", ""),
        ("Ниязбеков", "Үсөн", "Айбек уулу", ""),
    ]:
        view = admissions.start_admission(
            db,
            registrar,
            identity(
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                pin=pin,
                date_of_birth=__import__("datetime").date(1990, 5, 17),
                sex="female" if surname.endswith("а") else "male",
            ),
        )
        made[surname] = view
    return made


def names(hits):
    return [h.surname for h in hits]


@pytest.mark.parametrize(
    "query",
    ["Асанов", "асанов", "АСАНОВ", "Asanov", "asanov", "Asanow", "Asanof", "Асанвов", "Assanov"],
)
def test_a_name_is_found_in_either_script_with_one_typo(db, registrar, people, query):
    hits = search.search(db, registrar, query)
    assert names(hits)[0] == "Асанов"


@pytest.mark.parametrize("query", ["Zhumabekov", "Jumabekov", "Dzhumabekov", "жумабеков"])
def test_kyrgyz_spellings_meet(db, registrar, people, query):
    assert "Жумабеков" in names(search.search(db, registrar, query))


def test_kyrgyz_letters_and_glides(db, registrar, people):
    assert names(search.search(db, registrar, "Usen"))[0] == "Ниязбеков"  # Үсөн
    assert names(search.search(db, registrar, "Omurbek"))[0] == "Жумабеков"  # Өмүрбек
    assert names(search.search(db, registrar, "Yulia Ivanova")) == ["Иванова"]
    assert names(search.search(db, registrar, "Iuliia"))[0] == "Иванова"


def test_results_come_as_you_type(db, registrar, people):
    assert set(names(search.search(db, registrar, "Аса"))) == {"Асанов", "Асанбеков"}
    assert names(search.search(db, registrar, "Асанов Бак")) == ["Асанов"]
    assert names(search.search(db, registrar, "Nurlan"))[0] == "Асанбеков"  # exact before others


def test_exact_matches_rank_before_typos(db, registrar, people):
    hits = search.search(db, registrar, "Асанов")
    assert hits[0].matched_by == "name"
    assert all(h.matched_by in {"name", "typo"} for h in hits)


def test_by_pin_and_by_number(db, registrar, people):
    assert names(search.search(db, registrar, "2170519900")) == ["Асанов"]
    assert names(search.search(db, registrar, "21705199000123"))[0] == "Асанов"
    number = people["Иванова"].number
    assert names(search.search(db, registrar, number.lower())) == ["Иванова"]


def test_nothing_and_noise_find_nothing(db, registrar, people):
    for query in ["", "   ", "!!!", "Петров", "zzzz", "x"]:
        assert search.search(db, registrar, query) == []


def test_renaming_updates_the_index(db, registrar, people):
    view = people["Асанов"]
    admissions.save_identity(db, registrar, view.id, identity(surname="Турдубаев"))
    assert "Асанов" not in names(search.search(db, registrar, "Асанов"))
    assert names(search.search(db, registrar, "Turdubaev")) == ["Турдубаев"]


def test_index_is_rebuilt_when_rows_lack_keys(db, registrar, people):
    from sqlalchemy import delete

    from prisondesk.db.models import SearchKey

    with db.write(None) as session:
        session.execute(delete(SearchKey))
    assert search.search(db, registrar, "Асанов") == []
    assert search.ensure_index(db) is True
    assert names(search.search(db, registrar, "Асанов"))[0] == "Асанов"
    assert search.ensure_index(db) is False


def test_list_pages_filter_and_sort(db, registrar, people, wing_id):
    from prisondesk.services.intake import registry
    from prisondesk.services.intake.admissions import Placement
    from prisondesk.services.intake.registry import RegistryFilter

    admissions.save_placement(db, registrar, people["Иванова"].id, Placement("general", wing_id))
    assert registry.count(db, registrar, RegistryFilter()) == 5
    assert registry.count(db, registrar, RegistryFilter(wing_id=wing_id)) == 1
    rows = registry.page(db, registrar, RegistryFilter(), "surname")
    assert [r.full_name.split()[0] for r in rows] == sorted(r.full_name.split()[0] for r in rows)
    backwards = registry.page(db, registrar, RegistryFilter(), "surname", descending=True)
    assert backwards[0].full_name == rows[-1].full_name
    assert len(registry.page(db, registrar, RegistryFilter(), offset=3, limit=10)) == 2
    only = registry.page(db, registrar, RegistryFilter(wing_id=wing_id))
    assert [r.wing for r in only] == ["Блок А"]


@pytest.mark.parametrize("query", ["Asnaov", "Асанво", "Асаонв"])
def test_two_swapped_letters_count_as_one_typo(db, registrar, people, query):
    assert names(search.search(db, registrar, query))[0] == "Асанов"


def test_hyphenated_names_are_found_as_typed(db, registrar):
    admissions.start_admission(db, registrar, identity(surname="Абдыкадыр-уулу", pin=""))
    for query in ["Абдыкадыр-уулу", "Абдыкадыр уулу", "Abdykadyr-uulu Бакыт"]:
        assert names(search.search(db, registrar, query)) == ["Абдыкадыр-уулу"]


def test_one_exact_person_is_not_crowded_out_by_a_common_name(db, registrar, admin):
    """400 people called Алиев Бакыт and one Али Бакыт: both word orders find him first."""
    from sqlalchemy import insert

    from prisondesk.db.capture import open_gate
    from prisondesk.db.models import Prisoner
    from prisondesk.domain.ids import new_id

    rows = [
        {
            "id": new_id(),
            "facility_id": admin.facility_id,
            "origin_device": "t",
            "field_hlc": {},
            "deleted": False,
            "number": f"T-{n:04d}",
            "status": "in_custody",
            "surname": "Алиев",
            "given_name": "Бакыт",
            "patronymic": "",
            "sex": "male",
            "pin": "",
            "languages": [],
        }
        for n in range(400)
    ]
    with db.engine.begin() as connection, open_gate(connection):
        connection.execute(insert(Prisoner.__table__), rows)
    search.rebuild_index(db)
    ali = admissions.start_admission(db, registrar, identity(surname="Али", pin=""))
    for query in ["Бакыт Али", "Али Бакыт"]:
        assert search.search(db, registrar, query)[0].id == ali.id
