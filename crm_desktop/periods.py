"""Month arithmetic on dates, shared by the report's periods and the movement spans."""
from __future__ import annotations

import datetime as dt


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier if negative), or the month's last day if it has none."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")
