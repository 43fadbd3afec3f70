"""Importing someone else's spreadsheet through a column mapping: preview it, then write it.

`preview_import` reads the file, applies the mapping and checks every row against the
database without writing anything; `import_mapped` does the same inside the write
transaction and, only when no row has a problem, writes everything and remembers the
mapping for the file's header set. What differs from the plain import (`import_file`,
whose columns and ISO dates are a documented contract for scripts):

* **Dates** may be `YYYY-MM-DD`, `YYYY/M/D`, `YYYY年M月D日` or `D.M.YYYY`, and a project's
  status may be the Chinese word for it (已完成, 进行中, …).
* **Refs** may be left unmapped: new customers and projects get the next free C…/P… refs.
* **Customers already in the database.** A customer row matches an existing customer by
  ref, else by phone number (normalised: spaces, dashes and +86 do not matter), else by
  e-mail (case does not matter). `on_match`, chosen once for the whole file, says what
  happens to every matching row: UPDATE fills in the existing customer from the row's
  non-empty cells (an empty cell never blanks what is there; the ref never changes); SKIP
  leaves it out; NEW imports it as another customer (with a fresh ref if its own is taken).
* **Who is meant.** `referred_by`, and the customer column of projects and answers, may hold
  a ref, a phone number or a name; a name must belong to exactly one customer.

Import stays all-or-nothing: any problem on any row, and nothing is written.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop import access, audit, fields
from crm_desktop.duplicates import normalise_email, normalise_name, normalise_phone
from crm_desktop.errors import UserError, ValidationError
from crm_desktop.i18n import _, shown
from crm_desktop.models import Customer, Project
from crm_desktop.progress import Progress
from crm_desktop.transfer import importing
from crm_desktop.transfer.mapping import (
    Fields,
    mapped_table,
    mapping_problems,
    remember_fields,
)
from crm_desktop.transfer.reading import Table, read_table
from crm_desktop.transfer.validate import (
    KINDS,
    Existing,
    Kind,
    Parsed,
    Problem,
    parse_table,
)


class OnMatch(enum.Enum):
    """What happens to a customer row that matches a customer already in the database."""

    UPDATE = "update"
    SKIP = "skip"
    NEW = "new"


NEW, UPDATE, SKIP = "new", "update", "skip"  # a planned row's action

# Refs made up for rows without one, as the forms suggest them (C000123, P0001234).
_REF_FORMS = {"customers": ("C", 6), "projects": ("P", 7)}
# The spreadsheet forms of dates and statuses, in place of the strict ones.
_LENIENT: dict[Callable[[str], Any], Callable[[str], Any]] = {
    fields.optional_date: fields.optional_spreadsheet_date,
    fields.required_date: fields.required_spreadsheet_date,
    fields.status: fields.spreadsheet_status,
}


@dataclass(frozen=True)
class PlannedRow:
    """What importing one line of the file does."""

    line: int
    action: str  # NEW, UPDATE or SKIP
    ref: str  # the customer's or project's ref after the import ('' for an answer)
    label: str  # the name, title or customer the preview shows
    matched_by: str | None = None  # 'ref', 'phone' or 'email' when it matches an existing customer


@dataclass(frozen=True)
class ImportPlan:
    kind: str
    file_name: str
    rows: tuple[PlannedRow, ...]
    problems: tuple[Problem, ...]
    header: tuple[str, ...] = ()  # the file's own header row, which the mapping is remembered by

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def matched(self) -> int:
        return sum(1 for row in self.rows if row.matched_by is not None)

    @property
    def bad_lines(self) -> list[int]:
        return sorted({problem.line for problem in self.problems})


class RowProblems(ValidationError):
    """Rows that stop an import, as the plan that found them (the window shows it again)."""

    def __init__(self, plan: ImportPlan) -> None:
        failure = importing._failure(Path(plan.file_name), [str(p) for p in plan.problems])
        super().__init__(failure.message, failure.problems)
        self.plan = plan


# --- the database side ---------------------------------------------------------------------


class _People:
    """Customer refs by normalised phone, e-mail and name."""

    def __init__(self) -> None:
        self.by_phone: dict[str, list[str]] = {}
        self.by_email: dict[str, list[str]] = {}
        self.by_name: dict[str, list[str]] = {}

    def add(self, ref: str, name: str | None, phone: str | None, email: str | None) -> None:
        for index, key in ((self.by_phone, normalise_phone(phone or "")),
                           (self.by_email, normalise_email(email or "")),
                           (self.by_name, normalise_name(name or ""))):
            if key:
                index.setdefault(key, []).append(ref)


class _Directory(_People):
    """Every customer in the database, indexed the ways a row may point at one (one query)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, int] = {}
        self.erased: set[str] = set()
        query = Customer.select(Customer.id, Customer.ref, Customer.name, Customer.phone,
                                Customer.email, Customer.erased_on).order_by(Customer.ref)
        for cid, ref, name, phone, email, erased_on in query.tuples():
            self.ids[ref] = cid
            if erased_on is not None:
                self.erased.add(ref)  # anonymous now: never found by name, phone or e-mail
                continue
            self.add(ref, name, phone, email)


