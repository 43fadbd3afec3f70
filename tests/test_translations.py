"""Both languages ship complete: every string of the window and the core is in the catalogue,
translated, with the same placeholders; the built .qm file is there for the window to load."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO
from tools import translations


def test_the_chinese_catalogue_is_complete_and_current() -> None:
    assert translations.problems() == []


def test_the_built_catalogue_ships_and_matches_its_source(tmp_path: Path) -> None:
    ts = REPO / "resources" / "translations" / "studio_crm_zh_CN.ts"
    (tmp_path / ts.name).write_bytes(ts.read_bytes())
    translations.release(tmp_path)
    built = (tmp_path / ts.name).with_suffix(".qm").read_bytes()
    assert ts.with_suffix(".qm").read_bytes() == built, "rebuild the .qm: python -m tools.translations"
