"""Privacy: erasing a customer removes their personal data for good and leaves every figure as
it was; exporting gives everything held about them."""
from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path
from typing import Any

import peewee
import pytest

from crm_desktop import access, audit
from crm_desktop.churn import lost_reasons
from crm_desktop.complaints import (
    ComplaintInput,
    open_complaint,
    resolve_complaint,
    validate_complaint,
)
from crm_desktop.complaints import (
    customer_choices as complaint_customer_choices,
)
from crm_desktop.customer_list import CustomerFilter, customer_rows
from crm_desktop.customer_service import (
    CustomerInput,
    add_interaction,
    add_response,
    customer_choices,
    customer_detail,
    mark_lost,
    save_customer,
)
from crm_desktop.db import close_database
from crm_desktop.decision_journal import journal_rows, journal_totals
from crm_desktop.decision_texts import PROMPT_KEYS
from crm_desktop.errors import GuardError, NotFoundError, PermissionDenied, UserError
from crm_desktop.figures import (
    nps_over,
    nps_trend,
    referral_values,
    segment_summary,
    top_referrers,
)
from crm_desktop.models import (
    ALL_MODELS,
    AuditEntry,
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    ProjectLogEntry,
    ReminderState,
    Setting,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.movement import segment_counts_as_of
from crm_desktop.nps import Bucket
from crm_desktop.privacy import ERASED_MARK, erase_customer
from crm_desktop.privacy_export import (
    EXPORT_FORMAT,
    export_customer,
    write_customer_export,
)
from crm_desktop.project_service import (
    ProjectInput,
    add_log_entry,
    save_project,
    validate_project,
)
from crm_desktop.reminder_rules import Kind
from crm_desktop.reminders import festival_greetings, reminders_between
from crm_desktop.settings import CareSettings

D = dt.date
LINE = 2_000_000
CARE = CareSettings()
TODAY = D(2025, 6, 1)

# Everything personal about 王芳芳, each text found nowhere else in the database.
SECRETS = {
    "name": "王芳芳",
    "phone": "13812345678",
    "email": "fangfang@example.com",
    "birthday": "1979-11-23",
    "notes": "喜欢北欧风格的客厅，女儿在读小学",
    "title": "静安区南京西路88号全屋",
    "second_title": "Villa 7 Lotus Garden",
    "log": "王芳芳确认了瓷砖颜色",
    "comment": "设计师非常用心",
    "contact": "聊了阳台改造和预算",
    "complaint": "客厅墙面开裂",
    "resolution": "已上门修补并道歉",
    "reason": "她会介绍同事过来",
    "answer": "朋友的朋友也许会来",
    "outcome": "值得，后来又签了一单",
}


def _text_hits(needle: str) -> list[str]:
    """Every text column, in every table, that still holds `needle` (portable SQL)."""
    hits = []
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            text = isinstance(field, (peewee.CharField, peewee.TextField))
            if text and model.select().where(field.contains(needle)).exists():
                hits.append(f"{model.__name__}.{field.name}")
    return hits


def _form(**values: Any) -> ProjectInput:
    return ProjectInput(**values)


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    """王芳芳 (C1) with one of everything, referred by 陈大文 (C0), referrer of 李小四 (C2)."""
    designer = StaffMember.create(name="Lin Designer").id
    chen = save_customer(CustomerInput(ref="C0", name="陈大文", phone="13900000000", tier="A"))
    fang = save_customer(CustomerInput(
        ref="C1", name=SECRETS["name"], phone=SECRETS["phone"], email=SECRETS["email"],
        birthday=SECRETS["birthday"], birthday_lunar=True, referred_by="C0", tier="A",
        notes=SECRETS["notes"], designer_id=designer))
    li = save_customer(CustomerInput(ref="C2", name="李小四", referred_by="C1", tier="B"))
    Customer.update(created=D(2020, 1, 1)).execute()
    save_project(_form(ref="P1", customer_ref="C1", title=SECRETS["title"], kind="apartment",
                       status="completed", revenue="80000", cost="40000", hours="120",
                       started="2024-09-01", finished="2025-03-01", designer_id=designer))
    save_project(_form(ref="P2", customer_ref="C1", title=SECRETS["second_title"], kind="villa",
                       status="inquiry", revenue="6000", cost="5500", hours="30"))
    save_project(_form(ref="P3", customer_ref="C2", title="李家厨房", status="completed",
                       revenue="30000", cost="10000", started="2024-01-01", finished="2024-05-01"))
    save_project(_form(ref="P4", customer_ref="C0", title="陈家书房", status="completed",
                       revenue="50000", cost="20000", started="2023-01-01", finished="2023-05-01"))
    p1 = Project.get(Project.ref == "P1").id
    p2 = Project.get(Project.ref == "P2").id
    add_log_entry(p1, "2024-10-01", "update", SECRETS["log"], designer)
    add_log_entry(p1, "2024-11-01", "stage", "水电完工", designer)
    add_response(fang, "2024-06-01", "6", "")
    add_response(fang, "2025-03-15", "10", SECRETS["comment"])
    add_response(li, "2025-04-01", "8", "还行")
    add_response(chen, "2025-02-01", "3", "")
    add_interaction(fang, "2025-01-10", "call", SECRETS["contact"], designer)
    open_complaint(ComplaintInput(customer_ref="C1", category="construction", severity="high",
                                  opened="2025-05-20", summary=SECRETS["complaint"],
                                  project_id=p1), CARE)
    resolved = open_complaint(ComplaintInput(customer_ref="C1", category="schedule", severity="low",
                                             opened="2025-01-05", summary="工期延后两天"), CARE)
    resolve_complaint(resolved, SECRETS["resolution"], "9", "2025-01-08")
    answers = {key: SECRETS["answer"] for key in PROMPT_KEYS}
    Decision.create(project=p2, date=D(2025, 4, 1), est_profit_cents=50_000, est_margin=8.3,
                    recommendation="decline", decision="decline", reason=SECRETS["reason"],
                    answers=json.dumps(answers, ensure_ascii=False), review_outcome=SECRETS["outcome"],
                    reviewed_on=D(2025, 5, 1))
    Project.update(status="declined").where(Project.id == p2).execute()
    ReminderState.create(key=f"birthday:{fang}:2024-11-23", kind="birthday", customer=fang,
                         due=D(2024, 11, 23), done_on=D(2024, 11, 23))
    ReminderState.create(key=f"check-in:{fang}:2024-12-01", kind="check-in", customer=fang,
                         due=D(2024, 12, 1), done_on=D(2024, 12, 2))
    Customer.update(lost_reason="moved", lost_on=D(2025, 5, 30)).where(Customer.id == li).execute()
    return {"chen": chen, "fang": fang, "li": li, "p1": p1, "p2": p2, "designer": designer}


def _figures() -> dict[str, object]:
    """Every anonymous figure the customer counts in."""
    return {
        "segments": segment_summary(LINE),
        "trend": nps_trend(Bucket.MONTH),
        "quarters": nps_trend(Bucket.QUARTER, D(2024, 1, 1), D(2025, 12, 31)),
        "nps": nps_over(),
        "referrals": referral_values(),
        "top_referrers": [(ref, value) for ref, _name, value in top_referrers()],
        "journal": journal_totals(journal_rows(TODAY)),
        "churn": lost_reasons(),
        "as_of": segment_counts_as_of(TODAY, LINE),
        "rows": sorted((r.ref, r.segment, r.latest_score, r.profit_cents, r.last_contacted, r.lost)
                       for r in customer_rows(CustomerFilter(), LINE, limit=100)),
        "projects": list(Project.select(Project.ref, Project.status, Project.revenue_cents,
                                        Project.cost_cents, Project.hours, Project.started,
                                        Project.finished, Project.kind, Project.designer)
                         .order_by(Project.ref).tuples()),
        "logs": list(ProjectLogEntry.select(ProjectLogEntry.project, ProjectLogEntry.date,
                                            ProjectLogEntry.kind).order_by(ProjectLogEntry.id).tuples()),
        "complaints": list(Feedback.select(Feedback.category, Feedback.severity, Feedback.opened,
                                           Feedback.due, Feedback.status, Feedback.resolved_on,
                                           Feedback.satisfaction).order_by(Feedback.id).tuples()),
        "contacts": list(Interaction.select(Interaction.date, Interaction.kind, Interaction.staff)
                         .order_by(Interaction.id).tuples()),
        "links": list(Customer.select(Customer.ref, Customer.referred_by, Customer.tier,
                                      Customer.created, Customer.lost_reason, Customer.lost_on)
                      .order_by(Customer.ref).tuples()),
    }


# --- erasing ---------------------------------------------------------------------------------


def test_erasing_clears_every_personal_field_and_free_text(studio: dict[str, int]) -> None:
    fang = studio["fang"]
    erasure = erase_customer(fang, D(2025, 6, 2))
    assert (erasure.ref, erasure.erased_on) == ("C1", D(2025, 6, 2))
    assert (erasure.projects, erasure.log_entries, erasure.responses, erasure.contacts,
            erasure.complaints, erasure.decisions) == (2, 2, 2, 1, 2, 1)

    row = Customer.get_by_id(fang)
    assert (row.name, row.phone, row.email, row.birthday, row.birthday_lunar, row.notes) == (
        ERASED_MARK, "", "", None, False, "")
    assert row.erased_on == D(2025, 6, 2)
    assert {p.title for p in Project.select().where(Project.customer == fang)} == {ERASED_MARK}
    assert {e.text for e in ProjectLogEntry.select().where(ProjectLogEntry.project == studio["p1"])} \
        == {ERASED_MARK}
    assert {r.comment for r in SurveyResponse.select().where(SurveyResponse.customer == fang)} == {""}
    assert {i.summary for i in Interaction.select().where(Interaction.customer == fang)} == {""}
    assert {(f.summary, f.resolution) for f in Feedback.select().where(Feedback.customer == fang)} \
        == {("", "")}
    decision = Decision.get(Decision.project == studio["p2"])
    assert (decision.reason, decision.answers, decision.review_outcome) == ("", "{}", "")
    assert decision.reviewed_on == D(2025, 5, 1)
    assert not ReminderState.select().where(ReminderState.customer == fang).exists()
    for name, text in SECRETS.items():
        assert _text_hits(text) == [], name
    # The other customers keep every word.
    assert Customer.get_by_id(studio["li"]).name == "李小四"
    assert Project.get(Project.ref == "P3").title == "李家厨房"
    # The erasure itself is in the audit log, with nothing personal in it.
    entry = AuditEntry.select().where(AuditEntry.action == "erase").get()
    assert (entry.entity, entry.entity_id, entry.summary) == ("customer", fang, "")


def test_erased_text_is_gone_from_the_database_file(studio: dict[str, int], db: peewee.Database,
                                                    db_path: Path) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        # Everything so far into the main file, so the erasure has to overwrite it there.
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
        assert SECRETS["phone"].encode() in before and SECRETS["name"].encode() in before
    erase_customer(studio["fang"])
    if isinstance(db, peewee.SqliteDatabase):
        close_database()
        files = sorted(db_path.parent.glob(db_path.name + "*"))
        content = b"".join(p.read_bytes() for p in files)
        for name, text in SECRETS.items():
            assert text.encode("utf-8") not in content, (name, [p.name for p in files])
        # The other customers' data is still there, of course.
        assert "李小四".encode() in content
    else:
        for name, text in SECRETS.items():
            assert _text_hits(text) == [], name
        assert _text_hits("李小四") == ["Customer.name"]


def test_figures_are_exactly_the_same_after_erasing(studio: dict[str, int]) -> None:
    before = _figures()
    erase_customer(studio["fang"])
    after = _figures()
    for key in before:
        assert after[key] == before[key], key
    # The erased customer is still a + promoter who referred one customer.
    row = customer_rows(CustomerFilter(), LINE, ids=[studio["fang"]])[0]
    assert (row.segment.value, row.profit_cents, row.erased) == ("promoter+", 4_000_000, True)
    assert referral_values()[studio["fang"]].count == 1


def test_erasing_is_one_transaction(studio: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(audit, "record", fail)
    with pytest.raises(RuntimeError):
        erase_customer(studio["fang"])
    fang = Customer.get_by_id(studio["fang"])
    assert (fang.name, fang.phone, fang.erased_on) == (SECRETS["name"], SECRETS["phone"], None)
    assert Project.get(Project.ref == "P1").title == SECRETS["title"]
    assert ReminderState.select().where(ReminderState.customer == studio["fang"]).count() == 2


def test_erasing_again_keeps_the_first_date_and_an_unknown_customer_is_refused(
        studio: dict[str, int]) -> None:
    erase_customer(studio["fang"], D(2025, 6, 2))
    assert erase_customer(studio["fang"], D(2025, 7, 1)).erased_on == D(2025, 6, 2)
    with pytest.raises(NotFoundError):
        erase_customer(999_999)


def test_an_erased_customer_cannot_be_edited_or_chosen(studio: dict[str, int]) -> None:
    fang = studio["fang"]
    erase_customer(fang)
    detail = customer_detail(fang, LINE)
    assert detail.erased_on is not None and detail.profile.name == ERASED_MARK
    with pytest.raises(GuardError, match="erased"):
        save_customer(CustomerInput(ref="C1", name="Someone", phone="13000000000"), fang,
                      detail.version)
    for write in (lambda: add_response(fang, "2025-06-01", "9", "again"),
                  lambda: add_interaction(fang, "2025-06-01", "call", "again"),
                  lambda: mark_lost(fang, "moved"),
                  lambda: add_log_entry(studio["p1"], "2025-06-01", "note", "again")):
        with pytest.raises(GuardError, match="erased"):
            write()
    assert "customer_ref" in validate_project(_form(ref="P9", customer_ref="C1", title="New job"))
    _values, problems = validate_complaint(ComplaintInput(
        customer_ref="C1", category="design", severity="low", opened="2025-06-01", summary="x"))
    assert "customer" in problems
    assert customer_choices("C") == [("C0", "陈大文"), ("C2", "李小四")]
    assert [ref for _id, ref, _name in complaint_customer_choices("C")] == ["C0", "C2"]
    # Nothing was written by the refused attempts.
    assert SurveyResponse.select().where(SurveyResponse.customer == fang).count() == 2
    assert Customer.get_by_id(fang).lost_reason is None


def test_an_erased_customer_gets_no_reminders(studio: dict[str, int]) -> None:
    fang = studio["fang"]
    first, last = D(2025, 1, 1), D(2026, 1, 31)

    def kinds() -> set[Kind]:
        return {r.kind for r in reminders_between(first, last, CARE, LINE) if r.customer_id == fang}

    assert kinds() == {Kind.BIRTHDAY, Kind.CHECK_IN, Kind.FOLLOW_UP, Kind.COMPLAINT}
    assert fang in {g.customer_id for g in festival_greetings(CARE, LINE)}
    erase_customer(fang)
    assert kinds() == set()
    assert fang not in {g.customer_id for g in festival_greetings(CARE, LINE)}
    assert studio["chen"] in {g.customer_id for g in festival_greetings(CARE, LINE)}


def test_erasing_and_exporting_are_for_the_owner_when_accounts_are_on(studio: dict[str, int]) -> None:
    Setting.create(key=access.ACCOUNTS_KEY, value="1")
    access.logout()
    with pytest.raises(PermissionDenied):
        erase_customer(studio["fang"])
    with pytest.raises(PermissionDenied):
        export_customer(studio["fang"])
    assert Customer.get_by_id(studio["fang"]).erased_on is None


# --- exporting -------------------------------------------------------------------------------


def test_the_export_holds_every_row_about_the_person(studio: dict[str, int]) -> None:
    doc = export_customer(studio["fang"], TODAY)
    assert (doc["format"], doc["format_version"], doc["exported_on"]) == (EXPORT_FORMAT, 1, "2025-06-01")
    person = doc["customer"]
    assert {k: person[k] for k in ("ref", "name", "phone", "email", "birthday", "birthday_lunar",
                                   "tier", "notes", "referred_by", "erased_on")} == {
        "ref": "C1", "name": SECRETS["name"], "phone": SECRETS["phone"], "email": SECRETS["email"],
        "birthday": SECRETS["birthday"], "birthday_lunar": True, "tier": "A",
        "notes": SECRETS["notes"], "referred_by": "C0", "erased_on": None}
    assert (person["segment"], person["latest_score"], person["profit"]) == ("promoter+", 10, "40000.00")
    # The designer who looks after them, by name (staff appear as the people who served them).
    assert person["designer"] == "Lin Designer"
    assert export_customer(studio["li"], TODAY)["customer"]["designer"] is None
    assert doc["referred_customers"] == ["C2"]

    p1, p2 = doc["projects"]
    assert {k: p1[k] for k in ("ref", "title", "kind", "status", "revenue", "cost", "hours",
                               "started", "finished", "designer")} == {
        "ref": "P1", "title": SECRETS["title"], "kind": "apartment", "status": "completed",
        "revenue": "80000.00", "cost": "40000.00", "hours": "120", "started": "2024-09-01",
        "finished": "2025-03-01", "designer": "Lin Designer"}
    assert p1["log"] == [
        {"date": "2024-10-01", "kind": "update", "text": SECRETS["log"], "staff": "Lin Designer"},
        {"date": "2024-11-01", "kind": "stage", "text": "水电完工", "staff": "Lin Designer"}]
    assert (p2["ref"], p2["title"], p2["status"], p1["decisions"]) == (
        "P2", SECRETS["second_title"], "declined", [])
    [decision] = p2["decisions"]
    assert decision == {
        "date": "2025-04-01", "estimated_profit": "500.00", "estimated_margin": 8.3,
        "recommendation": "decline", "decision": "decline", "reason": SECRETS["reason"],
        "answers": {key: SECRETS["answer"] for key in PROMPT_KEYS},
        "review_outcome": SECRETS["outcome"], "reviewed_on": "2025-05-01"}

    assert doc["survey_responses"] == [
        {"date": "2024-06-01", "score": 6, "comment": "", "project": None},
        {"date": "2025-03-15", "score": 10, "comment": SECRETS["comment"], "project": None}]
    assert doc["contacts"] == [{"date": "2025-01-10", "kind": "call", "staff": "Lin Designer",
                                "summary": SECRETS["contact"]}]
    resolved, still_open = doc["complaints"]
    assert (resolved["summary"], resolved["resolution"], resolved["status"], resolved["satisfaction"],
            resolved["resolved_on"], resolved["project"]) == (
        "工期延后两天", SECRETS["resolution"], "resolved", 9, "2025-01-08", None)
    assert (still_open["summary"], still_open["status"], still_open["category"],
            still_open["severity"], still_open["opened"], still_open["project"]) == (
        SECRETS["complaint"], "open", "construction", "high", "2025-05-20", "P1")
    assert doc["reminders"] == [
        {"kind": "birthday", "due": "2024-11-23", "done_on": "2024-11-23", "snoozed_until": None},
        {"kind": "check-in", "due": "2024-12-01", "done_on": "2024-12-02", "snoozed_until": None}]
    assert [h["action"] for h in doc["record_history"]][:1] == ["create"]
    # Every row about them, counted against the database.
    assert len(doc["survey_responses"]) == SurveyResponse.select().where(
        SurveyResponse.customer == studio["fang"]).count()
    assert len(doc["complaints"]) == Feedback.select().where(Feedback.customer == studio["fang"]).count()
    # The people they are linked with appear by reference only.
    text = json.dumps(doc, ensure_ascii=False)
    assert "陈大文" not in text and "李小四" not in text and "李家厨房" not in text


def test_the_export_file_is_indented_utf8_json_for_the_user_only(studio: dict[str, int],
                                                                 tmp_path: Path) -> None:
    target = tmp_path / "王芳芳.json"
    doc = write_customer_export(studio["fang"], target, TODAY)
    raw = target.read_bytes()
    assert SECRETS["name"].encode("utf-8") in raw  # not \u-escaped
    assert raw.startswith(b"{\n  \"format\"") and raw.endswith(b"}\n")
    assert json.loads(raw.decode("utf-8")) == doc
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_an_export_to_a_missing_folder_is_refused_in_a_sentence(studio: dict[str, int],
                                                                tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_customer_export(studio["fang"], tmp_path / "nowhere" / "out.json")
    with pytest.raises(UserError, match="folder"):
        write_customer_export(studio["fang"], tmp_path)


def test_an_erased_customer_exports_as_the_anonymous_record_left(studio: dict[str, int]) -> None:
    erase_customer(studio["fang"], D(2025, 6, 2))
    doc = export_customer(studio["fang"], TODAY)
    text = json.dumps(doc, ensure_ascii=False)
    for name, secret in SECRETS.items():
        assert secret not in text, name
    assert doc["customer"]["erased_on"] == "2025-06-02"
    assert [p["revenue"] for p in doc["projects"]] == ["80000.00", "6000.00"]
    assert doc["reminders"] == []
