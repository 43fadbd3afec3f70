"""Parsing one typed-in field: the same rules for forms and for imported files.

Each parser takes text and returns a value or raises ValueError with a short phrase that
completes "line N: column: …" or sits under a form field.
"""
from __future__ import annotations

import datetime as dt

from crm_desktop.i18n import _
from crm_desktop.models import PROJECT_STATUSES, TIERS
from crm_desktop.money import parse_amount


def required_text(text: str) -> str:
    value = text.strip()
    if not value:
        raise ValueError(_("must not be empty"))
    return value


def optional_date(text: str) -> dt.date | None:
    value = text.strip()
    if not value:
        return None
    return required_date(value)


def required_date(text: str) -> dt.date:
    value = text.strip()
    if not value:
        raise ValueError(_("must not be empty"))
    try:
        day: dt.date | None = dt.date.fromisoformat(value)
    except ValueError:
        day = None
    # fromisoformat also takes '20240301' and week dates; the contract is YYYY-MM-DD only.
    if day is None or len(value) != 10:
        raise ValueError(_("'{value}' is not a date (YYYY-MM-DD)").format(value=value))
    return day


def score(text: str) -> int:
    value = text.strip()
    try:
        number = int(value)
    except ValueError:
        raise ValueError(_("'{value}' is not a whole number from 0 to 10").format(value=value)) from None
    if not 0 <= number <= 10:
        raise ValueError(_("{value} is outside 0–10").format(value=number))
    return number


def amount(text: str) -> int:
    """Money → cents; empty means 0; negative amounts are refused."""
    value = text.strip()
    if not value:
        return 0
    try:
        cents = parse_amount(value)
    except ValueError:
        raise ValueError(_("'{value}' is not an amount").format(value=value)) from None
    if cents < 0:
        raise ValueError(_("must not be negative"))
    return cents


def hours(text: str) -> float:
    value = text.strip()
    if not value:
        return 0.0
    try:
        number = float(value)
    except ValueError:
        raise ValueError(_("'{value}' is not a number of hours").format(value=value)) from None
    if not number >= 0 or number == float("inf"):
        raise ValueError(_("must be zero or more"))
    return number


def tier(text: str) -> str:
    value = text.strip().upper() or "C"
    if value not in TIERS:
        raise ValueError(_("'{value}' is not a tier (A, B or C)").format(value=text.strip()))
    return value


def status(text: str) -> str:
    value = text.strip().lower()
    if value not in PROJECT_STATUSES:
        raise ValueError(
            _("'{value}' is not a status ({choices})").format(
                value=text.strip(), choices=", ".join(PROJECT_STATUSES)
            )
        )
    return value


def email(text: str) -> str:
    value = text.strip()
    if value and ("@" not in value or value.startswith("@") or value.endswith("@") or " " in value):
        raise ValueError(_("'{value}' is not an e-mail address").format(value=value))
    return value


def phone(text: str) -> str:
    value = text.strip()
    allowed = set("0123456789+-() ")
    if value and (not set(value) <= allowed or sum(ch.isdigit() for ch in value) < 5):
        raise ValueError(_("'{value}' is not a phone number").format(value=value))
    return value
