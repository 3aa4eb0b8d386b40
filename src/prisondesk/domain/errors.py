"""The one family of errors a user may see.

Each carries an English source message marked for translation, the translation context, the
field at fault (if any) and named parameters filled in after translation, so the GUI shows it
in the user's language next to the field and the command line prints it in English.
"""

from __future__ import annotations

from typing import Any

from prisondesk.domain.text import ERRORS


class UserFacingError(Exception):
    context = ERRORS

    def __init__(self, message: str, *, field: str | None = None, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.field = field
        self.params = params

    def render(self, translate: Any = None) -> str:
        """The message in the user's language; ``translate(context, text)`` does the lookup."""
        text = translate(self.context, self.message) if translate else self.message
        return text.format(**self.params) if self.params else text
