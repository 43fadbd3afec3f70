"""Password hashing with scrypt (standard library), stored as one self-describing string.

The stored form is `scrypt$n$r$p$salt$hash` (salt and hash in base64), so the cost can be
raised later without breaking the passwords already set.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _

MIN_LENGTH = 8
MAX_LENGTH = 1024
# 2**15 × 8 × 128 bytes = 32 MiB of memory per hash: OWASP's scrypt floor is 2**17 at r=8 with
# p=1 or 2**15 with more work elsewhere; this stays well under a tenth of a second here.
N, R, P = 2**15, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
SCHEME = "scrypt"


def check_password(password: str) -> None:
    """Refuse a password too short (or absurdly long) to be set, with one sentence."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            _("A password needs at least {n} characters.").format(n=MIN_LENGTH),
            fields={"password": _("A password needs at least {n} characters.").format(n=MIN_LENGTH)},
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            _("A password can have at most {n} characters.").format(n=MAX_LENGTH),
            fields={"password": _("A password can have at most {n} characters.").format(n=MAX_LENGTH)},
        )


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem above the 128·n·r bytes scrypt needs; OpenSSL's default (32 MiB) is just too small.
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=2 * 128 * n * r * p + 1024 * 1024, dklen=length)


def hash_password(password: str) -> str:
    """The stored form of a new password (validated first), with a fresh random salt."""
    check_password(password)
    salt = secrets.token_bytes(SALT_BYTES)
    # Read the cost at call time: tests lower it to keep the suite quick.
    n, r, p = N, R, P
    digest = _derive(password, salt, n, r, p, HASH_BYTES)
    b64 = base64.b64encode
    return f"{SCHEME}${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether `password` matches the stored form; False for a missing or unreadable one."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != SCHEME:
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(hash_b64, validate=True)
        actual = _derive(password, salt, int(n), int(r), int(p), len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def burn_time(password: str) -> None:
    """Spend as long as one verification, so an unknown name takes as long as a wrong password."""
    _derive(password, b"\0" * SALT_BYTES, N, R, P, HASH_BYTES)
