"""Reminder windows on a random studio: a window split anywhere finds the same reminders, and the
"Today" list is exactly the reminders the pure rule `shows_today` lets through — so the SQL
pre-filters never drop a reminder they should keep."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.models import Customer, Feedback, Interaction, Project, SurveyResponse
from crm_desktop.reminder_rules import Kind, shows_today
from crm_desktop.reminders import (
    mark_done,
    reminders_between,
    reminders_due,
    snooze,
    today_reminders,
)
from crm_desktop.settings import CareSettings

D = dt.date
LINE = 2_000_000
CARE = CareSettings(festival_segments=("promoter+",))
START, END = D(2023, 6, 1), D(2026, 6, 1)
ONE_DAY = dt.timedelta(days=1)


def _day(rng: random.Random, first: dt.date = START, last: dt.date = END) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def _fill(rng: random.Random, count: int) -> None:
    for i in range(count):
        birthday = None
        if rng.random() < 0.8:
            birthday = D(rng.randrange(1950, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
            if rng.random() < 0.1:
                birthday = D(1992, 2, 29)
            elif rng.random() < 0.1:
                birthday = birthday.replace(day=30) if birthday.month != 2 else birthday
        cid = Customer.insert(
            ref=f"R{i:03d}", name=f"Name{i}", tier=rng.choice("ABC"), created=_day(rng, D(2022, 1, 1), END),
            birthday=birthday, birthday_lunar=rng.random() < 0.4,
            lost_reason="price" if rng.random() < 0.1 else None,
        ).execute()
        if rng.random() < 0.7:
            SurveyResponse.insert(customer=cid, date=_day(rng), score=rng.randrange(11)).execute()
        for n in range(rng.randrange(3)):
            started = _day(rng)
            finished = started + dt.timedelta(days=rng.randrange(200))
            Project.insert(ref=f"R{i:03d}-{n}", customer=cid, title="Job",
                           status=rng.choice(("completed", "completed", "active", "cancelled")),
                           revenue_cents=rng.randrange(5_000_000), started=started,
                           finished=finished).execute()
        for _ in range(rng.randrange(4)):
            Interaction.insert(customer=cid, date=_day(rng), kind="call").execute()
        if rng.random() < 0.3:
            opened = _day(rng)
            Feedback.insert(customer=cid, category="design", severity="low", opened=opened,
                            due=opened + dt.timedelta(days=rng.randrange(20)),
                            status=rng.choice(("open", "resolved"))).execute()


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[peewee.Database]:
    from crm_desktop.db import close_database, open_database

    database = open_database(tmp_path_factory.mktemp("windows") / "studio.sqlite3")
    with database.atomic():
        _fill(random.Random(5), 80)
    # Some reminders done or snoozed, among them check-ins (which restarts their cadence).
    rng = random.Random(6)
    for reminder in reminders_due(D(2024, 1, 1), D(2025, 12, 31), CARE, LINE):
        roll = rng.random()
        if roll < 0.1:
            mark_done(reminder, reminder.due + dt.timedelta(days=rng.randrange(-3, 10)))
        elif roll < 0.2:
            snooze(reminder, reminder.due + dt.timedelta(days=rng.randrange(1, 20)))
    yield database
    close_database()


def _keys(first: dt.date, last: dt.date, on: dt.date) -> list[str]:
    return [r.key for r in reminders_due(first, last, CARE, LINE, on=on)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.dates(min_value=D(2023, 1, 1), max_value=D(2026, 12, 31)),
       days=st.integers(min_value=0, max_value=120), cut=st.integers(min_value=0, max_value=120))
def test_a_window_split_anywhere_finds_the_same_reminders(studio: peewee.Database, first: dt.date,
                                                          days: int, cut: int) -> None:
    last = first + dt.timedelta(days=days)
    middle = first + dt.timedelta(days=min(cut, days))
    whole = _keys(first, last, first)
    parts = _keys(first, middle, first) + _keys(middle + ONE_DAY, last, first)
    assert sorted(whole) == sorted(parts)
    assert len(set(whole)) == len(whole)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(today=st.dates(min_value=D(2023, 6, 1), max_value=D(2026, 9, 30)))
def test_today_is_exactly_what_the_rule_lets_through(studio: peewee.Database, today: dt.date) -> None:
    shown = today_reminders(today, CARE, LINE)
    # Every reminder that could show lies between the oldest start of the studio and the lead.
    everything = reminders_between(D(2015, 1, 1), today + dt.timedelta(days=CARE.lead_days), CARE, LINE)
    expected = {r.key for r in everything
                if shows_today(r.kind, r.due, today, CARE.lead_days, r.done_on, r.snoozed_until)}
    assert {r.key for r in shown} == expected
    kinds = [r.kind for r in shown]
    assert kinds == sorted(kinds, key=list(Kind).index)


def test_the_studio_has_every_kind(studio: peewee.Database) -> None:
    found = {r.kind for r in reminders_due(D(2024, 1, 1), D(2024, 12, 31), CARE, LINE)}
    assert found == set(Kind)
