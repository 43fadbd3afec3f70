"""Running one command line in-process, as the CLI tests do."""
from __future__ import annotations

import io

from crm_desktop.cli import run_command


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of `python main.py ARGV…`."""
    out, err = io.StringIO(), io.StringIO()
    code = run_command(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
