from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.ids import new_id
from prisondesk.domain.visit_pass import barcode_text, genuine, new_pass_key, parse_scan


def test_a_printed_code_scans_back_and_checks_out():
    key_id, secret = new_pass_key()
    facility = new_id()
    text = barcode_text(secret, key_id, facility, "BSH-1-K7Q-00042")
    scanned = parse_scan(text)
    assert scanned.pass_number == "BSH-1-K7Q-00042" and scanned.key_id == key_id
    assert genuine(scanned, secret, facility)
    assert parse_scan(" " + text.lower() + "\n") == scanned  # scanners add case and Enter


def test_forged_mistyped_and_foreign_passes_fail():
    key_id, secret = new_pass_key()
    facility = new_id()
    text = barcode_text(secret, key_id, facility, "BSH-1-K7Q-00042")
    _, key, check = text.split(".")
    forged = parse_scan(f"BSH-1-K7Q-00043.{key}.{check}")
    assert not genuine(forged, secret, facility)
    assert not genuine(parse_scan(text), secret, new_id())  # another facility
    assert not genuine(parse_scan(text), new_pass_key()[1], facility)  # another key
    for junk in ("", "hello", "BSH-1-K7Q-00042", "A.B.C", "x" * 200, "BSH-1.AA.ABCDE"):
        assert parse_scan(junk) is None


@given(
    number=st.from_regex(r"[A-Z]{3}-[0-9]-[A-Z2-9]{3}-[0-9]{5}", fullmatch=True),
    position=st.integers(0, 5),
    letter=st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
)
def test_any_single_changed_check_character_is_caught(number, position, letter):
    key_id, secret = new_pass_key()
    facility = new_id()
    scanned = parse_scan(barcode_text(secret, key_id, facility, number))
    changed = scanned.check[:position] + letter + scanned.check[position + 1 :]
    assert genuine(parse_scan(f"{number}.{key_id}.{changed}"), secret, facility) == (
        changed == scanned.check
    )
