"""Money at the boundaries: amounts are integer cents inside, decimal text outside."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crm_desktop.i18n import _, shown

# Far beyond any real amount. Checked before the arithmetic: '1e30' would overflow the
# decimal context's 28 digits and '1e999999' would build a million-digit integer.
LIMIT = Decimal(10) ** 18


def parse_amount(text: str) -> int:
    """Plain decimal text ('12000.50', '12 000') → cents; ValueError with a phrase on anything else."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not cleaned:
        raise ValueError(_("is empty"))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValueError(_("'{value}' is not an amount").format(value=shown(text.strip())))
    if abs(value) >= LIMIT:
        raise ValueError(_("{value} is too large").format(value=shown(text.strip())))
    cents = (value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(cents)


def format_amount(cents: int) -> str:
    """Cents → '12000.50' (always two decimals, no grouping: stable for CSV round trips)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(int(cents)), 100)
    return f"{sign}{whole}.{frac:02d}"


def display_amount(cents: int) -> str:
    """Cents → '12,000' or '12,000.50' for people."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(int(cents)), 100)
    return f"{sign}{whole:,}" + (f".{frac:02d}" if frac else "")


def edit_amount(cents: int) -> str:
    """Cents → '80000' or '80000.50': how a form shows an amount for editing."""
    text = format_amount(cents)
    return text[:-3] if text.endswith(".00") else text
