"""Passwords: hashing (argon2id), the rules a new one must meet, and the lockout after
repeated failures. One module for the desks' users and the server console's accounts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from prisondesk.domain.text import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
MAX_LENGTH = 128
MAX_FAILURES = 5  # wrong passwords in a row…
LOCKOUT = timedelta(minutes=15)  # …lock the account this long
_hasher = PasswordHasher()


@dataclass(frozen=True)
class PasswordProblem:
    """Why a password is refused: an English text (translated where it is shown) and its
    parameters."""

    text: str
    params: dict[str, object] = field(default_factory=dict)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_problem(password: str, username: str) -> PasswordProblem | None:
    if len(password) < MIN_LENGTH:
        return PasswordProblem(
            QT_TRANSLATE_NOOP("errors", "The password must have at least {n} characters."),
            {"n": MIN_LENGTH},
        )
    if len(password) > MAX_LENGTH:
        return PasswordProblem(
            QT_TRANSLATE_NOOP("errors", "The password must have at most {n} characters."),
            {"n": MAX_LENGTH},
        )
    if password.strip().lower() == username.strip().lower():
        return PasswordProblem(
            QT_TRANSLATE_NOOP("errors", "The password must not be the user name.")
        )
    if password.isdigit() or password.isalpha():
        return PasswordProblem(
            QT_TRANSLATE_NOOP("errors", "The password must mix letters with digits or signs.")
        )
    return None
