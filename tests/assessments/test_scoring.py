"""Scoring rules that hold for any answers: what is unanswered, what is refused, and that
more points never make things look better (a higher score never lowers the level, never
takes a need away, and a raise never lowers the level)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.instruments import AnswerError, NeedCode, parse_instrument, score
from tests.assessments.samples import MINI, example_text

EXAMPLE = parse_instrument(example_text(), "example-risk-needs.v1.toml")
MINI_INSTRUMENT = parse_instrument(MINI, "mini.v1.toml")


def test_no_answers_at_all_lists_every_required_item_as_unanswered():
    result = score(EXAMPLE, {})
    required = [item.id for item in EXAMPLE.items() if item.required]
    assert result.unanswered == tuple(required)
    assert "substance.linked_offence" not in result.unanswered  # optional
    assert not result.complete
    assert (result.total, result.level, result.needs) == (0, "low", ())


def test_none_is_an_answer_left_blank():
    result = score(MINI_INSTRUMENT, {"escape.prior_attempts": None, "work.trade": "no_trade"})
    assert result.unanswered == ("escape.prior_attempts",)
    assert result.needs == (NeedCode.WORK_SKILLS,)


def test_an_answer_to_an_unknown_item_is_refused():
    with pytest.raises(AnswerError) as caught:
        score(MINI_INSTRUMENT, {"escape.prior_attempt": "none"})
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == "escape.prior_attempt"
    assert str(caught.value) == "The instrument mini v1 has no item “escape.prior_attempt”."


def test_an_unknown_option_is_refused():
    with pytest.raises(AnswerError) as caught:
        score(MINI_INSTRUMENT, {"escape.prior_attempts": "many"})
    assert isinstance(caught.value, ValueError)
    assert str(caught.value) == "The item “escape.prior_attempts” has no option “many”."


def test_an_option_code_of_another_item_is_refused():
    with pytest.raises(AnswerError):
        score(MINI_INSTRUMENT, {"escape.prior_attempts": "no_trade"})


# --- properties over the example instrument ------------------------------------------------

ITEMS = list(EXAMPLE.items())


@st.composite
def answer_sets(draw):
    """Any answers to the example: each item an option, or left blank."""
    return {
        item.id: draw(st.sampled_from([None, *(option.code for option in item.options)]))
        for item in ITEMS
    }


@st.composite
def an_answer_raised(draw):
    """Answers, and the same answers with one item's score raised (or a blank answered)."""
    answers = draw(answer_sets())
    item = draw(st.sampled_from(ITEMS))
    now = item.option(answers[item.id]).score if answers[item.id] else None
    higher = [o.code for o in item.options if now is None or o.score > now]
    if not higher:
        return answers, answers
    return answers, {**answers, item.id: draw(st.sampled_from(higher))}


@given(an_answer_raised())
def test_a_higher_score_never_lowers_the_level_nor_takes_a_need_away(pair):
    before, after = (score(EXAMPLE, answers) for answers in pair)
    assert after.total >= before.total
    assert all(after.sections[s] >= before.sections[s] for s in before.sections)
    assert EXAMPLE.rank(after.threshold_level) >= EXAMPLE.rank(before.threshold_level)
    assert EXAMPLE.rank(after.level) >= EXAMPLE.rank(before.level)
    assert set(after.needs) >= set(before.needs)


@given(answer_sets())
def test_a_raise_never_lowers_the_level(answers):
    result = score(EXAMPLE, answers)
    assert EXAMPLE.rank(result.level) >= EXAMPLE.rank(result.threshold_level)
    assert bool(result.raised_by) == (result.level != result.threshold_level)
    for section_id in result.raised_by:
        fired = [r for r in EXAMPLE.risk.raises if r.section == section_id]
        assert any(result.sections[section_id] >= rule.at_least for rule in fired)


@given(answer_sets())
def test_the_total_is_the_sum_of_the_risk_sections_and_needs_keep_their_order(answers):
    result = score(EXAMPLE, answers)
    assert result.total == sum(result.sections[s] for s in EXAMPLE.risk.sections)
    order = [need.code for need in EXAMPLE.needs]
    assert list(result.needs) == sorted(result.needs, key=order.index)
    assert set(result.unanswered) == {
        item.id for item in ITEMS if item.required and answers[item.id] is None
    }


# --- the same, over instruments made up at random -------------------------------------------

LEVELS = ("low", "medium", "high")


def _made_up(thresholds: list[tuple[str, int]], raises: list[tuple[str, int, str]]) -> str:
    """Two risk sections (a, b) of two items each scored 0–3, with these rules."""
    text = ['id = "made-up"\nversion = 1\n']
    text.append(
        'title = { en = "T", ru = "Т", ky = "Т" }\ncaution = { en = "C", ru = "С", ky = "С" }\n'
    )
    for level in LEVELS:
        text.append(f'[[levels]]\ncode = "{level}"\nlabel = {{ en = "L", ru = "Л", ky = "Л" }}\n')
    for section in ("a", "b"):
        text.append(f'[[sections]]\nid = "{section}"\nkind = "risk"\n')
        text.append('title = { en = "S", ru = "С", ky = "С" }\n')
        for number in (1, 2):
            text.append(f'[[sections.items]]\nid = "{section}{number}"\nscale = [0, 3]\n')
            text.append('text = { en = "I", ru = "В", ky = "С" }\n')
            for points in range(4):
                text.append(f'[[sections.items.options]]\ncode = "p{points}"\nscore = {points}\n')
                text.append('label = { en = "O", ru = "О", ky = "Ж" }\n')
    text.append('[risk]\nsections = ["a", "b"]\n')
    for level, start in thresholds:
        text.append(f'[[risk.thresholds]]\nlevel = "{level}"\nfrom = {start}\n')
    for section, at_least, level in raises:
        text.append(
            f'[[risk.raise]]\nsection = "{section}"\nat_least = {at_least}\nlevel = "{level}"\n'
        )
    return "\n".join(text)


CODES = ["p0", "p1", "p2", "p3"]  # an option's code is its score


@st.composite
def made_up_instruments(draw):
    """Valid thresholds (0 first, rising, levels rising) and any raises."""
    levels = sorted(draw(st.lists(st.sampled_from(LEVELS[1:]), unique=True)), key=LEVELS.index)
    starts = draw(st.lists(st.integers(1, 12), unique=True, min_size=len(levels), max_size=2))
    thresholds = [("low", 0), *zip(levels, sorted(starts)[: len(levels)], strict=True)]
    rule = st.tuples(st.sampled_from("ab"), st.integers(1, 6), st.sampled_from(LEVELS))
    raises = draw(st.lists(rule, max_size=3))
    return parse_instrument(_made_up(thresholds, raises), "made-up.v1.toml")


@given(made_up_instruments(), st.data())
def test_on_any_valid_instrument_more_points_never_lower_the_level(instrument, data):
    before = {item.id: data.draw(st.sampled_from(CODES)) for item in instrument.items()}
    raised = data.draw(st.sampled_from(sorted(before)))
    higher = data.draw(st.sampled_from([code for code in CODES if code >= before[raised]]))
    first, second = score(instrument, before), score(instrument, {**before, raised: higher})
    assert instrument.rank(second.level) >= instrument.rank(first.level)
    assert instrument.rank(first.level) >= instrument.rank(first.threshold_level)
