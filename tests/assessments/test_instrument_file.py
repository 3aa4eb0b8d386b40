"""An instrument file with a mistake is refused with every problem in it, each with where it
is: a broken rule, a duplicate id, a score outside its scale, a missing translation, a typo
in a key (issue 18, bad input)."""

from __future__ import annotations

import pytest

from prisondesk.domain.instruments import InstrumentError, parse_instrument
from prisondesk.domain.text import Label
from tests.assessments.samples import MINI, changed, problems

ITEM = "sections[0] (escape).items[0] (escape.prior_attempts)"
WORK_ITEM = "sections[1] (work).items[0] (work.trade)"


def test_the_sample_itself_is_valid():
    assert parse_instrument(MINI, "mini.v1.toml").id == "mini"


def test_a_toml_syntax_error_gives_its_line():
    text = changed(('id = "escape"', 'id = "escape'))
    [(where, message)] = problems(text)
    assert where.startswith("line 15, column")
    assert message.startswith("Not valid TOML:")


def test_missing_fields_are_named_with_their_place():
    text = changed(('kind = "risk"\n', ""), ("version = 1\n", ""))
    assert problems(text) == [
        (None, "“version” is missing."),
        ("sections[0] (escape)", "“kind” is missing."),
    ]


@pytest.mark.parametrize(
    ("old", "new", "where", "expected"),
    [
        ("version = 1", 'version = "1"', "version", "a whole number"),
        ("scale = [0, 4]\n", "scale = [0, 4]\nrequired = 1\n", f"{ITEM}.required", "true or false"),
        ("from = 4", "from = 4.0", "risk.thresholds[1].from", "a whole number"),
        ('title = { en = "Mini"', 'title = "Mini"\nx = { en = "Mini"', "title", "a table of"),
    ],
)
def test_a_value_of_the_wrong_type_is_named(old, new, where, expected):
    found = dict(problems(changed((old, new))))
    assert expected in found[where]


def test_a_bool_is_not_a_number_in_a_scale():
    found = problems(changed(("scale = [0, 4]", "scale = [0, true]")))
    assert (f"{ITEM}.scale", "A scale is two whole numbers: [lowest, highest].") in found


def test_an_unknown_key_is_a_typo_not_an_absent_optional_field():
    text = changed(("scale = [0, 4]\n", "scale = [0, 4]\nrequierd = false\n"))
    assert problems(text) == [
        (
            f"{ITEM}.requierd",
            "Unknown field “requierd”: the fields here are help, id, options, required, "
            "scale, text.",
        )
    ]


def test_a_misspelt_required_key_reports_both_the_unknown_and_the_missing():
    found = problems(changed(("at_least = 2", "at_leest = 2")))
    assert ("needs[0] (work_skills)", "“at_least” is missing.") in found
    assert any(where == "needs[0] (work_skills).at_leest" for where, _ in found)


def test_a_duplicate_section_id():
    found = problems(changed(('id = "work"', 'id = "escape"')))
    assert ("sections[1] (escape)", "The section id “escape” is used more than once.") in found


def test_a_duplicate_item_id_names_where_it_was_first_used():
    found = problems(changed(('id = "work.trade"', 'id = "escape.prior_attempts"')))
    assert (
        "sections[1] (work).items[0] (escape.prior_attempts)",
        f"The item id “escape.prior_attempts” is already used at {ITEM}.",
    ) in found


def test_a_duplicate_option_code_within_an_item():
    found = problems(changed(('code = "some"', 'code = "none"')))
    assert (
        f"{ITEM}.options[1] (none)",
        "The option code “none” is used more than once in this item.",
    ) in found


def test_the_same_option_code_in_two_items_is_fine():
    text = changed(('code = "trade"', 'code = "none"'), ('code = "no_trade"', 'code = "some"'))
    assert parse_instrument(text, "mini.v1.toml")


def test_a_score_outside_its_items_scale():
    found = problems(changed(("score = 4", "score = 5")))
    assert found == [
        (f"{ITEM}.options[1] (some).score", "The score 5 is outside the item's scale, 0 to 4.")
    ]


def test_a_scale_whose_minimum_is_above_its_maximum():
    found = problems(changed(("scale = [0, 2]", "scale = [3, 2]")))
    assert (f"{WORK_ITEM}.scale", "The scale's lowest score 3 is above its highest 2.") in found


