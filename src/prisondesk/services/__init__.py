"""Use cases: one transaction each, validation, permission checks, audit. No Qt here."""
