"""Reading an import file (.csv or .xlsx) into text cells with the line number of each row."""
from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.errors import UserError
from crm_desktop.i18n import _

log = logging.getLogger(__name__)

# Far above any studio's real data (50 000 rows are ~5 MB) but small enough to hold in memory.
MAX_BYTES = 100 * 1024 * 1024
# A text CSV never contains NUL; finding one early rejects a binary file without decoding it all.
SNIFF_BYTES = 64 * 1024

Row = tuple[int, list[str]]


@dataclass(frozen=True)
class Table:
    """The header row and the non-blank data rows of a file, each with its line number."""

    header_line: int
    header: list[str]
    rows: list[Row]


def read_table(path: Path, *, chinese_excel: bool = False) -> Table:
    """Read `path` by its extension; every file problem is a UserError with one sentence.

    `chinese_excel` also takes a CSV that is not UTF-8 as GB18030: what Excel on a Chinese
    Windows writes when asked for plain "CSV". (The documented import stays UTF-8 only.)
    """
    _check_file(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows: Iterable[Row] = _csv_rows(path, _csv_text(path, chinese_excel))
    elif suffix == ".xlsx":
        rows = _xlsx_rows(path)
    else:
        raise UserError(f"{path} is not a .csv or .xlsx file, so it cannot be imported.")
    return _split_header(path, rows)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a file to import.")
    if not path.exists():
        raise UserError(f"There is no file {path}.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size == 0:
        raise UserError(f"{path} is empty; it needs at least a header row.")
    if size > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        raise UserError(f"{path} is larger than {limit} MB; split it into smaller files.")


def _unreadable(path: Path, exc: OSError) -> UserError:
    if isinstance(exc, PermissionError):
        return UserError(f"{path} cannot be read; check its permissions.")
    return UserError(f"{path} cannot be read: {exc.strerror or exc}.")


def _is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def _split_header(path: Path, rows: Iterable[Row]) -> Table:
    header: list[str] | None = None
    header_line = 0
    data: list[Row] = []
    for line, cells in rows:
        # Blank rows carry nothing; spreadsheets often leave a few at the end.
        if _is_blank(cells):
            continue
        if header is None:
            header, header_line = cells, line
        else:
            data.append((line, cells))
    if header is None:
        raise UserError(f"{path} has no header row.")
    return Table(header_line, header, data)


# --- CSV ---------------------------------------------------------------------------------


def _not_utf8(path: Path) -> UserError:
    return UserError(f"{path} is not a UTF-8 CSV file; save it as \"CSV UTF-8\" and try again.")


def _csv_text(path: Path, chinese_excel: bool = False) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
            if b"\x00" in head:
                raise _not_utf8(path)
            data = head + fh.read()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if b"\x00" in data:
        raise _not_utf8(path)
    try:
        # utf-8-sig drops the BOM that Excel writes in front of "CSV UTF-8" files.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if chinese_excel:
            try:
                return data.decode("gb18030")
            except UnicodeDecodeError:
                pass
        raise _not_utf8(path) from exc


def _csv_rows(path: Path, text: str) -> Iterable[Row]:
    # newline="" lets the csv module see CRLF itself, so quoted line breaks survive intact.
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        # The csv module's own words are for programmers; say what is wrong with the file.
        if "field limit" in str(exc):
            message = _("{path} cannot be read as CSV: line {line} has a cell longer than "
                        "{limit} characters.")
        else:
            message = _("{path} cannot be read as CSV: line {line} is not valid CSV.")
        raise UserError(message.format(path=path, line=reader.line_num,
                                       limit=csv.field_size_limit())) from exc


# --- XLSX --------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    """A spreadsheet value as the text a CSV would hold (dates ISO, 7.0 as 7)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # Excel has no date-only type; a date cell arrives as midnight of that day.
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # Excel stores every number as a float: ref 1001 and score 7 come back as 1001.0, 7.0.
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def _xlsx_rows(path: Path) -> list[Row]:
    from openpyxl import load_workbook  # lazily: only .xlsx imports pay for openpyxl

    unreadable = UserError(f"{path} cannot be read as an Excel .xlsx file.")
    try:
        # Opened here, not by openpyxl: it leaves its own handle open when a damaged file
        # fails half-way, which on Windows keeps the file locked until Python exits.
        fh = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    # openpyxl warns about styles and extensions it does not know; none matter for reading values.
    with fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(fh, read_only=True, data_only=True)
        except Exception as exc:  # a damaged file raises zipfile, XML, Key and Value errors alike
            log.info("cannot open %s as xlsx", path, exc_info=True)
            raise unreadable from exc
        try:
            sheets = book.worksheets
            if not sheets:
                raise UserError(f"{path} has no worksheet.")
            sheet = book.active if book.active in sheets else sheets[0]
            # Some writers store a wrong sheet size; without this openpyxl trusts it and cuts rows.
            sheet.reset_dimensions()
            rows: list[Row] = []
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                if not _is_blank(cells):
                    rows.append((line, cells))
            return rows
        except UserError:
            raise
        except Exception as exc:
            log.info("cannot read %s as xlsx", path, exc_info=True)
            raise unreadable from exc
        finally:
            book.close()
