"""The core must run without Qt: importing all of it loads no PySide6."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import crm_desktop
from tests.conftest import REPO


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(crm_desktop.__path__, "crm_desktop.")]
    assert "crm_desktop.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contract_holds() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout
