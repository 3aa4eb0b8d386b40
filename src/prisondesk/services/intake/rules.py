"""Checks on what a registry officer types into an admission; each names the field at fault."""

from __future__ import annotations

from datetime import date

from prisondesk.domain.pin import check_pin
from prisondesk.domain.scripts import mixed_script_word
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.validate import optional_text, required_text
from prisondesk.services.intake.admission_file import CONTACT_ABSENCES, NoContact

MIN_AGE, MAX_AGE = 14, 110  # the age of criminal responsibility; beyond the oldest living


def person_name(value: str | None, field: str, required: bool = True) -> str:
    text = required_text(value, field, 100) if required else optional_text(value, field, 100)
    if text and not any(c.isalpha() for c in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name must contain letters."), field=field
        )
    if (word := mixed_script_word(text)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{word}” mixes Latin and Cyrillic letters: retype it in one alphabet."
            ),
            field=field,
            word=word,
        )
    return text


def birth_date(value: date | None, today: date, field: str = "date_of_birth") -> date:
    if value is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This field is required."), field=field)
    if value > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This date is in the future."), field=field
        )
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if not MIN_AGE <= age <= MAX_AGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Age {age} is not possible for a prisoner ({low}–{high})."),
            field=field,
            age=age,
            low=MIN_AGE,
            high=MAX_AGE,
        )
    return value


def past_date(value: date | None, today: date, field: str) -> date | None:
    if value is not None and value > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This date is in the future."), field=field
        )
    return value


def pin_number(value: str | None) -> str:
    pin = (value or "").strip()
    if pin and not check_pin(pin).well_formed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A PIN has 14 digits: the first is 1 or 2, the next eight the date of birth.",
            ),
            field="pin",
        )
    return pin


def count(value: int, field: str, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a number from {low} to {high}."),
            field=field,
            low=low,
            high=high,
        )
    return value


def no_contact(stated: NoContact | None, listed: bool) -> tuple[str | None, str | None]:
    """The stored reason and note for a file with no contact listed; both null when
    contacts are listed or nothing was said."""
    if stated is None:
        return None, None
    if stated.reason not in CONTACT_ABSENCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose why no contact is listed."), field="contacts"
        )
    if listed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Contacts are listed: remove them, or say that the family is known.",
            ),
            field="contacts",
        )
    note = required_text(stated.note, "contacts_note", 500)
    return stated.reason, note
