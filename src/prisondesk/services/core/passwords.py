"""The password rules, said as a form's error (the rules and the hashing themselves are
domain/passwords.py, shared with the server console's accounts)."""

from __future__ import annotations

from prisondesk.domain.passwords import hash_password, password_problem, verify_password
from prisondesk.services.core.errors import ValidationError

__all__ = ["check_password_rules", "hash_password", "verify_password"]


def check_password_rules(password: str, username: str, field: str = "password") -> None:
    problem = password_problem(password, username)
    if problem is not None:
        raise ValidationError(problem.text, field=field, **problem.params)
