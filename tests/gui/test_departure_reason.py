"""A reason that a departure wrote on what it closed ("auto:release") is shown as the
movement's name in the screen's language, never as the code."""

from __future__ import annotations

from prisondesk.ui.intake.movement_dialog import departure_reason


def test_a_departures_code_is_shown_as_the_movements_name(languages):
    assert departure_reason("auto:release") == "Release"
    assert departure_reason("auto:transfer_out") == "Transfer to another facility"
    languages.apply("ru")
    assert departure_reason("auto:release") not in ("auto:release", "Release")
    assert departure_reason("Отправитель забрал") == "Отправитель забрал"  # typed: as it is
    assert departure_reason("auto:unknown") == "auto:unknown"
