"""A scanner or an officer typing a pass code with the Russian keyboard layout on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from prisondesk.domain.keyboard import RUSSIAN_KEYS, latin_keys, typed_code

CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-."


def on_russian_layout(code: str) -> str:
    return "".join(RUSSIAN_KEYS.get(ch, ch) for ch in code)


def test_a_pass_scanned_on_the_russian_layout_reads_back():
    code = "DEMO-47-K7Q-00042.A3.7KQ2MX"
    typed = on_russian_layout(code)
    assert typed == "ВУЬЩ-47-Л7Й-00042юФ3ю7ЛЙ2ЬЧ"
    assert latin_keys(typed) == code


@given(st.text(alphabet=CODE_CHARS, min_size=1, max_size=40))
def test_every_code_survives_the_russian_layout(code):
    assert latin_keys(on_russian_layout(code)) == code


def test_latin_text_is_left_alone():
    assert latin_keys("BSH-1-VK7Q-00042.A3.7KQ2MX") == "BSH-1-VK7Q-00042.A3.7KQ2MX"


def test_a_typed_code_is_read_key_by_key_only_when_the_layout_shows():
    assert typed_code("ВУЬЩ-47-Л7Й-00042юФ3ю7ЛЙ2ЬЧ") == "DEMO-47-K7Q-00042.A3.7KQ2MX"
    # look-alike Cyrillic letters (К, Е, А…) were meant as the Latin letters they look like
    assert typed_code("ВЕК-1 А3 7КQ2МХ") == "ВЕК-1 А3 7КQ2МХ"
    assert typed_code("bsh-1-vk7q-00042 a3 7kq2mx") == "bsh-1-vk7q-00042 a3 7kq2mx"
