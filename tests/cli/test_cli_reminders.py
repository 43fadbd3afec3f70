"""`reminders --db PATH [--on DATE] [--days N]`: exact CSV on a hand-built studio; bad arguments.

cli.py does not register the command yet, so the tests build the same parser around
`reminder_cli.add_parsers` and run it the way `cli.run_command` does.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import peewee
import pytest

from crm_desktop import cli, reminder_cli
from crm_desktop.cli import _Parser
from crm_desktop.db import close_database, open_database, translate_errors
from crm_desktop.errors import UserError
from crm_desktop.models import Customer, Feedback, Interaction, Project, SurveyResponse
from crm_desktop.reminders import mark_done, reminders_due, snooze
from crm_desktop.settings import CareSettings, save_care_settings

D = dt.date
HEADER = "date,customer_ref,kind,detail\n"


def _run(*argv: str) -> tuple[int, str, str]:
    parser = _Parser(prog="studio-crm")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    reminder_cli.add_parsers(sub)
    out, err = io.StringIO(), io.StringIO()
    try:
        args = parser.parse_args(list(argv))
        with translate_errors(args.db):
            code = reminder_cli.cmd_reminders(args, out, err)
    except UserError as exc:
        print(exc.message, file=err)
        code = 1
    finally:
        close_database()
    return code, out.getvalue(), err.getvalue()


def _rows(out: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["date", "customer_ref", "kind", "detail"]
    return rows[1:]


@pytest.fixture
def studio(db: peewee.Database, db_spec: str) -> str:
    """Customers created 2024-01-01 (so unrated ones are due a check-in on 2024-06-29)."""
    made = D(2024, 1, 1)
    lin = Customer.create(ref="C1", name="林晓", tier="A", created=made, birthday=D(1980, 8, 15),
                          birthday_lunar=True)
    anna = Customer.create(ref="C2", name="Anna, Berg", tier="B", created=made, birthday=D(1992, 2, 29))
    Customer.create(ref="C3", name="王芳", tier="C", created=made, birthday=D(1990, 10, 3),
                    lost_reason="moved")
    zhou = Customer.create(ref="C4", name="周敏", tier="C", created=made)
    # 林晓: promoter+ (check-in every 60 days from the last contact).
    Project.create(ref="P1", customer=lin, title="全屋", status="completed", revenue_cents=5_000_000,
                   cost_cents=2_000_000, started=D(2024, 3, 1), finished=D(2024, 7, 2))
    SurveyResponse.create(customer=lin, date=D(2024, 7, 10), score=10)
    Interaction.create(customer=lin, date=D(2024, 8, 20), kind="call")
    # 周敏: an open complaint due 2024-10-05, and a resolved one.
    Feedback.create(customer=zhou, category="schedule", severity="high", opened=D(2024, 10, 3),
                    due=D(2024, 10, 5), summary="工期延误")
    Feedback.create(customer=zhou, category="design", severity="low", opened=D(2024, 9, 1),
                    due=D(2024, 9, 15), status="resolved", resolved_on=D(2024, 9, 2))
    # Anna: contacted recently, so her unrated check-in is months away.
    Interaction.create(customer=anna, date=D(2024, 9, 2), kind="message")
    close_database()
    return db_spec


def test_the_window_as_exact_csv(studio: Path) -> None:
    code, out, err = _run("reminders", "--db", str(studio), "--on", "2024-09-15", "--days", "30")
    assert (code, err) == (0, "")
    # The lost customer's birthday (10-03) and the resolved complaint are not there; a
    # detail with a comma is quoted.
    assert out == HEADER + (
        "2024-09-17,C1,birthday,\"林晓: lunar birthday (month 8, day 15)\"\n"
        "2024-09-17,,festival,Mid-Autumn Festival: greet 2 customers\n"
        "2024-10-01,,festival,National Day: greet 2 customers\n"
        "2024-10-02,C1,follow-up,"
        "\"林晓: P1 全屋 finished 2024-07-02; 3 months on, ask how likely they are to recommend us (0-10)\"\n"
        "2024-10-05,C4,complaint,\"周敏: schedule complaint, high: 工期延误\"\n"
    )


def test_boundaries_are_inclusive_and_the_default_window_is_14_days(studio: Path) -> None:
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-09-17", "--days", "0")
    assert (code, out) == (0, HEADER + "2024-09-17,C1,birthday,\"林晓: lunar birthday (month 8, day 15)\"\n"
                           "2024-09-17,,festival,Mid-Autumn Festival: greet 2 customers\n")
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-10-05")
    assert _rows(out) == [
        ["2024-10-05", "C4", "complaint", "周敏: schedule complaint, high: 工期延误"],
        ["2024-10-19", "C1", "check-in", "林晓: check in (promoter+, every 60 days); last contact 2024-08-20"],
    ]
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-10-06", "--days", "12")
    assert _rows(out) == []
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-10-19", "--days", "0")
    assert [row[2] for row in _rows(out)] == ["check-in"]


def test_lunar_and_29_february_birthdays_and_a_window_across_new_year(studio: Path) -> None:
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2025-02-27", "--days", "1")
    assert out == HEADER + "2025-02-28,C2,birthday,\"Anna, Berg: birthday\"\n"
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2025-10-06", "--days", "0")
    assert out == HEADER + (
        "2025-10-06,C1,birthday,\"林晓: lunar birthday (month 8, day 15)\"\n"
        "2025-10-06,,festival,Mid-Autumn Festival: greet 2 customers\n"
    )
    # Across New Year: the Spring Festival and 周敏's unrated check-in, 180 days after the
    # first one (2024-06-29) was marked done on 2024-07-05.
    open_database(studio, must_exist=True)
    (first,) = reminders_due(D(2024, 6, 29), D(2024, 6, 29), CareSettings(), 2_000_000)
    mark_done(first, D(2024, 7, 5))
    close_database()
    _code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-12-25", "--days", "40")
    assert [row[:3] for row in _rows(out)] == [["2025-01-01", "C4", "check-in"], ["2025-01-29", "", "festival"]]


def test_done_and_snoozed_reminders_are_left_out(studio: Path) -> None:
    open_database(studio, must_exist=True)
    rows = reminders_due(D(2024, 10, 1), D(2024, 10, 31), CareSettings(), 2_000_000)
    by_kind = {r.kind.value: r for r in rows}
    mark_done(by_kind["festival"], D(2024, 9, 30))
    snooze(by_kind["complaint"], D(2024, 10, 3))
    close_database()
    code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-10-01", "--days", "4")
    assert [row[2] for row in _rows(out)] == ["follow-up"]
    # Once the snooze has run out, the complaint is back.
    _code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-10-03", "--days", "2")
    assert [row[2] for row in _rows(out)] == ["complaint"]


def test_the_settings_choose_cadences_and_who_is_greeted(studio: Path) -> None:
    open_database(studio, must_exist=True)
    save_care_settings(CareSettings(cadences={"promoter+": 30}, festival_tiers=("A",)))
    close_database()
    _code, out, _ = _run("reminders", "--db", str(studio), "--on", "2024-09-15", "--days", "30")
    assert [row[:3] for row in _rows(out)] == [
        ["2024-09-17", "C1", "birthday"], ["2024-09-17", "", "festival"],
        ["2024-09-19", "C1", "check-in"], ["2024-10-01", "", "festival"],
        ["2024-10-02", "C1", "follow-up"], ["2024-10-05", "C4", "complaint"]]
    assert _rows(out)[3][3] == "National Day: greet 1 customer"


@pytest.mark.parametrize(("argv", "message"), [
    (["--on", "2024-13-01"], "Argument --on: 2024-13-01 is not a real date.\n"),
    (["--on", "tomorrow"], "Argument --on: 'tomorrow' is not a date in the form YYYY-MM-DD.\n"),
    (["--on", "20240101"], "Argument --on: '20240101' is not a date in the form YYYY-MM-DD.\n"),
    (["--days", "-1"], "Argument --days: '-1' is not a number of days (0 or more).\n"),
    (["--days", "two"], "Argument --days: 'two' is not a number of days (0 or more).\n"),
    (["--days", "99999"], "Argument --days: 99999 days is more than the 36600 allowed.\n"),
    (["--on", "9999-12-30", "--days", "5"], "The window reaches past the year 9999; ask for fewer days.\n"),
])
def test_bad_arguments_are_one_sentence_and_exit_1(studio: Path, argv: list[str], message: str) -> None:
    assert _run("reminders", "--db", str(studio), *argv) == (1, "", message)


def test_a_missing_database_is_one_sentence(tmp_path: Path) -> None:
    code, out, err = _run("reminders", "--db", str(tmp_path / "none.sqlite3"))
    assert (code, out) == (1, "") and err.startswith("There is no database at") and err.count("\n") == 1
    assert not (tmp_path / "none.sqlite3").exists()


def test_wired_into_the_cli(studio: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run_command(["reminders", "--db", str(studio), "--on", "2024-09-17", "--days", "0"], out, err)
    assert (code, err.getvalue()) == (0, "")
    assert out.getvalue() == _run("reminders", "--db", str(studio), "--on", "2024-09-17", "--days", "0")[1]
    out, err = io.StringIO(), io.StringIO()
    assert cli.run_command(["reminders", "--db", str(studio), "--days", "-2"], out, err) == 1
    assert err.getvalue() == "Argument --days: '-2' is not a number of days (0 or more).\n"
