"""Errors the services raise; the GUI shows their translated message next to ``field``."""

from __future__ import annotations

from prisondesk.domain.errors import UserFacingError


class ServiceError(UserFacingError):
    """Base of every error a service reports to its caller."""


class ValidationError(ServiceError):
    """Input that breaks a rule; ``field`` names the input at fault."""


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
