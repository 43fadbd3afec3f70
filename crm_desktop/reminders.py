"""Care reminders computed from the data (see `reminder_rules` for the rules), and done / snooze.

Each kind is gathered by one or two SQL queries that leave only candidates (plain tuples);
the pure rules then give the due dates. Nothing here loops over ORM instances.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import SQL, Expression, chunked, fn

from crm_desktop import access
from crm_desktop import care_texts as texts
from crm_desktop.calendar_rules import (
    add_months,
    birthdays_between,
    festivals_between,
)
from crm_desktop.customer_list import segment_condition
from crm_desktop.dbvalues import as_date
from crm_desktop.models import (
    Customer,
    Feedback,
    Interaction,
    Project,
    ReminderState,
    database_proxy,
)
from crm_desktop.reminder_rules import (
    FOLLOW_UP_STAGES,
    KIND_ORDER,
    Kind,
    check_in_anchor,
    check_in_due,
    hidden,
    reminder_key,
    shows_today,
    today_window,
)
from crm_desktop.segments import Segment, segment_of
from crm_desktop.settings import CareSettings


@dataclass(frozen=True)
class Greeting:
    """A customer to greet at a festival."""

    customer_id: int
    ref: str
    name: str
    tier: str


@dataclass(frozen=True)
class Reminder:
    kind: Kind
    due: dt.date
    subject: str  # customer id, project id, complaint id or festival code
    customer_id: int | None
    customer_ref: str
    customer_name: str
    detail: str
    greetings: tuple[Greeting, ...] = ()
    done_on: dt.date | None = None
    snoozed_until: dt.date | None = None

    @property
    def key(self) -> str:
        return reminder_key(self.kind, self.subject, self.due)

    def sort_key(self) -> tuple[str, str, str, str]:
        """The CLI's order: due date, then kind, then customer ref (then the detail)."""
        return (self.due.isoformat(), self.kind.value, self.customer_ref, self.detail)


Window = tuple[dt.date | None, dt.date]


# --- gathering, one kind at a time -----------------------------------------------------------

def _cared_for() -> Expression:
    """Customers to remind about: not lost, and not erased (nothing personal is left to use)."""
    return Customer.lost_reason.is_null() & Customer.erased_on.is_null()


def _birthdays(first: dt.date, last: dt.date) -> list[Reminder]:
    query = (Customer.select(Customer.id, Customer.ref, Customer.name, Customer.birthday,
                             Customer.birthday_lunar)
             .where(Customer.birthday.is_null(False) & _cared_for()).tuples())
    found = []
    for cid, ref, name, birthday, lunar in query:
        born = as_date(birthday)
        assert born is not None
        for day in birthdays_between(born, bool(lunar), first, last):
            found.append(Reminder(Kind.BIRTHDAY, day, str(cid), cid, ref, name,
                                  texts.birthday_detail(name, born, bool(lunar))))
    return found


def festival_greetings(care: CareSettings, profit_line_cents: int) -> tuple[Greeting, ...]:
    """The customers to greet at festivals: not lost, and of a chosen tier or segment."""
    chosen: Expression | None = Customer.tier.in_(list(care.festival_tiers)) if care.festival_tiers else None
    for segment in care.festival_segments:
        cond = segment_condition(Segment(segment), profit_line_cents)
        chosen = cond if chosen is None else (chosen | cond)
    if chosen is None:
        return ()
    query = (Customer.select(Customer.id, Customer.ref, Customer.name, Customer.tier)
             .where(_cared_for() & chosen)
             .order_by(Customer.tier, Customer.name, Customer.id).tuples())
    return tuple(Greeting(*row) for row in query)


def _festivals(first: dt.date, last: dt.date, care: CareSettings,
               profit_line_cents: int) -> list[Reminder]:
    days = festivals_between(first, last)
    if not days:
        return []
    greetings = festival_greetings(care, profit_line_cents)
    return [Reminder(Kind.FESTIVAL, day, festival.value, None, "", "",
                     texts.festival_detail(festival, len(greetings)), greetings)
            for day, festival in days]


def _check_ins(first: dt.date | None, last: dt.date, care: CareSettings,
               profit_line_cents: int) -> list[Reminder]:
    cadences = [days for days in care.cadences.values() if days]
    if not cadences:
        return []
    contact = Interaction.alias("contact")
    done = ReminderState.alias("done")
    last_contact = contact.select(fn.MAX(contact.date)).where(contact.customer == Customer.id)
    last_done = done.select(fn.MAX(done.done_on)).where(
        (done.customer == Customer.id) & (done.kind == Kind.CHECK_IN.value))
    query = Customer.select(
        Customer.id, Customer.ref, Customer.name, Customer.created, last_contact.alias("contacted"),
        last_done.alias("done"), Customer.latest_score.alias("score"),
        Customer.profit_cents.alias("profit"),
    ).where(_cared_for())
    # Only customers whose anchor can give a due date in the window: no anchor after
    # `last − shortest cadence`, and (with a start) some anchor on or after `first − longest`.
    latest = last - dt.timedelta(days=min(cadences))
    later = Interaction.alias("later")
    later_done = ReminderState.alias("later_done")
    query = query.where(
        (Customer.created <= latest)
        & ~fn.EXISTS(later.select(SQL("1")).where((later.customer == Customer.id) & (later.date > latest)))
        & ~fn.EXISTS(later_done.select(SQL("1")).where(
            (later_done.customer == Customer.id) & (later_done.kind == Kind.CHECK_IN.value)
            & (later_done.done_on > latest)))
    )
    if first is not None:
        earliest = first - dt.timedelta(days=max(cadences))
        recent = Interaction.alias("recent")
        recent_done = ReminderState.alias("recent_done")
        query = query.where(
            (Customer.created >= earliest)
            | fn.EXISTS(recent.select(SQL("1")).where(
                (recent.customer == Customer.id) & (recent.date >= earliest)))
            | fn.EXISTS(recent_done.select(SQL("1")).where(
                (recent_done.customer == Customer.id) & (recent_done.kind == Kind.CHECK_IN.value)
                & (recent_done.done_on >= earliest)))
        )
    # A staff login sees the NPS class only: the segment's +/− is a profit class.
    money = access.can_see_money()
    found = []
    for cid, ref, name, created, contacted, done_on, score, profit in query.tuples():
        segment = segment_of(score, int(profit or 0), profit_line_cents)
        days = care.cadence(segment.value)
        if days is None:
            continue
        contacted_day = as_date(contacted)
        anchor = check_in_anchor(as_date(created), contacted_day, as_date(done_on))  # type: ignore[arg-type]
        due = check_in_due(anchor, days)
        if (first is None or due >= first) and due <= last:
            found.append(Reminder(Kind.CHECK_IN, due, str(cid), cid, ref, name,
                                  texts.check_in_detail(name, segment.value if money else segment.value.rstrip("+-"),
                                                        days, contacted_day)))
    return found


def _finished_between(first: dt.date | None, last: dt.date) -> Expression:
    """SQL: the project's finish day puts one of its follow-ups in the window.

    Per stage, the finish days run from the stage's offset back from `first` to back from
    `last`; a few days' slack at the start covers month-end clamping (the exact check is
    done on the dates afterwards).
    """
    cond: Expression | None = None
    for stage in FOLLOW_UP_STAGES:
        upper = add_months(last, -stage.months) - dt.timedelta(days=stage.days)
        part = Project.finished <= upper
        if first is not None:
            lower = add_months(first, -stage.months) - dt.timedelta(days=stage.days + 4)
            part = part & (Project.finished >= lower)
        cond = part if cond is None else (cond | part)
    assert cond is not None
    return cond


def _follow_ups(first: dt.date | None, last: dt.date) -> list[Reminder]:
    query = (
        Project.select(Project.id, Project.ref, Project.title, Project.finished, Customer.id,
                       Customer.ref, Customer.name)
        .join(Customer, on=(Project.customer == Customer.id))
        .where((Project.status == "completed") & Project.finished.is_null(False)
               & _cared_for() & _finished_between(first, last))
    )
    found = []
    for pid, pref, title, finished, cid, cref, cname in query.tuples():
        done_day = as_date(finished)
        assert done_day is not None
        for stage in FOLLOW_UP_STAGES:
            due = stage.due(done_day)
            if (first is None or due >= first) and due <= last:
                found.append(Reminder(Kind.FOLLOW_UP, due, str(pid), cid, cref, cname,
                                      texts.follow_up_detail(cname, pref, title, done_day, stage.code)))
    return found


def _complaints(first: dt.date | None, last: dt.date) -> list[Reminder]:
    query = (
        Feedback.select(Feedback.id, Feedback.due, Feedback.category, Feedback.severity,
                        Feedback.summary, Customer.id, Customer.ref, Customer.name)
        .join(Customer, on=(Feedback.customer == Customer.id))
        .where((Feedback.status == "open") & (Feedback.due <= last) & Customer.erased_on.is_null())
    )
    if first is not None:
        query = query.where(Feedback.due >= first)
    return [
        Reminder(Kind.COMPLAINT, as_date(due), str(fid), cid, cref, cname,  # type: ignore[arg-type]
                 texts.complaint_detail(cname, category, severity, summary))
        for fid, due, category, severity, summary, cid, cref, cname in query.tuples()
    ]


def _gather(kind: Kind, window: Window, care: CareSettings, profit_line_cents: int) -> list[Reminder]:
    first, last = window
    if kind is Kind.BIRTHDAY:
        assert first is not None
        return _birthdays(first, last)
    if kind is Kind.FESTIVAL:
        assert first is not None
        return _festivals(first, last, care, profit_line_cents)
    if kind is Kind.CHECK_IN:
        return _check_ins(first, last, care, profit_line_cents)
    if kind is Kind.FOLLOW_UP:
        return _follow_ups(first, last)
    return _complaints(first, last)


