"""The report's Movement page, read back with poppler, in English and in Chinese."""
from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QLocale

from crm_desktop import i18n as core_i18n
from tests.report_studio import FIRST, LAST, fill_report_studio
from ui.i18n import install_language
from ui.report.command import run_report_command

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

# (heading, scoreboard heading, the "into promoter+" list's heading) in each language.
WORDS = {
    "en": ("Segment movement", "Scoreboard: this period against the one before", "▲ Into Promoter +: 2 customers"),
    "zh_CN": ("客户分群变化", "成绩单：本期与上期对比", "▲ 转入 推荐型客户 +：2 位客户"),
}


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    """The report command installs a language; put the test session's back afterwards."""
    locale = QLocale()
    translate = core_i18n._translate
    yield
    install_language("en")
    QLocale.setDefault(locale)
    core_i18n.set_translator(translate)


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout for n in range(1, count + 1)]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_movement_page_in_both_languages(db: peewee.Database, db_path: Path, tmp_path: Path,
                                             lang: str) -> None:
    fill_report_studio()
    pdf = tmp_path / f"report-{lang}.pdf"
    assert run_report_command(str(db_path), str(pdf), lang, FIRST, LAST) == 0
    pages = _pages(pdf)
    title, scoreboard, into = WORDS[lang]
    found = [n for n, text in enumerate(pages) if title in text]
    assert len(found) == 1, [p[:200] for p in pages]
    page = pages[found[0]]
    # A page of its own: it starts with the heading, after the running header.
    assert page.index(title) < page.index(scoreboard) < page.index(into)
    # The movement runs from the day before the period to its last day.
    assert "2024-06-30" in page and LAST.isoformat() in page
    # 王芳 went from detractor+ to promoter+; 陈静 answered for the first time.
    assert "王芳" in page and "陈静" in page
    assert "▲" in page and "✓" in page