def _fresh_refs(kind: str, taken: Iterable[str]) -> Iterable[str]:
    """C000124, C000125, …: one past the highest number in use, skipping none that are taken."""
    prefix, width = _REF_FORMS[kind]
    numbers = [int(ref[len(prefix):]) for ref in taken
               if ref.startswith(prefix) and ref[len(prefix):].isdigit()]
    number = max(numbers, default=0)
    while True:
        number += 1
        yield f"{prefix}{number:0{width}d}"


# --- planning ------------------------------------------------------------------------------


def _spec(kind_name: str) -> Kind:
    """The kind's columns with the spreadsheet forms of dates and statuses, and ref optional."""
    columns = []
    for column in KINDS[kind_name].columns:
        parse = _LENIENT.get(column.parse, column.parse)
        if column.name == "ref":
            parse = fields.optional_ref  # an empty or unmapped ref is made up later
        columns.append(dataclasses.replace(column, parse=parse))
    return Kind(kind_name, tuple(columns))


class _Planner:
    """Turns the parsed rows into planned rows, adding every problem the database reveals."""

    def __init__(self, parsed: Parsed, table: Table, directory: _Directory, on_match: OnMatch,
                 progress: Progress) -> None:
        self.parsed = parsed
        self.progress = progress
        self.total = 2 * len(parsed.rows)  # parsing, then planning, row by row
        self.kind = parsed.kind.name
        self.directory = directory
        self.on_match = on_match
        index = {name: i for i, name in enumerate(table.header)}
        # The fields each row actually has a value for: an update never blanks a field.
        self.filled: dict[int, set[str]] = {
            line: {name for name, i in index.items() if i < len(cells) and cells[i].strip()}
            for line, cells in table.rows
        }
        self.planned: list[PlannedRow] = []
        self.values: dict[int, dict[str, Any]] = {}

    def problem(self, line: int, column: str, text: str) -> None:
        self.parsed.problem(line, column, text)

    # -- customers --

    def _match(self, values: dict[str, Any]) -> tuple[str, str] | None:
        d = self.directory
        ref = values.get("ref")
        if ref and ref in d.ids:
            return ref, "ref"
        for how, index, key in (("phone", d.by_phone, normalise_phone(values.get("phone") or "")),
                                ("email", d.by_email, normalise_email(values.get("email") or ""))):
            if key and key in index:
                return index[key][0], how
        return None

    def plan_customers(self) -> None:
        d = self.directory
        file_refs = {v["ref"] for _, v in self.parsed.rows if v.get("ref")}
        fresh = iter(_fresh_refs("customers", set(d.ids) | file_refs))
        updated: dict[str, int] = {}  # existing ref → the line that updates it
        targets: dict[str, str] = {}  # a ref written in the file → the customer it now means
        names = _People()  # the file's own customers, by name
        for done, (line, values) in enumerate(self.parsed.rows):
            self.progress.step(len(self.parsed.rows) + done, self.total)
            match = self._match(values)
            own = values.get("ref")
            label = values.get("name") or ""
            if match is None or self.on_match is OnMatch.NEW:
                ref = own if own and own not in d.ids else next(fresh)
                row = PlannedRow(line, NEW, ref, label, match[1] if match else None)
            elif self.on_match is OnMatch.SKIP:
                row = PlannedRow(line, SKIP, match[0], label, match[1])
            else:
                ref = match[0]
                if ref in d.erased:
                    self.problem(line, "ref", _("{ref}'s data was erased, so it cannot be updated")
                                 .format(ref=shown(ref)))
                elif ref in updated:
                    self.problem(line, match[1], _("updates the same customer as line {line} ({ref})")
                                 .format(line=updated[ref], ref=ref))
                updated.setdefault(ref, line)
                row = PlannedRow(line, UPDATE, ref, label, match[1])
            self.planned.append(row)
            self.values[line] = values
            if own:
                targets.setdefault(own, row.ref)
            names.add(row.ref, values.get("name"), None, None)
        for row in self.planned:
            self._resolve_referrer(row, targets, names)

    def _resolve_referrer(self, row: PlannedRow, targets: dict[str, str], names: _People) -> None:
        values = self.values[row.line]
        text = values.get("referred_by")
        if not text or row.action == SKIP:
            return
        d = self.directory
        found = targets.get(text) or (text if text in d.ids else None)
        if found is None:
            key = normalise_name(text)
            candidates = set(names.by_name.get(key, ())) | set(d.by_name.get(key, ()))
            if len(candidates) > 1:
                self.problem(row.line, "referred_by", _("{name} is the name of {count} customers; "
                             "write the ref instead").format(name=shown(text), count=len(candidates)))
                return
            found = next(iter(candidates), None)
        if found is None:
            self.problem(row.line, "referred_by", _("no customer with the ref or name {value}")
                         .format(value=shown(text)))
        elif found == row.ref:
            self.problem(row.line, "referred_by", _("a customer cannot be referred by themself"))
        else:
            values["referred_by"] = found

    # -- projects and answers --

    def _customer(self, line: int, text: str) -> str | None:
        """The existing customer a project or answer row names by ref, phone or unique name."""
        d = self.directory
        if text in d.ids:
            return text
        for index, key in ((d.by_phone, normalise_phone(text)), (d.by_name, normalise_name(text))):
            found = set(index.get(key, ())) if key else set()
            if len(found) == 1:
                return found.pop()
            if len(found) > 1:
                self.problem(line, "customer_ref", _("{value} fits {count} customers; write the ref "
                             "instead").format(value=shown(text), count=len(found)))
                return None
        self.problem(line, "customer_ref", _("no customer with the ref, phone or name {value}")
                     .format(value=shown(text)))
        return None

    def plan_others(self) -> None:
        projects = self.kind == "projects"
        taken = frozenset(ref for (ref,) in Project.select(Project.ref).tuples()) if projects else frozenset()
        file_refs = {v["ref"] for _, v in self.parsed.rows if v.get("ref")}
        fresh = iter(_fresh_refs("projects", taken | file_refs)) if projects else iter(())
        for done, (line, values) in enumerate(self.parsed.rows):
            self.progress.step(len(self.parsed.rows) + done, self.total)
            customer = values.get("customer_ref")
            if customer is not None:
                values["customer_ref"] = self._customer(line, customer)
            ref = ""
            if projects:
                ref = values.get("ref") or next(fresh)
                if ref in taken:
                    self.problem(line, "ref", _("{ref} already exists in the database").format(ref=shown(ref)))
            label = values.get("title") or values.get("customer_ref") or ""
            self.planned.append(PlannedRow(line, NEW, ref, label))
            self.values[line] = values


