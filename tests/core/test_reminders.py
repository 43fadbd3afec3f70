"""Care reminders: each kind's due dates, check-in cadence per segment, lead time, snooze and done."""
from __future__ import annotations

import dataclasses
import datetime as dt

import peewee
import pytest

from crm_desktop.calendar_rules import Festival
from crm_desktop.models import Customer, Feedback, Interaction, Project, SurveyResponse
from crm_desktop.reminder_rules import (
    Kind,
    Urgency,
    check_in_anchor,
    follow_up_dates,
    shows_today,
    urgency,
)
from crm_desktop.reminders import (
    Reminder,
    festival_greetings,
    mark_done,
    reminders_due,
    reopen,
    snooze,
    today_reminders,
)
from crm_desktop.settings import CareSettings

D = dt.date
LINE = 2_000_000  # profit line 20 000.00
CARE = CareSettings()
CREATED = D(2020, 1, 1)


def customer(ref: str, *, created: dt.date = CREATED, score: int | None = None,
             profit: int = 0, tier: str = "C", lost: str | None = None,
             birthday: dt.date | None = None, lunar: bool = False) -> int:
    """A customer with a segment made from a survey score and one completed job's profit."""
    cid = Customer.insert(ref=ref, name=f"Name {ref}", tier=tier, created=created, lost_reason=lost,
                          birthday=birthday, birthday_lunar=lunar).execute()
    if profit:
        Project.insert(ref=f"J-{ref}", customer=cid, title="Job", status="completed",
                       revenue_cents=profit, cost_cents=0).execute()
    if score is not None:
        SurveyResponse.insert(customer=cid, date=D(2019, 12, 1), score=score).execute()
    return int(cid)


def contact(cid: int, day: dt.date) -> None:
    Interaction.insert(customer=cid, date=day, kind="call").execute()


def due(first: dt.date, last: dt.date, kind: Kind | None = None, care: CareSettings = CARE,
        on: dt.date | None = None) -> list[tuple[str, str, str]]:
    """(date, customer_ref, kind) of the reminders due in the window, CLI order."""
    return [(r.due.isoformat(), r.customer_ref, r.kind.value)
            for r in reminders_due(first, last, care, LINE, on=on) if kind is None or r.kind is kind]


def of_kind(kind: Kind, first: dt.date, last: dt.date) -> list[Reminder]:
    return [r for r in reminders_due(first, last, CARE, LINE) if r.kind is kind]


# --- birthdays ------------------------------------------------------------------------------

def test_birthdays_solar_lunar_and_29_february(db: peewee.Database) -> None:
    customer("SOLAR", birthday=D(1985, 3, 15))
    customer("LUNAR", birthday=D(1980, 8, 15), lunar=True)  # Mid-Autumn
    customer("LEAP", birthday=D(1992, 2, 29))
    customer("GONE", birthday=D(1985, 3, 15), lost="moved")
    customer("NONE")
    assert due(D(2025, 1, 1), D(2025, 12, 31), Kind.BIRTHDAY) == [
        ("2025-02-28", "LEAP", "birthday"), ("2025-03-15", "SOLAR", "birthday"),
        ("2025-10-06", "LUNAR", "birthday")]
    assert due(D(2024, 2, 29), D(2024, 3, 15), Kind.BIRTHDAY) == [
        ("2024-02-29", "LEAP", "birthday"), ("2024-03-15", "SOLAR", "birthday")]
    (lunar,) = of_kind(Kind.BIRTHDAY, D(2026, 9, 25), D(2026, 9, 25))
    assert lunar.detail == "Name LUNAR: lunar birthday (month 8, day 15)"


def test_a_window_across_new_year_finds_both_sides(db: peewee.Database) -> None:
    customer("DEC", birthday=D(1980, 12, 31))
    customer("JAN", birthday=D(1980, 1, 1))
    customer("LA", birthday=D(1970, 12, 10), lunar=True)  # 2025-01-09
    assert due(D(2024, 12, 30), D(2025, 1, 12), Kind.BIRTHDAY) == [
        ("2024-12-31", "DEC", "birthday"), ("2025-01-01", "JAN", "birthday"),
        ("2025-01-09", "LA", "birthday")]


# --- festivals ------------------------------------------------------------------------------

