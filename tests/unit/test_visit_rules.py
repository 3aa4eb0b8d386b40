from datetime import date

from prisondesk.domain.visits import (
    EXAMPLE_ALLOWANCES,
    VisitKind,
    VisitorLimits,
    is_child,
    limit_problem,
    month_of,
)


def test_children_are_under_18_on_the_day_of_the_visit():
    assert is_child(date(2010, 6, 1), date(2028, 5, 31))
    assert not is_child(date(2010, 6, 1), date(2028, 6, 1))
    assert not is_child(None, date(2028, 6, 1))


def test_lawyers_and_officials_are_not_counted():
    general = EXAMPLE_ALLOWANCES["general"]
    assert general.of(VisitKind.SHORT) == 2 and general.of(VisitKind.LONG) == 1
    assert general.of(VisitKind.LAWYER) is None and general.of(VisitKind.OFFICIAL) is None


def test_the_allowance_period_is_the_calendar_month():
    assert month_of(date(2028, 2, 15)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_of(date(2027, 12, 31)) == (date(2027, 12, 1), date(2027, 12, 31))


def test_visitor_limits_name_the_one_broken():
    limits = VisitorLimits(total=3, adults=2, children=2)
    assert limit_problem(limits, 2, 1) is None
    assert limit_problem(limits, 2, 2) == "total"
    assert limit_problem(limits, 3, 0) == "adults"
    assert limit_problem(VisitorLimits(total=5, adults=2, children=2), 3, 0) == "adults"
    assert limit_problem(VisitorLimits(total=5, adults=2, children=2), 1, 3) == "children"
