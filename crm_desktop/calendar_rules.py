"""Calendar rules for care reminders: birthdays (solar or lunar), festival dates, month arithmetic.

Pure functions on dates. The Chinese lunisolar calendar comes from `lunar-python` (MIT); the
studio's lunar dates are kept to lunar years 1900–2099, and outside that range there is none.

A lunar birthday is stored as a date whose month and day *are* the lunar month and day (the
year is the birth year). It has no leap-month flag, so it is kept in the regular month of
that number: in a year with a leap month of the same number the birthday falls in the first
(regular) one, as most families keep it. A lunar day 30 in a year where that month has only
29 days moves to day 29. A solar birthday on 29 February is kept on 28 February in common years.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
from enum import Enum

# The lunar years the studio works with: [FIRST_LUNAR_YEAR, END_LUNAR_YEAR).
FIRST_LUNAR_YEAR = 1900
END_LUNAR_YEAR = 2100


class Festival(str, Enum):
    """The festivals the studio greets customers on, in calendar order within a year."""

    SPRING_FESTIVAL = "spring_festival"
    LANTERN = "lantern"
    DRAGON_BOAT = "dragon_boat"
    MID_AUTUMN = "mid_autumn"
    NATIONAL_DAY = "national_day"


# Lunar month and day of the lunar festivals (all in the regular month).
LUNAR_FESTIVALS: dict[Festival, tuple[int, int]] = {
    Festival.SPRING_FESTIVAL: (1, 1),
    Festival.LANTERN: (1, 15),
    Festival.DRAGON_BOAT: (5, 5),
    Festival.MID_AUTUMN: (8, 15),
}
# Solar month and day of the fixed-date festivals.
SOLAR_FESTIVALS: dict[Festival, tuple[int, int]] = {
    Festival.NATIONAL_DAY: (10, 1),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months; a day past the target month's end becomes its last day.

    31 January + 1 month = 28 (or 29) February; 30 November + 3 months = 28 (or 29) February.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def solar_birthday(birthday: dt.date, year: int) -> dt.date:
    """The solar birthday in `year`; 29 February becomes 28 February in a common year."""
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, birthday.month, birthday.day)


@functools.lru_cache(maxsize=16_384)
def lunar_to_solar(lunar_year: int, month: int, day: int) -> dt.date | None:
    """The solar date of lunar `month`/`day` (regular month) in `lunar_year`.

    Day 30 in a 29-day month gives day 29. None when the lunar year is outside the tables or
    the month/day cannot be a lunar date (month 1–12, day 1–30).
    """
    if not FIRST_LUNAR_YEAR <= lunar_year < END_LUNAR_YEAR:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    # Imported on first use: its tables take ~15 ms to load, and the window's start (which
    # reaches this module through the customer list's month arithmetic) needs none of them.
    from lunar_python import Lunar, LunarYear

    # A 30th in a 29-day month moves to the 29th (the month's own length, not an exception).
    length = LunarYear.fromYear(lunar_year).getMonth(month).getDayCount()
    solar = Lunar.fromYmd(lunar_year, month, min(day, length)).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_birthday(birthday: dt.date, lunar_year: int) -> dt.date | None:
    """The solar date of a lunar birthday (stored month/day = lunar month/day) in `lunar_year`."""
    return lunar_to_solar(lunar_year, birthday.month, birthday.day)


def birthdays_between(birthday: dt.date, lunar: bool, first: dt.date, last: dt.date) -> list[dt.date]:
    """Every birthday from `first` through `last` inclusive, oldest first.

    A window can hold more than one (it spans years) or, for a lunar birthday, none in a
    solar year (lunar month 12 can fall in January or February). The birth itself and any
    date before it are not birthdays.
    """
    if first > last:
        return []
    found: list[dt.date] = []
    if lunar:
        # Lunar year Y runs from late January/February of Y into early Y + 1.
        for year in range(max(first.year - 1, birthday.year + 1), last.year + 1):
            day = lunar_birthday(birthday, year)
            if day is not None and first <= day <= last:
                found.append(day)
    else:
        for year in range(max(first.year, birthday.year + 1), last.year + 1):
            day = solar_birthday(birthday, year)
            if first <= day <= last:
                found.append(day)
    return found


def festival_date(festival: Festival, year: int) -> dt.date | None:
    """The solar date of `festival` in solar `year` (None outside the lunar tables).

    The lunar festivals of lunar year Y all fall within solar year Y: the Spring Festival is
    between 21 January and 20 February, and Mid-Autumn is in September or early October.
    """
    if festival in SOLAR_FESTIVALS:
        month, day = SOLAR_FESTIVALS[festival]
        return dt.date(year, month, day)
    month, day = LUNAR_FESTIVALS[festival]
    return lunar_to_solar(year, month, day)


def festivals_between(first: dt.date, last: dt.date) -> list[tuple[dt.date, Festival]]:
    """(date, festival) for every festival from `first` through `last` inclusive, by date."""
    found = []
    for year in range(first.year, last.year + 1):
        for festival in Festival:
            day = festival_date(festival, year)
            if day is not None and first <= day <= last:
                found.append((day, festival))
    return sorted(found, key=lambda item: (item[0], list(Festival).index(item[1])))
