"""Birthdays (solar and lunar), festival dates and month arithmetic, against published dates."""
from __future__ import annotations

import calendar
import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunar_python import LunarYear, Solar

from crm_desktop.calendar_rules import (
    Festival,
    add_months,
    birthdays_between,
    festival_date,
    festivals_between,
    lunar_birthday,
    lunar_to_solar,
    solar_birthday,
)

D = dt.date

# Published dates (the State Council's holiday notices and the Hong Kong Observatory's
# calendar tables), one row per year: Spring Festival, Lantern, Dragon Boat, Mid-Autumn.
PUBLISHED = {
    2020: (D(2020, 1, 25), D(2020, 2, 8), D(2020, 6, 25), D(2020, 10, 1)),
    2023: (D(2023, 1, 22), D(2023, 2, 5), D(2023, 6, 22), D(2023, 9, 29)),
    2024: (D(2024, 2, 10), D(2024, 2, 24), D(2024, 6, 10), D(2024, 9, 17)),
    2025: (D(2025, 1, 29), D(2025, 2, 12), D(2025, 5, 31), D(2025, 10, 6)),
    2026: (D(2026, 2, 17), D(2026, 3, 3), D(2026, 6, 19), D(2026, 9, 25)),
    2027: (D(2027, 2, 6), D(2027, 2, 20), D(2027, 6, 9), D(2027, 9, 15)),
}
LUNAR_FESTIVALS = (Festival.SPRING_FESTIVAL, Festival.LANTERN, Festival.DRAGON_BOAT, Festival.MID_AUTUMN)


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_festival_dates_match_the_published_calendar(year: int) -> None:
    assert tuple(festival_date(f, year) for f in LUNAR_FESTIVALS) == PUBLISHED[year]
    assert festival_date(Festival.NATIONAL_DAY, year) == D(year, 10, 1)


def test_festivals_between_lists_each_day_in_order_including_a_shared_day() -> None:
    # 2020: Mid-Autumn fell on National Day; both are listed, in the calendar's order.
    assert festivals_between(D(2020, 9, 1), D(2020, 12, 31)) == [
        (D(2020, 10, 1), Festival.MID_AUTUMN), (D(2020, 10, 1), Festival.NATIONAL_DAY)]
    # A window across New Year reaches into the next year's festivals.
    assert festivals_between(D(2024, 12, 20), D(2025, 2, 12)) == [
        (D(2025, 1, 29), Festival.SPRING_FESTIVAL), (D(2025, 2, 12), Festival.LANTERN)]
    assert festivals_between(D(2025, 3, 1), D(2025, 5, 30)) == []
    assert festivals_between(D(2025, 5, 31), D(2025, 5, 31)) == [(D(2025, 5, 31), Festival.DRAGON_BOAT)]


def test_no_lunar_dates_outside_the_tables() -> None:
    assert festival_date(Festival.SPRING_FESTIVAL, 1899) is None
    assert festival_date(Festival.MID_AUTUMN, 2100) is None
    assert festival_date(Festival.NATIONAL_DAY, 2100) == D(2100, 10, 1)
    assert lunar_to_solar(2024, 13, 1) is None and lunar_to_solar(2024, 1, 31) is None


def test_a_lunar_birthday_falls_on_a_different_solar_day_each_year() -> None:
    # Born on the 15th of the 8th lunar month: Mid-Autumn every year.
    born = D(1980, 8, 15)
    assert [lunar_birthday(born, y) for y in (2024, 2025, 2026)] == [
        D(2024, 9, 17), D(2025, 10, 6), D(2026, 9, 25)]


def test_in_a_leap_month_year_the_birthday_is_in_the_regular_month() -> None:
    # 2025 has a leap 6th month (闰六月, from 25 July); the regular 6th month starts 25 June.
    assert LunarYear.fromYear(2025).getLeapMonth() == 6
    born = D(1990, 6, 10)
    assert lunar_birthday(born, 2025) == D(2025, 7, 4)
    assert lunar_birthday(born, 2024) == D(2024, 7, 15)
    # 2023 has a leap 2nd month: months after it are still found by their number.
    assert LunarYear.fromYear(2023).getLeapMonth() == 2
    assert lunar_birthday(D(1990, 2, 1), 2023) == D(2023, 2, 20)
    assert lunar_birthday(D(1990, 3, 1), 2023) == D(2023, 4, 20)


def test_lunar_day_30_in_a_29_day_month_moves_to_day_29() -> None:
    # The 12th month of lunar 2023 has 30 days (New Year's Eve 2024-02-09 was the 30th);
    # in lunar 2024 it has 29, so 2025 had no "30th" and the eve was the 29th, 28 January.
    born = D(1970, 12, 30)
    assert lunar_birthday(born, 2023) == D(2024, 2, 9)
    assert lunar_birthday(born, 2024) == D(2025, 1, 28)
    assert lunar_birthday(D(1970, 12, 29), 2024) == D(2025, 1, 28)


