"""The README's test command and the one CI runs are the same command."""
from __future__ import annotations

import re

from tests.conftest import REPO


def _sh_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    blocks = _sh_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    test_command = next(b for b in blocks if "pytest" in b)
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_the_app_command_builds_a_demo_and_opens_it() -> None:
    blocks = _sh_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    app_command = blocks[0]
    assert "main.py demo --db demo.sqlite3" in app_command
    assert app_command.endswith("main.py --db demo.sqlite3")