def _with_states(reminders: list[Reminder], windows: list[Window]) -> list[Reminder]:
    """The reminders with what was done to them (done day, snoozed-to day) filled in."""
    if not reminders:
        return []
    last = max(window[1] for window in windows)
    query = ReminderState.select(ReminderState.key, ReminderState.done_on,
                                 ReminderState.snoozed_until).where(ReminderState.due <= last)
    if all(window[0] is not None for window in windows):
        query = query.where(ReminderState.due >= min(w[0] for w in windows if w[0] is not None))
    states = {key: (as_date(done), as_date(snoozed)) for key, done, snoozed in query.tuples()}
    result = []
    for reminder in reminders:
        state = states.get(reminder.key)
        if state is not None:
            reminder = dataclasses.replace(reminder, done_on=state[0], snoozed_until=state[1])
        result.append(reminder)
    return result


# --- what the CLI and the window ask ---------------------------------------------------------

def reminders_between(first: dt.date, last: dt.date, care: CareSettings,
                      profit_line_cents: int) -> list[Reminder]:
    """Every reminder due from `first` through `last` inclusive, done and snoozed ones too
    (with their state filled in), in the CLI's order."""
    if first > last:
        return []
    window: Window = (first, last)
    found = [r for kind in KIND_ORDER for r in _gather(kind, window, care, profit_line_cents)]
    return sorted(_with_states(found, [window]), key=Reminder.sort_key)


def reminders_due(first: dt.date, last: dt.date, care: CareSettings, profit_line_cents: int,
                  *, on: dt.date | None = None) -> list[Reminder]:
    """Reminders due from `first` through `last` inclusive, as the list stands on `on`
    (default `first`): done ones and ones snoozed past `on` are left out. CLI order."""
    on = on or first
    return [r for r in reminders_between(first, last, care, profit_line_cents)
            if not hidden(on, r.done_on, r.snoozed_until)]


def today_reminders(today: dt.date, care: CareSettings, profit_line_cents: int,
                    kinds: tuple[Kind, ...] = KIND_ORDER) -> list[Reminder]:
    """The "Today" list: due and overdue reminders, upcoming ones within the lead time.

    Grouped by kind (in `KIND_ORDER`), then by due date (most overdue first), then name.
    """
    found: list[Reminder] = []
    windows = []
    for kind in kinds:
        window = today_window(kind, today, care.lead_days)
        windows.append(window)
        found.extend(_gather(kind, window, care, profit_line_cents))
    shown = [r for r in _with_states(found, windows)
             if shows_today(r.kind, r.due, today, care.lead_days, r.done_on, r.snoozed_until)]
    order = {kind: index for index, kind in enumerate(KIND_ORDER)}
    return sorted(shown, key=lambda r: (order[r.kind], r.due, r.customer_name, r.detail))


# --- done and snoozed ------------------------------------------------------------------------

def _store(reminder: Reminder, done_on: dt.date | None, snoozed_until: dt.date | None) -> None:
    values = {
        ReminderState.key: reminder.key, ReminderState.kind: reminder.kind.value,
        ReminderState.customer: reminder.customer_id, ReminderState.due: reminder.due,
        ReminderState.done_on: done_on, ReminderState.snoozed_until: snoozed_until,
    }
    with database_proxy.atomic():
        ReminderState.insert(values).on_conflict(
            conflict_target=[ReminderState.key],
            update={ReminderState.done_on: done_on, ReminderState.snoozed_until: snoozed_until},
        ).execute()


def mark_done(reminder: Reminder, on: dt.date) -> None:
    """Done for good; a check-in marked done restarts the customer's cadence from `on`."""
    _store(reminder, on, None)


def snooze(reminder: Reminder, until: dt.date) -> None:
    """Hide the reminder until `until`, when it shows again (as overdue if its day has passed)."""
    _store(reminder, None, until)


def reopen(reminder: Reminder) -> None:
    """Forget done / snoozed: the reminder is back as computed."""
    ReminderState.delete().where(ReminderState.key == reminder.key).execute()


def last_contacts(customer_ids: list[int]) -> dict[int, dt.date]:
    """The last logged contact of each of these customers (those with one)."""
    found: dict[int, dt.date] = {}
    # In batches: a statement may bind only so many values.
    for batch in chunked(customer_ids, 5_000):
        query = (Interaction.select(Interaction.customer, fn.MAX(Interaction.date))
                 .where(Interaction.customer.in_(batch)).group_by(Interaction.customer).tuples())
        found.update({cid: as_date(day) for cid, day in query})  # type: ignore[misc]
    return found