def test_a_late_lunar_birthday_crosses_new_year() -> None:
    # The 12th lunar month of lunar 2024 runs in January 2025: a window across New Year finds it.
    born = D(1970, 12, 10)
    assert birthdays_between(born, True, D(2024, 12, 31), D(2025, 1, 31)) == [D(2025, 1, 9)]
    assert birthdays_between(born, True, D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 1, 9)]
    assert birthdays_between(born, True, D(2026, 1, 1), D(2026, 12, 31)) == [D(2026, 1, 28)]


def test_a_solar_year_can_hold_two_lunar_birthdays_or_none() -> None:
    # The 1st of the 12th lunar month: 3 January 2022 (lunar 2021), 23 December 2022 (lunar
    # 2022), then 11 January 2024 (lunar 2023) — so 2022 has two and 2023 none.
    born = D(1966, 12, 1)
    assert birthdays_between(born, True, D(2022, 1, 1), D(2022, 12, 31)) == [D(2022, 1, 3), D(2022, 12, 23)]
    assert birthdays_between(born, True, D(2023, 1, 1), D(2023, 12, 31)) == []
    assert birthdays_between(born, True, D(2023, 12, 20), D(2024, 1, 20)) == [D(2024, 1, 11)]


def test_29_february_birthdays() -> None:
    born = D(1992, 2, 29)
    assert solar_birthday(born, 2024) == D(2024, 2, 29)
    assert solar_birthday(born, 2025) == D(2025, 2, 28)
    assert solar_birthday(born, 2100) == D(2100, 2, 28)  # not a leap year
    assert solar_birthday(born, 2000) == D(2000, 2, 29)
    assert birthdays_between(born, False, D(2025, 2, 28), D(2025, 3, 1)) == [D(2025, 2, 28)]
    assert birthdays_between(born, False, D(2025, 3, 1), D(2025, 3, 31)) == []


def test_solar_birthday_windows_across_new_year_and_years() -> None:
    born = D(1985, 1, 2)
    assert birthdays_between(born, False, D(2024, 12, 31), D(2025, 1, 2)) == [D(2025, 1, 2)]
    assert birthdays_between(D(1985, 12, 31), False, D(2024, 12, 31), D(2025, 1, 2)) == [D(2024, 12, 31)]
    assert birthdays_between(born, False, D(2024, 1, 1), D(2026, 12, 31)) == [
        D(2024, 1, 2), D(2025, 1, 2), D(2026, 1, 2)]
    assert birthdays_between(born, False, D(2025, 1, 3), D(2025, 1, 2)) == []


def test_the_birth_itself_and_days_before_it_are_no_birthdays() -> None:
    assert birthdays_between(D(2024, 5, 1), False, D(2023, 1, 1), D(2024, 12, 31)) == []
    assert birthdays_between(D(2024, 5, 1), False, D(2023, 1, 1), D(2025, 12, 31)) == [D(2025, 5, 1)]
    assert birthdays_between(D(2024, 5, 1), True, D(2024, 1, 1), D(2024, 12, 31)) == []


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2024, 11, 30), 3) == D(2025, 2, 28)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert add_months(D(2024, 10, 15), 3) == D(2025, 1, 15)
    assert add_months(D(2025, 1, 15), -18) == D(2023, 7, 15)


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31)),
       st.integers(min_value=-240, max_value=240))
def test_add_months_keeps_the_day_unless_the_month_is_shorter(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == min(day.day, calendar.monthrange(moved.year, moved.month)[1])


@given(st.integers(min_value=1900, max_value=2099), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=30))
def test_lunar_to_solar_round_trips_in_the_regular_month(year: int, month: int, day: int) -> None:
    solar = lunar_to_solar(year, month, day)
    assert solar is not None
    back = Solar.fromYmd(solar.year, solar.month, solar.day).getLunar()
    # A leap month has a negative number in lunar-python: the regular month is positive.
    assert (back.getYear(), back.getMonth()) == (year, month)
    # The day is kept, except a 30th in a 29-day month, which becomes the 29th.
    assert back.getDay() == day or (day == 30 and back.getDay() == 29)


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2060, 12, 28)), st.booleans(),
       st.dates(min_value=D(1950, 1, 1), max_value=D(2097, 1, 1)), st.integers(min_value=0, max_value=800))
def test_windows_split_anywhere_find_the_same_birthdays(born: dt.date, lunar: bool, first: dt.date,
                                                        days: int) -> None:
    last = first + dt.timedelta(days=days)
    whole = birthdays_between(born, lunar, first, last)
    middle = first + dt.timedelta(days=days // 2)
    parts = (birthdays_between(born, lunar, first, middle)
             + birthdays_between(born, lunar, middle + dt.timedelta(days=1), last))
    assert whole == parts == sorted(whole)
    assert all(first <= day <= last and day > born for day in whole)
    # A birthday comes about once a year: never two within 300 days.
    assert all((b - a).days > 300 for a, b in itertools.pairwise(whole))
