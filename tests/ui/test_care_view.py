"""The Care section: today's reminders cleared from the keyboard (done, snooze, log the contact),
overdue ones standing out, complaints opened and resolved, the lost-reasons chart."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.models import (
    Customer,
    Feedback,
    Interaction,
    Project,
    ReminderState,
    StaffMember,
    SurveyResponse,
)
from crm_desktop.reminder_rules import Kind
from crm_desktop.settings import CareSettings, save_care_settings
from ui.care_labels import OVERDUE_MARK
from ui.care_view import CareSection
from ui.context import AppContext
from ui.models.complaint_model import Column as ComplaintColumn
from ui.models.reminder_model import Column, ReminderRole, ReminderTreeModel

TODAY = dt.date(2025, 5, 30)  # the Dragon Boat Festival is tomorrow


@pytest.fixture
def studio(db: peewee.Database) -> dict[str, int]:
    save_care_settings(CareSettings(cadences={"promoter+": 60}))
    made = dt.date(2024, 1, 1)
    lin = Customer.create(ref="C1", name="林晓", tier="A", created=made, birthday=dt.date(1990, 5, 30))
    wang = Customer.create(ref="C2", name="王芳", tier="B", created=made)
    Project.create(ref="PW", customer=wang, title="全屋", status="completed", revenue_cents=5_000_000,
                   started=dt.date(2024, 1, 5), finished=dt.date(2024, 3, 1))
    SurveyResponse.create(customer=wang, date=dt.date(2024, 6, 1), score=10)
    Interaction.create(customer=wang, date=dt.date(2025, 2, 1), kind="visit")  # check-in due 04-02
    zhou = Customer.create(ref="C3", name="Zhou Min", tier="C", created=made)
    Project.create(ref="PZ", customer=zhou, title="Kitchen", status="completed", started=dt.date(2025, 3, 1),
                   finished=dt.date(2025, 5, 20))  # one-week follow-up due 05-27
    chen = Customer.create(ref="C4", name="陈静", tier="C", created=made)
    late = Feedback.create(customer=chen, category="construction", severity="medium", opened=dt.date(2025, 5, 20),
                           due=dt.date(2025, 5, 25), summary="墙面开裂")
    StaffMember.create(name="周敏")
    return {"lin": lin.id, "wang": wang.id, "zhou": zhou.id, "chen": chen.id, "complaint": late.id}


@pytest.fixture
def context(db: peewee.Database) -> AppContext:
    ctx = AppContext("test")
    ctx.today = lambda: TODAY  # type: ignore[method-assign]
    return ctx


@pytest.fixture
def section(qtbot: QtBot, studio: dict[str, int], context: AppContext) -> CareSection:
    widget = CareSection(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(model: ReminderTreeModel) -> list[tuple[str, str]]:
    """(group title, first column) of every reminder row, in order."""
    rows = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            rows.append((str(group.data()).split(" (")[0], str(model.index(r, 0, group).data())))
    return rows


def _select(section: CareSection, name: str) -> QModelIndex:
    model = section.today.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if name in str(index.data()):
                section.today._set_current(index)
                return index
    raise AssertionError(name)


def test_the_tree_model_passes_the_model_tester(qtmodeltester, studio: dict[str, int],  # type: ignore[no-untyped-def]
                                                context: AppContext) -> None:
    model = ReminderTreeModel(context)
    qtmodeltester.check(model)
    model.refresh()
    qtmodeltester.check(model)


def test_today_groups_reminders_by_kind_and_overdue_ones_stand_out(section: CareSection) -> None:
    model = section.today.model
    assert _rows(model) == [
        ("Birthdays", "林晓 (C1)"), ("Festivals", "Dragon Boat Festival"), ("Check-ins", "王芳 (C2)"),
        ("After-project follow-ups", "Zhou Min (C3)"), ("Complaints due", "陈静 (C4)")]
    birthday = _select(section, "林晓")
    check_in = _select(section, "王芳")
    assert birthday.siblingAtColumn(Column.STATUS).data() == "Due today"
    assert check_in.siblingAtColumn(Column.STATUS).data() == f"{OVERDUE_MARK} Overdue 58 days"
    assert check_in.data(Qt.ItemDataRole.FontRole).bold()
    assert birthday.data(Qt.ItemDataRole.FontRole) is None
    assert check_in.siblingAtColumn(Column.LAST_CONTACT).data() == "2025-02-01"
    assert check_in.siblingAtColumn(Column.DETAIL).data() == (
        "Check in (promoter+, every 60 days); last contact 2025-02-01")
    assert f"{OVERDUE_MARK} 1 overdue" in str(check_in.parent().data())
    assert section.today.summary.text() == f"5 reminders · {OVERDUE_MARK} 3 overdue · 1 due today"
    assert section.tabs.tabText(CareSection.TAB_TODAY) == f"Today ({OVERDUE_MARK} 3)"
    festival = _select(section, "Dragon Boat")
    assert festival.siblingAtColumn(Column.STATUS).data() == "Tomorrow"
    greetings = [model.index(r, 0, festival).data() for r in range(model.rowCount(festival))]
    assert greetings == ["林晓 (C1)", "王芳 (C2)"]


def test_d_and_enter_mark_done_and_the_cursor_moves_on(section: CareSection, qtbot: QtBot) -> None:
    tree = section.today.tree
    _select(section, "林晓")
    qtbot.keyClick(tree, Qt.Key.Key_D)
    state = ReminderState.get()
    assert (state.key, state.done_on) == (f"birthday:{state.customer_id}:2025-05-30", TODAY)
    assert "林晓 (C1)" not in [name for _g, name in _rows(section.today.model)]
    # The next reminder is now the current one: the festival.
    assert section.today.current_reminder().kind is Kind.FESTIVAL  # type: ignore[union-attr]
    _select(section, "王芳")
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert ReminderState.select().where(ReminderState.kind == "check-in").count() == 1
    assert section.today.current_reminder().kind is Kind.FOLLOW_UP  # type: ignore[union-attr]
    assert len(_rows(section.today.model)) == 3


def test_s_snoozes_until_tomorrow_or_for_a_week(section: CareSection, qtbot: QtBot) -> None:
    tree = section.today.tree
    _select(section, "王芳")
    qtbot.keyClick(tree, Qt.Key.Key_S)
    menu = section.today.snooze_menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["Until &tomorrow", "For a &week"]
    menu.actions()[0].trigger()
    menu.hide()
    state = ReminderState.get()
    assert (state.kind, state.snoozed_until, state.done_on) == ("check-in", dt.date(2025, 5, 31), None)
    assert "王芳 (C2)" not in [name for _g, name in _rows(section.today.model)]
    _select(section, "Zhou")
    section.today.snooze_for(7)
    assert ReminderState.get(ReminderState.kind == "follow-up").snoozed_until == dt.date(2025, 6, 6)


def test_l_logs_the_contact_now_and_marks_the_reminder_done(section: CareSection, qtbot: QtBot) -> None:
    tree = section.today.tree
    _select(section, "Zhou")
    qtbot.keyClick(tree, Qt.Key.Key_L)
    entry = section.today.contact_entry
    assert section.today.entry_box.isVisible() and entry.isEnabled()
    assert entry.kind_combo.currentData() == "call"
    assert entry.summary_edit.text() == "Follow-up after the project"
    assert "Zhou Min" in section.today.entry_title.text()
    entry.summary_edit.setText("All fine, asked about the cabinet hinges")
    qtbot.keyClick(entry.summary_edit, Qt.Key.Key_Return)
    contact = Interaction.get(Interaction.summary == "All fine, asked about the cabinet hinges")
    assert (contact.date, contact.kind) == (TODAY, "call")
    assert ReminderState.get().kind == "follow-up"
    assert not section.today.entry_box.isVisible()
    assert "Zhou Min (C3)" not in [name for _g, name in _rows(section.today.model)]


def test_escape_leaves_the_contact_entry_without_writing(section: CareSection, qtbot: QtBot) -> None:
    _select(section, "王芳")
    qtbot.keyClick(section.today.tree, Qt.Key.Key_L)
    assert section.today.entry_box.isVisible()
    section.today.close_entry()
    assert not section.today.entry_box.isVisible()
    assert Interaction.select().count() == 1 and ReminderState.select().count() == 0


def test_festival_greetings_are_logged_one_customer_after_another(section: CareSection, qtbot: QtBot,
                                                                   studio: dict[str, int]) -> None:
    tree = section.today.tree
    _select(section, "Dragon Boat")
    qtbot.keyClick(tree, Qt.Key.Key_L)
    entry = section.today.contact_entry
    assert entry.customer_id == studio["lin"]
    assert (entry.kind_combo.currentData(), entry.summary_edit.text()) == ("message", "Dragon Boat Festival greetings")
    qtbot.keyClick(entry.summary_edit, Qt.Key.Key_Return)
    assert Interaction.get(Interaction.customer == studio["lin"]).summary == "Dragon Boat Festival greetings"
    # The next customer to greet is current; the festival itself is not done yet.
    assert section.today.model.greeting_at(tree.currentIndex()).customer_id == studio["wang"]  # type: ignore[union-attr]
    assert ReminderState.select().count() == 0
    qtbot.keyClick(tree, Qt.Key.Key_D)
    assert ReminderState.get().kind == "festival"


def test_done_on_a_complaint_opens_it_to_be_resolved(section: CareSection, qtbot: QtBot,
                                                     studio: dict[str, int]) -> None:
    _select(section, "陈静")
    qtbot.keyClick(section.today.tree, Qt.Key.Key_D)
    assert section.tabs.currentIndex() == CareSection.TAB_COMPLAINTS
    page = section.complaints
    panel = page.resolve_panel
    assert panel.complaint is not None and panel.complaint.id == studio["complaint"]
    status = page.model.index(0, ComplaintColumn.STATUS)
    assert status.data() == f"{OVERDUE_MARK} Overdue 5 days" and status.data(Qt.ItemDataRole.FontRole).bold()
    assert page.count_label.text() == f"1 complaint · {OVERDUE_MARK} 1 overdue"
    panel.resolution_edit.setText("Replastered the wall")
    panel.satisfaction_edit.setText("9")
    qtbot.keyClick(panel.resolution_edit, Qt.Key.Key_Return)
    row = Feedback.get_by_id(studio["complaint"])
    assert (row.status, row.satisfaction, row.resolved_on) == ("resolved", 9, TODAY)
    assert page.model.rowCount() == 0
    assert "陈静 (C4)" not in [name for _g, name in _rows(section.today.model)]


def test_a_bad_resolution_is_explained_under_the_row(section: CareSection, qtbot: QtBot) -> None:
    section.show_complaint(Feedback.get().id)
    panel = section.complaints.resolve_panel
    panel.satisfaction_edit.setText("11")
    assert not panel.save()
    assert panel.error.isVisible()
    assert "Resolution: is empty" in panel.error.text() and "Satisfaction" in panel.error.text()


def test_a_new_complaint_gets_its_due_date_from_the_sla(section: CareSection, qtbot: QtBot,
                                                        studio: dict[str, int]) -> None:
    section.new_complaint("C3")
    dialog = section.complaints.dialog
    assert dialog is not None
    assert dialog.customer_name.text() == "Zhou Min"
    assert [dialog.project_combo.itemText(i) for i in range(dialog.project_combo.count())] == [
        "— no particular project —", "PZ · Kitchen"]
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("construction"))
    dialog.severity_combo.setCurrentIndex(dialog.severity_combo.findData("high"))
    assert dialog.due_label.text() == "Due 2025-05-31: 1 day for Construction quality, high"
    dialog.project_combo.setCurrentIndex(1)
    assert not dialog.save()  # no summary yet
    assert dialog.errors["summary"].text() == "is empty"
    dialog.summary_edit.setPlainText("Tiles cracked in the kitchen")
    assert dialog.save()
    row = Feedback.get(Feedback.customer == studio["zhou"])
    assert (row.due, row.severity, row.project.ref) == (dt.date(2025, 5, 31), "high", "PZ")
    assert section.complaints.resolve_panel.complaint.id == row.id  # type: ignore[union-attr]


def test_the_lost_reasons_chart_is_drawn_when_shown(section: CareSection, studio: dict[str, int],
                                                    context: AppContext, qtbot: QtBot) -> None:
    Customer.update(lost_reason="price", lost_on=TODAY).where(Customer.id == studio["wang"]).execute()
    context.customers_changed.emit()
    section.tabs.setCurrentIndex(CareSection.TAB_LOST)
    chart = section.lost
    assert chart.canvas is not None
    assert chart.summary.text().startswith("1 customer lost, who had brought 50,000 CNY in profit.")
    assert {row.reason: row.customers for row in chart.rows}["price"] == 1
    assert chart.canvas.figure.axes[0].get_yticklabels()[0].get_text() == "Price"


def test_every_reminder_row_carries_its_reminder(section: CareSection) -> None:
    model = section.today.model
    group = model.index(0, 0)
    assert model.index(0, 0, group).data(ReminderRole).kind is Kind.BIRTHDAY
    assert group.data(ReminderRole) is None
    assert QApplication.instance() is not None


def test_nothing_is_read_until_the_section_is_shown(studio: dict[str, int], context: AppContext,
                                                    qtbot: QtBot) -> None:
    hidden = CareSection(context)
    qtbot.addWidget(hidden)
    assert not hidden.today.model.loaded and hidden.complaints.model.rowCount() == 0
    hidden.show()
    qtbot.waitExposed(hidden)
    assert hidden.today.model.loaded and hidden.complaints.model.rowCount() == 1


def test_each_kind_shows_its_first_reminders_and_the_next_move_up(
        qtmodeltester, studio: dict[str, int], context: AppContext,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.models.reminder_model.SHOWN_PER_KIND", 2)
    for n in range(3):
        Customer.create(ref=f"B{n}", name=f"Birthday {n}", created=dt.date(2024, 1, 1),
                        birthday=dt.date(1990, 5, 28 + n))
    model = ReminderTreeModel(context)
    model.refresh()
    qtmodeltester.check(model)
    birthdays = model.index(0, 0)
    assert model.rowCount(birthdays) == 2
    assert "Birthdays (4)" in birthdays.data() and "the first 2 shown" in birthdays.data()
    first = model.index(0, 0, birthdays).data(ReminderRole)
    with _RowsMoveUp(model):
        model.drop(first.key)
    assert model.rowCount(birthdays) == 2
    assert [model.index(r, 0, birthdays).data() for r in range(2)] == ["Birthday 1 (B1)", "Birthday 2 (B2)"]
    qtmodeltester.check(model)
    for _ in range(3):
        model.drop(model.index(0, 0, model.index(0, 0)).data(ReminderRole).key)
    assert model.index(0, 0).data().startswith("Festivals")
    qtmodeltester.check(model)


class _RowsMoveUp:
    """Checks that a drop tells the view one row went and one came, rather than resetting."""

    def __init__(self, model: ReminderTreeModel) -> None:
        self.model = model
        self.seen: list[str] = []

    def __enter__(self) -> None:
        self.model.rowsRemoved.connect(lambda *_a: self.seen.append("removed"))
        self.model.rowsInserted.connect(lambda *_a: self.seen.append("inserted"))
        self.model.modelReset.connect(lambda: self.seen.append("reset"))

    def __exit__(self, *_exc: object) -> None:
        assert self.seen == ["removed", "inserted"]
