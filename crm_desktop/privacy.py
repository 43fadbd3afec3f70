"""Erasing one customer's personal data for good, while the figures they count in stay the same.

The customer row stays (segments, NPS, profit and referral figures count it), but everything
that says who the person is, or that staff wrote about them, is overwritten in one
transaction: name, phone, e-mail, birthday, notes, and the free text of their projects,
project log, survey answers, contacts, complaints and wizard decisions. Numbers, dates,
codes (status, kind, category, score, tier, lost reason) and the anonymous referral link
are kept. SQLite zeroes overwritten text (`secure_delete`, set in `crm_desktop.db`) and the
write-ahead log is truncated afterwards, so the old text is not left in the file either.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import peewee

from crm_desktop import access, audit
from crm_desktop.dbvalues import as_date
from crm_desktop.errors import GuardError, NotFoundError
from crm_desktop.i18n import _
from crm_desktop.models import (
    AuditEntry,
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    ProjectLogEntry,
    ReminderState,
    SurveyResponse,
    database_proxy,
)

log = logging.getLogger(__name__)

# Stored in place of text that may not be empty (a name, a project title, a log entry).
# A fixed mark rather than words, so the database holds nothing language-bound; the window
# shows "Erased customer" in the user's language where the customer is marked erased.
ERASED_MARK = "—"


@dataclass(frozen=True)
class Erasure:
    """What one erasure overwrote (rows whose free text was cleared, by kind)."""

    ref: str
    erased_on: dt.date
    projects: int
    log_entries: int
    responses: int
    contacts: int
    complaints: int
    decisions: int


def erased_message() -> str:
    return _("This customer's personal data was erased; their record can no longer be changed.")


def is_erased(customer_id: int) -> bool:
    return Customer.select().where(
        (Customer.id == customer_id) & Customer.erased_on.is_null(False)).exists()


def refuse_if_erased(customer_id: int) -> None:
    """Raise GuardError when the customer was erased: nothing personal may be written again."""
    if is_erased(customer_id):
        raise GuardError(erased_message())


def refuse_if_project_erased(project_id: int) -> None:
    """The same guard, for a write to one of an erased customer's projects."""
    owner = Project.select(Project.customer).where(Project.id == project_id)
    if Customer.select().where(Customer.id.in_(owner) & Customer.erased_on.is_null(False)).exists():
        raise GuardError(erased_message())


def erase_customer(customer_id: int, today: dt.date | None = None) -> Erasure:
    """Overwrite the customer's personal data and the free text about them, in one transaction.

    Owner-only when staff accounts are on. Erasing an erased customer again clears anything
    left over and keeps the first erasure date.
    """
    access.require_owner(_("erase a customer's personal data"))
    day = today or dt.date.today()
    db = database_proxy.obj
    with database_proxy.atomic():
        row = Customer.select(Customer.ref, Customer.erased_on).where(
            Customer.id == customer_id).tuples().first()
        if row is None:
            raise NotFoundError(_("That customer no longer exists."))
        ref, already = row
        erased_on = as_date(already) or day
        projects = Project.select(Project.id).where(Project.customer == customer_id)
        Customer.update(
            name=ERASED_MARK, phone="", email="", birthday=None, birthday_lunar=False, notes="",
            erased_on=erased_on, version=Customer.version + 1,
        ).where(Customer.id == customer_id).execute()
        # Titles often carry the address; amounts, status and dates stay for the figures.
        counts = {
            "projects": Project.update(title=ERASED_MARK, version=Project.version + 1)
            .where(Project.customer == customer_id).execute(),
            # Log entries are about the job but name people often; kind and date stay.
            "log_entries": ProjectLogEntry.update(text=ERASED_MARK)
            .where(ProjectLogEntry.project.in_(projects)).execute(),
            "responses": SurveyResponse.update(comment="")
            .where(SurveyResponse.customer == customer_id).execute(),
            "contacts": Interaction.update(summary="")
            .where(Interaction.customer == customer_id).execute(),
            "complaints": Feedback.update(summary="", resolution="", version=Feedback.version + 1)
            .where(Feedback.customer == customer_id).execute(),
            # The wizard's answers are where staff write what they think of the client;
            # the journal's totals use only the estimates and the decision, which stay.
            "decisions": Decision.update(reason="", answers="{}", review_outcome="")
            .where(Decision.project.in_(projects)).execute(),
        }
        # Done / snoozed birthdays and check-ins: their keys and dates are about the person.
        ReminderState.delete().where(ReminderState.customer == customer_id).execute()
        # Earlier audit summaries may quote a title or a note; who did what, and when, stays.
        AuditEntry.update(summary="").where(
            ((AuditEntry.entity == "customer") & (AuditEntry.entity_id == customer_id))
            | ((AuditEntry.entity == "project") & AuditEntry.entity_id.in_(projects))
        ).execute()
        audit.record("erase", "customer", customer_id, "")
    if isinstance(db, peewee.SqliteDatabase) and not db.in_transaction():
        _truncate_wal(db)
    return Erasure(ref=ref, erased_on=erased_on, **counts)


def _truncate_wal(db: peewee.SqliteDatabase) -> None:
    """Copy the write-ahead log into the file and empty it: older page images hold the old text."""
    busy, _log_frames, _done = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        # Another connection is reading; its next checkpoint (or closing) finishes the job.
        log.warning("erasure: the write-ahead log could not be emptied yet (database busy)")
