"""No silent overwrite: a record saved at another desk since ours read it refuses our stale save.

"Another desk" is a second, real connection to the same database (tests/other_desk.py): the
other user's save is committed there, then ours, made with the version we read, must raise
ConflictError, carry the stored values ("theirs") and the new version, and write nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import peewee
import pytest

from crm_desktop import project_service
from crm_desktop.complaints import (
    ComplaintInput,
    ResolutionInput,
    complaint_rows,
    open_complaint,
    reopen_complaint,
    resolution_input,
    resolve_complaint,
)
from crm_desktop.customer_service import (
    customer_detail,
    customer_input,
    mark_lost,
    save_customer,
)
from crm_desktop.decision_journal import (
    ReviewInput,
    journal_rows,
    record_decision,
    review_decision,
)
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.errors import ConflictError
from crm_desktop.models import Customer, Decision, Feedback, Project
from crm_desktop.project_service import accept_inquiry, project_input, save_project
from crm_desktop.settings import (
    CareSettings,
    StudioSettings,
    care_settings_with_version,
    load_care_settings,
    load_settings,
    save_care_settings,
    save_settings,
    settings_with_version,
)
from tests.other_desk import OtherDesk, other_desk

TODAY = dt.date(2025, 6, 30)
SETTINGS = StudioSettings()
ANSWERS = {key: "想过了" for key in PROMPT_KEYS}


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    wang = Customer.create(ref="WANG", name="王芳")
    chen = Customer.create(ref="CHEN", name="陈静", phone="13800000000", referred_by=wang)
    big = Project.create(ref="BIG", customer=chen, title="全屋", revenue_cents=30_000_000,
                         cost_cents=15_000_000, hours=200)
    small = Project.create(ref="SMALL", customer=chen, title="前厅", revenue_cents=800_000,
                           cost_cents=750_000, hours=30)
    complaint = open_complaint(ComplaintInput(customer_ref="CHEN", category="construction",
                                              severity="medium", opened="2025-05-01",
                                              summary="墙面开裂"), CareSettings())
    return {"chen": chen.id, "big": big.id, "small": small.id, "complaint": complaint}


@pytest.fixture
def other(db: peewee.Database) -> Iterator[OtherDesk]:
    with other_desk(db) as desk:
        yield desk


# --- customers ------------------------------------------------------------------------------


def test_a_customer_saved_at_another_desk_is_not_overwritten(studio: dict[str, int], other: OtherDesk) -> None:
    chen = studio["chen"]
    opened, version = customer_input(chen)
    # The form's values and the detail view's are one and the same reading.
    assert opened == customer_detail(chen, SETTINGS.profit_line_cents).profile
    assert (opened.referred_by, opened.phone, version) == ("WANG", "13800000000", 1)
    with other.saving():
        theirs, their_version = customer_input(chen)
        save_customer(replace(theirs, phone="13900000000", notes="喜欢原木风"), chen, their_version)

    mine = replace(opened, name="陈静 (VIP)", phone="13700000000")
    with pytest.raises(ConflictError) as caught:
        save_customer(mine, chen, expected_version=version)
    assert "Someone else changed this customer" in caught.value.message
    assert caught.value.theirs == replace(opened, phone="13900000000", notes="喜欢原木风")
    assert caught.value.version == 2
    stored = Customer.get_by_id(chen)
    assert (stored.name, stored.phone, stored.notes, stored.version) == ("陈静", "13900000000", "喜欢原木风", 2)

    # The merge (my name, their phone and notes) saved against the version the conflict carried.
    assert isinstance(caught.value.theirs, type(opened))
    save_customer(replace(caught.value.theirs, name=mine.name), chen, caught.value.version)
    stored = Customer.get_by_id(chen)
    assert (stored.name, stored.phone, stored.notes, stored.version) == ("陈静 (VIP)", "13900000000", "喜欢原木风", 3)


def test_marking_lost_from_a_stale_screen_is_refused(studio: dict[str, int], other: OtherDesk) -> None:
    chen = studio["chen"]
    _, version = customer_input(chen)
    with other.saving():
        mark_lost(chen, "price", dt.date(2025, 5, 1), expected_version=version)
    with pytest.raises(ConflictError) as caught:
        mark_lost(chen, "moved", TODAY, expected_version=version)
    assert caught.value.version == version + 1
    stored = Customer.get_by_id(chen)
    assert (stored.lost_reason, stored.lost_on) == ("price", dt.date(2025, 5, 1))
    # Bringing them back from the screen that shows "lost" (the current version) works.
    mark_lost(chen, None, expected_version=caught.value.version)
    assert Customer.get_by_id(chen).lost_reason is None and Customer.get_by_id(chen).version == version + 2


# --- projects and the accept guard ----------------------------------------------------------


def _their_project_edit(other: OtherDesk, project_id: int, **changes: str) -> None:
    with other.saving():
        theirs, version = project_input(project_id)
        save_project(replace(theirs, **changes), project_id, version)


def test_a_project_saved_at_another_desk_is_not_overwritten(studio: dict[str, int], other: OtherDesk) -> None:
    big = studio["big"]
    opened, version = project_input(big)
    _their_project_edit(other, big, title="全屋翻新", cost="160000")
    with pytest.raises(ConflictError) as caught:
        save_project(replace(opened, revenue="320000"), big, expected_version=version)
    assert caught.value.theirs == replace(opened, title="全屋翻新", cost="160000")
    assert caught.value.version == version + 1
    stored = Project.get_by_id(big)
    assert (stored.title, stored.revenue_cents, stored.cost_cents) == ("全屋翻新", 30_000_000, 16_000_000)


def test_accepting_an_inquiry_changed_since_it_was_shown_is_refused(studio: dict[str, int],
                                                                   other: OtherDesk) -> None:
    big = studio["big"]
    _, version = project_input(big)
    # Someone cuts the fee so far that the job becomes low-value.
    _their_project_edit(other, big, revenue="160000")
    with pytest.raises(ConflictError, match="BIG"):
        accept_inquiry(big, SETTINGS, TODAY, expected_version=version)
    assert Project.get_by_id(big).status == "inquiry"


def test_a_change_between_the_guards_read_and_its_write_is_not_accepted_unseen(
        studio: dict[str, int], other: OtherDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    big = studio["big"]
    judge = project_service.low_value

    def judged_then_changed_elsewhere(*args: object, **kwargs: object) -> object:
        verdict = judge(*args, **kwargs)  # type: ignore[arg-type]
        # While accept_inquiry holds its verdict on the project it read, the fee is cut.
        _their_project_edit(other, big, revenue="160000")
        return verdict

    monkeypatch.setattr(project_service, "low_value", judged_then_changed_elsewhere)
    with pytest.raises(ConflictError, match="Someone else changed project BIG"):
        accept_inquiry(big, SETTINGS, TODAY)
    stored = Project.get_by_id(big)
    assert (stored.status, stored.revenue_cents, stored.version) == ("inquiry", 16_000_000, 2)


def test_a_decision_on_a_project_changed_since_the_wizard_opened_is_not_recorded(
        studio: dict[str, int], other: OtherDesk) -> None:
    small = studio["small"]
    _, version = project_input(small)
    _their_project_edit(other, small, revenue="20000")
    for decision in ("decline", "accept"):
        with pytest.raises(ConflictError):
            record_decision(small, "decline", decision, "朋友介绍", ANSWERS, TODAY, SETTINGS,
                            expected_version=version)
    assert Decision.select().count() == 0
    assert Project.get_by_id(small).status == "inquiry"
    # Against what is stored now, the decline goes through and counts as a change.
    _, current = project_input(small)
    record_decision(small, "decline", "decline", "", ANSWERS, TODAY, SETTINGS, expected_version=current)
    stored = Project.get_by_id(small)
    assert (stored.status, stored.version) == ("declined", current + 1)


def test_a_review_saved_elsewhere_is_not_replaced_unseen(studio: dict[str, int], other: OtherDesk) -> None:
    record_decision(studio["small"], "decline", "decline", "", ANSWERS, TODAY, SETTINGS)
    [row] = journal_rows(TODAY)
    with other.saving():
        review_decision(row.id, "值得：省下的时间做了大单", TODAY, expected_version=row.version)
    with pytest.raises(ConflictError) as caught:
        review_decision(row.id, "说不好", TODAY, expected_version=row.version)
    assert caught.value.theirs == ReviewInput("值得：省下的时间做了大单")
    assert caught.value.version == row.version + 1
    assert Decision.get_by_id(row.id).review_outcome == "值得：省下的时间做了大单"


# --- complaints -----------------------------------------------------------------------------


def test_resolving_a_complaint_changed_elsewhere_is_refused(studio: dict[str, int], other: OtherDesk) -> None:
    fid = studio["complaint"]
    [row] = complaint_rows(TODAY)
    assert row.version == 1
    with other.saving():
        resolve_complaint(fid, "重新批灰", "8", "2025-05-03", expected_version=row.version)
    with pytest.raises(ConflictError) as caught:
        resolve_complaint(fid, "换了墙纸", "9", "2025-05-04", expected_version=row.version)
    assert caught.value.theirs == ResolutionInput("重新批灰", "8", "2025-05-03")
    assert caught.value.version == 2
    stored = Feedback.get_by_id(fid)
    assert (stored.resolution, stored.satisfaction, stored.resolved_on) == ("重新批灰", 8, dt.date(2025, 5, 3))

    # Keeping mine against the version now stored rewrites the resolution: they were seen.
    resolve_complaint(fid, "换了墙纸", "9", "2025-05-04", expected_version=caught.value.version)
    stored = Feedback.get_by_id(fid)
    assert (stored.status, stored.resolution, stored.satisfaction, stored.version) == ("resolved", "换了墙纸", 9, 3)
    assert resolution_input(fid) == (ResolutionInput("换了墙纸", "9", "2025-05-04"), 3)
    # Reopening from a list read before all that is refused too.
    with pytest.raises(ConflictError):
        reopen_complaint(fid, expected_version=row.version)
    assert Feedback.get_by_id(fid).status == "resolved"


# --- settings -------------------------------------------------------------------------------


def test_studio_settings_saved_by_another_owner_are_not_overwritten(db: peewee.Database,
                                                                    other: OtherDesk) -> None:
    mine, version = settings_with_version()
    assert (mine, version) == (StudioSettings(), 0)
    with other.saving():
        theirs, their_version = settings_with_version()
        assert save_settings(replace(theirs, profit_line_cents=3_000_000), their_version) == 1
    with pytest.raises(ConflictError) as caught:
        save_settings(replace(mine, studio_name="林氏设计"), version)
    assert caught.value.theirs == load_settings() == replace(StudioSettings(), profit_line_cents=3_000_000)
    assert caught.value.version == 1
    # The care settings keep their own version: that dialog tab is not in conflict.
    assert care_settings_with_version()[1] == 0
    assert save_settings(replace(caught.value.theirs, studio_name="林氏设计"), caught.value.version) == 2
    assert load_settings() == StudioSettings(studio_name="林氏设计", profit_line_cents=3_000_000)


def test_care_settings_saved_by_another_owner_are_not_overwritten(db: peewee.Database,
                                                                  other: OtherDesk) -> None:
    mine, version = care_settings_with_version()
    with other.saving():
        theirs, their_version = care_settings_with_version()
        save_care_settings(replace(theirs, lead_days=7), their_version)
    with pytest.raises(ConflictError) as caught:
        save_care_settings(replace(mine, festival_tiers=("A",)), version)
    assert caught.value.theirs == load_care_settings() == replace(CareSettings(), lead_days=7)
    assert caught.value.version == version + 1
    save_care_settings(replace(mine, lead_days=7, festival_tiers=("A",)), caught.value.version)
    assert load_care_settings() == replace(CareSettings(), lead_days=7, festival_tiers=("A",))


def test_a_save_without_a_version_still_counts_as_a_change(db: peewee.Database, other: OtherDesk) -> None:
    _, version = settings_with_version()
    with other.saving():
        save_settings(replace(StudioSettings(), currency="HKD"))
    with pytest.raises(ConflictError):
        save_settings(replace(StudioSettings(), studio_name="North"), version)
    assert load_settings().currency == "HKD" and load_settings().studio_name == "Studio"
