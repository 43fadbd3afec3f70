"""Segment movement on hand-built histories, and the SQL matrix against a pure-Python oracle."""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop import figures
from crm_desktop.models import Customer, Project, SurveyResponse
from crm_desktop.movement import (
    cell_customer_ids,
    movement,
    movement_and_moves,
    movement_cell_ids,
    movement_cell_query,
    movement_matrix,
    segment_counts_as_of,
    top_moves,
)
from crm_desktop.movement_rules import (
    Mark,
    MovementCell,
    MovementMatrix,
    Tone,
    cell_marks,
    default_span,
    previous_span,
    tone,
)
from crm_desktop.segments import SEGMENT_ORDER, Segment, segment_of

D = dt.date
LINE = 2_000_000  # 20 000.00
A = D(2025, 1, 1)
B = D(2025, 7, 1)
S = Segment
LONG_AGO = D(2023, 1, 1)


def _customer(ref: str, created: dt.date = LONG_AGO, referred_by: Customer | None = None) -> Customer:
    return Customer.create(ref=ref, name=f"Name {ref}", created=created, referred_by=referred_by)


def _response(customer: Customer, day: dt.date, score: int) -> None:
    SurveyResponse.create(customer=customer, date=day, score=score)


def _project(customer: Customer, profit: int, started: dt.date | None, status: str = "completed") -> None:
    revenue, cost = (profit, 0) if profit >= 0 else (0, -profit)
    Project.create(ref=f"P{Project.select().count() + 1}", customer=customer, title="Job", status=status,
                   revenue_cents=revenue, cost_cents=cost, started=started)


# -- the pure rules ---------------------------------------------------------------------------

def test_cell_marks_name_the_cells_that_matter() -> None:
    assert cell_marks(S.DETRACTOR_PLUS, S.PROMOTER_PLUS) == (Mark.INTO_TOP, Mark.RECOVERED)
    assert cell_marks(S.UNRATED, S.PROMOTER_PLUS) == (Mark.INTO_TOP,)
    assert cell_marks(S.PROMOTER_PLUS, S.PASSIVE_MINUS) == (Mark.OUT_OF_TOP, Mark.LET_GO_GROWS)
    assert cell_marks(S.DETRACTOR_MINUS, S.PASSIVE_PLUS) == (Mark.RECOVERED, Mark.LET_GO_SHRINKS)
    assert cell_marks(S.DETRACTOR_PLUS, S.PASSIVE_MINUS) == (Mark.RECOVERED, Mark.LET_GO_GROWS)
    # Staying put, or moving between the two segments to let go, is plain.
    for segment in SEGMENT_ORDER:
        assert cell_marks(segment, segment) == ()
    assert cell_marks(S.PASSIVE_MINUS, S.DETRACTOR_MINUS) == ()
    assert cell_marks(S.PROMOTER_MINUS, S.PASSIVE_PLUS) == ()


def test_tone_of_marks() -> None:
    assert tone(()) is None
    assert tone((Mark.INTO_TOP, Mark.RECOVERED)) is Tone.GOOD
    assert tone((Mark.OUT_OF_TOP, Mark.LET_GO_GROWS)) is Tone.BAD
    assert tone((Mark.RECOVERED, Mark.LET_GO_GROWS)) is Tone.MIXED


def test_previous_span_has_the_same_length() -> None:
    assert previous_span(D(2025, 4, 1), D(2025, 7, 1)) == (D(2025, 1, 1), D(2025, 4, 1))
    assert previous_span(D(2024, 6, 30), D(2025, 6, 30)) == (D(2023, 6, 30), D(2024, 6, 30))
    # Month ends: 31 March → 30 June is three months; so is the span before it.
    assert previous_span(D(2025, 3, 31), D(2025, 6, 30)) == (D(2024, 12, 31), D(2025, 3, 31))
    # Not whole months: the same number of days.
    assert previous_span(D(2025, 1, 10), D(2025, 1, 20)) == (D(2024, 12, 31), D(2025, 1, 10))
    assert default_span(D(2024, 2, 29)) == (D(2023, 2, 28), D(2024, 2, 29))
    assert default_span(D(2025, 6, 30)) == (D(2024, 6, 30), D(2025, 6, 30))


