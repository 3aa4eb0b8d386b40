"""Errors raised by the data layer when code breaks a data rule (programming errors), and
the one refusal a user may meet there: a change on a read-only headquarters desk."""

from prisondesk.domain.errors import UserFacingError


class DataRuleError(RuntimeError):
    """Base of data-rule violations: these are bugs, never the user's fault."""


class AppendOnlyError(DataRuleError):
    """An event row (a fact) was updated or deleted."""


class CaptureBypassError(DataRuleError):
    """A write tried to reach a replicated table around the change capture."""


class AuditMissingError(DataRuleError):
    """A transaction changed replicated rows without writing an audit entry."""


class TombstoneError(DataRuleError):
    """A deleted record was brought back; a tombstone is final (re-create the record)."""


class ReadOnlyDesk(UserFacingError):
    """A change to a facility's records on a headquarters desk, which only reads them."""