def test_a_scale_below_zero():
    found = problems(changed(("scale = [0, 2]", "scale = [-1, 2]")))
    assert (f"{WORK_ITEM}.scale", "Scores start at 0: the lowest cannot be -1.") in found


def test_an_item_with_one_option():
    one = changed(
        (
            '[[sections.items.options]]\ncode = "trade"\n'
            'label = { en = "Has one", ru = "Есть", ky = "Бар" }\nscore = 0\n\n',
            "",
        )
    )
    assert (f"{WORK_ITEM}.options", "An item needs at least two options.") in problems(one)


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        (', ky = "Мини" }', " }", "title", "The text in “ky” is missing."),
        ('ru = "Прежние попытки", ', "", f"{ITEM}.text", "The text in “ru” is missing."),
        ('en = "Low"', 'en = "  "', "levels[0] (low).label.en", "The text in “en” is empty."),
        (
            'ky = "Кесип" }',
            'ky = "Кесип", kk = "Кәсіп" }',
            f"{WORK_ITEM}.text.kk",
            "Unknown language “kk”: texts are given in en, ru and ky.",
        ),
    ],
)
def test_every_text_is_given_in_english_russian_and_kyrgyz(old, new, where, message):
    assert (where, message) in problems(changed((old, new)))


def test_an_invalid_id():
    found = problems(changed(('id = "work.trade"', 'id = "Work trade"')))
    assert (
        "sections[1] (work).items[0].id",
        "“Work trade” is not a valid id: use lower-case Latin letters and digits, joined by "
        ". _ or -.",
    ) in found


def test_an_unknown_section_kind():
    found = problems(changed(('kind = "need"', 'kind = "needs"')))
    assert ("sections[1] (work).kind", "“needs” is not a section kind: use risk or need.") in found


# --- levels and thresholds -------------------------------------------------------------------

LEVELS = (
    '[[levels]]\ncode = "low"\nlabel = { en = "Low", ru = "Низкий", ky = "Төмөн" }\n\n'
    '[[levels]]\ncode = "high"\nlabel = { en = "High", ru = "Высокий", ky = "Жогорку" }\n\n'
)


def test_levels_must_not_be_empty():
    text = changed((LEVELS, ""), ("version = 1\n", "version = 1\nlevels = []\n"))
    found = problems(text)
    assert ("levels", "“levels” is empty.") in found
    assert ("risk.thresholds[0].level", "Unknown level “low”.") in found


def test_a_level_declared_twice():
    found = problems(changed(('code = "high"', 'code = "low"')))
    assert ("levels[1] (low)", "The level “low” is declared more than once.") in found


def test_thresholds_start_from_zero():
    found = problems(changed(("from = 0", "from = 1")))
    assert found == [("risk.thresholds[0].from", "The first threshold must start from 0, not 1.")]


def test_thresholds_rise_strictly():
    found = problems(changed(("from = 4", "from = 0")))
    assert found == [
        ("risk.thresholds[1].from", "Thresholds must rise: 0 is not above the previous 0.")
    ]


def test_threshold_levels_rise():
    text = changed(('level = "low"\nfrom = 0', 'level = "high"\nfrom = 0'))
    text = changed(('level = "high"\nfrom = 4', 'level = "low"\nfrom = 4'), text=text)
    found = problems(text)
    assert found == [
        ("risk.thresholds[1].level", "Threshold levels must rise: “low” is not above “high”.")
    ]


def test_a_threshold_naming_an_unknown_level():
    found = problems(changed(('level = "high"\nfrom = 4', 'level = "hihg"\nfrom = 4')))
    assert found == [("risk.thresholds[1].level", "Unknown level “hihg”.")]


def test_a_threshold_that_the_total_can_never_reach():
    found = problems(changed(("from = 4", "from = 5")))
    assert found == [
        (
            "risk.thresholds[1].from",
            "This threshold can never be reached: 5 is above the highest possible total, 4.",
        )
    ]


# --- the sections counted, raises and needs --------------------------------------------------


def test_risk_sections_must_exist_and_be_risk_sections():
    text = changed(('sections = ["escape"]', 'sections = ["escape", "violence", "work", "escape"]'))
    assert problems(text) == [
        ("risk.sections[1] (violence)", "Unknown section “violence”."),
        (
            "risk.sections[2] (work)",
            "“work” is not a risk section: the level counts risk sections.",
        ),
        ("risk.sections[3] (escape)", "The section “escape” is counted twice."),
    ]


