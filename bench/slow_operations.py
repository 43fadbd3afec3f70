"""The operations that take seconds: the PDF report and the 50 000-row import."""
from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench import floors
from bench.dataset import CACHE_DIR, TODAY
from bench.operations import TARGETS_MS, Bench, iso, mismatch, trend_counts
from bench.report import Result
from bench.timing import Samples, elapsed_ms, measure

if TYPE_CHECKING:
    from crm_desktop.nps import NpsCounts
    from crm_desktop.report_data import ReportData

# --- the report -------------------------------------------------------------------------------

# The ReportData fields the report's floor computes too, and those that need no query.
REPORT_FIELDS_IN_FLOOR = frozenset({
    "grid", "total_customers", "cells", "referrers", "headline", "previous", "trend",
    "open_complaints", "overdue_complaints", "complaints", "decisions",
})
REPORT_FIELDS_WITHOUT_QUERY = frozenset({
    "studio_name", "currency", "profit_line_cents", "first", "last", "today",
    "previous_first", "previous_last",
})


def _report_answer(d: ReportData) -> tuple[object, ...]:
    from crm_desktop.report_queries import NextAction

    grid_rows = sorted((c.segment.value, c.customers, c.profit_cents) for c in d.grid if c.customers)
    cells = {
        c.segment.value: (c.total, [
            (x.id, x.name, x.latest_score, iso(x.latest_date), x.profit_cents, iso(x.last_contacted),
             x.next_action is NextAction.RESOLVE_COMPLAINT) for x in c.customers])
        for c in d.cells if c.total
    }

    def counts(n: NpsCounts) -> tuple[int, int, int]:
        return n.promoters, n.passives, n.detractors

    decisions = d.decisions
    return (
        grid_rows, cells,
        [(r.ref, r.name, r.referred, r.profit_cents) for r in d.referrers],
        counts(d.headline), counts(d.previous), trend_counts(d.trend),
        d.open_complaints, d.overdue_complaints, [c.id for c in d.complaints],
        None if decisions is None else (decisions.accepted, decisions.declined,
                                        decisions.against_recommendation, decisions.reviewed),
    )


def _report_fields_outside_floor() -> list[str]:
    """Report content added since the floor was written: its queries count for the app only."""
    import dataclasses

    from crm_desktop.report_data import ReportData

    known = REPORT_FIELDS_IN_FLOOR | REPORT_FIELDS_WITHOUT_QUERY
    return [f.name for f in dataclasses.fields(ReportData) if f.name not in known]


def _floor_report(conn: sqlite3.Connection, line: int) -> tuple[object, ...]:
    from crm_desktop import report_data as rd

    first, last = rd.resolve_period(None, None, TODAY)
    grid_rows, cells, referrers, headline, before, trend, open_count, overdue, complaints, decisions = (
        floors.report_data(conn, line, first, last, rd.previous_period(first, last),
                           rd.trend_start(last), TODAY, rd.CELL_LIMIT, rd.REFERRER_LIMIT,
                           rd.COMPLAINT_LIMIT))
    cell_lists = {key: (total, [tuple(x) for x in rows]) for key, (total, rows) in cells.items()}
    *decided, journal = decisions
    return (grid_rows, cell_lists, referrers, headline, before, trend, open_count, overdue,
            complaints, tuple(decided) if journal else None)


def ensure_qapplication() -> object:
    """The offscreen QApplication the painting needs (made once, kept for the process)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def report_pdf(bench: Bench) -> Result:
    """build_report + write_pdf; the floor is the report's data by hand-written SQL plus the
    app's own painting time, since painting has no SQL floor."""
    from crm_desktop import report_data as rd
    from crm_desktop.settings import load_settings
    from ui.report.pdf import write_pdf

    ensure_qapplication()
    settings = load_settings()
    first, last = rd.resolve_period(None, None, TODAY)
    data_ms: list[float] = []
    paint_ms: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(dir=CACHE_DIR) as tmp:
        target = Path(tmp) / "report.pdf"

        def app() -> ReportData:
            nonlocal pages
            took, data = elapsed_ms(lambda: rd.build_report(first, last, settings, TODAY))
            painted, pages = elapsed_ms(lambda: write_pdf(target, data))
            data_ms.append(took)
            paint_ms.append(painted)
            return data

        plan = bench.heavy_plan
        app_samples, reports = measure([app], plan)
        answers = [_report_answer(r) for r in reports]
        floor_data, expected = measure([lambda: _floor_report(bench.conn, bench.profit_line)], plan)
    # The warm-up pass is not among the samples; drop its split too.
    data, paint = Samples(tuple(data_ms[1:])), Samples(tuple(paint_ms[1:]))
    floor = Samples(tuple(v + paint.median for v in floor_data.values))
    note = (f"{pages} pages; build_report p95 {data.p95:.0f} ms (SQL floor {floor_data.p95:.0f} ms), "
            f"write_pdf p95 {paint.p95:.0f} ms; floor = SQL floor + the app's median painting time")
    outside = _report_fields_outside_floor()
    if outside:
        note += f"; not in the SQL floor yet: {', '.join(outside)}"
    return Result(
        "report_pdf", bench.dataset.scale, TARGETS_MS["report_pdf"], app_samples, floor, note=note,
        error=mismatch(answers, expected, ["the report's figures"]),
        extra={"build_report_p95_ms": data.p95, "write_pdf_p95_ms": paint.p95,
               "data_floor_p95_ms": floor_data.p95},
    )


# --- import -----------------------------------------------------------------------------------


def import_customers(bench: Bench) -> Result:
    """Import the dataset's customers CSV into an empty database, the app's way and the floor's.

    Leaves the app's database handle on the benchmark dataset again afterwards.
    """
    from crm_desktop.db import close_database, open_database
    from crm_desktop.transfer import import_file

    csv_path = bench.dataset.csv_path
    app_values: list[float] = []
    floor_values: list[float] = []
    error = ""
    count = 0
    plan = bench.heavy_plan
    try:
        with tempfile.TemporaryDirectory(dir=CACHE_DIR) as tmp:
            for rep in range(plan.reps + 1):
                app_db, floor_db = Path(tmp) / f"app{rep}.sqlite3", Path(tmp) / f"floor{rep}.sqlite3"
                for path in (floor_db, app_db):  # an empty database with the app's schema
                    open_database(path)
                    close_database()
                open_database(app_db)
                took, count = elapsed_ms(lambda: import_file("customers", csv_path))
                close_database()
                conn = floors.connect(floor_db, writable=True)
                floor_took, floor_count = elapsed_ms(lambda: floors.import_customers(conn, csv_path, dt.date.today()))
                if rep == 0:  # the warm-up also checks the two imports wrote the same rows
                    with contextlib.closing(floors.connect(app_db)) as app_conn:
                        same = floors.customers_table(app_conn) == floors.customers_table(conn)
                    if count != floor_count or not same:
                        error = f"the app imported {count} rows, the floor {floor_count}; the tables differ"
                else:
                    app_values.append(took)
                    floor_values.append(floor_took)
                conn.close()
                if len(app_values) >= plan.min_reps and sum(app_values) / 1000 > plan.budget_s:
                    break
    finally:
        open_database(bench.dataset.db_path, must_exist=True)
    return Result("import", bench.dataset.scale, TARGETS_MS["import"], Samples(tuple(app_values)),
                  Samples(tuple(floor_values)), error=error,
                  note=f"{count} customers from CSV into an empty database; the floor does no validation")
