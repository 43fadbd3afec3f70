"""A customer's lifecycle state (new, active, sleeping, lost): the rule as a pure function.

- **lost**: a lost reason is recorded (whatever else is true);
- **new**: created within the last `NEW_DAYS` days (that day included) and no accepted
  (active or completed) project yet — a lead still being won;
- **sleeping**: not new, no project under way, and no sign of life for `SLEEPING_MONTHS`
  calendar months: the latest of the day they were created, any project's start or finish,
  and any logged contact is before today minus 18 months;
- **active**: everyone else.

`crm_desktop.customer_list.lifecycle_condition` is the same rule in SQL, for the list filter.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum

from crm_desktop.calendar_rules import add_months

NEW_DAYS = 90
SLEEPING_MONTHS = 18


class Lifecycle(str, Enum):
    NEW = "new"
    ACTIVE = "active"
    SLEEPING = "sleeping"
    LOST = "lost"


def new_since(today: dt.date) -> dt.date:
    """A customer created on or after this day (with no accepted project) is new."""
    return today - dt.timedelta(days=NEW_DAYS)


def sleeping_before(today: dt.date) -> dt.date:
    """A customer whose last sign of life is before this day (and nothing under way) is sleeping."""
    return add_months(today, -SLEEPING_MONTHS)


def life_state(
    *,
    lost: bool,
    created: dt.date,
    has_accepted_project: bool,
    has_active_project: bool,
    last_activity: dt.date | None,
    today: dt.date,
) -> Lifecycle:
    """The state of one customer on `today`.

    `last_activity` is the latest project start, project finish or logged contact (None if
    there is none); the day the customer was created counts as activity too.
    """
    if lost:
        return Lifecycle.LOST
    if created >= new_since(today) and not has_accepted_project:
        return Lifecycle.NEW
    latest = created if last_activity is None else max(created, last_activity)
    if not has_active_project and latest < sleeping_before(today):
        return Lifecycle.SLEEPING
    return Lifecycle.ACTIVE
