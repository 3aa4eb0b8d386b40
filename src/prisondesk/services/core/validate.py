"""Field checks shared by the services; each failure names the field at fault."""

from __future__ import annotations

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.validation import clean_text, has_control_characters
from prisondesk.services.core.errors import ValidationError


def required_text(value: str | None, field: str, max_length: int) -> str:
    text = optional_text(value, field, max_length)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This field is required."), field=field)
    return text


def optional_text(value: str | None, field: str, max_length: int) -> str:
    if value is None:
        return ""
    if has_control_characters(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field contains control characters."), field=field
        )
    text = clean_text(value)
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field is limited to {n} characters."),
            field=field,
            n=max_length,
        )
    return text
