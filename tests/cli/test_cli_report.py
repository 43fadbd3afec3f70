"""`main.py report`: the same PDF as Save as PDF, headless; user mistakes as one sentence."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from crm_desktop.db import close_database
from tests.conftest import REPO
from tests.report_studio import FIRST, LAST, fill_report_studio


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.fixture
def studio_db(db: peewee.Database, db_spec: str) -> str:
    fill_report_studio()
    close_database()
    return db_spec


def test_report_writes_a_pdf_in_either_language(studio_db: Path, tmp_path: Path) -> None:
    for lang in ("en", "zh_CN"):
        out = tmp_path / f"report-{lang}.pdf"
        result = _main("report", "--db", str(studio_db), "--out", str(out), "--lang", lang,
                       "--from", FIRST.isoformat(), "--to", LAST.isoformat())
        assert result.returncode == 0, result.stderr
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "20 ± 54" in text and "王芳" in text


def test_report_mistakes_are_one_sentence(studio_db: Path, tmp_path: Path) -> None:
    result = _main("report", "--db", str(studio_db), "--out", str(tmp_path / "no" / "r.pdf"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    result = _main("report", "--db", str(studio_db), "--out", str(tmp_path / "r.pdf"),
                   "--from", LAST.isoformat(), "--to", FIRST.isoformat())
    assert result.returncode == 1 and "after" in result.stderr
