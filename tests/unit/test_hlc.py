from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.hlc import HybridClock, Timestamp

DEVICE = "0190a8e2-0000-7000-8000-000000000001"


def test_format_is_fixed_width_and_sorts_as_text():
    stamp = Timestamp(1_764_320_000_000, 7, DEVICE)
    assert str(stamp) == f"001764320000000-00007-{DEVICE}"
    assert Timestamp.parse(str(stamp)) == stamp


def test_parse_rejects_garbage():
    for bad in ["", "12-3-x", "abc", "001764320000000-7-dev"]:
        try:
            Timestamp.parse(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")


def test_ticks_increase_when_the_wall_clock_stands_still_or_goes_back():
    times = iter([1000, 1000, 1000, 500, 400, 2000])
    clock = HybridClock(DEVICE, now_ms=lambda: next(times))
    stamps = [clock.tick() for _ in range(6)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 6
    assert stamps[3].startswith("000000000001000-00003")
    assert stamps[5].startswith("000000000002000-00000")


def test_observe_moves_past_a_remote_clock_a_year_ahead():
    clock = HybridClock(DEVICE, now_ms=lambda: 1000)
    remote = f"{31_536_000_000 + 1000:015d}-00042-other"
    clock.observe(remote)
    assert clock.tick() > remote


def test_restores_from_last_value_after_restart():
    clock = HybridClock(DEVICE, last=f"{5000:015d}-00002-{DEVICE}", now_ms=lambda: 10)
    assert clock.tick() == f"{5000:015d}-00003-{DEVICE}"


@given(
    st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50),
    st.lists(st.integers(min_value=0, max_value=10**13), max_size=10),
)
def test_monotonic_under_any_wall_clock(walls, remotes):
    iterator = iter(walls)
    clock = HybridClock(DEVICE, now_ms=lambda: next(iterator, walls[-1]))
    seen = []
    for wall_index in range(len(walls)):
        if wall_index < len(remotes):
            clock.observe(f"{remotes[wall_index]:015d}-00000-remote")
            seen.append(f"{remotes[wall_index]:015d}-00000-remote")
        stamp = clock.tick()
        assert all(stamp > earlier for earlier in seen)
        seen.append(stamp)
