"""The shipped example instrument, scored item by item against a table computed by hand
(issue 18: done when). Each case lists every item of the instrument with the option chosen
and the points that option is worth, so a change to the file's scores fails here too."""

from __future__ import annotations

import pytest

from prisondesk.domain.instruments import LANGUAGES, NeedCode, SectionKind, parse_instrument, score
from tests.assessments.samples import example_text

UNANSWERED = (None, 0)
# the sections' scores in each case are written in this order
SECTIONS = (
    "offending", "violence", "escape", "radicalisation",  # risk
    "education", "work", "family", "substance", "health", "release",  # need
)  # fmt: skip

# item id → (option code, points); totals and results worked out by hand beside each case
CASES = {
    "lowest everywhere": {
        "items": {
            "offending.previous_convictions": ("none", 0),
            "offending.age_first": ("25_plus", 0),
            "offending.violence_in_offence": ("none", 0),
            "violence.assaults": ("none", 0),
            "violence.threats": ("none", 0),
            "violence.weapon": ("no", 0),
            "escape.history": ("none", 0),
            "escape.abscond": ("no", 0),
            "escape.plans": ("none", 0),
            "radicalisation.offence": ("no", 0),
            "radicalisation.behaviour": ("none", 0),
            "education.literacy": ("fluent", 0),
            "education.schooling": ("secondary", 0),
            "work.qualification": ("certified", 0),
            "work.employment": ("steady", 0),
            "family.contact": ("regular", 0),
            "family.support": ("yes", 0),
            "substance.alcohol": ("none", 0),
            "substance.drugs": ("none", 0),
            "substance.linked_offence": UNANSWERED,  # optional
            "health.physical": ("none", 0),
            "health.mental": ("none", 0),
            "health.self_harm": ("never", 0),
            "release.documents": ("valid", 0),
            "release.housing": ("settled", 0),
        },
        "sections": (0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        "total": 0,
        "threshold_level": "low",
        "level": "low",
        "raised_by": (),
        "needs": (),
        "unanswered": (),
    },
    "an escape attempt lifts a low total to medium": {
        "items": {
            "offending.previous_convictions": ("one", 1),
            "offending.age_first": ("18_24", 1),
            "offending.violence_in_offence": ("threat", 1),  # offending 3
            "violence.assaults": ("none", 0),
            "violence.threats": ("once", 1),
            "violence.weapon": ("no", 0),  # violence 1
            "escape.history": ("attempt", 2),
            "escape.abscond": ("no", 0),
            "escape.plans": ("none", 0),  # escape 2: raise to medium
            "radicalisation.offence": ("no", 0),
            "radicalisation.behaviour": ("none", 0),  # radicalisation 0
            "education.literacy": ("difficulty", 2),
            "education.schooling": ("basic", 1),  # education 3 ≥ 2: a need
            "work.qualification": ("experience", 1),
            "work.employment": ("steady", 0),  # work 1
            "family.contact": ("occasional", 1),
            "family.support": ("unsure", 1),  # family 2 ≥ 2: a need
            "substance.alcohol": ("harmful", 1),
            "substance.drugs": ("none", 0),
            "substance.linked_offence": ("yes", 1),  # substance 2 ≥ 2: a need
            "health.physical": ("none", 0),
            "health.mental": ("none", 0),
            "health.self_harm": ("never", 0),  # health 0
            "release.documents": ("expired", 1),
            "release.housing": ("settled", 0),  # release 1
        },
        "sections": (3, 1, 2, 0, 3, 1, 2, 2, 0, 1),
        "total": 6,  # 3 + 1 + 2 + 0, below medium's 7
        "threshold_level": "low",
        "level": "medium",
        "raised_by": ("escape",),
        "needs": (NeedCode.EDUCATION, NeedCode.FAMILY_TIES, NeedCode.SUBSTANCE_USE),
        "unanswered": (),
    },
    "high by the total alone, every need": {
        "items": {
            "offending.previous_convictions": ("two_or_more", 2),
            "offending.age_first": ("under_18", 2),
            "offending.violence_in_offence": ("injury", 2),  # offending 6
            "violence.assaults": ("one", 2),
            "violence.threats": ("repeated", 2),
            "violence.weapon": ("no", 0),  # violence 4, below its raise at 5
            "escape.history": ("none", 0),
            "escape.abscond": ("yes", 1),
            "escape.plans": ("none", 0),  # escape 1
            "radicalisation.offence": ("yes", 2),
            "radicalisation.behaviour": ("occasional", 1),  # 3: raise to medium, below high
            "education.literacy": ("cannot", 3),
            "education.schooling": ("less", 2),  # education 5
            "work.qualification": ("none", 2),
            "work.employment": ("none", 2),  # work 4
            "family.contact": ("none", 2),
            "family.support": ("no", 2),  # family 4
            "substance.alcohol": ("dependent", 2),
            "substance.drugs": ("dependent", 2),
            "substance.linked_offence": UNANSWERED,  # substance 4
            "health.physical": ("untreated", 2),
            "health.mental": ("serious", 2),
            "health.self_harm": ("recent", 3),  # health 7
            "release.documents": ("none", 2),
            "release.housing": ("none", 2),  # release 4
        },
        "sections": (6, 4, 1, 3, 5, 4, 4, 4, 7, 4),
        "total": 14,  # 6 + 4 + 1 + 3, exactly high's threshold
        "threshold_level": "high",
        "level": "high",
        "raised_by": (),
        "needs": tuple(NeedCode),  # all six, in the instrument's order
        "unanswered": (),
    },
    "an escape lifts to high; unanswered sections": {
        "items": {
            "offending.previous_convictions": ("none", 0),
            "offending.age_first": ("25_plus", 0),
            "offending.violence_in_offence": ("none", 0),  # offending 0
            "violence.assaults": UNANSWERED,
            "violence.threats": UNANSWERED,
            "violence.weapon": UNANSWERED,  # violence 0
            "escape.history": ("escaped", 4),
            "escape.abscond": ("no", 0),
            "escape.plans": ("none", 0),  # escape 4: both escape raises fire
            "radicalisation.offence": UNANSWERED,
            "radicalisation.behaviour": UNANSWERED,  # radicalisation 0
            "education.literacy": ("fluent", 0),
            "education.schooling": ("secondary", 0),  # education 0
            "work.qualification": ("certified", 0),
            "work.employment": ("none", 2),  # work 2: a need
            "family.contact": ("regular", 0),
            "family.support": ("yes", 0),  # family 0
            "substance.alcohol": ("none", 0),
            "substance.drugs": ("none", 0),
            "substance.linked_offence": UNANSWERED,  # substance 0
            "health.physical": ("none", 0),
            "health.mental": ("some", 1),
            "health.self_harm": ("past", 2),  # health 3: a need
            "release.documents": ("valid", 0),
            "release.housing": ("temporary", 1),  # release 1
        },
        "sections": (0, 0, 4, 0, 0, 2, 0, 0, 3, 1),
        "total": 4,
        "threshold_level": "low",
        "level": "high",
        "raised_by": ("escape",),
        "needs": (NeedCode.WORK_SKILLS, NeedCode.HEALTH),
        "unanswered": (
            "violence.assaults",
            "violence.threats",
            "violence.weapon",
            "radicalisation.offence",
            "radicalisation.behaviour",
        ),
    },
    "violence in custody lifts medium to high": {
        "items": {
            "offending.previous_convictions": ("none", 0),
            "offending.age_first": ("25_plus", 0),
            "offending.violence_in_offence": ("none", 0),  # offending 0
            "violence.assaults": ("two_or_more", 3),
            "violence.threats": ("repeated", 2),
            "violence.weapon": ("no", 0),  # violence 5: raise to high
            "escape.history": ("none", 0),
            "escape.abscond": ("no", 0),
            "escape.plans": ("none", 0),  # escape 0
            "radicalisation.offence": ("no", 0),
            "radicalisation.behaviour": ("repeated", 3),  # 3: raise to medium, no higher
            "education.literacy": ("fluent", 0),
            "education.schooling": ("secondary", 0),
            "work.qualification": ("certified", 0),
            "work.employment": ("steady", 0),
            "family.contact": ("regular", 0),
            "family.support": ("yes", 0),
            "substance.alcohol": ("none", 0),
            "substance.drugs": ("none", 0),
            "substance.linked_offence": ("no", 0),
            "health.physical": ("none", 0),
            "health.mental": ("none", 0),
            "health.self_harm": ("never", 0),
            "release.documents": ("valid", 0),
            "release.housing": ("settled", 0),
        },
        "sections": (0, 5, 0, 3, 0, 0, 0, 0, 0, 0),
        "total": 8,  # 0 + 5 + 0 + 3: medium
        "threshold_level": "medium",
        "level": "high",
        "raised_by": ("violence",),  # radicalisation's raise gives medium, which it was
        "needs": (),
        "unanswered": (),
    },
    "radicalisation alone lifts to medium, never to high": {
        "items": {
            "offending.previous_convictions": ("one", 1),
            "offending.age_first": ("25_plus", 0),
            "offending.violence_in_offence": ("none", 0),  # offending 1
            "violence.assaults": ("none", 0),
            "violence.threats": ("none", 0),
            "violence.weapon": ("no", 0),  # violence 0
            "escape.history": ("none", 0),
            "escape.abscond": ("no", 0),
            "escape.plans": ("unconfirmed", 1),  # escape 1
            "radicalisation.offence": ("yes", 2),
            "radicalisation.behaviour": ("occasional", 1),  # radicalisation 3
            "education.literacy": ("fluent", 0),
            "education.schooling": ("secondary", 0),
            "work.qualification": ("certified", 0),
            "work.employment": ("occasional", 1),  # work 1
            "family.contact": ("regular", 0),
            "family.support": ("yes", 0),
            "substance.alcohol": ("harmful", 1),
            "substance.drugs": ("none", 0),
            "substance.linked_offence": ("yes", 1),  # substance 2: a need
            "health.physical": ("treated", 1),
            "health.mental": ("none", 0),
            "health.self_harm": ("never", 0),  # health 1
            "release.documents": ("none", 2),
            "release.housing": ("none", 2),  # release 4: a need
        },
        "sections": (1, 0, 1, 3, 0, 1, 0, 2, 1, 4),
        "total": 5,  # 1 + 0 + 1 + 3: low
        "threshold_level": "low",
        "level": "medium",
        "raised_by": ("radicalisation",),
        "needs": (NeedCode.SUBSTANCE_USE, NeedCode.RELEASE_PREPARATION),
        "unanswered": (),
    },
    "exactly medium's threshold, exactly a need's": {
        "items": {
            "offending.previous_convictions": ("one", 1),
            "offending.age_first": ("25_plus", 0),
            "offending.violence_in_offence": ("threat", 1),  # offending 2
            "violence.assaults": ("one", 2),
            "violence.threats": ("once", 1),
            "violence.weapon": ("no", 0),  # violence 3
            "escape.history": ("none", 0),
            "escape.abscond": ("yes", 1),
            "escape.plans": ("none", 0),  # escape 1
            "radicalisation.offence": ("no", 0),
            "radicalisation.behaviour": ("occasional", 1),  # radicalisation 1
            "education.literacy": ("fluent", 0),
            "education.schooling": ("less", 2),  # education 2: exactly the need's 2
            "work.qualification": ("certified", 0),
            "work.employment": ("steady", 0),
            "family.contact": ("occasional", 1),
            "family.support": ("yes", 0),  # family 1: just short
            "substance.alcohol": ("none", 0),
            "substance.drugs": ("none", 0),
            "substance.linked_offence": UNANSWERED,
            "health.physical": ("none", 0),
            "health.mental": ("none", 0),
            "health.self_harm": ("never", 0),
            "release.documents": ("valid", 0),
            "release.housing": ("settled", 0),
        },
        "sections": (2, 3, 1, 1, 2, 0, 1, 0, 0, 0),
        "total": 7,  # 2 + 3 + 1 + 1
        "threshold_level": "medium",
        "level": "medium",
        "raised_by": (),
        "needs": (NeedCode.EDUCATION,),
        "unanswered": (),
    },
}


@pytest.fixture(scope="module")
def example():
    return parse_instrument(example_text(), "example-risk-needs.v1.toml")


def test_the_example_parses(example):
    assert (example.id, example.version) == ("example-risk-needs", 1)
    assert [level.code for level in example.levels] == ["low", "medium", "high"]
    assert [(section.id, section.kind) for section in example.sections] == [
        ("offending", SectionKind.RISK),
        ("violence", SectionKind.RISK),
        ("escape", SectionKind.RISK),
        ("radicalisation", SectionKind.RISK),
        ("education", SectionKind.NEED),
        ("work", SectionKind.NEED),
        ("family", SectionKind.NEED),
        ("substance", SectionKind.NEED),
        ("health", SectionKind.NEED),
        ("release", SectionKind.NEED),
    ]
    assert [need.code for need in example.needs] == list(NeedCode)
    for section in example.sections:
        assert 2 <= len(section.items) <= 4
        for item in section.items:
            assert 2 <= len(item.options) <= 4


def test_the_example_says_it_is_an_example_and_who_scores_radicalisation(example):
    assert "not a validated assessment tool" in example.caution.en
    assert "only by trained staff" in example.caution.en
    assert "UNODC" in example.caution.en
    assert "не проверенный инструмент" in example.caution.ru
    assert "текшерилген баалоо куралы эмес" in example.caution.ky


def test_every_text_of_the_example_is_in_three_languages(example):
    texts = [example.title, example.caution]
    texts += [level.label for level in example.levels]
    texts += [need.label for need in example.needs]
    for section in example.sections:
        texts.append(section.title)
        for item in section.items:
            texts += [item.text, *([item.help] if item.help else [])]
            texts += [option.label for option in item.options]
    for text in texts:
        assert all(text.in_language(language) for language in LANGUAGES)
        assert text.ru != text.en or text.en.isdigit()
    # Russian and Kyrgyz are written in Cyrillic: no Latin letter slipped in by mistake
    for text in texts:
        for language in ("ru", "ky"):
            latin = [c for c in text.in_language(language) if c.isascii() and c.isalpha()]
            assert set("".join(latin)) <= set("UNODCID"), text.in_language(language)


@pytest.mark.parametrize("case", CASES)
def test_the_table_lists_every_item_with_its_options_points(example, case):
    rows = CASES[case]["items"]
    assert list(rows) == [item.id for item in example.items()]
    for item_id, (code, points) in rows.items():
        if code is not None:
            assert example.item(item_id).option(code).score == points, item_id


@pytest.mark.parametrize("case", CASES)
def test_scoring_the_example_matches_the_hand_computed_table(example, case):
    expected = CASES[case]
    answers = {item_id: code for item_id, (code, _) in expected["items"].items()}
    result = score(example, answers)
    assert dict(result.sections) == dict(zip(SECTIONS, expected["sections"], strict=True))
    assert result.total == expected["total"]
    assert result.threshold_level == expected["threshold_level"]
    assert result.level == expected["level"]
    assert result.raised_by == expected["raised_by"]
    assert result.needs == expected["needs"]
    assert result.unanswered == expected["unanswered"]
    assert result.complete is not expected["unanswered"]
    assert (result.instrument, result.version) == ("example-risk-needs", 1)
