from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.ids import new_id
from prisondesk.domain.visit_pass import (
    DOCUMENT_TYPES,
    barcode_text,
    genuine,
    known_document_type,
    new_pass_key,
    parse_scan,
    readable_code,
)


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


# --- the code printed under the barcode, typed by hand ---------------------------------------

NUMBER = "KG-BISHKEK-47-01-VK7Q-00042"  # a 16-character facility code


def _issued(number: str = NUMBER) -> tuple[str, str, str]:
    key_id, secret = new_pass_key()
    facility = new_id()
    return barcode_text(secret, key_id, facility, number), secret, facility


def test_the_printed_code_for_typing_is_the_barcode_with_its_parts_apart():
    code, _, _ = _issued()
    number, key, check = code.split(".")
    assert readable_code(code) == f"{number} {key} {check}"


def test_the_printed_code_typed_by_hand_is_accepted_as_the_scan_would_be():
    code, secret, facility = _issued()
    scanned = parse_scan(code)
    printed = readable_code(code)
    number, key, check = code.split(".")
    for typed in (
        printed,
        printed.lower(),
        "  " + printed.replace(" ", "   ") + " \n",
        f"{number}. {key} .{check}",
        f"{number},{key},{check}",  # the Russian keyboard's comma for a dot
        f"{number.replace('-', ' - ')} {key} {check}",
        printed.replace("-", "–"),  # copied from a document: an en dash
    ):
        assert parse_scan(typed) == scanned, typed
        assert genuine(parse_scan(typed), secret, facility)


def test_cyrillic_look_alike_letters_are_read_as_the_latin_ones():
    latin = "ABEKMHOPCTYX"
    cyrillic = "АВЕКМНОРСТУХ"
    number = "ABEKMHOPCTYX-VK7Q-00042"
    code, secret, facility = _issued(number)
    typed = readable_code(code).translate(str.maketrans(latin, cyrillic))
    assert any("\u0400" <= c <= "\u04ff" for c in typed)
    assert parse_scan(typed) == parse_scan(code) and genuine(parse_scan(typed), secret, facility)
    assert parse_scan(typed.lower()) == parse_scan(code)  # lower-case Cyrillic too
    assert parse_scan("ҮY-1-VK7Q-00042 AB CDEFGH").pass_number == "YY-1-VK7Q-00042"  # Kyrgyz Ү


def test_typed_codes_that_are_not_passes_are_refused():
    code, _, _ = _issued()
    number, key, check = code.split(".")
    for junk in (
        f"{number} {key}",  # the check left out
        f"{number} {key} {check[:3]} {check[3:]}",  # four groups: which is which is a guess
        f"{number}{key}{check}",  # run together
        f"{number} {key} {check}x",
        f"{number.replace('K', 'Д', 1)} {key} {check}",  # a Cyrillic letter like no Latin one
        f"{number.replace('4', 'З', 1)} {key} {check}",  # З is a letter, not a 3
        f"{number}..{key}.{check}",
        "паспорт ID1000001",
    ):
        assert parse_scan(junk) is None, junk


def test_a_typo_in_the_number_or_the_check_fails_the_check():
    code, secret, facility = _issued()
    printed = readable_code(code)
    key_starts = printed.index(" ")
    key_ends = printed.index(" ", key_starts + 1)
    for position, letter in enumerate(printed):
        if letter in " -" or key_starts < position < key_ends:
            continue  # the key id only picks the key (see the next test)
        for wrong in {"A", "7", "Q", "2", "Z", "0", "1", "О", "Х"} - {letter}:
            typed = printed[:position] + wrong + printed[position + 1 :]
            parsed = parse_scan(typed)
            if parsed is not None and parsed == parse_scan(code):
                continue  # a look-alike of the same letter (О for O): the same code
            assert parsed is None or not genuine(parsed, secret, facility), typed


def test_a_typo_in_the_key_id_names_another_key_and_never_another_pass():
    """The check covers the facility and the pass number; the key id picks which key checks
    it, so a mistyped key id finds no key at the gate, or a key whose check fails."""
    code, _, facility = _issued()
    number, key, check = code.split(".")
    other = "Z9" if key != "Z9" else "Z8"
    typed = parse_scan(f"{number} {other} {check}")
    assert typed.key_id == other and typed.pass_number == number
    assert not genuine(typed, new_pass_key()[1], facility)  # the other key's secret


@given(
    number=st.from_regex(r"[A-Z0-9][A-Z0-9-]{1,15}-V[A-Z2-9]{3}-[0-9]{5}", fullmatch=True),
    position=st.integers(0, 60),
    letter=st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789АВЕКМНОРСТУХабвекмнорстух-. "),
)
def test_a_typed_code_is_genuine_only_for_the_issued_pass(number, position, letter):
    key_id, secret = new_pass_key()
    facility = new_id()
    code = barcode_text(secret, key_id, facility, number)
    printed = readable_code(code)
    position %= len(printed)
    typed = printed[:position] + letter + printed[position + 1 :]
    parsed = parse_scan(typed)
    if parsed is not None and genuine(parsed, secret, facility):
        issued = parse_scan(code)
        assert (parsed.pass_number, parsed.check) == (issued.pass_number, issued.check)


# --- document types on the pass ------------------------------------------------------------


def test_known_document_types_are_found_however_they_are_typed():
    for typed, key in (
        ("паспорт", "passport"),
        ("Паспорт", "passport"),
        ("passport", "passport"),
        (" PASSPORT ", "passport"),
        ("ID card", "id_card"),
        ("id_card", "id_card"),
        ("ID-карта", "id_card"),
        ("Свидетельство о рождении", "birth_certificate"),
        ("св-во о рождении", "birth_certificate"),
        ("туулгандыгы тууралуу күбөлүк", "birth_certificate"),
        ("водительское удостоверение", "driving_licence"),
        ("Driver's license", "driving_licence"),
        ("удостоверение адвоката", "lawyer_certificate"),
        ("Военный билет", "military_id"),
    ):
        assert known_document_type(typed) == key, typed
        assert key in DOCUMENT_TYPES


def test_other_document_types_are_left_as_typed():
    for typed in ("справка об освобождении", "паспорт иностранца", "", "pass", "карта"):
        assert known_document_type(typed) is None, typed