def test_matrix_helpers() -> None:
    matrix = MovementMatrix.from_pairs(A, B, {(S.DETRACTOR_PLUS, S.PROMOTER_PLUS): 2,
                                              (S.PROMOTER_PLUS, S.PROMOTER_PLUS): 5,
                                              (S.PROMOTER_PLUS, S.PASSIVE_PLUS): 1,
                                              (S.UNRATED, S.PASSIVE_MINUS): 4})
    cells = list(matrix.cells())
    assert len(cells) == 49 and cells[0] == (S.PROMOTER_PLUS, S.PROMOTER_PLUS, 5)
    assert [(a, b) for a, b, _ in cells] == [(a, b) for a in SEGMENT_ORDER for b in SEGMENT_ORDER]
    assert matrix.total == 12
    assert matrix.on_first(S.PROMOTER_PLUS) == 6 and matrix.on_last(S.PROMOTER_PLUS) == 7
    assert (matrix.conversions, matrix.recovered, matrix.lost) == (2, 2, 1)


# -- hand-built histories -----------------------------------------------------------------------

@pytest.fixture
def history(db: peewee.Database) -> dict[str, int]:
    ids = {}
    # A detractor who becomes a promoter (profitable all along).
    turner = _customer("TURNER")
    _project(turner, 3_000_000, D(2024, 1, 1))
    _response(turner, D(2024, 6, 1), 3)
    _response(turner, D(2025, 3, 1), 10)
    ids["turner"] = turner.id
    # A profitable promoter who loses the profit class: a loss-making job starts in the period.
    fader = _customer("FADER")
    _response(fader, D(2024, 5, 1), 9)
    _project(fader, 2_500_000, D(2024, 2, 1))
    _project(fader, -1_000_000, D(2025, 3, 1))
    ids["fader"] = fader.id
    # No data before A: unrated on A, a passive− on B.
    newcomer = _customer("NEW", created=D(2025, 2, 1))
    _response(newcomer, D(2025, 5, 1), 8)
    ids["newcomer"] = newcomer.id
    # Responses dated exactly A and B count on those dates; the project started exactly on A
    # counts on A; a response after B does not count on B.
    edge = _customer("EDGE")
    _response(edge, D(2024, 12, 1), 10)
    _response(edge, A, 6)
    _project(edge, LINE, A)
    _response(edge, B, 7)
    _response(edge, B + dt.timedelta(days=1), 0)
    ids["edge"] = edge.id
    # Same day, two answers: the higher id wins. An inquiry is no profit; a job with no start
    # date counts on no date (the grid, which is "now", counts it).
    tie = _customer("TIE")
    _response(tie, D(2024, 3, 1), 2)
    _response(tie, D(2024, 3, 1), 9)
    _project(tie, 9_000_000, D(2024, 1, 1), status="inquiry")
    _project(tie, 5_000_000, None)
    ids["tie"] = tie.id
    # Never rated, a job that starts after B.
    silent = _customer("SILENT")
    _project(silent, 4_000_000, B + dt.timedelta(days=10))
    ids["silent"] = silent.id
    return ids


def test_each_history_lands_in_its_cell(history: dict[str, int]) -> None:
    matrix = movement_matrix(A, B, LINE)
    expected = Counter({
        (S.DETRACTOR_PLUS, S.PROMOTER_PLUS): 1,    # turner
        (S.PROMOTER_PLUS, S.PROMOTER_MINUS): 1,    # fader
        (S.UNRATED, S.PASSIVE_MINUS): 1,           # newcomer
        (S.DETRACTOR_PLUS, S.PASSIVE_PLUS): 1,     # edge
        (S.PROMOTER_MINUS, S.PROMOTER_MINUS): 1,   # tie
        (S.UNRATED, S.UNRATED): 1,                 # silent
    })
    assert {(a, b): n for a, b, n in matrix.cells() if n} == dict(expected)
    assert matrix.total == Customer.select().count()
    assert (matrix.conversions, matrix.recovered, matrix.lost) == (1, 2, 1)
    assert cell_customer_ids(S.DETRACTOR_PLUS, S.PROMOTER_PLUS, A, B, LINE) == [history["turner"]]
    assert cell_customer_ids(S.DETRACTOR_PLUS, S.PASSIVE_PLUS, A, B, LINE) == [history["edge"]]
    assert cell_customer_ids(S.UNRATED, S.UNRATED, A, B, LINE) == [history["silent"]]
    assert cell_customer_ids(S.PROMOTER_PLUS, S.PROMOTER_PLUS, A, B, LINE) == []
    # As a subquery, for a list filter: the same customers, counted in SQL.
    cell = MovementCell(S.DETRACTOR_PLUS, S.PASSIVE_PLUS, A, B, LINE)
    assert movement_cell_ids(cell) == [history["edge"]]
    inside = Customer.select(Customer.ref).where(Customer.id.in_(movement_cell_query(cell)))
    assert [ref for (ref,) in inside.tuples()] == ["EDGE"] and inside.count() == 1