def _plan(kind_name: str, path: Path, chosen: Fields, on_match: OnMatch,
          progress: Progress) -> tuple[ImportPlan, _Planner]:
    if kind_name not in KINDS:
        raise UserError(_("'{kind}' cannot be imported; choose customers, projects or responses.")
                        .format(kind=kind_name))
    if kind_name == "projects":
        # Staff cannot set money by any path, and project rows carry revenue and cost.
        access.require_owner(_("import projects, which carry revenue and cost"))
    source = read_table(path, chinese_excel=True)
    if problems := mapping_problems(kind_name, source.header, chosen):
        raise UserError(" ".join(problems))
    table = mapped_table(source, chosen)
    spec = _spec(kind_name)
    total = 2 * len(table.rows)
    parsed = parse_table(spec, table, {name: i for i, name in enumerate(table.header)},
                         lambda done: progress.step(done, total))
    planner = _Planner(parsed, table, _Directory(), on_match, progress)
    if kind_name == "customers":
        planner.plan_customers()
    else:
        planner.plan_others()
    progress.step(total, total)
    # Problems name the file's own column (生日), which is what the person will look for.
    header_of = {field: cell.strip() or field for cell, field in zip(source.header, chosen) if field}
    problems = tuple(sorted(dataclasses.replace(p, column=header_of.get(p.column, p.column))
                            for p in parsed.problems))
    return ImportPlan(kind_name, path.name, tuple(planner.planned), problems, tuple(source.header)), planner


