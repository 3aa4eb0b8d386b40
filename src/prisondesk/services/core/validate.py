"""Field checks shared by the services; each failure names the field at fault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.validation import clean_text, has_control_characters
from prisondesk.services.core.errors import InvalidFields, ValidationError

T = TypeVar("T")


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


class Checks:
    """Runs a form's field checks and keeps every failure, so that the user sees all the
    problems of a step at once instead of one per try: ``value = check(rule, args...)``
    returns the rule's result, or None when it failed; ``check.done()`` raises them all."""

    def __init__(self) -> None:
        self.problems: list[ValidationError] = []

    def __call__(self, rule: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return rule(*args, **kwargs)
        except ValidationError as problem:
            self.fail(problem)
            return None

    def fail(self, problem: ValidationError) -> None:
        if not any(known.field == problem.field for known in self.problems):
            self.problems.append(problem)  # one problem a field: the first found

    def done(self) -> None:
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise InvalidFields(self.problems)
