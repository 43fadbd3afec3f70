"""The Settings dialog: good input is saved and announced; bad input is shown and nothing is written."""
from __future__ import annotations

from collections.abc import Iterator

import peewee
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.models import Setting
from crm_desktop.settings import StudioSettings, load_settings
from tests.ui.studio_data import Studio, fill_project_studio
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def studio(db: peewee.Database) -> Studio:
    return fill_project_studio()


@pytest.fixture
def dialog(studio: Studio, qtbot: QtBot) -> Iterator[SettingsDialog]:
    widget = SettingsDialog(studio.context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def test_names_and_current_values(dialog: SettingsDialog) -> None:
    assert dialog.objectName() == dialog.accessibleName() == "settingsDialog"
    assert dialog.studio_name.text() == "Studio"
    assert dialog.profit_line.text() == "20000.00"
    assert dialog.job_min_margin.text() == "15"
    assert dialog.language.currentData() == ""


def test_good_input_is_saved_and_the_window_told(dialog: SettingsDialog, studio: Studio,
                                                 qtbot: QtBot) -> None:
    dialog.studio_name.setText("林氏设计")
    dialog.currency.setText("hkd")
    dialog.profit_line.setText("30 000")
    dialog.job_min_profit.setText("8000.50")
    dialog.job_min_margin.setText("20")
    with qtbot.waitSignal(studio.context.settings_changed):
        assert dialog.save()
    expected = StudioSettings("林氏设计", "HKD", 3_000_000, 800_050, 20.0, "")
    assert load_settings() == expected == studio.context.settings
    assert not dialog.isVisible()


def test_negative_profit_line_shows_a_message_and_writes_nothing(dialog: SettingsDialog) -> None:
    dialog.profit_line.setText("-5")
    assert not dialog.save()
    assert dialog.errors["profit_line_cents"].isVisible()
    assert "negative" in dialog.errors["profit_line_cents"].text()
    assert Setting.select().count() == 0
    assert dialog.isVisible()


def test_each_bad_field_gets_its_own_message(dialog: SettingsDialog) -> None:
    dialog.studio_name.setText("  ")
    dialog.job_min_profit.setText("a lot")
    dialog.job_min_margin.setText("150")
    assert not dialog.save()
    shown = {name for name, label in dialog.errors.items() if label.isVisible()}
    assert shown == {"studio_name", "job_min_profit_cents", "job_min_margin_percent"}
    assert Setting.select().count() == 0
    # Typing in a field clears its message.
    dialog.studio_name.setFocus()
    dialog.studio_name.textEdited.emit("S")
    assert not dialog.errors["studio_name"].isVisible()


def test_changing_the_language_emits_it(dialog: SettingsDialog, studio: Studio, qtbot: QtBot) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        assert dialog.save()
    assert blocker.args == ["zh_CN"]
    assert load_settings().language == "zh_CN"


def test_unchanged_language_is_not_announced(dialog: SettingsDialog, qtbot: QtBot) -> None:
    dialog.studio_name.setText("North Studio")
    with qtbot.assertNotEmitted(dialog.language_changed):
        assert dialog.save()


def test_esc_cancels(dialog: SettingsDialog, qtbot: QtBot) -> None:
    dialog.profit_line.setText("99999")
    qtbot.keyClick(dialog.profit_line, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Setting.select().count() == 0