RAISE = '\n[[risk.raise]]\nsection = "escape"\nat_least = 4\nlevel = "high"\n'


def test_a_valid_raise():
    text = changed(("from = 4\n", "from = 4\n" + RAISE))
    assert parse_instrument(text, "mini.v1.toml").risk.raises[0].section == "escape"


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ('section = "escape"', 'section = "escpae"', "risk.raise[0].section",
         "Unknown section “escpae”."),
        ('section = "escape"', 'section = "work"', "risk.raise[0].section",
         "“work” is not a risk section: the level counts risk sections."),
        ('level = "high"', 'level = "severe"', "risk.raise[0].level", "Unknown level “severe”."),
        ("at_least = 4", "at_least = 0", "risk.raise[0].at_least",
         "“at_least” must be at least 1, not 0."),
        ("at_least = 4", "at_least = 9", "risk.raise[0].at_least",
         "This rule can never apply: 9 is above the most the section can score, 4."),
    ],
)  # fmt: skip
def test_a_broken_raise(old, new, where, message):
    text = changed(("from = 4\n", "from = 4\n" + changed((old, new), text=RAISE)))
    assert problems(text) == [(where, message)]


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ('section = "work"', 'section = "wrok"', "needs[0] (work_skills).section",
         "Unknown section “wrok”."),
        ('section = "work"', 'section = "escape"', "needs[0] (work_skills).section",
         "“escape” is not a need section: needs come from need sections."),
        ('code = "work_skills"', 'code = "work"', "needs[0] (work).code",
         "Unknown need “work”: the needs are education, work_skills, family_ties, "
         "substance_use, health, release_preparation."),
        ("at_least = 2", "at_least = 3", "needs[0] (work_skills).at_least",
         "This rule can never apply: 3 is above the most the section can score, 2."),
    ],
)  # fmt: skip
def test_a_broken_need(old, new, where, message):
    assert problems(changed((old, new))) == [(where, message)]


def test_a_need_with_two_rules():
    second = MINI[MINI.index("[[needs]]") :]
    found = problems(MINI + "\n" + second)
    assert found == [("needs[1] (work_skills)", "The need “work_skills” has more than one rule.")]


# --- all at once -----------------------------------------------------------------------------


def test_every_problem_is_reported_together():
    text = changed(
        ("score = 4", "score = 7"),  # outside the scale
        ('id = "work.trade"', 'id = "escape.prior_attempts"'),  # a duplicate item id
        ('level = "high"\nfrom = 4', 'level = "hihg"\nfrom = 4'),  # a broken rule
        (', ky = "Мини" }', " }"),  # a missing translation
    )
    with pytest.raises(InstrumentError) as caught:
        parse_instrument(text, "mini.v1.toml")
    wheres = [problem.field for problem in caught.value.problems]
    assert wheres == [
        "title",
        f"{ITEM}.options[1] (some).score",
        "sections[1] (work).items[0] (escape.prior_attempts)",
        "risk.thresholds[1].level",
    ]
    shown = str(caught.value).splitlines()
    assert shown[0] == "The instrument file mini.v1.toml cannot be used:"
    assert len(shown) == 5
    score_line = f"  {ITEM}.options[1] (some).score: The score 7 is outside the item's scale"
    assert shown[2] == score_line + ", 0 to 4."


def test_the_problems_are_shown_in_the_users_language():
    """Each message is a template translated before its parameters go in, labels included."""
    catalogue = {
        "The instrument file {source} cannot be used:": "Файл {source} нельзя использовать:",
        "“{key}” must be {expected}.": "«{key}» должно быть {expected}.",
        "a whole number": "целым числом",
    }
    with pytest.raises(InstrumentError) as caught:
        parse_instrument(changed(("version = 1", 'version = "1"')), "mini.v1.toml")
    [problem] = caught.value.problems
    assert isinstance(problem.params["expected"], Label)
    shown = caught.value.render(lambda context, text: catalogue.get(text, text))
    assert shown.splitlines() == [
        "Файл mini.v1.toml нельзя использовать:",
        "  version: «version» должно быть целым числом.",
    ]
