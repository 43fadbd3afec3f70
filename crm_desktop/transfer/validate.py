"""The columns of each import kind, and every check a row must pass before anything is written."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from crm_desktop import fields
from crm_desktop.i18n import shown
from crm_desktop.transfer.reading import Table

# --- kinds -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[str], Any]
    required: bool = False  # the header must have it (and then the parser refuses an empty cell)


@dataclass(frozen=True)
class Kind:
    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


KINDS: dict[str, Kind] = {
    "customers": Kind("customers", (
        Column("ref", fields.required_text(fields.REF_MAX), required=True),
        Column("name", fields.required_text(fields.TEXT_MAX), required=True),
        Column("phone", fields.optional_text(fields.TEXT_MAX)),
        Column("email", fields.optional_text(fields.TEXT_MAX)),
        Column("birthday", fields.optional_date),
        Column("referred_by", fields.optional_ref),
        Column("tier", fields.tier),
        Column("notes", fields.free_text),
    )),
    "projects": Kind("projects", (
        Column("ref", fields.required_text(fields.REF_MAX), required=True),
        Column("customer_ref", fields.required_text(fields.REF_MAX), required=True),
        Column("title", fields.required_text(fields.TEXT_MAX), required=True),
        Column("status", fields.status, required=True),
        Column("revenue", fields.amount),
        Column("cost", fields.amount),
        Column("hours", fields.hours),
        Column("started", fields.optional_date),
        Column("finished", fields.optional_date),
    )),
    "responses": Kind("responses", (
        Column("customer_ref", fields.required_text(fields.REF_MAX), required=True),
        Column("date", fields.required_date, required=True),
        Column("score", fields.score, required=True),
        Column("comment", fields.free_text),
    )),
}


# --- problems and parsed rows ------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Problem:
    line: int
    position: int  # the column's place in the kind, so a row's problems read left to right
    column: str = field(compare=False)
    text: str = field(compare=False)

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.text}"


@dataclass
class Parsed:
    """Every data row with the values that parsed (a bad cell is left out), and every problem."""

    kind: Kind
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    first_line: dict[str, int] = field(default_factory=dict)  # ref → the line it first appears on

    def problem(self, line: int, column: str, text: str) -> None:
        position = self.kind.names.index(column) if column in self.kind.names else len(self.kind.names)
        self.problems.append(Problem(line, position, column, text))


def map_header(kind: Kind, table: Table) -> tuple[dict[str, int], list[Problem]]:
    """Column name → cell index. Unknown, repeated and missing required columns are problems.

    An unknown column is refused rather than ignored: a misspelt optional column ("e-mail")
    would otherwise drop its data without a word. Optional columns may be left out.
    """
    index: dict[str, int] = {}
    problems: list[Problem] = []
    line = table.header_line
    for i, cell in enumerate(table.header):
        name = cell.strip().lower()
        if not name:
            continue  # a nameless column is allowed as long as it stays empty (checked per row)
        if name not in kind.names:
            expected = ", ".join(kind.names)
            problems.append(Problem(line, -1, shown(cell.strip()), f"unknown column (expected {expected})"))
        elif name in index:
            problems.append(Problem(line, kind.names.index(name), name, "column appears twice"))
        else:
            index[name] = i
    for position, column in enumerate(kind.columns):
        if column.required and column.name not in index:
            problems.append(Problem(line, position, column.name, "missing column"))
    return index, sorted(problems)


def parse_table(kind: Kind, table: Table, index: Mapping[str, int],
                tick: Callable[[int], None] | None = None) -> Parsed:
    """Parse every cell of every row, then the checks that need only the file itself.

    `tick(rows_done)` is called before each row (progress, and the chance to cancel).
    """
    parsed = Parsed(kind)
    named = set(index.values())
    present = [(c, index.get(c.name)) for c in kind.columns]
    for done, (line, cells) in enumerate(table.rows):
        if tick is not None:
            tick(done)
        values: dict[str, Any] = {}
        for column, i in present:
            text = cells[i] if i is not None and i < len(cells) else ""
            try:
                values[column.name] = column.parse(text)
            except ValueError as exc:
                parsed.problem(line, column.name, str(exc))
        for i, cell in enumerate(cells):
            if i not in named and cell.strip():
                parsed.problem(line, f"column {i + 1}", "has a value but no column name in the header")
        _check_row(parsed, line, values)
        parsed.rows.append((line, values))
    return parsed


def _check_row(parsed: Parsed, line: int, values: dict[str, Any]) -> None:
    ref = values.get("ref")
    if ref is not None:
        if ref in parsed.first_line:
            parsed.problem(line, "ref", f"{shown(ref)} is also on line {parsed.first_line[ref]}")
        else:
            parsed.first_line[ref] = line
    if parsed.kind.name == "customers" and ref is not None and values.get("referred_by") == ref:
        parsed.problem(line, "referred_by", "a customer cannot be referred by themself")
    if parsed.kind.name == "projects":
        started, finished = values.get("started"), values.get("finished")
        if started and finished and finished < started:
            parsed.problem(line, "finished", f"{finished} is before started {started}")


# --- checks against the database ---------------------------------------------------------


@dataclass(frozen=True)
class Existing:
    """What the database already holds, loaded in one query per table."""

    customer_ids: Mapping[str, int]
    project_refs: frozenset[str] = frozenset()


def check_existing(parsed: Parsed, existing: Existing) -> None:
    """Refs that already exist, and customer refs that point nowhere."""
    kind = parsed.kind.name
    taken: Mapping[str, int] | frozenset[str] = (
        existing.customer_ids if kind == "customers" else existing.project_refs
    )
    for line, values in parsed.rows:
        ref = values.get("ref")
        if ref is not None and ref in taken:
            # Import only adds; changing existing records is the GUI's job, with its own checks.
            parsed.problem(line, "ref", f"{shown(ref)} already exists in the database")
        if kind == "customers":
            referrer = values.get("referred_by")
            # A referrer may be a later row of the same file: the writer links them afterwards.
            if referrer and referrer not in existing.customer_ids and referrer not in parsed.first_line:
                parsed.problem(line, "referred_by",
                               f"no customer with ref {shown(referrer)} in the database or this file")
        else:
            customer = values.get("customer_ref")
            if customer is not None and customer not in existing.customer_ids:
                parsed.problem(line, "customer_ref", f"no customer with ref {shown(customer)}")