def test_one_festival_reminder_lists_the_customers_to_greet(db: peewee.Database) -> None:
    a = customer("A1", tier="A")
    b = customer("B1", tier="B")
    customer("C1", tier="C")
    customer("AL", tier="A", lost="price")
    promoter = customer("CP", tier="C", score=10, profit=3_000_000)
    rows = [r for r in reminders_due(D(2025, 9, 1), D(2025, 10, 31), CARE, LINE) if r.kind is Kind.FESTIVAL]
    assert [(r.due, r.subject, r.customer_ref) for r in rows] == [
        (D(2025, 10, 1), Festival.NATIONAL_DAY.value, ""), (D(2025, 10, 6), Festival.MID_AUTUMN.value, "")]
    assert [g.customer_id for g in rows[0].greetings] == [a, b]
    assert rows[1].detail == "Mid-Autumn Festival: greet 2 customers"
    by_segment = dataclasses.replace(CARE, festival_tiers=("A",), festival_segments=("promoter+",))
    assert [g.customer_id for g in festival_greetings(by_segment, LINE)] == [a, promoter]
    nobody = dataclasses.replace(CARE, festival_tiers=(), festival_segments=())
    assert festival_greetings(nobody, LINE) == ()
    assert due(D(2026, 2, 16), D(2026, 3, 3), Kind.FESTIVAL) == [
        ("2026-02-17", "", "festival"), ("2026-03-03", "", "festival")]


def test_dragon_boat_and_spring_festival_dates(db: peewee.Database) -> None:
    assert [r.detail for r in reminders_due(D(2025, 1, 29), D(2025, 1, 29), CARE, LINE)] == [
        "Spring Festival: greet 0 customers"]
    assert due(D(2024, 6, 1), D(2024, 6, 30), Kind.FESTIVAL) == [("2024-06-10", "", "festival")]


# --- check-ins ------------------------------------------------------------------------------

def test_check_in_cadence_per_segment_from_the_last_contact(db: peewee.Database) -> None:
    ids = {
        "P+": customer("P+", score=10, profit=3_000_000),  # 60 days
        "P-": customer("P-", score=9, profit=1_000),  # 90
        "A+": customer("A+", score=8, profit=2_000_000),  # 90 (exactly on the line counts)
        "A-": customer("A-", score=7, profit=1_000),  # none
        "D+": customer("D+", score=6, profit=2_500_000),  # 30
        "D-": customer("D-", score=0),  # none
        "U": customer("U"),  # unrated: 180
    }
    for cid in ids.values():
        contact(cid, D(2025, 1, 1))
    assert due(D(2025, 1, 1), D(2026, 1, 1), Kind.CHECK_IN) == [
        ("2025-01-31", "D+", "check-in"), ("2025-03-02", "P+", "check-in"),
        ("2025-04-01", "A+", "check-in"), ("2025-04-01", "P-", "check-in"),
        ("2025-06-30", "U", "check-in")]
    # Only the current due date exists: the cadence runs from the last contact.
    contact(ids["P+"], D(2025, 2, 20))
    assert ("2025-04-21", "P+", "check-in") in due(D(2025, 1, 1), D(2026, 1, 1), Kind.CHECK_IN)
    assert due(D(2025, 4, 22), D(2025, 6, 29), Kind.CHECK_IN) == []


def test_a_customer_never_contacted_counts_from_the_day_they_were_created(db: peewee.Database) -> None:
    customer("NEW", created=D(2025, 3, 1), score=10, profit=3_000_000)
    customer("LOST", created=D(2025, 3, 1), score=10, profit=3_000_000, lost="competitor")
    assert due(D(2025, 3, 1), D(2025, 12, 31), Kind.CHECK_IN) == [("2025-04-30", "NEW", "check-in")]
    (row,) = reminders_due(D(2025, 4, 30), D(2025, 4, 30), CARE, LINE)
    assert row.detail == "Name NEW: check in (promoter+, every 60 days); no contact logged yet"


def test_cadences_come_from_the_settings(db: peewee.Database) -> None:
    customer("P+", score=10, profit=3_000_000)
    customer("A-", score=7)
    care = dataclasses.replace(CARE, cadences={"promoter+": 10, "passive-": 20})
    assert due(D(2020, 1, 1), D(2020, 3, 1), Kind.CHECK_IN, care) == [
        ("2020-01-11", "P+", "check-in"), ("2020-01-21", "A-", "check-in")]
    assert due(D(2020, 1, 1), D(2020, 3, 1), Kind.CHECK_IN, dataclasses.replace(CARE, cadences={})) == []


