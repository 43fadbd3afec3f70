"""Projects: the list's flags, the log, the form and the accept guard."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from crm_desktop.customer_service import CustomerInput, save_customer
from crm_desktop.errors import GuardError, ValidationError
from crm_desktop.models import Decision, Project, ProjectLogEntry
from crm_desktop.project_service import (
    ProjectFilter,
    ProjectInput,
    accept_inquiry,
    add_log_entry,
    needs_client_update,
    project_log,
    project_rows,
    save_project,
)
from crm_desktop.settings import StudioSettings

TODAY = dt.date(2024, 6, 30)


@pytest.mark.parametrize(
    ("status", "last", "started", "stale"),
    [
        ("active", TODAY - dt.timedelta(days=7), None, False),
        ("active", TODAY - dt.timedelta(days=8), None, True),
        ("active", None, TODAY - dt.timedelta(days=3), False),
        ("active", None, None, True),
        ("completed", None, None, False),
        ("inquiry", None, TODAY - dt.timedelta(days=90), False),
    ],
)
def test_needs_client_update(status: str, last: dt.date | None, started: dt.date | None, stale: bool) -> None:
    assert needs_client_update(status, last, started, TODAY) is stale


@pytest.fixture
def customer(db: peewee.Database) -> int:
    return save_customer(CustomerInput(ref="C1", name="陈静"))


def _new(ref: str, fee: str, cost: str, status: str = "inquiry") -> int:
    return save_project(ProjectInput(ref=ref, customer_ref="C1", title="厨房翻新", status=status,
                                     revenue=fee, cost=cost, hours="40"))


def test_list_flags_low_value_inquiries_and_stale_projects(customer: int) -> None:
    small = _new("P1", "8000", "7000")
    big = _new("P2", "300000", "150000")
    Project.update(status="active", started=TODAY - dt.timedelta(days=30)).where(Project.id == big).execute()
    add_log_entry(big, (TODAY - dt.timedelta(days=10)).isoformat(), "update", "发了进度照片")
    rows = {r.id: r for r in project_rows(ProjectFilter(), StudioSettings(), TODAY)}
    assert rows[small].low_value and not rows[big].low_value
    assert rows[big].needs_update and rows[big].last_update == TODAY - dt.timedelta(days=10)
    assert [r.id for r in project_rows(ProjectFilter(status="inquiry"), StudioSettings(), TODAY)] == [small]


def test_log_entries_newest_first_and_bad_ones_refused(customer: int) -> None:
    pid = _new("P1", "100000", "50000")
    add_log_entry(pid, "2024-01-02", "note", "量房")
    add_log_entry(pid, "2024-01-05", "approval", "客户确认方案")
    assert [r.text for r in project_log(pid)] == ["客户确认方案", "量房"]
    for args in [("2024-01-32", "note", "x"), ("2024-01-03", "gossip", "x"), ("2024-01-03", "note", "  ")]:
        with pytest.raises(ValidationError):
            add_log_entry(pid, *args)
    assert ProjectLogEntry.select().count() == 2


def test_project_form_rules(customer: int) -> None:
    with pytest.raises(ValidationError) as caught:
        save_project(ProjectInput(ref="P9", customer_ref="C404", title="", status="busy", revenue="-5",
                                  started="2024-05-01", finished="2024-04-01"))
    fields = {problem.split(":")[0] for problem in caught.value.problems}
    assert fields == {"customer_ref", "title", "status", "revenue", "finished"}
    with pytest.raises(ValidationError, match="inquiry"):
        _new("P10", "100000", "10000", status="active")
    assert Project.select().count() == 0


def test_accepting_a_low_value_inquiry_needs_a_decision(customer: int) -> None:
    small = _new("P1", "8000", "7000")
    with pytest.raises(GuardError, match="decline wizard"):
        accept_inquiry(small, StudioSettings(), TODAY)
    assert Project.get_by_id(small).status == "inquiry"
    Decision.create(project=small, date=TODAY, est_profit_cents=100_000, est_margin=0.125,
                    recommendation="decline", decision="accept", reason="friend of a + promoter")
    accept_inquiry(small, StudioSettings(), TODAY)
    assert (Project.get_by_id(small).status, Project.get_by_id(small).started) == ("active", TODAY)
    big = _new("P2", "300000", "150000")
    accept_inquiry(big, StudioSettings(), TODAY)
    with pytest.raises(GuardError, match="Only an inquiry"):
        accept_inquiry(big, StudioSettings(), TODAY)


def test_the_form_cannot_turn_an_inquiry_active(customer: int) -> None:
    pid = _new("P1", "300000", "150000")
    with pytest.raises(ValidationError, match="Accept job"):
        save_project(ProjectInput(ref="P1", customer_ref="C1", title="x", status="active"), pid)