def preview_import(kind: str, path: str | os.PathLike[str], chosen: Fields,
                   on_match: OnMatch = OnMatch.SKIP, progress: Progress | None = None) -> ImportPlan:
    """What `import_mapped` would do with this file, and every problem it has; writes nothing.

    `progress` counts the rows checked; cancelling it raises Cancelled.
    """
    return _plan(kind, Path(path), chosen, on_match, progress or Progress())[0]


def import_mapped(kind: str, path: str | os.PathLike[str], chosen: Fields,
                  on_match: OnMatch = OnMatch.SKIP, progress: Progress | None = None) -> ImportPlan:
    """Import the file through the mapping, all or nothing; remember the mapping on success.

    Raises ValidationError listing every problem ("line N: column: problem") when any row
    has one, and then nothing is written. `progress` counts the rows checked; cancelling it
    at any point before the commit raises Cancelled and rolls everything back.
    """
    file = Path(path)
    progress = progress or Progress()
    with importing._write_transaction():
        plan, planner = _plan(kind, file, chosen, on_match, progress)
        if plan.problems:
            raise RowProblems(plan)
        _write(plan, planner)
        progress.check()  # the last chance to stop: still inside the transaction
        remember_fields(kind, plan.header, chosen)
        audit.record("import", kind, None, f"file: {file.name}; new: {plan.count(NEW)}; "
                     f"updated: {plan.count(UPDATE)}; skipped: {plan.count(SKIP)}; columns mapped")
        importing._refresh_statistics(kind)
    return plan


# --- writing -------------------------------------------------------------------------------

_CUSTOMER_DEFAULTS = {"phone": "", "email": "", "birthday": None, "referred_by": None, "tier": "C", "notes": ""}


def _write(plan: ImportPlan, planner: _Planner) -> None:
    rows = [(row, planner.values[row.line]) for row in plan.rows]
    new = [dict(values, ref=row.ref) for row, values in rows if row.action == NEW]
    existing = Existing(planner.directory.ids)
    if plan.kind != "customers":
        importing._WRITERS[plan.kind](new, existing)
        return
    importing._WRITERS["customers"]([{**_CUSTOMER_DEFAULTS, **{k: v for k, v in r.items() if v is not None}}
                                     for r in new], existing)
    updates = [(row, values) for row, values in rows if row.action == UPDATE]
    if updates:
        _update_customers(updates, planner.filled)


_UPDATABLE = ("name", "phone", "email", "birthday", "referred_by", "tier", "notes")


def _update_customers(updates: list[tuple[PlannedRow, dict[str, Any]]], filled: dict[int, set[str]]) -> None:
    """Each customer takes the row's non-empty cells; one prepared UPDATE per set of fields.

    Rows are grouped by the fields they fill, so 50 000 updates are a few executemany
    calls rather than 50 000 statements built one by one.
    """
    ids = dict(Customer.select(Customer.ref, Customer.id).tuples())  # new referrers included
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row, values in updates:
        names = tuple(name for name in _UPDATABLE if name in filled[row.line])
        if not names:
            continue
        params = [ids[values[name]] if name == "referred_by" else values[name] for name in names]
        params = [importing._iso(v) if isinstance(v, dt.date) else v for v in params]
        groups.setdefault(names, []).append((*params, ids[row.ref]))
    db = Customer._meta.database
    for names, rows in groups.items():
        columns = [Customer._meta.fields[name].column_name for name in names]
        if "birthday" in names:
            columns.append("birthday_lunar")  # the file gives a solar date
            rows = [(*r[:-1], False, r[-1]) for r in rows]
        sets = ", ".join(f'"{column}" = {db.param}' for column in columns)
        sql = (f'UPDATE "{Customer._meta.table_name}" SET {sets}, "version" = "version" + 1 '
               f'WHERE "id" = {db.param}')
        importing._execute_batches(sql, rows)


def describe(plan: ImportPlan) -> str:
    """One sentence for the end of an import: what was added, updated and left out."""
    return _("{new} new, {updated} updated, {skipped} left out (already in the database).").format(
        new=plan.count(NEW), updated=plan.count(UPDATE), skipped=plan.count(SKIP))

