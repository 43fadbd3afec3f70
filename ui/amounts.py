"""Amounts as summaries show them: whole currency units, grouped digits."""
from __future__ import annotations

from crm_desktop.money import display_amount


def whole_units(cents: int) -> int:
    """A total rounded to whole currency units (half away from zero): cents are noise in a summary."""
    units, rest = divmod(abs(cents), 100)
    return (1 if cents >= 0 else -1) * (units + (rest >= 50)) * 100


def summary_amount(cents: int) -> str:
    """'1,234,568' for 1 234 567.50: a total in whole units."""
    return display_amount(whole_units(cents))
