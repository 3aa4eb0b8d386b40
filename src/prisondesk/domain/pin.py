"""The Kyrgyz personal identification number (PIN): 14 digits; the first says the sex
(1 female, 2 male) and digits 2-9 are the date of birth as DDMMYYYY."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PIN_LENGTH = 14


@dataclass(frozen=True)
class PinCheck:
    well_formed: bool
    birth_date: date | None  # the date the PIN embeds, when it is a real date

    def contradicts(self, date_of_birth: date | None) -> bool:
        return bool(self.birth_date and date_of_birth and self.birth_date != date_of_birth)


def check_pin(pin: str) -> PinCheck:
    if len(pin) != PIN_LENGTH or not pin.isascii() or not pin.isdigit():
        return PinCheck(False, None)
    try:
        embedded = date(int(pin[5:9]), int(pin[3:5]), int(pin[1:3]))
    except ValueError:
        return PinCheck(False, None)
    return PinCheck(pin[0] in "12", embedded)
