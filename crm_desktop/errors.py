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
    """Input that breaks a domain rule.

    `problems` lists every one as a line of text (for the CLI); `fields` maps a form field's
    name to its problem, so a form can show each message under its own field.
    """

    def __init__(self, message: str, problems: list[str] | None = None,
                 fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = dict(fields or {})
        self.problems = problems if problems is not None else [f"{k}: {v}" for k, v in self.fields.items()]

    @classmethod
    def of_fields(cls, fields: dict[str, str]) -> ValidationError:
        """One error for a form: the first problem as the message, every problem by field."""
        name, problem = next(iter(fields.items()))
        return cls(f"{name}: {problem}.", fields=fields)


class NotFoundError(UserError):
    """A reference (customer, project) that does not exist."""


class GuardError(UserError):
    """A domain guard refused the change (e.g. accepting a low-value job without a decision)."""


class ConflictError(UserError):
    """Someone else saved the record since it was opened; nothing was overwritten.

    `theirs` is the record as it is stored now, in the same input dataclass the form edits,
    and `version` its current version: a conflict dialog shows theirs beside what the user
    typed and saves the merged values against that version. Both are None when the caller
    has nothing to merge (a command-line `accept`, for one).
    """

    def __init__(self, message: str, theirs: object | None = None, version: int | None = None) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.version = version


class PermissionDenied(UserError):
    """The logged-in person's role does not allow this (e.g. staff asking for profit)."""
