"""Export: one kind as CSV in the import format, written atomically so a failure leaves no half file."""
from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TextIO

import peewee

from crm_desktop import access
from crm_desktop.errors import UserError
from crm_desktop.files import write_atomically
from crm_desktop.i18n import _
from crm_desktop.models import Customer, Project, SurveyResponse
from crm_desktop.money import format_amount
from crm_desktop.transfer.validate import KINDS

Cells = list[str]


def export_file(kind: str, path: str | os.PathLike[str]) -> int:
    """Write every row of `kind` to `path` as UTF-8 CSV; return the number of rows written."""
    if kind not in KINDS:
        raise UserError(f"'{kind}' cannot be exported; choose customers, projects or responses.")
    if kind == "projects":
        access.require_owner(_("export projects, which carry revenue and cost"))
    target = Path(path)
    if target.suffix.lower() in (".xlsx", ".xls"):
        raise UserError(f"Export writes CSV, so give a file name ending in .csv instead of {target.name}.")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name to export to.")
    if not target.parent.is_dir():
        raise UserError(
            f"The folder {target.parent} does not exist, so {target.name} cannot be written there."
        )
    return _write_atomically(target, KINDS[kind].names, _ROWS[kind]())


def hours_text(hours: float) -> str:
    """Hours in a stable short form: 40, 12.5, 0.25 (never 40.0 or 1e+16)."""
    if not hours:
        return "0"  # also turns -0.0 into 0
    # repr is the shortest text that reads back as the same float; Decimal avoids exponents.
    text = format(Decimal(repr(float(hours))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _date(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _customers() -> Iterator[Cells]:
    referrer = Customer.alias()
    query = (Customer
             .select(Customer.ref, Customer.name, Customer.phone, Customer.email, Customer.birthday,
                     referrer.ref, Customer.tier, Customer.notes)
             .join(referrer, peewee.JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id))
             .order_by(Customer.ref)
             .tuples())
    for ref, name, phone, email, birthday, referred_by, tier, notes in query.iterator():
        yield [ref, name, phone, email, _date(birthday), referred_by or "", tier, notes]


def _projects() -> Iterator[Cells]:
    query = (Project
             .select(Project.ref, Customer.ref, Project.title, Project.status, Project.revenue_cents,
                     Project.cost_cents, Project.hours, Project.started, Project.finished)
             .join(Customer)
             .order_by(Project.ref)
             .tuples())
    for ref, customer, title, status, revenue, cost, hours, started, finished in query.iterator():
        yield [ref, customer, title, status, format_amount(revenue), format_amount(cost),
               hours_text(hours), _date(started), _date(finished)]


def _responses() -> Iterator[Cells]:
    query = (SurveyResponse
             .select(Customer.ref, SurveyResponse.date, SurveyResponse.score, SurveyResponse.comment)
             .join(Customer)
             .order_by(Customer.ref, SurveyResponse.date, SurveyResponse.id)
             .tuples())
    for customer, date, score, comment in query.iterator():
        yield [customer, _date(date), str(score), comment]


_ROWS: dict[str, Callable[[], Iterator[Cells]]] = {
    "customers": _customers,
    "projects": _projects,
    "responses": _responses,
}


def _write_atomically(target: Path, header: Iterable[str], rows: Iterator[Cells]) -> int:
    def write(fh: TextIO) -> int:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
        return count

    # newline="": the csv module writes its own line ends.
    return write_atomically(target, write, newline="")
