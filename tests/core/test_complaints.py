"""Complaints: SLA due dates, opening and resolving, overdue, list queries; the SLA settings."""
from __future__ import annotations

import dataclasses
import datetime as dt

import peewee
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.complaints import (
    ComplaintInput,
    Which,
    complaint_counts,
    complaint_rows,
    customer_choices,
    customer_projects,
    customers_with_overdue_complaints,
    days_overdue,
    due_date,
    is_overdue,
    open_complaint,
    reopen_complaint,
    resolve_complaint,
)
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import (
    FEEDBACK_CATEGORIES,
    FEEDBACK_SEVERITIES,
    Customer,
    Feedback,
    Project,
    Setting,
    StaffMember,
)
from crm_desktop.settings import (
    DEFAULT_SLA_DAYS,
    CareSettings,
    load_care_settings,
    save_care_settings,
    validate_care_settings,
)

D = dt.date
CARE = CareSettings()


def test_the_default_sla_table_is_complete_and_severity_ordered() -> None:
    for category in FEEDBACK_CATEGORIES:
        days = [CARE.sla(category, severity) for severity in ("high", "medium", "low")]
        assert days == sorted(days) and days[0] >= 1
    assert (CARE.sla("construction", "high"), CARE.sla("schedule", "medium"), CARE.sla("design", "low")) == (1, 5, 14)


def test_due_dates_count_calendar_days_from_opening() -> None:
    assert due_date(D(2025, 5, 2), "construction", "high", CARE) == D(2025, 5, 3)  # a Saturday
    assert due_date(D(2024, 12, 28), "budget", "medium", CARE) == D(2025, 1, 2)
    assert due_date(D(2024, 2, 25), "design", "medium", CARE) == D(2024, 3, 3)
    same_day = dataclasses.replace(CARE, sla_days={"budget": {"high": 0}})
    assert due_date(D(2025, 5, 2), "budget", "high", same_day) == D(2025, 5, 2)
    # A cell missing from a stored table keeps its default.
    assert due_date(D(2025, 5, 2), "budget", "low", same_day) == D(2025, 5, 12)


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 1, 1)), st.sampled_from(FEEDBACK_CATEGORIES),
       st.sampled_from(FEEDBACK_SEVERITIES), st.integers(min_value=-5, max_value=40))
def test_overdue_means_open_and_past_the_due_day(opened: dt.date, category: str, severity: str,
                                                  offset: int) -> None:
    due = due_date(opened, category, severity, CARE)
    today = due + dt.timedelta(days=offset)
    assert is_overdue("open", due, today) == (offset > 0)
    assert days_overdue("open", due, today) == max(offset, 0)
    assert not is_overdue("resolved", due, today) and days_overdue("resolved", due, today) == 0


@pytest.fixture
def shop(db: peewee.Database) -> dict[str, int]:
    chen = Customer.create(ref="CHEN", name="陈静")
    li = Customer.create(ref="LI", name="李明")
    owner = StaffMember.create(name="周敏")
    job = Project.create(ref="P1", customer=chen, title="厨房", status="active")
    other = Project.create(ref="P2", customer=li, title="Bath")
    return {"chen": chen.id, "li": li.id, "owner": owner.id, "job": job.id, "other": other.id}


def _form(**values: object) -> ComplaintInput:
    base = {"customer_ref": "CHEN", "category": "construction", "severity": "medium",
            "opened": "2025-05-01", "summary": "墙面开裂"}
    return ComplaintInput(**{**base, **values})  # type: ignore[arg-type]


def test_opening_takes_the_due_date_from_the_sla(shop: dict[str, int]) -> None:
    fid = open_complaint(_form(owner_id=shop["owner"], project_id=shop["job"]), CARE)
    row = Feedback.get_by_id(fid)
    assert (row.due, row.status, row.owner_id, row.project_id) == (D(2025, 5, 4), "open", shop["owner"], shop["job"])
    slow = dataclasses.replace(CARE, sla_days={"construction": {"medium": 10}})
    assert Feedback.get_by_id(open_complaint(_form(), slow)).due == D(2025, 5, 11)


def test_opening_checks_every_field(shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        open_complaint(ComplaintInput(customer_ref="NOPE", category="x", severity="huge",
                                      opened="2025-13-01", summary=" "), CARE)
    assert set(caught.value.fields) == {"customer", "category", "severity", "opened", "summary"}
    assert caught.value.fields["customer"] == "there is no customer 'NOPE'"
    with pytest.raises(ValidationError) as caught:
        open_complaint(_form(project_id=shop["other"]), CARE)
    assert caught.value.fields == {"project": "is not a project of this customer"}
    assert Feedback.select().count() == 0


def test_resolving_records_the_outcome_and_satisfaction(shop: dict[str, int]) -> None:
    fid = open_complaint(_form(), CARE)
    with pytest.raises(ValidationError) as caught:
        resolve_complaint(fid, "", "11", "2025-04-30")
    assert set(caught.value.fields) == {"resolution", "satisfaction", "resolved_on"}
    assert caught.value.fields["resolved_on"] == "is before the complaint was opened (2025-05-01)"
    resolve_complaint(fid, "重新批灰", "8", "2025-05-03")
    row = Feedback.get_by_id(fid)
    assert (row.status, row.resolution, row.satisfaction, row.resolved_on) == ("resolved", "重新批灰", 8, D(2025, 5, 3))
    with pytest.raises(ValidationError, match="already resolved"):
        resolve_complaint(fid, "again", "", "2025-05-04")
    reopen_complaint(fid)
    resolve_complaint(fid, "again", "", "2025-05-04")  # satisfaction is optional
    assert Feedback.get_by_id(fid).satisfaction is None
    with pytest.raises(NotFoundError):
        resolve_complaint(9999, "x", "", "2025-05-04")


def test_lists_counts_and_overdue(shop: dict[str, int]) -> None:
    late = open_complaint(_form(opened="2025-05-01", severity="high"), CARE)  # due 05-02
    due_today = open_complaint(_form(opened="2025-05-07", severity="high"), CARE)  # due 05-08
    later = open_complaint(_form(customer_ref="LI", category="design", severity="low"), CARE)  # 05-15
    done = open_complaint(_form(severity="low"), CARE)
    resolve_complaint(done, "ok", "9", "2025-05-02")
    today = D(2025, 5, 8)
    rows = complaint_rows(today)
    assert [r.id for r in rows] == [late, due_today, later]
    assert [(r.overdue, r.days_overdue) for r in rows] == [(True, 6), (False, 0), (False, 0)]
    assert rows[0].customer_name == "陈静" and rows[2].customer_ref == "LI"
    assert [r.id for r in complaint_rows(today, Which.OVERDUE)] == [late]
    assert [r.id for r in complaint_rows(today, Which.RESOLVED)] == [done]
    assert [r.id for r in complaint_rows(today, Which.ALL)] == [late, due_today, later, done]
    assert [r.id for r in complaint_rows(today, customer_id=shop["li"])] == [later]
    assert complaint_counts(today) == (3, 1)
    assert complaint_counts(today, shop["li"]) == (1, 0)
    assert customers_with_overdue_complaints(today) == {shop["chen"]}
    assert customers_with_overdue_complaints(D(2025, 5, 2)) == set()


def test_lookups_for_the_form(shop: dict[str, int]) -> None:
    assert customer_choices("CH") == [(shop["chen"], "CHEN", "陈静")]
    assert customer_choices("明") == [(shop["li"], "LI", "李明")]
    assert customer_choices("  ") == []
    assert customer_projects(shop["chen"]) == [(shop["job"], "P1", "厨房")]


def test_care_settings_round_trip_and_validation(db: peewee.Database) -> None:
    assert load_care_settings() == CareSettings()
    care = CareSettings(lead_days=5, cadences={"promoter+": 45}, festival_tiers=("A",),
                        festival_segments=("promoter+", "passive+"),
                        sla_days={"design": {"high": 4, "medium": 8, "low": 15}})
    save_care_settings(care)
    loaded = load_care_settings()
    assert (loaded.lead_days, loaded.cadences, loaded.festival_tiers, loaded.festival_segments) == (
        5, {"promoter+": 45}, ("A",), ("promoter+", "passive+"))
    assert loaded.sla("design", "high") == 4
    assert loaded.sla("budget", "low") == DEFAULT_SLA_DAYS["budget"]["low"]
    bad = CareSettings(lead_days=-1, cadences={"nobody": 3}, festival_tiers=("Z",),
                       sla_days={"design": {"high": 999}})
    problems = validate_care_settings(bad)
    assert len(problems) == 4
    with pytest.raises(ValidationError):
        save_care_settings(bad)
    # A hand-edited value that cannot be read falls back to the default.
    Setting.update(value="not json").where(Setting.key == "care.lead_days").execute()
    assert load_care_settings().lead_days == 3
