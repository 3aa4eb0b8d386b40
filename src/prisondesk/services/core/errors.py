"""Errors the services raise; the GUI shows their translated message next to ``field``."""

from __future__ import annotations

from prisondesk.domain.errors import UserFacingError


class ServiceError(UserFacingError):
    """Base of every error a service reports to its caller."""


class ValidationError(ServiceError):
    """Input that breaks a rule; ``field`` names the input at fault."""


class InvalidFields(ValidationError):
    """Several inputs of one form break their rules: ``problems`` holds each, so the form
    shows them all at once, each beside its field (the message is the first one's)."""

    def __init__(self, problems: list[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.message, field=first.field, **first.params)
        self.problems = tuple(problems)


class PermissionDenied(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass


class AccountLocked(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The request contradicts the current state (a duplicate, a second set-up)."""


class Refused(ServiceError):
    """A step that cannot go ahead where things stand; ``reason`` is a stable code for the
    caller, the message says what to do next."""

    def __init__(self, code: str, message: str, /, **params: object) -> None:
        super().__init__(message, **params)  # type: ignore[arg-type]
        self.reason = code
