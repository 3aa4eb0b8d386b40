"""Password hashing (argon2id) and the password rules."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.errors import ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 128
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password_rules(password: str, username: str, field: str = "password") -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must have at least {n} characters."),
            field=field,
            n=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must have at most {n} characters."),
            field=field,
            n=MAX_LENGTH,
        )
    if password.strip().lower() == username.strip().lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must not be the user name."), field=field
        )
    if password.isdigit() or password.isalpha():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must mix letters with digits or signs."),
            field=field,
        )
