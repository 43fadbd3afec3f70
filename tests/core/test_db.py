"""Where the data lives: the per-user folder, or the one STUDIO_CRM_DATA_DIR names."""
from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop import backup, db


def test_the_data_folder_can_be_moved_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(db.DATA_DIR_ENV, raising=False)
    assert db.data_dir().name == db.APP_NAME
    monkeypatch.setenv(db.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert db.data_dir() == tmp_path / "elsewhere"
    assert db.default_db_path() == tmp_path / "elsewhere" / db.DEFAULT_FILE
    assert backup.backups_root() == tmp_path / "elsewhere" / "backups"
    monkeypatch.setenv(db.DATA_DIR_ENV, "")  # empty: as if unset
    assert db.data_dir().name == db.APP_NAME
