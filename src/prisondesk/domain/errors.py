"""The one family of errors a user may see.

Each carries an English source message marked for translation, the translation context, the
field at fault (if any) and named parameters filled in after translation, so the GUI shows it
in the user's language next to the field and the command line prints it in English.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from prisondesk.domain.text import ERRORS, Label


class UserFacingError(Exception):
    context = ERRORS

    def __init__(self, message: str, *, field: str | None = None, **params: Any) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.render())  # in English, as the command line prints it

    def render(self, translate: Any = None, show_date: Any = None) -> str:
        """The message in the user's language: ``translate(context, text)`` does the lookup
        (of the message and of its ``Label`` parameters), ``show_date(day)`` writes a date
        parameter as the language does (dd.mm.yyyy without it)."""
        text = translate(self.context, self.message) if translate else self.message
        if not self.params:
            return text
        return text.format(
            **{name: _shown(value, translate, show_date) for name, value in self.params.items()}
        )


def _shown(value: Any, translate: Any, show_date: Any) -> Any:
    if isinstance(value, Label) and translate:
        return translate(value.context, str(value))
    if isinstance(value, date) and not isinstance(value, datetime):
        return show_date(value) if show_date else value.strftime("%d.%m.%Y")
    return value
