"""The rules of care reminders as pure functions: due dates, keys, and when a reminder shows.

Kinds and their due dates:

- **birthday**: the customer's birthday (solar, or lunar → solar; see `calendar_rules`);
- **festival**: the festival day (one reminder per festival, listing the customers to greet);
- **check-in**: the *anchor* + the segment's cadence, where the anchor is the latest of the
  last logged contact, the last check-in marked done, and the day the customer was created
  (so a customer never contacted counts from the day they were entered);
- **follow-up**: after a completed project's `finished` day: 1 week (7 days), 3 months and
  12 months (calendar months; the later two ask the NPS question);
- **complaint**: an open complaint's due date.

Lost customers get no reminders except for their open complaints, which still need an answer.

In the "Today" list a reminder shows from `due − lead` days on and, once its day has passed,
stays as *overdue* — for ever for check-ins and complaints (they still need doing), for
`GRACE_DAYS` for the rest (a birthday greeting two months late is no greeting). Done hides a
reminder for good; snoozed to a day hides it until that day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from crm_desktop.calendar_rules import add_months


class Kind(str, Enum):
    BIRTHDAY = "birthday"
    FESTIVAL = "festival"
    CHECK_IN = "check-in"
    FOLLOW_UP = "follow-up"
    COMPLAINT = "complaint"


# The order the "Today" list groups them in.
KIND_ORDER: tuple[Kind, ...] = tuple(Kind)

# How long a reminder stays overdue in "Today" after its day (None: until done).
GRACE_DAYS: dict[Kind, int | None] = {
    Kind.BIRTHDAY: 7,
    Kind.FESTIVAL: 7,
    Kind.FOLLOW_UP: 30,
    Kind.CHECK_IN: None,
    Kind.COMPLAINT: None,
}


@dataclass(frozen=True)
class FollowUpStage:
    code: str
    days: int
    months: int
    asks_nps: bool

    def due(self, finished: dt.date) -> dt.date:
        return add_months(finished, self.months) + dt.timedelta(days=self.days)


FOLLOW_UP_STAGES: tuple[FollowUpStage, ...] = (
    FollowUpStage("1w", days=7, months=0, asks_nps=False),
    FollowUpStage("3m", days=0, months=3, asks_nps=True),
    FollowUpStage("12m", days=0, months=12, asks_nps=True),
)


def follow_up_dates(finished: dt.date) -> list[tuple[FollowUpStage, dt.date]]:
    """The three follow-ups of a project finished on `finished`, in order."""
    return [(stage, stage.due(finished)) for stage in FOLLOW_UP_STAGES]


def check_in_anchor(created: dt.date, last_contact: dt.date | None,
                    last_done: dt.date | None) -> dt.date:
    """The day a customer's check-in cadence counts from: the latest of the three."""
    return max(day for day in (created, last_contact, last_done) if day is not None)


def check_in_due(anchor: dt.date, cadence_days: int) -> dt.date:
    return anchor + dt.timedelta(days=cadence_days)


def reminder_key(kind: Kind, subject: str, due: dt.date) -> str:
    """A reminder's name for good: kind, what it is about, and its due date."""
    return f"{kind.value}:{subject}:{due.isoformat()}"


def hidden(on: dt.date, done_on: dt.date | None, snoozed_until: dt.date | None) -> bool:
    """Done, or snoozed to a day after `on`."""
    return done_on is not None or (snoozed_until is not None and snoozed_until > on)


def shows_today(kind: Kind, due: dt.date, today: dt.date, lead_days: int,
                done_on: dt.date | None = None, snoozed_until: dt.date | None = None) -> bool:
    """Whether the reminder is in the "Today" list on `today`."""
    if hidden(today, done_on, snoozed_until):
        return False
    if due - dt.timedelta(days=lead_days) > today:
        return False
    grace = GRACE_DAYS[kind]
    return grace is None or today <= due + dt.timedelta(days=grace)


def today_window(kind: Kind, today: dt.date, lead_days: int) -> tuple[dt.date | None, dt.date]:
    """The due dates that can show on `today`: (first or None for no limit, last)."""
    grace = GRACE_DAYS[kind]
    first = None if grace is None else today - dt.timedelta(days=grace)
    return first, today + dt.timedelta(days=lead_days)


class Urgency(str, Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"


def urgency(due: dt.date, today: dt.date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    return Urgency.SOON
