"""The floors: each benchmarked answer from the best hand-written sqlite3 queries we could find.

They read the project's own schema (version 9: each customer's latest score and profit cached
on the customer row, and the responses counted per month and score in nps_month, all kept by
triggers), so the floor is what this schema allows; whenever the schema gains derived data,
these queries must use it too, or the ratio flatters the app.
Every function returns its answer in the same plain form as the matching `operations`
normaliser, and the benchmark checks the two are equal before it trusts the timing.
The NPS classes (9–10, 7–8, 0–6) are written out here on purpose: a cross-check that
imported the app's rules would agree with the app by construction.
"""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

PAGE_SIZE = 200
ACCEPTED = "('active', 'completed')"

# Schema 7 keeps each customer's latest score and date and profit on the customer row
# (maintained by triggers), so the floors read them as the app does.
LATEST_SCORE = "c.latest_score"
LATEST_DATE = "c.latest_response_on"
PROFIT = "c.profit_cents"
CONTACTED = "(SELECT MAX(i.date) FROM interaction i WHERE i.customer_id = c.id)"
# One table scan beats an index walk plus a row lookup per accepted project.
PROFIT_TABLE = (
    "SELECT customer_id, SUM(revenue_cents - cost_cents) AS profit FROM project NOT INDEXED"
    f" WHERE status IN {ACCEPTED} GROUP BY customer_id"
)
# A list row: the columns of crm_desktop.customer_list.CustomerRow, computed for `c`.
ROW_COLUMNS = (
    f"c.id, c.ref, c.name, c.phone, c.tier, {LATEST_SCORE}, {PROFIT}, {CONTACTED},"
    " COALESCE(referrer.name, ''), c.lost_reason IS NOT NULL"
)
ROWS_OF_PAGE = (
    f"SELECT {ROW_COLUMNS} FROM page JOIN customer c ON c.id = page.id"
    " LEFT JOIN customer referrer ON referrer.id = c.referred_by_id"
)

Row = tuple[object, ...]


