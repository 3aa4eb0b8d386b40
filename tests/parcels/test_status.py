"""A parcel's status read from its events is the same in whatever order a desk learns them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.parcels import EventKind, Status, active, endings, status_of

KINDS = list(EventKind)


def test_each_step_of_the_path_gives_its_status():
    path = [
        ([EventKind.RECEIVED], Status.AWAITING_INSPECTION),
        ([EventKind.RECEIVED, EventKind.CONFISCATED], Status.AWAITING_INSPECTION),
        ([EventKind.RECEIVED, EventKind.INSPECTED], Status.AWAITING_HANDOVER),
        ([EventKind.RECEIVED, EventKind.INSPECTED, EventKind.REFUSED], Status.REFUSED),
        ([EventKind.RECEIVED, EventKind.HELD], Status.HELD),
        ([EventKind.RECEIVED, EventKind.HELD, EventKind.FORWARDED], Status.FORWARDED),
        ([EventKind.RECEIVED, EventKind.REFUSED, EventKind.RETURNED], Status.RETURNED),
        ([EventKind.RECEIVED, EventKind.INSPECTED, EventKind.HANDED_OVER], Status.HANDED_OVER),
        ([], Status.AWAITING_INSPECTION),
    ]
    for kinds, status in path:
        assert status_of(kinds) == status, kinds
    assert [active(s) for s in (Status.HELD, Status.RETURNED, Status.HANDED_OVER)] == [
        True,
        False,
        False,
    ]


@given(st.lists(st.sampled_from(KINDS), max_size=12), st.randoms())
def test_the_status_does_not_depend_on_the_order_of_the_events(kinds, random):
    shuffled = list(kinds)
    random.shuffle(shuffled)
    assert status_of(shuffled) == status_of(kinds)
    assert endings(shuffled) == endings(kinds)


def test_two_desks_ending_a_parcel_differently_are_seen_as_a_clash():
    kinds = [EventKind.RECEIVED, EventKind.INSPECTED, EventKind.HANDED_OVER, EventKind.RETURNED]
    assert endings(kinds) == {EventKind.HANDED_OVER, EventKind.RETURNED}
    assert status_of(kinds) == Status.HANDED_OVER  # the furthest point, on every desk
