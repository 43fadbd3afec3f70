"""The command line: argument parsing and the commands of DESIGN.md, on the same services as the GUI."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from crm_desktop import (
    account_cli,
    backup_cli,
    decision_cli,
    duplicates_cli,
    figures,
    merge_cli,
    movement_cli,
    privacy_cli,
    reminder_cli,
    report_cli,
)
from crm_desktop.db import (
    close_database,
    display_name,
    is_url,
    open_database,
    translate_errors,
)
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.money import format_amount, parse_amount
from crm_desktop.nps import Bucket, one_decimal
from crm_desktop.settings import load_settings

log = logging.getLogger(__name__)

IMPORT_KINDS = ("customers", "projects", "responses")


class ArgumentError(UserError):
    """A command-line argument a person got wrong."""


class _Parser(argparse.ArgumentParser):
    # argparse prints usage and exits 2 on its own; we want one sentence and exit 1 like every
    # other user mistake.
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ArgumentError(message[0].upper() + message[1:].rstrip(".") + ".")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _amount(text: str) -> int:
    try:
        return parse_amount(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="studio-crm", description="Studio CRM: customers, NPS and segments.")
    parser.add_argument("--db", help="database file or postgresql:// URL (default: the data directory)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), help="interface language")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill a new database with a believable demo studio")
    demo.add_argument("--db", required=True)
    demo.add_argument("--customers", type=int, default=300)
    demo.add_argument("--seed", type=int, default=1)

    for name, verb in (("import", "read"), ("export", "write")):
        cmd = sub.add_parser(name, help=f"{verb} customers, projects or responses as CSV")
        cmd.add_argument("kind", choices=IMPORT_KINDS)
        cmd.add_argument("file")
        cmd.add_argument("--db", required=True)
    import_cmd = sub.choices["import"]
    import_cmd.add_argument("--map", action="store_true",
                            help="the file has other headers (姓名, 电话, …) or date forms: map its "
                                 "columns as remembered for these headers, or by guessing")
    import_cmd.add_argument("--on-match", choices=("update", "skip", "new"), default="skip",
                            help="with --map: what to do with a customer already in the database "
                                 "(same ref, phone or e-mail); default skip")

    nps = sub.add_parser("nps", help="NPS per period as CSV")
    nps.add_argument("--db", required=True)
    nps.add_argument("--by", choices=[b.value for b in Bucket], default="month")
    nps.add_argument("--from", dest="first", type=_date)
    nps.add_argument("--to", dest="last", type=_date)

    seg = sub.add_parser("segments", help="customers and profit per segment as CSV")
    seg.add_argument("--db", required=True)
    seg.add_argument("--profit-line", type=_amount)

    decision_cli.add_parsers(sub)
    duplicates_cli.add_parsers(sub)
    backup_cli.add_parsers(sub)
    movement_cli.add_parsers(sub)
    merge_cli.add_parsers(sub)
    privacy_cli.add_parsers(sub)
    reminder_cli.add_parsers(sub)
    report_cli.add_parser(sub, _date)
    account_cli.add_parsers(sub)
    account_cli.add_user_option(parser, sub)
    return parser


def cmd_nps(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.first and args.last and args.first > args.last:
        raise ArgumentError("The --from date is after the --to date.")
    open_database(args.db, must_exist=True)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["period", "responses", "promoters", "passives", "detractors", "nps", "moe"])
    for point in figures.nps_trend(Bucket(args.by), args.first, args.last):
        c = point.counts
        writer.writerow([
            point.period, c.responses, c.promoters, c.passives, c.detractors,
            one_decimal(point.nps), one_decimal(point.moe),
        ])
    return 0


def cmd_segments(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    open_database(args.db, must_exist=True)
    line = args.profit_line if args.profit_line is not None else load_settings().profit_line_cents
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["segment", "customers", "profit"])
    for row in figures.segment_summary(line):
        writer.writerow([row.segment.value, row.customers, format_amount(row.profit_cents)])
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from crm_desktop.demo import generate_demo

    if args.customers < 1:
        raise ArgumentError("--customers must be at least 1.")
    open_database(args.db)
    summary = generate_demo(customers=args.customers, seed=args.seed)
    print(summary, file=err)
    return 0


def _import_mapped(args: argparse.Namespace) -> str:
    """Import through the remembered or guessed column mapping; the sentence to print."""
    from crm_desktop.transfer.mapped_import import OnMatch, describe, import_mapped
    from crm_desktop.transfer.mapping import field_label, suggest_fields
    from crm_desktop.transfer.reading import read_table

    if args.kind not in IMPORT_KINDS:
        raise UserError(f"'{args.kind}' cannot be imported; choose customers, projects or responses.")
    header = read_table(Path(args.file), chinese_excel=True).header
    chosen, _ = suggest_fields(args.kind, header)
    columns = "; ".join(f"{cell.strip() or '?'} → {field_label(field) if field else '(left out)'}"
                        for cell, field in zip(header, chosen))
    plan = import_mapped(args.kind, args.file, chosen, OnMatch(args.on_match))
    return f"Columns: {columns}.\nImported {args.kind}: {describe(plan)}"


def _import_plain(args: argparse.Namespace) -> int:
    """The documented columns; a file with headers of its own is pointed to --map."""
    from crm_desktop.transfer import import_file
    from crm_desktop.transfer.importing import UnknownColumns

    try:
        return import_file(args.kind, args.file)
    except UnknownColumns as exc:
        raise ValidationError(exc.message + " If the file has headers of its own (姓名, 电话, …), "
                              "add --map to match them.", exc.problems) from exc


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    new_file = None if is_url(args.db) or Path(args.db).exists() else Path(args.db)
    open_database(args.db)
    try:
        if args.map:
            print(_import_mapped(args), file=err)
            return 0
        result = _import_plain(args)
    except BaseException:
        # A failed import into a database it created itself leaves no empty file behind.
        if new_file is not None:
            close_database()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{new_file}{suffix}").unlink(missing_ok=True)
        raise
    print(f"Imported {result} {args.kind}.", file=err)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from crm_desktop.transfer import export_file

    open_database(args.db, must_exist=True)
    count = export_file(args.kind, args.file)
    print(f"Exported {count} {args.kind}.", file=err)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "nps": cmd_nps,
    "segments": cmd_segments,
    "accept": decision_cli.cmd_accept,
    "decisions": decision_cli.cmd_decisions,
    "reminders": reminder_cli.cmd_reminders,
    "report": report_cli.cmd_report,
    "movement": movement_cli.cmd_movement,
    "merge": merge_cli.cmd_merge,
    "backup": backup_cli.cmd_backup,
    "restore": backup_cli.cmd_restore,
    "accounts": account_cli.cmd_accounts,
    "audit": account_cli.cmd_audit,
    "forget": privacy_cli.cmd_forget,
    "export-customer": privacy_cli.cmd_export_customer,
    "duplicates": duplicates_cli.cmd_duplicates,
}


def run_command(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one CLI command; user mistakes become one sentence on stderr and exit status 1."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(list(argv))
        with (translate_errors(display_name(args.db) if getattr(args, "db", None) else None),
              account_cli.logged_in(args.user)):
            return COMMANDS[args.command](args, out, err)
    except ValidationError as exc:
        print(exc.message, file=err)
        for problem in exc.problems:
            print(problem, file=err)
        return 1
    except UserError as exc:
        print(exc.message, file=err)
        return 1
    except KeyboardInterrupt:
        print("Interrupted; nothing was changed.", file=err)
        return 130
    finally:
        close_database()
