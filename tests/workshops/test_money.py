"""The rounding rules of wages (domain/workshops.py), checked against exact fractions: money
is integer tyiyn; a line is rounded once, half up; the split always adds up, the held part
rounded down; two halves of a session are one full session."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prisondesk.domain.workshops import (
    Basis,
    Part,
    half_sessions,
    hourly_pay,
    pay_for,
    piece_pay,
    round_half_up,
    session_pay,
    som,
    split_wage,
)

rates = st.integers(min_value=1, max_value=10_000_000)
wages = st.integers(min_value=0, max_value=10**12)
percents = st.integers(min_value=0, max_value=100)
FAST = settings(max_examples=30, deadline=None)


def _half_up(value: Fraction) -> int:
    whole = value.numerator // value.denominator
    return whole + 1 if value - whole >= Fraction(1, 2) else whole


@FAST
@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=1, max_value=10**6))
def test_round_half_up_is_the_nearest_integer_halves_up(numerator, denominator):
    assert round_half_up(numerator, denominator) == _half_up(Fraction(numerator, denominator))


def test_round_half_up_examples_and_refusals():
    assert [round_half_up(n, 2) for n in (0, 1, 2, 3, 5)] == [0, 1, 1, 2, 3]
    assert round_half_up(29, 60) == 0 and round_half_up(30, 60) == 1
    with pytest.raises(ValueError):
        round_half_up(-1, 2)
    with pytest.raises(ValueError):
        round_half_up(1, 0)


@FAST
@given(wages, percents)
def test_the_split_always_adds_up_and_holds_back_rounded_down(wage, percent):
    split = split_wage(wage, percent)
    assert split.spendable + split.held == wage
    assert split.held == int(Fraction(wage * percent, 100))  # down, for non-negatives
    assert 0 <= split.held <= wage and split.spendable >= 0
    assert split_wage(wage, 0).held == 0 and split_wage(wage, 100).spendable == 0


def test_a_split_outside_a_percentage_is_a_bug():
    with pytest.raises(ValueError):
        split_wage(100, 101)


@FAST
@given(rates, st.integers(min_value=0, max_value=200))
def test_a_half_and_a_half_make_a_full_session(rate, days):
    morning, afternoon = half_sessions(Part.MORNING), half_sessions(Part.AFTERNOON)
    assert morning + afternoon == half_sessions(Part.FULL) == 2
    assert session_pay(rate, morning + afternoon) == session_pay(rate, 2) == rate
    # a line of ``days`` mornings and afternoons is paid as ``days`` full days, exactly
    assert session_pay(rate, days * (morning + afternoon)) == rate * days
    # an odd number of halves is rounded once for the line, half up
    halves = 2 * days + 1
    assert session_pay(rate, halves) == _half_up(Fraction(rate * halves, 2))


@FAST
@given(rates, st.lists(st.integers(min_value=0, max_value=720), min_size=1, max_size=25))
def test_hour_pay_is_rounded_once_per_line(rate, minutes):
    line = hourly_pay(rate, sum(minutes))
    assert line == _half_up(Fraction(rate * sum(minutes), 60))
    # rounding each mark first would drift by up to half a tyiyn a mark
    each = sum(hourly_pay(rate, m) for m in minutes)
    assert abs(each - line) <= (len(minutes) + 1) / 2


def test_rounding_once_is_not_rounding_each_mark():
    assert hourly_pay(100, 1 + 1 + 1) == 5 and 3 * hourly_pay(100, 1) == 6


@FAST
@given(rates, st.integers(min_value=0, max_value=10_000))
def test_piece_pay_is_exact(rate, pieces):
    assert piece_pay(rate, pieces) == rate * pieces


@FAST
@given(rates, st.integers(0, 60), st.integers(0, 10_000), st.integers(0, 500))
def test_pay_for_follows_the_basis(rate, halves, minutes, pieces):
    assert pay_for(Basis.SESSION, rate, halves, minutes, pieces) == session_pay(rate, halves)
    assert pay_for(Basis.HOUR, rate, halves, minutes, pieces) == hourly_pay(rate, minutes)
    assert pay_for(Basis.PIECE, rate, halves, minutes, pieces) == rate * pieces


@FAST
@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_som_shows_tyiyn_exactly(tyiyn):
    text = som(tyiyn)
    assert Fraction(text) == Fraction(tyiyn, 100) and text.split(".")[1].isdigit()
    assert len(text.split(".")[1]) == 2
