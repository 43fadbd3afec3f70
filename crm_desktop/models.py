"""The peewee models: the studio's data and the integrity rules the schema enforces.

Money is stored as integer cents (exact sums on SQLite and PostgreSQL alike);
`crm_desktop.money` converts at the boundaries.
"""
from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    BigIntegerField,
    BooleanField,
    CharField,
    Check,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

# The composition root (main.py, or a test) binds this to the one real database.
database_proxy = DatabaseProxy()

PROJECT_STATUSES = ("inquiry", "active", "completed", "declined", "cancelled")
ACCEPTED_STATUSES = ("active", "completed")
TIERS = ("A", "B", "C")
LOST_REASONS = ("service", "mismatch", "needs_changed", "price", "competitor", "moved", "other")
LOG_KINDS = ("note", "stage", "update", "approval", "issue")
INTERACTION_KINDS = ("call", "visit", "message", "email", "meeting", "gift")
FEEDBACK_CATEGORIES = (
    "design", "construction", "schedule", "budget", "communication", "after_sales",
)
FEEDBACK_SEVERITIES = ("low", "medium", "high")
FEEDBACK_STATUSES = ("open", "resolved")
REMINDER_KINDS = ("birthday", "festival", "check-in", "follow-up", "complaint")
DECISIONS = ("accept", "decline")
RECOMMENDATIONS = ("decline", "accept_with_conditions", "accept")


