"""What the fuzz tests check of every failure: a sentence for a person, and nothing written."""
from __future__ import annotations

import re

from crm_desktop.errors import UserError, ValidationError
from crm_desktop.models import ALL_MODELS

# Signs of a programmer's text leaking to a person: tracebacks, reprs, exception names.
NOISE = re.compile(r"Traceback|<class|<object|object at 0x|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|"
                   r"Error:|Exception|NoneType|errno|\bdecimal\.|\bsys\.")


def snapshot() -> dict[str, list[str]]:
    """Every row of every table, sorted: equal snapshots mean nothing was written (any backend)."""
    return {model._meta.table_name: sorted(repr(row) for row in model.select().tuples())
            for model in ALL_MODELS}


def assert_sentence(text: str) -> None:
    """One clean sentence: not empty, one line, ends with a full stop, no programmer's noise."""
    assert text.strip(), "an empty message"
    assert "\n" not in text and "\r" not in text, repr(text)
    assert text.endswith("."), repr(text)
    assert not NOISE.search(text), repr(text)


def assert_phrase(text: str) -> None:
    """A problem phrase (completes "column: …" or sits under a field): short, one line, clean."""
    assert text.strip(), "an empty problem"
    assert "\n" not in text and "\r" not in text and "\x00" not in text, repr(text)
    assert len(text) <= 200, repr(text)
    assert not NOISE.search(text), repr(text)


def assert_user_error(exc: UserError) -> None:
    """A UserError fit for a person; a ValidationError's every problem as well."""
    assert_sentence(exc.message)
    if isinstance(exc, ValidationError):
        for problem in exc.problems:
            assert_phrase(problem)
        for name, text in exc.fields.items():
            assert name and name.isidentifier(), name
            assert_phrase(text)
