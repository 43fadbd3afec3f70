"""The core's two kinds of error: problems a person can fix, and everything else (bugs)."""
from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or environment, carrying one sentence for a person.

    Anything that is *not* a UserError is a bug: callers log it with its traceback.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseError(UserError):
    """The database cannot be opened, is locked, or is from a newer version."""


class ValidationError(UserError):
    """Input that breaks a domain rule; `problems` lists every one found."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class NotFoundError(UserError):
    """A reference (customer, project) that does not exist."""


class GuardError(UserError):
    """A domain guard refused the change (e.g. accepting a low-value job without a decision)."""


class ConflictError(UserError):
    """Someone else saved the record since it was opened; nothing was overwritten."""
