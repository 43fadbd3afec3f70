"""The demo studio: deterministic, consistent with the schema and the domain, believable in shape."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from crm_desktop import demo, figures
from crm_desktop.db import close_database, open_database
from crm_desktop.errors import UserError
from crm_desktop.jobs import JobEstimate, low_value
from crm_desktop.models import (
    INTERACTION_KINDS,
    Customer,
    Feedback,
    Interaction,
    Project,
    ProjectLogEntry,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.segments import GRID_SEGMENTS

TODAY = dt.date(2025, 6, 30)
CUSTOMERS = 500
LINE = 2_000_000  # the default profit line, 20 000.00
TABLES = (StaffMember, Customer, Project, ProjectLogEntry, SurveyResponse, Interaction, Feedback)
KIND_KEYS = {"full_renovation", "partial_renovation", "kitchen", "bathroom", "soft_furnishing", "design_only"}


def _build(path: Path, customers: int, seed: int) -> str:
    open_database(path)
    try:
        return demo.generate_demo(customers=customers, seed=seed, today=TODAY)
    finally:
        close_database()


def _export(path: Path) -> dict[str, list[tuple[object, ...]]]:
    open_database(path, must_exist=True)
    try:
        return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in TABLES}
    finally:
        close_database()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    return path, _build(path, CUSTOMERS, seed=1)


@pytest.fixture
def demo_db(demo_file: tuple[Path, str]) -> Iterator[peewee.Database]:
    database = open_database(demo_file[0], must_exist=True)
    yield database
    close_database()


def _count(model: type[peewee.Model]) -> int:
    return model.select().count()


def _latest_scores() -> dict[int, int]:
    """Customer id → the score of their most recent response (latest date, then highest id)."""
    latest: dict[int, int] = {}
    query = SurveyResponse.select(SurveyResponse.customer, SurveyResponse.score).order_by(
        SurveyResponse.date, SurveyResponse.id
    )
    for customer_id, score in query.tuples():
        latest[customer_id] = score
    return latest


def test_same_seed_gives_identical_databases(tmp_path: Path) -> None:
    _build(tmp_path / "a.sqlite3", 150, seed=7)
    _build(tmp_path / "b.sqlite3", 150, seed=7)
    assert _export(tmp_path / "a.sqlite3") == _export(tmp_path / "b.sqlite3")


def test_batch_size_does_not_change_what_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A small limit sends most rows through the reused full-batch statement.
    _build(tmp_path / "a.sqlite3", 120, seed=3)
    monkeypatch.setattr(demo, "MAX_VARIABLES", 100)
    _build(tmp_path / "b.sqlite3", 120, seed=3)
    assert _export(tmp_path / "a.sqlite3") == _export(tmp_path / "b.sqlite3")


def test_different_seeds_give_different_studios(tmp_path: Path) -> None:
    _build(tmp_path / "a.sqlite3", 100, seed=1)
    _build(tmp_path / "b.sqlite3", 100, seed=2)
    a, b = _export(tmp_path / "a.sqlite3"), _export(tmp_path / "b.sqlite3")
    assert a["Customer"] != b["Customer"]
    assert a["Project"] != b["Project"]


def test_summary_reports_the_counts(demo_db: peewee.Database, demo_file: tuple[Path, str]) -> None:
    summary = demo_file[1]
    assert summary.startswith(f"Demo studio: {CUSTOMERS} customers, ")
    assert "\n" not in summary
    projects = f"{_count(Project):,}".replace(",", " ")
    assert f"{projects} projects" in summary


def test_volumes_are_proportional_to_customers(demo_db: peewee.Database) -> None:
    assert _count(Customer) == CUSTOMERS
    assert 3.3 * CUSTOMERS <= _count(Project) <= 4.7 * CUSTOMERS
    assert 8 * CUSTOMERS <= _count(ProjectLogEntry) <= 12 * CUSTOMERS
    assert 3.2 * CUSTOMERS <= _count(SurveyResponse) <= 4.8 * CUSTOMERS
    assert 2 * CUSTOMERS <= _count(Interaction) <= 4.5 * CUSTOMERS
    assert 0 < _count(Feedback) < CUSTOMERS
    assert 4 <= _count(StaffMember) <= 20


def test_customers_look_like_a_studio_book(demo_db: peewee.Database) -> None:
    rows = list(Customer.select(
        Customer.ref, Customer.name, Customer.phone, Customer.tier, Customer.referred_by,
        Customer.birthday_lunar, Customer.notes, Customer.lost_reason, Customer.lost_on,
    ).tuples())
    refs = [r[0] for r in rows]
    assert all(re.fullmatch(r"C\d{6}", ref) for ref in refs)
    phones = [r[2] for r in rows if r[2]]
    assert len(phones) > 0.9 * CUSTOMERS
    assert all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    chinese = sum(1 for r in rows if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", r[1]))
    assert 0.7 * CUSTOMERS <= chinese <= 0.9 * CUSTOMERS
    tiers = {t: sum(1 for r in rows if r[3] == t) / CUSTOMERS for t in "ABC"}
    assert 0.05 <= tiers["A"] <= 0.16 and 0.22 <= tiers["B"] <= 0.38 and 0.5 <= tiers["C"] <= 0.7
    referred = sum(1 for r in rows if r[4] is not None) / CUSTOMERS
    assert 0.28 <= referred <= 0.42
    assert any(r[5] for r in rows), "some birthdays are lunar"
    assert sum(1 for r in rows if r[6]) > 0.2 * CUSTOMERS
    lost = [r for r in rows if r[7] is not None]
    assert 0 < len(lost) < 0.15 * CUSTOMERS
    assert all(r[8] is not None for r in lost)
    assert all(r[8] is None for r in rows if r[7] is None)


def test_schema_and_dates_are_consistent(demo_db: peewee.Database) -> None:
    assert demo_db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert demo_db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    first_day = TODAY - dt.timedelta(days=3 * 365 + 1)
    for ref, kind, status, started, finished, revenue in Project.select(
        Project.ref, Project.kind, Project.status, Project.started, Project.finished, Project.revenue_cents
    ).tuples():
        assert re.fullmatch(r"P\d{7}", ref)
        assert kind in KIND_KEYS
        assert revenue > 0
        if status in ("inquiry", "declined"):
            assert started is None and finished is None
        elif status == "active":
            assert first_day <= started <= TODAY and finished is None
        else:
            assert first_day <= started <= finished <= TODAY
    outside = (
        ProjectLogEntry.select()
        .join(Project)
        .where(
            Project.started.is_null(False)
            & ((ProjectLogEntry.date < Project.started) | (ProjectLogEntry.date > TODAY)
               | (Project.finished.is_null(False) & (ProjectLogEntry.date > Project.finished)))
        )
        .count()
    )
    assert outside == 0
    early = (
        SurveyResponse.select().join(Project)
        .where((SurveyResponse.date <= Project.finished) | Project.finished.is_null())
        .count()
    )
    assert early == 0
    assert SurveyResponse.select().where(SurveyResponse.date > TODAY).count() == 0
    assert Interaction.select().where(Interaction.date > TODAY).count() == 0
    kinds = {k for (k,) in Interaction.select(Interaction.kind).distinct().tuples()}
    assert kinds == set(INTERACTION_KINDS)
    for opened, due, severity, resolved_on in Feedback.select(
        Feedback.opened, Feedback.due, Feedback.severity, Feedback.resolved_on
    ).tuples():
        assert (due - opened).days == {"high": 3, "medium": 7, "low": 14}[severity]
        assert resolved_on is None or opened <= resolved_on <= TODAY
    assert Feedback.select().where(Feedback.satisfaction.is_null(False)).count() > 0


def test_every_status_occurs_and_some_inquiries_are_low_value(demo_db: peewee.Database) -> None:
    statuses = dict(Project.select(Project.status, peewee.fn.COUNT(1)).group_by(Project.status).tuples())
    assert set(statuses) == {"inquiry", "active", "completed", "declined", "cancelled"}
    assert statuses["completed"] > 0.75 * sum(statuses.values())
    inquiries = Project.select(Project.revenue_cents, Project.cost_cents, Project.hours).where(
        Project.status == "inquiry"
    ).tuples()
    verdicts = [low_value(JobEstimate(fee, cost, hours), 500_000, 15.0).low_value
                for fee, cost, hours in inquiries]
    assert any(verdicts) and not all(verdicts)
    margins = [(r - c) / r for r, c in Project.select(Project.revenue_cents, Project.cost_cents).tuples()]
    assert min(margins) < 0 and 0.4 < max(margins) <= 0.45


def test_score_mix_is_plausible(demo_db: peewee.Database) -> None:
    counts = figures.nps_over()
    total = counts.responses
    assert counts.promoters and counts.passives and counts.detractors
    assert 0.35 <= counts.promoters / total <= 0.55
    assert 0.2 <= counts.passives / total <= 0.4
    assert 0.15 <= counts.detractors / total <= 0.35
    assert SurveyResponse.select().where(SurveyResponse.comment != "").count() > 0


def test_promoters_refer_and_referral_chains_exist(demo_db: peewee.Database) -> None:
    latest = _latest_scores()
    referrer_of = dict(
        Customer.select(Customer.id, Customer.referred_by)
        .where(Customer.referred_by.is_null(False)).tuples()
    )
    by_promoters = [cid for cid, ref in referrer_of.items() if latest.get(ref, -1) >= 9]
    assert by_promoters
    # Chains: someone referred by a customer who was referred in turn.
    assert any(ref in referrer_of for ref in referrer_of.values())
    referrers = set(referrer_of.values())
    rated_referrers = [latest[r] for r in referrers if r in latest]
    promoter_share_referrers = sum(s >= 9 for s in rated_referrers) / len(rated_referrers)
    promoter_share_all = sum(s >= 9 for s in latest.values()) / len(latest)
    assert promoter_share_referrers > promoter_share_all + 0.1


def test_all_six_grid_cells_are_filled(demo_db: peewee.Database) -> None:
    rows = {row.segment: row for row in figures.segment_summary(LINE)}
    for segment in GRID_SEGMENTS:
        assert rows[segment].customers > 0, segment


def test_refuses_a_database_that_already_has_customers(db: peewee.Database) -> None:
    demo.generate_demo(customers=20, seed=1, today=TODAY)
    before = {m.__name__: _count(m) for m in TABLES}
    with pytest.raises(UserError, match="already holds customers"):
        demo.generate_demo(customers=20, seed=2, today=TODAY)
    assert {m.__name__: _count(m) for m in TABLES} == before


def test_keeps_staff_the_studio_already_entered(db: peewee.Database) -> None:
    StaffMember.create(name="林晓岚", role="owner")
    StaffMember.create(name="Someone Else")
    demo.generate_demo(customers=30, seed=4, today=TODAY)
    assert StaffMember.select().where(StaffMember.name == "林晓岚").count() == 1
    assert Project.select().where(Project.designer.is_null()).count() == 0


def test_needs_at_least_one_customer(db: peewee.Database) -> None:
    with pytest.raises(UserError):
        demo.generate_demo(customers=0, seed=1, today=TODAY)


def test_a_single_customer_works(db: peewee.Database) -> None:
    summary = demo.generate_demo(customers=1, seed=5, today=TODAY)
    assert summary.startswith("Demo studio: 1 customer, ")
    assert _count(Project) >= 1


def test_the_demo_studio_has_a_name(db: peewee.Database) -> None:
    from crm_desktop.demo import DEMO_STUDIO_NAME, generate_demo
    from crm_desktop.settings import load_settings

    generate_demo(customers=20, seed=3, today=dt.date(2026, 1, 1))
    assert load_settings().studio_name == DEMO_STUDIO_NAME


def test_each_customer_is_looked_after_by_the_designer_of_their_latest_project(
        demo_db: peewee.Database) -> None:
    latest: dict[int, tuple[int, tuple[bool, dt.date, int]]] = {}
    for customer, designer, started, pid in Project.select(
            Project.customer, Project.designer, Project.started, Project.id).where(
            Project.designer.is_null(False)).tuples():
        key = (started is not None, started or dt.date.min, pid)  # not started yet: the oldest
        if customer not in latest or key > latest[customer][1]:
            latest[customer] = (designer, key)
    assigned = dict(Customer.select(Customer.id, Customer.designer).tuples())
    assert latest and all(assigned[c] == latest[c][0] for c in latest)
    assert all(designer is None for c, designer in assigned.items() if c not in latest)