def connect(path: Path, *, writable: bool = False) -> sqlite3.Connection:
    """A plain connection with the app's pragmas (the same page cache, so the same warm data)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = -64000")
    if writable:
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = full")
        conn.execute("PRAGMA foreign_keys = 1")
    return conn


def nps_class(score: int) -> str:
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def segment(score: int | None, profit: int, line: int) -> str:
    if score is None:
        return "unrated"
    return nps_class(score) + ("+" if profit >= line else "-")


# --- the customer list ------------------------------------------------------------------------


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search(text: str) -> tuple[str, list[str]]:
    conds, params = ["1"], []
    for word in text.split():
        conds.append("(" + " OR ".join(
            f"c.{col} LIKE ? ESCAPE '\\'" for col in ("name", "ref", "phone", "email", "notes")) + ")")
        params += [_like(word)] * 5
    return " AND ".join(conds), params


def search(conn: sqlite3.Connection, text: str) -> tuple[int, list[Row]]:
    """Count and first page (by name) of the customers matching every word of `text`."""
    where, params = _search(text)
    # One table scan finds the matches for both the count and the page. Walking the name index
    # until 200 rows match is slower whenever the matches are rare or sort late (王…, smith);
    # only the page's 200 rows pay for the per-customer subqueries.
    rows = conn.execute(
        f"WITH found AS MATERIALIZED (SELECT c.id, c.name FROM customer c NOT INDEXED WHERE {where}),"
        f" page AS (SELECT id, name FROM found ORDER BY name, id LIMIT {PAGE_SIZE})"
        f" SELECT (SELECT COUNT(*) FROM found), * FROM ({ROWS_OF_PAGE} ORDER BY page.name, page.id)",
        params,
    ).fetchall()
    if not rows:
        return 0, []
    return rows[0][0], [row[1:] for row in rows]


def sort_by_profit(conn: sqlite3.Connection) -> tuple[int, list[Row]]:
    """Count and first page of all customers, most profitable first (ties: highest id first)."""
    count = conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    rows = conn.execute(
        f"WITH page AS (SELECT c.id, c.profit_cents AS profit FROM customer c"
        f" ORDER BY c.profit_cents DESC, c.id DESC LIMIT {PAGE_SIZE})"
        f" {ROWS_OF_PAGE} ORDER BY page.profit DESC, page.id DESC"
    ).fetchall()
    return count, rows


# --- figures ----------------------------------------------------------------------------------


def segment_summary(conn: sqlite3.Connection, line: int) -> list[tuple[str, int, int]]:
    """(segment, customers, profit) per segment, grouped in SQL by (latest score, profitable)."""
    groups = conn.execute(
        "SELECT latest_score, profit_cents >= :line AS plus, COUNT(*), SUM(profit_cents)"
        " FROM customer GROUP BY latest_score, plus",
        {"line": line},
    ).fetchall()
    totals: dict[str, list[int]] = {}
    for score, plus, count, profit in groups:
        key = "unrated" if score is None else nps_class(score) + ("+" if plus else "-")
        entry = totals.setdefault(key, [0, 0])
        entry[0] += count
        entry[1] += profit
    return sorted((key, count, profit) for key, (count, profit) in totals.items())


def _class_counts(conn: sqlite3.Connection, where: str, params: tuple[object, ...]) -> tuple[int, int, int]:
    row = conn.execute(
        "SELECT COALESCE(SUM(score >= 9), 0), COALESCE(SUM(score BETWEEN 7 AND 8), 0),"
        f" COALESCE(SUM(score <= 6), 0) FROM survey_response WHERE {where}", params,
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def nps_trend_monthly(conn: sqlite3.Connection) -> list[tuple[str, int, int, int]]:
    """(YYYY-MM, promoters, passives, detractors) for every month that has a response.

    Schema 9 counts the responses per (month, score) in nps_month (kept by triggers). A range
    reads its whole months there and counts only the one or two months it cuts from
    survey_response; all years cut no month, so nps_month alone answers.
    """
    return conn.execute(
        "SELECT month, SUM(responses * (score >= 9)), SUM(responses * (score BETWEEN 7 AND 8)),"
        " SUM(responses * (score <= 6)) FROM nps_month GROUP BY month ORDER BY month"
    ).fetchall()


# --- one customer -----------------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, page: str, params: tuple[object, ...], order: str) -> list[Row]:
    return conn.execute(f"WITH page AS ({page}) {ROWS_OF_PAGE} ORDER BY {order}", params).fetchall()


def customer_detail(conn: sqlite3.Connection, customer_id: int) -> tuple[object, ...]:
    """Profile, list row, referrer's row, referrals, projects, responses and contacts."""
    *profile, referred_by = conn.execute(
        "SELECT ref, name, phone, email, COALESCE(birthday, ''), birthday_lunar = 1, tier, notes,"
        " lost_reason, version, referred_by_id FROM customer WHERE id = ?", (customer_id,),
    ).fetchone()
    row = _rows(conn, "SELECT ? AS id", (customer_id,), "c.id")[0]
    referrer = _rows(conn, "SELECT ? AS id", (referred_by,), "c.id") if referred_by else [None]
    referrals = _rows(
        conn, "SELECT id, name FROM customer WHERE referred_by_id = ?", (customer_id,),
        "page.name, page.id",
    )
    projects = conn.execute(
        "SELECT id, ref, title, status, revenue_cents, cost_cents, started, finished FROM project"
        " WHERE customer_id = ? ORDER BY started IS NOT NULL, started DESC, id DESC", (customer_id,),
    ).fetchall()
    responses = conn.execute(
        "SELECT id, date, score, comment FROM survey_response WHERE customer_id = ?"
        " ORDER BY date DESC, id DESC", (customer_id,),
    ).fetchall()
    contacts = conn.execute(
        "SELECT i.id, i.date, i.kind, COALESCE(s.name, ''), i.summary FROM interaction i"
        " LEFT JOIN staff_member s ON s.id = i.staff_id WHERE i.customer_id = ?"
        " ORDER BY i.date DESC, i.id DESC", (customer_id,),
    ).fetchall()
    return (tuple(profile), row, referrer[0], referrals, projects, responses, contacts)


# --- the report -------------------------------------------------------------------------------