def test_boundaries_one_day_either_side(history: dict[str, int]) -> None:
    before_a = A - dt.timedelta(days=1)
    # The day before A: the edge customer's A answer and A job do not count yet.
    assert cell_customer_ids(S.PROMOTER_PLUS, S.PASSIVE_PLUS, before_a, B, LINE) == []
    assert cell_customer_ids(S.PROMOTER_MINUS, S.PASSIVE_PLUS, before_a, B, LINE) == [history["edge"]]
    # On the day after B the 0 counts: a detractor.
    after_b = B + dt.timedelta(days=1)
    assert history["edge"] in cell_customer_ids(S.DETRACTOR_PLUS, S.DETRACTOR_PLUS, A, after_b, LINE)
    # The newcomer's first answer, the day before it and on the day.
    assert segment_counts_as_of(D(2025, 4, 30), LINE)[S.UNRATED] == 2
    assert segment_counts_as_of(D(2025, 5, 1), LINE)[S.UNRATED] == 1


def test_rows_and_columns_are_the_segments_on_each_date(history: dict[str, int]) -> None:
    matrix = movement_matrix(A, B, LINE)
    on_a, on_b = segment_counts_as_of(A, LINE), segment_counts_as_of(B, LINE)
    for segment in SEGMENT_ORDER:
        assert matrix.on_first(segment) == on_a[segment]
        assert matrix.on_last(segment) == on_b[segment]


def test_moves_into_and_out_of_promoter_plus_with_names(history: dict[str, int]) -> None:
    into, out = top_moves(A, B, LINE)
    assert into.total == 1 and [(r.id, r.first_segment, r.second_segment, r.score, r.profit_cents)
                                for r in into.customers] == [
        (history["turner"], S.DETRACTOR_PLUS, S.PROMOTER_PLUS, 10, 3_000_000)]
    assert out.total == 1 and out.customers[0].id == history["fader"]
    assert out.customers[0].second_segment is S.PROMOTER_MINUS and out.customers[0].profit_cents == 1_500_000
    # The newcomer answers 10 and brings a bigger job: into promoter+ from unrated. A customer
    # converted from a rated segment still comes first.
    _response(Customer.get_by_id(history["newcomer"]), D(2025, 6, 1), 10)
    _project(Customer.get_by_id(history["newcomer"]), 9_000_000, D(2025, 6, 1))
    into, _out = top_moves(A, B, LINE)
    assert [(r.id, r.first_segment) for r in into.customers] == [
        (history["turner"], S.DETRACTOR_PLUS), (history["newcomer"], S.UNRATED)]
    into, _out = top_moves(A, B, LINE, limit=1)
    assert into.total == 2 and into.left_out == 1 and into.customers[0].id == history["turner"]


def test_the_report_gets_movement_and_moves_from_one_statement(history: dict[str, int]) -> None:
    # Two moves into promoter+ (one from unrated), so the order and the limit both show.
    _response(Customer.get_by_id(history["newcomer"]), D(2025, 6, 1), 10)
    _project(Customer.get_by_id(history["newcomer"]), 9_000_000, D(2025, 6, 1))
    for before, limit in ((None, None), (D(2024, 3, 1), 1), (None, 0)):
        together, into, out = movement_and_moves(A, B, LINE, before=before, limit=limit)
        assert together == movement(A, B, LINE, before=before)
        assert (into, out) == top_moves(A, B, LINE, limit)
    assert into.total == 2 and into.customers == () and out.total == 1


def test_scoreboard_against_the_previous_period(history: dict[str, int]) -> None:
    before = previous_span(A, B)[0]
    assert before == D(2024, 7, 1)
    result = movement(A, B, LINE)
    assert result.previous.first == before and result.previous.last == A
    assert (result.current.conversions, result.current.recovered, result.current.lost) == (1, 2, 1)
    # Let go: nobody on A; the newcomer (passive−) and the fader (promoter−, not let go) on B.
    assert (result.current.let_go_before, result.current.let_go_after) == (0, 1)
    # 1 July 2024 → 1 January 2025: the edge customer's 10 of December is overtaken by the 6 on A.
    assert (result.previous.conversions, result.previous.recovered, result.previous.lost) == (0, 0, 0)
    assert movement_matrix(before, A, LINE).count(S.UNRATED, S.DETRACTOR_PLUS) == 1
    assert result.current.new_customers == 1 and result.current.referred_by_promoter == 0
    assert result.current.referral_share == 0.0
    assert result.previous.new_customers == 0 and result.previous.referral_share is None


def test_referrals_judge_the_referrer_as_of_the_referral(db: peewee.Database) -> None:
    promoter = _customer("PRO")
    _response(promoter, D(2024, 1, 1), 10)
    late = _customer("LATE")
    _response(late, D(2025, 4, 1), 9)  # a promoter only after their referral came in
    _customer("N1", created=D(2025, 2, 1), referred_by=promoter)
    _customer("N2", created=D(2025, 3, 1), referred_by=late)
    _customer("N3", created=D(2025, 3, 1))
    _customer("N4", created=A)  # created on A: before the period, in the previous one
    _customer("N5", created=B, referred_by=promoter)  # created on B: in the period
    result = movement(A, B, LINE)
    assert (result.current.new_customers, result.current.referred_by_promoter) == (4, 2)
    assert result.current.referral_share == 0.5
    assert (result.previous.new_customers, result.previous.referred_by_promoter) == (1, 0)


def test_profit_at_risk_is_the_grids_detractor_plus_and_passive_plus_profit(history: dict[str, int]) -> None:
    extra = _customer("RISK")
    _response(extra, D(2024, 1, 1), 8)
    _project(extra, 2_600_000, None)  # counts now, though on no date
    result = movement(A, B, LINE)
    summary = {row.segment: row for row in figures.segment_summary(LINE)}
    by_segment = {part.segment: part for part in result.at_risk}
    for segment in (S.DETRACTOR_PLUS, S.PASSIVE_PLUS):
        assert by_segment[segment].customers == summary[segment].customers
        assert by_segment[segment].profit_cents == summary[segment].profit_cents
    # Real per-customer profit: the edge customer (passive+, 20 000) and RISK (26 000).
    assert result.at_risk_cents == LINE + 2_600_000 and result.at_risk_customers == 2


def test_the_first_date_must_come_first(db: peewee.Database) -> None:
    with pytest.raises(ValueError):
        movement_matrix(B, A, LINE)
    with pytest.raises(ValueError):
        movement_matrix(A, A, LINE)


# -- the matrix against an oracle on plain tuples -----------------------------------------------

def _oracle_segment(responses: list[tuple[dt.date, int, int]], projects: list[tuple[str, int, dt.date | None]],
                    day: dt.date) -> Segment:
    """responses: (date, id, score); projects: (status, profit, started)."""
    rated = [r for r in responses if r[0] <= day]
    score = max(rated)[2] if rated else None
    profit = sum(p for status, p, started in projects
                 if status in ("active", "completed") and started is not None and started <= day)
    return segment_of(score, profit, LINE)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), gap=st.integers(1, 6))
def test_matrix_matches_a_hand_count(db: peewee.Database, seed: int, gap: int) -> None:
    rng = random.Random(seed)
    Project.delete().execute()
    SurveyResponse.delete().execute()
    Customer.delete().execute()
    first = D(2024, 1, 10)
    last = first + dt.timedelta(days=gap)
    # Dates cluster around the two snapshots so that "on the day" and "a day either side" occur.
    days = [first + dt.timedelta(days=k) for k in range(-3, gap + 3)]
    expected: Counter[tuple[Segment, Segment]] = Counter()
    who: dict[tuple[Segment, Segment], list[int]] = {}
    for i in range(rng.randint(0, 20)):
        customer = _customer(f"R{i}")
        responses = []
        for _ in range(rng.randint(0, 3)):
            day, score = rng.choice(days), rng.randint(0, 10)
            response = SurveyResponse.create(customer=customer, date=day, score=score)
            responses.append((day, response.id, score))
        projects = []
        for _ in range(rng.randint(0, 3)):
            status = rng.choice(["inquiry", "active", "completed", "declined", "cancelled"])
            profit = rng.choice([-500_000, 0, 1_000_000, LINE, 2_500_000])
            started = rng.choice([None, *days])
            _project(customer, profit, started, status)
            projects.append((status, profit, started))
        pair = (_oracle_segment(responses, projects, first), _oracle_segment(responses, projects, last))
        expected[pair] += 1
        who.setdefault(pair, []).append(customer.id)
    matrix = movement_matrix(first, last, LINE)
    assert {(a, b): n for a, b, n in matrix.cells() if n} == dict(expected)
    assert matrix.total == Customer.select().count()
    on_first, on_last = segment_counts_as_of(first, LINE), segment_counts_as_of(last, LINE)
    assert [matrix.on_first(s) for s in SEGMENT_ORDER] == [on_first[s] for s in SEGMENT_ORDER]
    assert [matrix.on_last(s) for s in SEGMENT_ORDER] == [on_last[s] for s in SEGMENT_ORDER]
    for pair, ids in who.items():
        assert cell_customer_ids(*pair, first, last, LINE) == sorted(ids)