def test_marking_a_check_in_done_restarts_the_cadence(db: peewee.Database) -> None:
    customer("P+", score=10, profit=3_000_000)
    (first,) = of_kind(Kind.CHECK_IN, D(2020, 2, 1), D(2020, 3, 31))
    assert first.due == D(2020, 3, 1)
    mark_done(first, D(2020, 3, 4))
    assert due(D(2020, 2, 1), D(2020, 12, 31), Kind.CHECK_IN) == [("2020-05-03", "P+", "check-in")]


# --- follow-ups -----------------------------------------------------------------------------

def test_follow_ups_one_week_three_and_twelve_months_after_the_finish(db: peewee.Database) -> None:
    cid = customer("F")
    Project.insert(ref="DONE", customer=cid, title="厨房", status="completed", started=D(2024, 9, 1),
                   finished=D(2024, 11, 30)).execute()
    Project.insert(ref="RUN", customer=cid, title="Bath", status="active", started=D(2024, 9, 1)).execute()
    Project.insert(ref="OFF", customer=cid, title="Hall", status="cancelled", started=D(2024, 9, 1),
                   finished=D(2024, 11, 30)).execute()
    assert due(D(2024, 1, 1), D(2026, 1, 1), Kind.FOLLOW_UP) == [
        ("2024-12-07", "F", "follow-up"), ("2025-02-28", "F", "follow-up"), ("2025-11-30", "F", "follow-up")]
    details = [r.detail for r in of_kind(Kind.FOLLOW_UP, D(2024, 1, 1), D(2026, 1, 1))]
    assert details[0] == "Name F: DONE 厨房 finished 2024-11-30; a week on, ask how everything works"
    assert "3 months on, ask how likely they are to recommend us (0-10)" in details[1]
    assert "12 months on" in details[2]
    # Exactly on the edges of a window.
    assert due(D(2024, 12, 7), D(2024, 12, 7), Kind.FOLLOW_UP) == [("2024-12-07", "F", "follow-up")]
    assert due(D(2024, 12, 8), D(2025, 2, 27), Kind.FOLLOW_UP) == []
    Customer.update(lost_reason="other").execute()
    assert due(D(2024, 1, 1), D(2026, 1, 1), Kind.FOLLOW_UP) == []


def test_follow_up_dates_in_leap_years() -> None:
    assert [day for _stage, day in follow_up_dates(D(2024, 2, 29))] == [
        D(2024, 3, 7), D(2024, 5, 29), D(2025, 2, 28)]


# --- complaints -----------------------------------------------------------------------------

def test_open_complaints_are_due_on_their_due_date_even_for_lost_customers(db: peewee.Database) -> None:
    cid = customer("K", lost="service")
    Feedback.insert(customer=cid, category="construction", severity="high", opened=D(2025, 5, 1),
                    due=D(2025, 5, 2), summary="水管\n漏水").execute()
    Feedback.insert(customer=cid, category="design", severity="low", opened=D(2025, 5, 1),
                    due=D(2025, 5, 3), status="resolved", resolved_on=D(2025, 5, 2)).execute()
    rows = reminders_due(D(2025, 5, 1), D(2025, 5, 10), CARE, LINE)
    assert [(r.due, r.kind, r.customer_ref, r.detail) for r in rows] == [
        (D(2025, 5, 2), Kind.COMPLAINT, "K", "Name K: construction quality complaint, high: 水管 漏水")]


# --- the CLI's order, the "Today" list, lead time, snooze and done --------------------------

def test_order_is_date_then_kind_then_customer(db: peewee.Database) -> None:
    customer("Z", birthday=D(1990, 10, 1), tier="A")
    customer("B", birthday=D(1990, 10, 1))
    assert due(D(2025, 10, 1), D(2025, 10, 1)) == [
        ("2025-10-01", "B", "birthday"), ("2025-10-01", "Z", "birthday"), ("2025-10-01", "", "festival")]