def report_data(conn: sqlite3.Connection, line: int, first: dt.date, last: dt.date,
                previous: tuple[dt.date, dt.date], trend_first: dt.date, today: dt.date,
                cell_limit: int, referrer_limit: int, complaint_limit: int) -> tuple[object, ...]:
    """The figures and lists of the segment report (see operations.report_answer)."""
    grid = segment_summary(conn, line)
    iso = dt.date.isoformat
    # Every customer's segment and listing columns, ranked within the segment in SQL.
    cell_rows = conn.execute(
        f"WITH profit AS MATERIALIZED ({PROFIT_TABLE}),"
        # Materialised, so each customer's latest score is looked up once, not per CASE arm.
        f" per_customer AS MATERIALIZED (SELECT c.id, c.name, {LATEST_SCORE} AS score,"
        " COALESCE(pr.profit, 0) AS profit FROM customer c"
        " LEFT JOIN profit pr ON pr.customer_id = c.id),"
        " classed AS (SELECT *, CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7"
        " THEN 'passive' ELSE 'detractor' END || CASE WHEN profit >= :line THEN '+' ELSE '-' END"
        " AS segment FROM per_customer WHERE score IS NOT NULL),"
        " ranked AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY segment"
        " ORDER BY profit DESC, name, id) AS position,"
        " COUNT(*) OVER (PARTITION BY segment) AS total FROM classed)"
        # The remaining columns only for the listed customers.
        " SELECT k.segment, k.total, k.id, k.name, k.score,"
        " (SELECT MAX(r.date) FROM survey_response r WHERE r.customer_id = k.id), k.profit,"
        " (SELECT MAX(i.date) FROM interaction i WHERE i.customer_id = k.id),"
        " EXISTS (SELECT 1 FROM feedback f WHERE f.customer_id = k.id AND f.status = 'open')"
        " FROM ranked k WHERE k.position <= :limit ORDER BY k.segment, k.position",
        {"line": line, "limit": cell_limit},
    ).fetchall()
    cells: dict[str, tuple[int, list[Row]]] = {}
    for segment_key, total, *rest in cell_rows:
        cells.setdefault(segment_key, (total, []))[1].append(tuple(rest))
    referrers = conn.execute(
        f"WITH profit AS MATERIALIZED ({PROFIT_TABLE}),"
        " value AS (SELECT c.referred_by_id AS id, COUNT(*) AS referred,"
        " COALESCE(SUM(pr.profit), 0) AS profit FROM customer c"
        " LEFT JOIN profit pr ON pr.customer_id = c.id WHERE c.referred_by_id IS NOT NULL"
        " GROUP BY c.referred_by_id ORDER BY profit DESC, referred DESC, id LIMIT ?)"
        " SELECT c.ref, c.name, value.referred, value.profit FROM value"
        " JOIN customer c ON c.id = value.id ORDER BY value.profit DESC, value.referred DESC, value.id",
        (referrer_limit,),
    ).fetchall()
    span = "date BETWEEN ? AND ?"
    headline = _class_counts(conn, span, (iso(first), iso(last)))
    before = _class_counts(conn, span, (iso(previous[0]), iso(previous[1])))
    trend = conn.execute(
        "SELECT substr(date, 1, 7) AS month, SUM(score >= 9), SUM(score BETWEEN 7 AND 8),"
        " SUM(score <= 6) FROM survey_response WHERE date BETWEEN ? AND ? GROUP BY month"
        " ORDER BY month", (iso(trend_first), iso(last)),
    ).fetchall()
    open_count, overdue = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(due < ?), 0) FROM feedback WHERE status = 'open'",
        (iso(today),),
    ).fetchone()
    complaints = [fid for (fid,) in conn.execute(
        "SELECT id FROM feedback WHERE status = 'open' ORDER BY due, id LIMIT ?", (complaint_limit,))]
    decisions = conn.execute(
        "SELECT COALESCE(SUM(decision = 'accept'), 0), COALESCE(SUM(decision = 'decline'), 0),"
        " COALESCE(SUM((decision = 'accept') = (recommendation = 'decline')), 0),"
        " COUNT(reviewed_on), (SELECT COUNT(*) FROM decision) FROM decision WHERE date BETWEEN ? AND ?",
        (iso(first), iso(last)),
    ).fetchone()
    return (grid, cells, referrers, headline, before, trend, open_count, overdue, complaints,
            decisions)


# --- import -----------------------------------------------------------------------------------


def import_customers(conn: sqlite3.Connection, csv_path: Path, today: dt.date) -> int:
    """Read the customers CSV and insert it in one transaction, referrals linked by ref.

    No validation: the floor is the cost of reading the file and writing the rows.
    """
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [r for r in reader if r]
    created = today.isoformat()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "INSERT INTO customer (ref, name, phone, email, birthday, birthday_lunar, tier, notes,"
            " created, version) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 1)",
            [(ref, name, phone, email, birthday or None, tier, notes, created)
             for ref, name, phone, email, birthday, _, tier, notes in rows],
        )
        ids = dict(conn.execute("SELECT ref, id FROM customer"))
        conn.executemany(
            "UPDATE customer SET referred_by_id = ? WHERE id = ?",
            [(ids[referrer], ids[ref]) for ref, _, _, _, _, referrer, _, _ in rows if referrer],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(rows)


def customers_table(conn: sqlite3.Connection) -> list[Row]:
    """The imported customers as the CSV carries them, by ref (to compare two imports)."""
    return conn.execute(
        "SELECT c.ref, c.name, c.phone, c.email, c.birthday, COALESCE(r.ref, ''), c.tier, c.notes,"
        " c.created, c.version, c.birthday_lunar, c.lost_reason FROM customer c"
        " LEFT JOIN customer r ON r.id = c.referred_by_id ORDER BY c.ref"
    ).fetchall()
