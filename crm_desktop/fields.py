"""Parsing one typed-in or imported field: the same rules for forms and for files.

Each parser takes text and returns the stored value or raises ValueError with a short
phrase that completes "line N: column: …" or sits under a form field.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from crm_desktop.i18n import _, shown
from crm_desktop.models import PROJECT_STATUSES, TIERS
from crm_desktop.money import parse_amount

REF_MAX = 64  # Customer.ref / Project.ref max_length
TEXT_MAX = 255  # CharField's default max_length, enforced by PostgreSQL
MAX_CENTS = 10**15  # ten trillion: beyond any real job, far inside a 64-bit integer
MAX_HOURS = 1_000_000
# [0-9], not \d: \d also matches other scripts' digits, which no date parser takes.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# int() would also take '1_0', ' ٣ ' and other forms nobody means as a score.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_PHONE = re.compile(r"[0-9+\-() ]+")


def _empty() -> ValueError:
    return ValueError(_("is empty"))


def _no_nul(text: str) -> str:
    # PostgreSQL cannot store a NUL character in text (SQLite can): refuse it on both.
    if "\x00" in text:
        raise ValueError(_("contains a NUL character"))
    return text


def search_text(text: str) -> str:
    """Typed search text as a query may use it: stripped, and without NUL, which PostgreSQL
    refuses even to compare with (and which no stored text holds)."""
    return text.replace("\x00", "").strip()


def required_text(limit: int = TEXT_MAX) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = _no_nul(text).strip()
        if not value:
            raise _empty()
        if len(value) > limit:
            raise ValueError(_("is longer than {limit} characters").format(limit=limit))
        return value
    return parse


def optional_text(limit: int = TEXT_MAX) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = _no_nul(text).strip()
        if len(value) > limit:
            raise ValueError(_("is longer than {limit} characters").format(limit=limit))
        return value
    return parse


def free_text(text: str) -> str:
    # Notes and comments are kept exactly (no strip), so an export → import round trip is lossless.
    return _no_nul(text)


def _date_value(text: str) -> dt.date:
    value = text.strip()
    # fromisoformat alone would also take 20240105 and 2024-W01-1; the format is YYYY-MM-DD.
    if not _DATE.fullmatch(value):
        raise ValueError(_("'{value}' is not a date in the form YYYY-MM-DD").format(value=shown(value)))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(_("{value} is not a real date").format(value=value)) from None


def required_date(text: str) -> dt.date:
    if not text.strip():
        raise _empty()
    return _date_value(text)


def optional_date(text: str) -> dt.date | None:
    return _date_value(text) if text.strip() else None


# The date forms a spreadsheet from a Chinese or European office holds (a mapped import
# accepts these; the plain import and the forms keep to YYYY-MM-DD, as documented).
_SPREADSHEET_DATES = (
    re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})"),
    re.compile(r"(?P<y>[0-9]{4})/(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})"),
    re.compile(r"(?P<y>[0-9]{4}) *年 *(?P<m>[0-9]{1,2}) *月 *(?P<d>[0-9]{1,2}) *日"),
    re.compile(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})"),
)


def _spreadsheet_date_value(text: str) -> dt.date:
    # NFKC turns full-width digits and slashes (２０２４／３／５) into plain ones.
    value = unicodedata.normalize("NFKC", text).strip()
    for pattern in _SPREADSHEET_DATES:
        if match := pattern.fullmatch(value):
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise ValueError(_("{value} is not a real date").format(value=shown(text.strip()))) from None
    raise ValueError(_("'{value}' is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or D.M.YYYY)")
                     .format(value=shown(text.strip())))


def required_spreadsheet_date(text: str) -> dt.date:
    if not text.strip():
        raise _empty()
    return _spreadsheet_date_value(text)


def optional_spreadsheet_date(text: str) -> dt.date | None:
    return _spreadsheet_date_value(text) if text.strip() else None


def optional_ref(text: str) -> str | None:
    value = _no_nul(text).strip()
    if len(value) > REF_MAX:
        raise ValueError(_("is longer than {limit} characters").format(limit=REF_MAX))
    return value or None


def tier(text: str) -> str:
    value = text.strip().upper() or "C"
    if value not in TIERS:
        raise ValueError(_("'{value}' is not a tier (A, B or C)").format(value=shown(text.strip())))
    return value


def status(text: str) -> str:
    value = text.strip().lower()
    if not value:
        raise _empty()
    if value not in PROJECT_STATUSES:
        raise ValueError(_("'{value}' is not a status ({choices})").format(
            value=shown(text.strip()), choices=", ".join(PROJECT_STATUSES)))
    return value


# The words Chinese studio sheets use for a project's state.
_STATUS_WORDS = {
    "询盘": "inquiry", "咨询": "inquiry", "询价": "inquiry", "洽谈中": "inquiry",
    "进行中": "active", "施工中": "active", "在建": "active",
    "已完成": "completed", "完成": "completed", "完工": "completed", "已竣工": "completed", "竣工": "completed",
    "已婉拒": "declined", "婉拒": "declined", "已拒绝": "declined", "拒绝": "declined",
    "已取消": "cancelled", "取消": "cancelled",
}


def spreadsheet_status(text: str) -> str:
    """A status as `status` takes it, or one of the Chinese words for it."""
    return _STATUS_WORDS.get(text.strip()) or status(text)


def amount(text: str) -> int:
    """Money → cents; empty means 0; negative or absurd amounts are refused."""
    value = text.strip()
    if not value:
        return 0
    cents = parse_amount(value)  # its ValueError already reads "'x' is not an amount"
    if cents < 0:
        raise ValueError(_("{value} is negative").format(value=shown(value)))
    if cents > MAX_CENTS:
        raise ValueError(_("{value} is too large").format(value=shown(value)))
    return cents


def hours(text: str) -> float:
    value = text.strip()
    if not value:
        return 0.0
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValueError(_("'{value}' is not a number of hours").format(value=shown(value)))
    if number < 0:
        raise ValueError(_("{value} is negative").format(value=shown(value)))
    if number > MAX_HOURS:
        raise ValueError(_("{value} is too large").format(value=shown(value)))
    return float(number)


def score(text: str) -> int:
    value = text.strip()
    if not value:
        raise _empty()
    if not _INTEGER.fullmatch(value):
        raise ValueError(_("'{value}' is not a whole number from 0 to 10").format(value=shown(value)))
    # Python refuses int() of more than 4 300 digits, in words meant for programmers.
    too_long = len(value.lstrip("+-").lstrip("0")) > 2
    if too_long or not 0 <= int(value) <= 10:
        raise ValueError(_("{value} is not between 0 and 10").format(value=shown(value)))
    return int(value)


def email(text: str) -> str:
    """Forms check the shape of an address; imports take what the old records hold."""
    value = optional_text()(text)
    if value and (value.count("@") != 1 or value.startswith("@") or value.endswith("@") or " " in value):
        raise ValueError(_("'{value}' is not an e-mail address").format(value=shown(value)))
    return value


def phone(text: str) -> str:
    value = optional_text()(text)
    if value and (not _PHONE.fullmatch(value) or sum(ch.isdigit() for ch in value) < 5):
        raise ValueError(_("'{value}' is not a phone number").format(value=shown(value)))
    return value