def test_lead_time_and_grace_in_the_today_list() -> None:
    day = D(2025, 6, 10)
    assert not shows_today(Kind.BIRTHDAY, day, D(2025, 6, 6), 3)
    assert shows_today(Kind.BIRTHDAY, day, D(2025, 6, 7), 3)
    assert shows_today(Kind.BIRTHDAY, day, D(2025, 6, 17), 3)
    assert not shows_today(Kind.BIRTHDAY, day, D(2025, 6, 18), 3)
    assert shows_today(Kind.FOLLOW_UP, day, D(2025, 7, 10), 3)
    assert not shows_today(Kind.FOLLOW_UP, day, D(2025, 7, 11), 3)
    assert shows_today(Kind.CHECK_IN, day, D(2030, 1, 1), 3)
    assert shows_today(Kind.COMPLAINT, day, D(2025, 6, 10), 0)
    assert not shows_today(Kind.COMPLAINT, day, D(2025, 6, 9), 0)
    assert not shows_today(Kind.CHECK_IN, day, D(2025, 6, 12), 3, done_on=D(2025, 6, 12))
    assert not shows_today(Kind.CHECK_IN, day, D(2025, 6, 12), 3, snoozed_until=D(2025, 6, 13))
    assert shows_today(Kind.CHECK_IN, day, D(2025, 6, 13), 3, snoozed_until=D(2025, 6, 13))
    assert [urgency(day, D(2025, 6, d)) for d in (9, 10, 11)] == [Urgency.SOON, Urgency.TODAY, Urgency.OVERDUE]
    assert check_in_anchor(D(2020, 1, 1), None, None) == D(2020, 1, 1)
    assert check_in_anchor(D(2020, 1, 1), D(2021, 1, 1), D(2020, 6, 1)) == D(2021, 1, 1)


def test_today_shows_due_overdue_and_upcoming_within_the_lead(db: peewee.Database) -> None:
    soon = customer("SOON", birthday=D(1990, 6, 13))  # in 3 days: shown
    customer("LATER", birthday=D(1990, 6, 14))  # in 4 days: not yet
    customer("PAST", birthday=D(1990, 6, 3))  # 7 days ago: still shown, overdue
    customer("OLD", birthday=D(1990, 6, 2))  # 8 days ago: gone
    late = customer("LATE", score=10, profit=3_000_000)  # check-in due 2020-03-01: overdue for ever
    today = D(2025, 6, 10)
    care = dataclasses.replace(CARE, cadences={"promoter+": 60})
    rows = today_reminders(today, care, LINE)
    assert [(r.kind, r.customer_ref, r.due) for r in rows] == [
        (Kind.BIRTHDAY, "PAST", D(2025, 6, 3)), (Kind.BIRTHDAY, "SOON", D(2025, 6, 13)),
        (Kind.CHECK_IN, "LATE", D(2020, 3, 1))]
    assert {rows[1].customer_id, rows[2].customer_id} == {soon, late}
    with_lead = dataclasses.replace(care, lead_days=4)
    assert "LATER" in [r.customer_ref for r in today_reminders(today, with_lead, LINE)]


def test_snooze_done_and_reopen(db: peewee.Database) -> None:
    customer("P+", score=10, profit=3_000_000)
    today = D(2025, 6, 10)
    (check_in,) = today_reminders(today, CARE, LINE)
    snooze(check_in, today + dt.timedelta(days=1))
    assert today_reminders(today, CARE, LINE) == []
    (back,) = today_reminders(today + dt.timedelta(days=1), CARE, LINE)
    assert back.key == check_in.key and back.snoozed_until == D(2025, 6, 11)
    # The CLI leaves a reminder out while it is snoozed past --on.
    assert due(D(2020, 3, 1), D(2020, 3, 1), on=D(2025, 6, 10)) == []
    assert due(D(2020, 3, 1), D(2020, 3, 1), on=D(2025, 6, 11)) == [("2020-03-01", "P+", "check-in")]
    reopen(back)
    assert [r.key for r in today_reminders(today, CARE, LINE)] == [check_in.key]


def test_done_is_for_one_reminder_only(db: peewee.Database) -> None:
    customer("BD", birthday=D(1990, 6, 10))
    (this_year,) = of_kind(Kind.BIRTHDAY, D(2025, 6, 1), D(2025, 6, 30))
    mark_done(this_year, D(2025, 6, 10))
    assert due(D(2025, 6, 1), D(2025, 6, 30), Kind.BIRTHDAY) == []
    assert due(D(2026, 6, 1), D(2026, 6, 30), Kind.BIRTHDAY) == [("2026-06-10", "BD", "birthday")]
    assert this_year.key == f"birthday:{this_year.customer_id}:2025-06-10"


def test_keys_are_stable_and_name_kind_subject_and_day() -> None:
    reminder = Reminder(Kind.FESTIVAL, D(2025, 10, 6), Festival.MID_AUTUMN.value, None, "", "", "")
    assert reminder.key == "festival:mid_autumn:2025-10-06"


@pytest.mark.parametrize("days", [0, 1, 30])
def test_an_empty_studio_has_only_festivals(db: peewee.Database, days: int) -> None:
    rows = reminders_due(D(2025, 10, 1), D(2025, 10, 1) + dt.timedelta(days=days), CARE, LINE)
    assert {r.kind for r in rows} == {Kind.FESTIVAL}
