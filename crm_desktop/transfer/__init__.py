"""Import and export of customers, projects and survey responses as CSV (import also reads .xlsx).

Import is all-or-nothing: every row is checked first, every problem is reported as
"line N: column: problem", and only a clean file is written, in one transaction.
Decisions: a header-only file is valid and imports 0 rows (it is what exporting an empty
table gives); an unknown column is an error (a misspelt optional column would otherwise
lose its data silently), while optional columns may be left out; a ref that already exists
in the database is an error, because import only adds.
"""
from __future__ import annotations

from crm_desktop.transfer.exporting import export_file
from crm_desktop.transfer.importing import import_file
from crm_desktop.transfer.validate import KINDS

__all__ = ["KINDS", "export_file", "import_file"]
