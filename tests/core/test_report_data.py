"""The report's figures: headline and change, grid, cell lists, referrers, complaints, decisions."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from crm_desktop import figures
from crm_desktop.models import Customer
from crm_desktop.nps import Bucket, NpsCounts, format_nps
from crm_desktop.report_data import (
    build_report,
    default_period,
    format_change,
    previous_period,
    resolve_period,
    trend_start,
)
from crm_desktop.report_queries import (
    NextAction,
    grid_customers,
    next_action,
    project_kinds,
    segment_customers,
    top_referrers,
)
from crm_desktop.segments import GRID_SEGMENTS, SEGMENT_ORDER, Action, Segment
from crm_desktop.settings import StudioSettings
from tests.report_studio import (
    FIRST,
    LAST,
    TODAY,
    ReportStudio,
    add_cell_customers,
    fill_report_studio,
)

SETTINGS = StudioSettings(studio_name="Test Studio")


@pytest.fixture
def studio(db: peewee.Database) -> ReportStudio:
    return fill_report_studio()


def test_periods() -> None:
    assert default_period(dt.date(2025, 6, 30)) == (dt.date(2024, 7, 1), dt.date(2025, 6, 30))
    assert default_period(dt.date(2024, 2, 29)) == (dt.date(2023, 3, 1), dt.date(2024, 2, 29))
    # Whole months compare with as many months before; other periods with as many days.
    assert previous_period(dt.date(2025, 1, 1), dt.date(2025, 1, 31)) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert previous_period(dt.date(2025, 1, 1), dt.date(2025, 3, 31)) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert previous_period(dt.date(2024, 7, 1), dt.date(2025, 6, 30)) == (dt.date(2023, 7, 1), dt.date(2024, 6, 30))
    assert previous_period(dt.date(2024, 3, 16), dt.date(2025, 3, 15)) == (dt.date(2023, 3, 16), dt.date(2024, 3, 15))
    assert previous_period(dt.date(2025, 1, 10), dt.date(2025, 1, 19)) == (dt.date(2024, 12, 31), dt.date(2025, 1, 9))
    assert previous_period(dt.date(2025, 1, 31), dt.date(2025, 2, 27)) == (dt.date(2025, 1, 3), dt.date(2025, 1, 30))
    assert trend_start(dt.date(2025, 6, 30)) == dt.date(2024, 7, 1)
    assert trend_start(dt.date(2025, 1, 5), 3) == dt.date(2024, 11, 1)
    assert resolve_period(None, None, TODAY) == default_period(TODAY)
    assert resolve_period(None, dt.date(2025, 3, 31), TODAY) == (dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert resolve_period(dt.date(2025, 1, 1), None, TODAY) == (dt.date(2025, 1, 1), TODAY)


def test_change_is_rounded_like_the_headline() -> None:
    assert format_change(None) == ""
    assert format_change(4.5) == "+5"
    assert format_change(-4.5) == "-5"
    assert format_change(0.4) == "0"


def test_headline_previous_period_and_trend(studio: ReportStudio) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    assert data.headline == figures.nps_over(FIRST, LAST) == NpsCounts(5, 2, 3)
    assert format_nps(data.headline) == "20 ± 54"
    assert (data.previous_first, data.previous_last) == (dt.date(2023, 7, 1), dt.date(2024, 6, 30))
    assert data.previous == NpsCounts(0, 0, 1)
    assert data.change == pytest.approx(120.0)
    assert data.trend[0].period == "2024-07" and data.trend[-1].period == "2025-06"
    assert len(data.trend) == 12
    assert data.studio_name == "Test Studio"


def test_one_query_counts_the_headline_previous_period_and_trend_as_the_figures_do(studio: ReportStudio) -> None:
    periods = ((FIRST, LAST), (dt.date(2025, 4, 1), LAST), (dt.date(2025, 1, 10), dt.date(2025, 1, 19)),
               (dt.date(2021, 3, 16), dt.date(2025, 3, 15)))
    for first, last in periods:
        data = build_report(first, last, SETTINGS, TODAY)
        assert data.headline == figures.nps_over(first, last)
        assert data.previous == figures.nps_over(data.previous_first, data.previous_last)
        assert list(data.trend) == figures.nps_trend(Bucket.MONTH, trend_start(last), last)


def test_grid_matches_the_segment_summary(studio: ReportStudio) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    assert [c.segment for c in data.grid] == list(SEGMENT_ORDER)
    summary = {row.segment: row for row in figures.segment_summary(SETTINGS.profit_line_cents)}
    for cell in data.grid:
        assert cell.customers == summary[cell.segment].customers
        assert cell.profit_cents == summary[cell.segment].profit_cents
    assert data.total_customers == 9
    assert sum(c.share or 0 for c in data.grid) == pytest.approx(1.0)
    assert data.cell(Segment.PROMOTER_PLUS).customers == 2
    assert data.cell(Segment.PROMOTER_PLUS).action is Action.KEEP


def test_each_cell_lists_its_customers_most_profitable_first(studio: ReportStudio) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    assert [c.segment for c in data.cells] == list(GRID_SEGMENTS)
    names = {cell.segment: [c.name for c in cell.customers] for cell in data.cells}
    assert names[Segment.PROMOTER_PLUS] == ["王芳", "陈静"]  # 40 000 before 22 000
    assert names[Segment.DETRACTOR_MINUS] == ["Carol White", "Dan Green"]
    wang = data.cells[0].customers[0]
    assert (wang.latest_score, wang.latest_date, wang.profit_cents) == (10, dt.date(2024, 9, 10), 4_000_000)
    assert wang.last_contacted == dt.date(2025, 6, 1)
    listed = sum(len(cell.customers) for cell in data.cells)
    assert listed == sum(c.customers for c in data.grid if c.segment is not Segment.UNRATED)


def test_next_action_complaint_then_check_in_then_the_segment(studio: ReportStudio) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    actions = {c.name: c.next_action for cell in data.cells for c in cell.customers}
    assert actions["陈静"] is NextAction.RESOLVE_COMPLAINT
    assert actions["张伟"] is NextAction.RESOLVE_COMPLAINT
    assert actions["王芳"] is Action.KEEP  # called a month ago
    assert actions["Alice Smith"] is NextAction.CHECK_IN  # never contacted
    assert actions["李四"] is NextAction.CHECK_IN  # last call in January
    assert actions["Carol White"] is Action.RELEASE  # no check-ins for customers to let go
    assert next_action(Segment.PROMOTER_PLUS, False, TODAY - dt.timedelta(days=90), TODAY) is Action.KEEP
    assert next_action(Segment.PROMOTER_PLUS, False, TODAY - dt.timedelta(days=91), TODAY) is NextAction.CHECK_IN


def test_long_cells_are_cut_at_the_limit_and_say_how_many_more(db: peewee.Database) -> None:
    add_cell_customers(12)
    data = build_report(FIRST, LAST, SETTINGS, TODAY, cell_limit=5)
    cell = data.cells[0]
    assert (cell.total, len(cell.customers), cell.left_out) == (12, 5, 7)
    assert cell.customers[0].name == "Cell Customer 012"  # the most profitable


def test_referrers_complaints_and_decisions(studio: ReportStudio) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    assert [(r.name, r.referred, r.profit_cents) for r in data.referrers] == [("王芳", 2, 3_500_000)]
    assert (data.open_complaints, data.overdue_complaints) == (2, 1)
    assert [(c.customer, c.overdue) for c in data.complaints] == [("张伟", True), ("陈静", False)]
    assert data.decisions is not None
    assert (data.decisions.accepted, data.decisions.declined) == (1, 1)
    assert data.decisions.against_recommendation == 1 and data.decisions.reviewed == 1
    earlier = build_report(dt.date(2025, 3, 1), LAST, SETTINGS, TODAY)
    assert earlier.decisions is not None and earlier.decisions.total == 1


def test_top_referrers_are_ranked_like_the_figures(studio: ReportStudio) -> None:
    # Ties on profit and on the number referred: the referrer's id decides, as in the figures.
    for n in range(3):
        referrer = Customer.create(ref=f"REF{n}", name=f"Referrer {n}")
        for k in range(1 + n % 2):
            Customer.create(ref=f"REF{n}-{k}", name=f"Referred {n}-{k}", referred_by=referrer)
    for limit in (1, 2, 10):
        assert top_referrers(limit) == [(ref, name, value.count, value.profit_cents)
                                        for ref, name, value in figures.top_referrers(limit)]


def test_an_empty_journal_has_no_decision_summary(db: peewee.Database) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    assert data.decisions is None
    assert data.headline.nps is None and data.change is None
    assert data.total_customers == 0 and all(c.share is None for c in data.grid)


def test_project_kinds_for_the_filter(studio: ReportStudio) -> None:
    assert project_kinds() == ["bathroom", "full_renovation", "kitchen"]


def test_one_pass_over_the_grid_lists_what_each_segment_query_lists(studio: ReportStudio) -> None:
    add_cell_customers(7)
    cells = grid_customers(SETTINGS.profit_line_cents, TODAY, 4)
    for segment in GRID_SEGMENTS:
        total, customers = cells[segment]
        assert customers == segment_customers(segment, SETTINGS.profit_line_cents, TODAY, 4)
        assert total == len(segment_customers(segment, SETTINGS.profit_line_cents, TODAY))


def test_movement_runs_from_the_day_before_the_period(studio: ReportStudio) -> None:
    data = build_report(FIRST, LAST, SETTINGS, TODAY)
    moves = data.movement
    assert (moves.matrix.first, moves.matrix.last) == (dt.date(2024, 6, 30), LAST)
    assert (moves.previous.first, moves.previous.last) == (dt.date(2023, 6, 30), dt.date(2024, 6, 30))
    assert moves.matrix.total == data.total_customers == 9
    # 王芳 answered 6 before the period and 10 in it; 陈静 answered for the first time (9, 22 000).
    assert moves.matrix.count(Segment.DETRACTOR_PLUS, Segment.PROMOTER_PLUS) == 1
    assert moves.matrix.count(Segment.UNRATED, Segment.PROMOTER_PLUS) == 1
    assert moves.matrix.count(Segment.UNRATED, Segment.DETRACTOR_MINUS) == 2
    assert (moves.current.conversions, moves.current.recovered, moves.current.lost) == (2, 1, 0)
    assert moves.previous.conversions == 0 and moves.previous.new_customers == 0
    assert [c.name for c in data.moved_in.customers] == ["王芳", "陈静"] and data.moved_out.total == 0
    # Profit at risk now: 张伟 (detractor+, 25 000) and 李四 (passive+, 30 000).
    assert (moves.at_risk_customers, moves.at_risk_cents) == (2, 5_500_000)
    for segment in SEGMENT_ORDER:
        assert moves.matrix.on_last(segment) == data.cell(segment).customers
