"""The conflict dialog: someone else saved the record being edited, so nothing was written.

It lists only the fields where what the user typed ("yours") and what is stored now
("theirs") differ, with the value when the form was opened beside them, and a choice per
field. Save hands the choices back to the form, which shows the merged values and saves them
against the version the conflict carried (a new conflict is handled the same way); Cancel
leaves the form as the user typed it.

Build it and drive `choose()` / `accept()` directly in tests; forms show it with `open()`.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError

T = TypeVar("T")
MUTED = "color: #505050;"
# Long values (notes) wrap in their column instead of widening the dialog without end.
VALUE_WIDTH = 220


@dataclass(frozen=True)
class ConflictField:
    """One field that differs, as display text, and the choice suggested for it."""

    name: str
    label: str
    opened: str
    mine: str
    theirs: str
    # Theirs when the user left the field as it was (they changed it, not you); else yours.
    take_theirs: bool


def values_of(record: object) -> dict[str, Any]:
    """A form's input dataclass (or a mapping) as field name → value."""
    if isinstance(record, Mapping):
        return dict(record)
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}  # type: ignore[arg-type]


def _same(a: object, b: object) -> bool:
    # What a person typed around a value is not a difference worth asking about.
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


def differing_fields(opened: object, mine: object, theirs: object, labels: Mapping[str, str],
                     text: Callable[[str, Any], str]) -> list[ConflictField]:
    """The fields of `labels` (in that order) whose value differs between mine and theirs."""
    before, yours, stored = values_of(opened), values_of(mine), values_of(theirs)
    found = []
    for name, label in labels.items():
        if _same(yours[name], stored[name]):
            continue
        found.append(ConflictField(
            name, label, text(name, before.get(name)), text(name, yours[name]), text(name, stored[name]),
            take_theirs=_same(yours[name], before.get(name)),
        ))
    return found


def merged(mine: T, theirs: T, take_theirs: Iterable[str]) -> T:
    """Mine, with the named fields taken from theirs (dataclasses or mappings alike)."""
    if isinstance(mine, Mapping) and isinstance(theirs, Mapping):
        return {**mine, **{name: theirs[name] for name in take_theirs}}  # type: ignore[return-value]
    return dataclasses.replace(mine, **{name: getattr(theirs, name) for name in take_theirs})  # type: ignore[type-var]


def resolve_conflict(parent: QWidget, conflict: ConflictError, opened: T, mine: T,
                     labels: Mapping[str, str], text: Callable[[str, Any], str], heading: str, *,
                     open_dialog: Callable[[ConflictDialog], None],
                     rebase: Callable[[T, T, int], None],
                     save_again: Callable[[], object]) -> ConflictDialog | None:
    """Ask about the fields that differ between mine and `conflict.theirs` (same kind as mine).

    `heading` is the dialog's first sentence, naming the record ("Someone else saved this
    customer while you were editing it.").

    On the dialog's Save: `rebase(merged, theirs, version)` — the form shows the merge and takes
    their version as the one it was opened at — then `save_again()`, which may conflict anew.
    When no field differs (the other change was elsewhere, or the same as the user's) nothing
    is asked: `rebase(mine, theirs, version)` is called and None returned, and the caller
    saves again itself. Cancel changes nothing.
    """
    theirs, version = conflict.theirs, conflict.version
    if theirs is None or version is None:
        raise ValueError("the conflict carries no stored values to compare")
    fields = differing_fields(opened, mine, theirs, labels, text)
    if not fields:
        rebase(mine, theirs, version)  # type: ignore[arg-type]
        return None
    dialog = ConflictDialog(fields, heading, parent)

    def save_merge() -> None:
        rebase(merged(mine, theirs, dialog.taken_from_theirs()), theirs, version)  # type: ignore[arg-type]
        save_again()

    dialog.accepted.connect(save_merge)
    open_dialog(dialog)
    return dialog


class ConflictDialog(QDialog):
    """Field by field, keep mine or take theirs; Save or Cancel."""

    def __init__(self, fields: Sequence[ConflictField], heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.setObjectName("conflictDialog")
        self.setAccessibleName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.setModal(True)
        intro = QLabel(heading + " " + self.tr(
            "Nothing of yours was written yet. These fields differ: choose whose value to keep, "
            "then save."), self)
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)

        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        headers = (self.tr("Field"), self.tr("When you opened it"), self.tr("Yours"), self.tr("Theirs"), "")
        for column, header in enumerate(headers):
            title = QLabel(f"<b>{header}</b>", grid_box)
            grid.addWidget(title, 0, column)
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        self._groups: list[QButtonGroup] = []
        for row, field in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(field.label, grid_box), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, value in ((1, field.opened), (2, field.mine), (3, field.theirs)):
                cell = self._value_label(value, grid_box)
                if column == 1:
                    cell.setStyleSheet(MUTED)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            mine = QRadioButton(self.tr("Keep mine"), grid_box)
            theirs = QRadioButton(self.tr("Take theirs"), grid_box)
            for button, side in ((mine, "mine"), (theirs, "theirs")):
                button.setObjectName(f"conflict_{field.name}_{side}")
                button.setAccessibleName(f"{field.label}: {button.text()}")
            group = QButtonGroup(grid_box)
            group.addButton(mine)
            group.addButton(theirs)
            self._groups.append(group)
            (theirs if field.take_theirs else mine).setChecked(True)
            choice = QHBoxLayout()
            choice.addWidget(mine)
            choice.addWidget(theirs)
            grid.addLayout(choice, row, 4, Qt.AlignmentFlag.AlignTop)
            self.mine_buttons[field.name] = mine
            self.theirs_buttons[field.name] = theirs
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(grid_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.all_mine_button = QPushButton(self.tr("Keep all &mine"), self)
        self.all_mine_button.setObjectName("conflictAllMine")
        self.all_mine_button.clicked.connect(self.keep_all_mine)
        self.all_theirs_button = QPushButton(self.tr("Take all &theirs"), self)
        self.all_theirs_button.setObjectName("conflictAllTheirs")
        self.all_theirs_button.clicked.connect(self.take_all_theirs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_mine_button)
        bottom.addWidget(self.all_theirs_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(760)
        # Room for a handful of rows; more scroll.
        self.resize(self.minimumWidth(), min(140 + 44 * len(self.fields), 560))

    def _value_label(self, value: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setMaximumWidth(VALUE_WIDTH)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(value if value.strip() else self.tr("(empty)"))
        if not value.strip():
            label.setStyleSheet(MUTED)
        return label

    # --- choices ---------------------------------------------------------------------------

    def field_names(self) -> list[str]:
        return [field.name for field in self.fields]

    def choose(self, name: str, take_theirs: bool) -> None:
        (self.theirs_buttons if take_theirs else self.mine_buttons)[name].setChecked(True)

    def keep_all_mine(self) -> None:
        for button in self.mine_buttons.values():
            button.setChecked(True)

    def take_all_theirs(self) -> None:
        for button in self.theirs_buttons.values():
            button.setChecked(True)

    def taken_from_theirs(self) -> set[str]:
        """The fields whose stored value wins."""
        return {name for name, button in self.theirs_buttons.items() if button.isChecked()}