def _in(column: str, values: tuple[str, ...]) -> Check:
    quoted = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({quoted})")


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Setting(BaseModel):
    """A business setting shared by the whole office (profit line, job lines, ...)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class SchemaVersion(BaseModel):
    """One row: the schema version this database is at (works on SQLite and PostgreSQL)."""

    version = IntegerField()


class StaffMember(BaseModel):
    name = CharField(unique=True, constraints=[Check("name <> ''")])
    role = CharField(default="staff", constraints=[_in("role", ("owner", "staff"))])
    active = BooleanField(default=True)
    # A self-describing scrypt string (see crm_desktop.passwords); None = no password yet.
    password_hash = CharField(null=True, max_length=255)


class Customer(BaseModel):
    ref = CharField(unique=True, max_length=64, constraints=[Check("ref <> ''")])
    name = CharField(index=True, constraints=[Check("name <> ''")])
    phone = CharField(default="", index=True)
    email = CharField(default="")
    birthday = DateField(null=True)
    birthday_lunar = BooleanField(default=False)
    referred_by = ForeignKeyField(
        "self", null=True, backref="referrals", on_delete="SET NULL", index=True
    )
    tier = CharField(default="C", max_length=1, constraints=[_in("tier", TIERS)], index=True)
    # The designer who looks after this customer (projects name their own designer too).
    designer = ForeignKeyField(StaffMember, null=True, backref="customers", on_delete="SET NULL",
                               index=True)
    notes = TextField(default="")
    lost_reason = CharField(null=True, constraints=[_in("lost_reason", LOST_REASONS)])
    lost_on = DateField(null=True)
    created = DateField(default=dt.date.today)
    # Set when the person's data was erased (crm_desktop.privacy): the row stays, anonymous,
    # so the figures it counts in stay the same.
    erased_on = DateField(null=True)
    # Optimistic locking: a save that finds another version refuses to overwrite.
    version = IntegerField(default=1)
    # Kept by database triggers (crm_desktop.customer_figures), never written by the app:
    # the latest answer's score and date, and Σ(revenue − cost) of active and completed jobs.
    latest_score = SmallIntegerField(null=True)
    latest_response_on = DateField(null=True)
    # DEFAULT 0 in the schema too: a script's INSERT that leaves it out must still work.
    profit_cents = BigIntegerField(default=0, constraints=[SQL("DEFAULT 0")])

    class Meta:
        # The segment grid and the list's segment/score/profit sorts read only these.
        indexes = ((("latest_score", "profit_cents"), False), (("profit_cents",), False))


class Project(BaseModel):
    """A job. For an inquiry, revenue / cost / hours are the estimates."""

    ref = CharField(unique=True, max_length=64, constraints=[Check("ref <> ''")])
    customer = ForeignKeyField(Customer, backref="projects", on_delete="CASCADE", index=False)
    title = CharField(constraints=[Check("title <> ''")])
    kind = CharField(default="")
    status = CharField(
        default="inquiry", constraints=[_in("status", PROJECT_STATUSES)], index=True
    )
    revenue_cents = BigIntegerField(default=0, constraints=[Check("revenue_cents >= 0")])
    cost_cents = BigIntegerField(default=0, constraints=[Check("cost_cents >= 0")])
    hours = DoubleField(default=0, constraints=[Check("hours >= 0")])
    started = DateField(null=True, index=True)
    finished = DateField(null=True)
    designer = ForeignKeyField(StaffMember, null=True, backref="projects", on_delete="SET NULL",
                               index=True)
    version = IntegerField(default=1)

    class Meta:
        constraints = [Check("finished IS NULL OR started IS NULL OR finished >= started")]
        indexes = ((("customer", "status"), False),)


class ProjectLogEntry(BaseModel):
    # index=False: the (project, date) index below serves lookups by project too.
    project = ForeignKeyField(Project, backref="log", on_delete="CASCADE", index=False)
    date = DateField()
    kind = CharField(default="note", constraints=[_in("kind", LOG_KINDS)])
    text = TextField(constraints=[Check("text <> ''")])
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("project", "date"), False), (("kind", "date"), False))


class SurveyResponse(BaseModel):
    customer = ForeignKeyField(Customer, backref="responses", on_delete="CASCADE", index=False)
    project = ForeignKeyField(Project, null=True, on_delete="SET NULL")
    date = DateField()
    score = SmallIntegerField(constraints=[Check("score BETWEEN 0 AND 10")])
    comment = TextField(default="")

    class Meta:
        # "Latest response per customer" is answered by the first index alone; NPS over any
        # date range (the trend, the headline) by the second, without reading the table.
        indexes = ((("customer", "date", "id"), False), (("date", "score"), False))


class NpsMonth(BaseModel):
    """How many survey responses of each month gave each score.

    Kept by database triggers (crm_desktop.nps_months), never written by the app. A row
    exists only while its count is above zero.
    """

    month = CharField(max_length=7)  # 'YYYY-MM', the month of the responses' own date
    score = SmallIntegerField(constraints=[Check("score BETWEEN 0 AND 10")])
    responses = IntegerField()

    class Meta:
        primary_key = CompositeKey("month", "score")


class Interaction(BaseModel):
    customer = ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE", index=False)
    date = DateField()
    kind = CharField(constraints=[_in("kind", INTERACTION_KINDS)])
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL")
    summary = TextField(default="")

    class Meta:
        indexes = ((("customer", "date"), False),)


class Feedback(BaseModel):
    """A complaint or other feedback, with its due date from the SLA table."""

    customer = ForeignKeyField(Customer, backref="feedback", on_delete="CASCADE", index=True)
    project = ForeignKeyField(Project, null=True, on_delete="SET NULL")
    category = CharField(constraints=[_in("category", FEEDBACK_CATEGORIES)])
    severity = CharField(constraints=[_in("severity", FEEDBACK_SEVERITIES)])
    opened = DateField()
    due = DateField()
    owner = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL")
    status = CharField(default="open", constraints=[_in("status", FEEDBACK_STATUSES)])
    summary = TextField(default="")
    resolution = TextField(default="")
    resolved_on = DateField(null=True)
    satisfaction = SmallIntegerField(
        null=True, constraints=[Check("satisfaction IS NULL OR satisfaction BETWEEN 0 AND 10")]
    )
    version = IntegerField(default=1)

    class Meta:
        constraints = [
            Check("due >= opened"),
            Check("resolved_on IS NULL OR resolved_on >= opened"),
        ]
        indexes = ((("status", "due"), False),)


class Decision(BaseModel):
    """A decline-wizard decision on an inquiry, and later its review."""

    project = ForeignKeyField(Project, backref="decisions", on_delete="CASCADE", index=True)
    date = DateField()
    est_profit_cents = BigIntegerField()
    est_margin = DoubleField()
    recommendation = CharField(constraints=[_in("recommendation", RECOMMENDATIONS)])
    decision = CharField(constraints=[_in("decision", DECISIONS)])
    reason = TextField(default="")
    answers = TextField(default="{}")
    review_outcome = TextField(default="")
    reviewed_on = DateField(null=True)
    # The review is edited later: a stale review form must not overwrite a newer one.
    version = IntegerField(default=1)


class ReminderState(BaseModel):
    """What someone did with one computed reminder: marked it done, or snoozed it to a day.

    Reminders themselves are computed from the data, never stored. `key` names one reminder
    for good: kind, subject (customer, project, complaint or festival) and due date.
    """

    key = CharField(primary_key=True, max_length=128)
    kind = CharField(constraints=[_in("kind", REMINDER_KINDS)])
    # The customer the reminder is about (none for a festival); a check-in marked done
    # restarts that customer's cadence.
    customer = ForeignKeyField(Customer, null=True, on_delete="CASCADE", index=False)
    due = DateField(index=True)
    done_on = DateField(null=True)
    snoozed_until = DateField(null=True)

    class Meta:
        constraints = [Check("done_on IS NOT NULL OR snoozed_until IS NOT NULL")]
        indexes = ((("customer", "kind"), False),)


class AuditEntry(BaseModel):
    """Who changed what, when. The name is copied so the entry outlives the account."""

    when = DateTimeField(default=dt.datetime.now, index=True)
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=False)
    staff_name = CharField(default="")
    action = CharField(max_length=64)
    entity = CharField(max_length=64)
    entity_id = BigIntegerField(null=True)
    summary = TextField(default="")


class DistinctPair(BaseModel):
    """Two customers the duplicate finder paired whom the owner marked as different people.

    Stored once per pair, with the lower id first; deleting either customer (a merge, say)
    deletes the mark.
    """

    first = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    second = ForeignKeyField(Customer, on_delete="CASCADE", index=True)
    marked_on = DateField(default=dt.date.today)

    class Meta:
        table_name = "distinct_pair"
        primary_key = CompositeKey("first", "second")
        constraints = [Check("first_id < second_id")]


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Setting,
    SchemaVersion,
    StaffMember,
    Customer,
    Project,
    ProjectLogEntry,
    SurveyResponse,
    NpsMonth,
    Interaction,
    Feedback,
    Decision,
    ReminderState,
    AuditEntry,
    DistinctPair,
)
