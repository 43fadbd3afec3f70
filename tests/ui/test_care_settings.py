"""The care settings widget: shows the stored settings, gives what is typed, saves and tells."""
from __future__ import annotations

import peewee
import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.settings import (
    DEFAULT_CADENCES,
    DEFAULT_SLA_DAYS,
    CareSettings,
    load_care_settings,
    save_care_settings,
)
from ui.care_settings import CareSettingsWidget
from ui.context import AppContext


@pytest.fixture
def widget(qtbot: QtBot, db: peewee.Database) -> CareSettingsWidget:
    editor = CareSettingsWidget(AppContext("test"))
    qtbot.addWidget(editor)
    editor.resize(1000, 640)
    editor.show()
    return editor


def test_it_shows_the_defaults(widget: CareSettingsWidget) -> None:
    assert widget.lead_spin.value() == 3
    assert {s: spin.value() for s, spin in widget.cadence_spins.items() if spin.value()} == DEFAULT_CADENCES
    assert widget.cadence_spins["passive-"].text() == "no check-ins"
    assert [t for t, box in widget.tier_boxes.items() if box.isChecked()] == ["A", "B"]
    assert not any(box.isChecked() for box in widget.segment_boxes.values())
    assert widget.sla_spins[("construction", "high")].value() == DEFAULT_SLA_DAYS["construction"]["high"]
    assert widget.values() == CareSettings()
    assert widget.problems() == []


def test_saving_writes_the_settings_and_tells_the_window(widget: CareSettingsWidget, qtbot: QtBot) -> None:
    widget.lead_spin.setValue(5)
    widget.cadence_spins["promoter+"].setValue(45)
    widget.cadence_spins["unrated"].setValue(0)
    widget.tier_boxes["B"].setChecked(False)
    widget.segment_boxes["promoter+"].setChecked(True)
    widget.sla_spins[("design", "high")].setValue(4)
    with qtbot.waitSignal(widget._context.settings_changed, timeout=1000):
        assert widget.save()
    stored = load_care_settings()
    assert (stored.lead_days, stored.cadence("promoter+"), stored.cadence("unrated")) == (5, 45, None)
    assert (stored.festival_tiers, stored.festival_segments) == (("A",), ("promoter+",))
    assert stored.sla("design", "high") == 4 and stored.sla("design", "low") == DEFAULT_SLA_DAYS["design"]["low"]
    # Unchanged settings are not written again.
    with qtbot.assertNotEmitted(widget._context.settings_changed):
        assert widget.save()


def test_load_shows_what_someone_else_saved(widget: CareSettingsWidget) -> None:
    save_care_settings(CareSettings(lead_days=7, sla_days={"budget": {"low": 20}}))
    widget.lead_spin.setValue(1)
    widget.load()
    assert widget.lead_spin.value() == 7
    assert widget.sla_spins[("budget", "low")].value() == 20


def test_day_counts_read_as_people_write_them(widget: CareSettingsWidget) -> None:
    assert widget.cell_text("due:design:high", 1) == "1 day"
    assert widget.cell_text("due:design:high", 3) == "3 days"
    assert widget.cell_text("cadence:unrated", 0) == "no check-ins"
