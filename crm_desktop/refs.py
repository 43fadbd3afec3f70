"""Suggesting the next free reference (C000123, P0001234) for a new customer or project."""
from __future__ import annotations

from peewee import Field


def next_ref(column: Field, prefix: str, width: int) -> str:
    """One past the highest number used after `prefix`, zero-padded to at least `width` digits.

    References people typed themselves (letters after the prefix) are left out of the count.
    """
    refs = column.model.select(column).where(column.startswith(prefix)).tuples()
    numbers = [int(ref[len(prefix):]) for (ref,) in refs if ref[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:0{width}d}"
