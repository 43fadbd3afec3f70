"""The merge dialog: two records of one customer side by side, and which values the one that stays keeps.

One column is the record that stays, the other the one that goes (Swap turns them round). Each
field that can be chosen has a radio button on both sides holding that side's value,
preselected as `merge_customers` would choose unasked; where both sides hold the same value
there is nothing to choose and the row is greyed. A line says what moves to the record that
stays. Merge runs `merge_customers` with the choices; a refusal is shown in one sentence and
nothing is written.

Build it and drive `choose()` / `swap()` / `merge()` in tests; callers show it with `open()`.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
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

from crm_desktop.db import translate_errors
from crm_desktop.errors import ConflictError, DatabaseError, UserError
from crm_desktop.merge import CHOOSABLE, DROP, KEEP, MergeResult, merge_customers
from crm_desktop.merge_preview import (
    MergeSide,
    default_choices,
    merge_sides,
    same_value,
)
from ui.context import AppContext
from ui.forms.inline_entries import ERROR_STYLE
from ui.merge_texts import moves_text, value_text

MUTED = "color: #6b6b6b;"
# Long values (notes) wrap in their column instead of widening the dialog without end.
VALUE_WIDTH = 300
WIDTH = 880
MAX_HEIGHT = 700


class _Choice(QWidget):
    """A radio button with its value beside it; the value wraps, and clicking it chooses it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.radio = QRadioButton(self)
        self.radio.toggled.connect(self._tab_stop)
        self._tab_stop(False)
        self.value = QLabel(self)
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setMaximumWidth(VALUE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.value, 1)

    def show_value(self, text: str, muted: bool) -> None:
        self.value.setText(text)
        self.value.setStyleSheet(MUTED if muted else "")

    def _tab_stop(self, checked: bool) -> None:
        # Tab stops at a row's chosen value; the arrow keys reach the other side.
        self.radio.setFocusPolicy(Qt.FocusPolicy.StrongFocus if checked else Qt.FocusPolicy.ClickFocus)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.radio.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class MergeDialog(QDialog):
    """Choose the record that stays and, field by field, its values; then Merge or Cancel."""

    # (kept customer id, dropped customer id), after a merge was written.
    merged = Signal(int, int)

    def __init__(self, context: AppContext, first_customer_id: int, second_customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge customers"))
        self._ids = (first_customer_id, second_customer_id)  # (stays, goes)
        self._sides: dict[int, MergeSide] = {}
        # Fields whose value was picked by hand → the customer whose value it is: a swap keeps it.
        self._by_hand: dict[str, int] = {}
        self._filling = False
        self.result: MergeResult | None = None

        self.intro = intro = QLabel(self.tr(
            "These two records look like the same customer. The record that stays keeps the values "
            "chosen below and takes over everything of the other, which is then deleted."), self)
        intro.setWordWrap(True)
        self._build_grid()
        self.moves_label = QLabel(self)
        self.moves_label.setObjectName("mergeMoves")
        self.moves_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        self.swap_button = QPushButton(self)
        self.swap_button.setObjectName("mergeSwap")
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.swap_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.moves_label)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.load()
        if self._sides:
            self._fit(WIDTH)
        else:  # only the sentence and Cancel
            self.resize(WIDTH // 2, self.layout().totalHeightForWidth(WIDTH // 2))
        # The first choice to make, or Merge when there is none (Cancel when it cannot be done).
        chosen = self.chosen_radios()
        if chosen:
            chosen[0].setFocus()
        elif self.merge_button.isEnabled():
            self.merge_button.setFocus()
        else:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _fit(self, width: int, grow_only: bool = False) -> None:
        """As tall as the rows need at `width` (long notes wrap taller), within a laptop screen."""
        # A scroll area asks no height of its contents and word-wrapped labels guess theirs for a
        # narrow width: measure both at the real width.
        margins = self.layout().contentsMargins()
        content = self.scroll.widget().heightForWidth(width - margins.left() - margins.right())
        rest = self.layout().totalHeightForWidth(width) - self.scroll.sizeHint().height()
        height = min(rest + content + 4, MAX_HEIGHT)
        self.resize(width, max(height, self.height()) if grow_only else height)

    def _build_grid(self) -> None:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.heads: list[QLabel] = []
        for column, title in ((1, self.tr("This record stays")), (2, self.tr("This record goes"))):
            head = QLabel(box)
            head.setObjectName("mergeKeepHead" if column == 1 else "mergeDropHead")
            head.setTextFormat(Qt.TextFormat.RichText)
            head.setProperty("title", title)
            grid.addWidget(head, 0, column)
            self.heads.append(head)
        line = QFrame(box)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)
        self._field_names = names = {
            "name": self.tr("&Name"), "phone": self.tr("&Phone"), "email": self.tr("&E-mail"),
            "birthday": self.tr("&Birthday"), "tier": self.tr("&Tier"), "designer": self.tr("&Designer"),
            "notes": self.tr("N&otes"), "lost": self.tr("&Lost"),
        }
        self.field_labels: dict[str, QLabel] = {}
        self.keep_choices: dict[str, _Choice] = {}
        self.drop_choices: dict[str, _Choice] = {}
        self._groups: dict[str, QButtonGroup] = {}
        # Created row by row, stays before goes: that is the tab order.
        for row, field in enumerate(CHOOSABLE, start=2):
            label = QLabel(names[field], box)
            self.field_labels[field] = label
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            group = QButtonGroup(box)
            for column, choices, side in ((1, self.keep_choices, "keep"), (2, self.drop_choices, "drop")):
                choice = _Choice(box)
                choice.radio.setObjectName(f"merge_{field}_{side}")
                group.addButton(choice.radio)
                choice.radio.toggled.connect(lambda on, f=field, s=side: self._picked(f, s, on))
                choices[field] = choice
                grid.addWidget(choice, row, column)
            self._groups[field] = group
        since_row = len(CHOOSABLE) + 2
        since = QLabel(self.tr("Customer since"), box)
        grid.addWidget(since, since_row, 0, Qt.AlignmentFlag.AlignTop)
        self.since_labels = (QLabel(box), QLabel(box))
        for column, value in enumerate(self.since_labels, start=1):
            value.setStyleSheet(MUTED)
            grid.addWidget(value, since_row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(since_row + 1, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(box)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop of its own: it scrolls to whichever radio button has the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- reading and showing ----------------------------------------------------------------

    def load(self) -> None:
        """Read both records afresh and show them; a record gone meanwhile is one sentence."""
        try:
            with translate_errors():
                first, second = merge_sides(*self._ids)
        except UserError as exc:
            self._sides = {}
            for widget in (self.intro, self.scroll, self.moves_label, self.swap_button):
                widget.hide()
            self._refuse(exc.message, final=True)
            return
        self._sides = {first.id: first, second.id: second}
        self._fill()

    def keep_side(self) -> MergeSide:
        return self._sides[self._ids[0]]

    def drop_side(self) -> MergeSide:
        return self._sides[self._ids[1]]

    def _fill(self) -> None:
        keep, drop = self.keep_side(), self.drop_side()
        defaults = default_choices(keep, drop)
        self._filling = True
        for head, side in zip(self.heads, (keep, drop), strict=True):
            head.setText(f"<b>{head.property('title')}</b><br>{html.escape(side.ref)} · {html.escape(side.name)}")
        for field in CHOOSABLE:
            same = same_value(keep, drop, field)
            keep_choice, drop_choice = self.keep_choices[field], self.drop_choices[field]
            group = self._groups[field]
            group.setExclusive(False)  # lets both be cleared on a row with nothing to choose
            for choice, side in ((keep_choice, keep), (drop_choice, drop)):
                text, empty = value_text(field, side)
                choice.show_value(text, muted=empty or same)
                choice.radio.setEnabled(not same)
                choice.radio.setAccessibleName(f"{_plain(self._field_names[field])}: {text}")
                picked = self._by_hand.get(field)
                if same:
                    checked = False
                elif picked is not None:
                    checked = picked == side.id
                else:
                    checked = (side is keep) == (defaults[field] == KEEP)
                choice.radio.setChecked(checked)
            group.setExclusive(True)
            label = self.field_labels[field]
            # Without a buddy a label shows its '&' as is: rows with nothing to choose get none.
            label.setText(_plain(self._field_names[field]) if same else self._field_names[field])
            label.setBuddy(None if same else
                           (keep_choice if keep_choice.radio.isChecked() else drop_choice).radio)
            label.setEnabled(not same)
            label.setToolTip(self.tr("The same on both records.") if same else "")
        for label, side in zip(self.since_labels, (keep, drop), strict=True):
            label.setText(_date(side.created))
        self._filling = False
        self.swap_button.setText(self.tr("&Swap: keep {ref} instead").format(ref=drop.ref))
        self.merge_button.setText(self.tr("&Merge into {ref}").format(ref=keep.ref))
        self.moves_label.setText(moves_text(keep, drop))

    # --- choosing -----------------------------------------------------------------------------

    def _picked(self, field: str, side: str, on: bool) -> None:
        if self._filling or not on or not self._sides:
            return
        chosen = self.keep_side() if side == "keep" else self.drop_side()
        self._by_hand[field] = chosen.id
        choice = (self.keep_choices if side == "keep" else self.drop_choices)[field]
        self.field_labels[field].setBuddy(choice.radio)

    def chosen_radios(self) -> list[QRadioButton]:
        """The checked side of each row with a choice, top to bottom (the tab stops)."""
        return [choice.radio for field in CHOOSABLE
                for choice in (self.keep_choices[field], self.drop_choices[field])
                if choice.radio.isEnabled() and choice.radio.isChecked()]

    def choose(self, field: str, side: str) -> None:
        """Take `field` from the record that stays (KEEP) or goes (DROP), as a click would."""
        (self.keep_choices if side == KEEP else self.drop_choices)[field].radio.setChecked(True)

    def choices(self) -> dict[str, str]:
        """The `choose` argument for merge_customers: every field with something to choose."""
        return {field: KEEP if self.keep_choices[field].radio.isChecked() else DROP
                for field in CHOOSABLE if self.keep_choices[field].radio.isEnabled()}

    def swap(self) -> None:
        """The record that goes stays instead; values picked by hand stay picked."""
        if not self._sides:
            return
        self._ids = (self._ids[1], self._ids[0])
        self.message.hide()
        self._fill()

    # --- merging ------------------------------------------------------------------------------

    def merge(self) -> bool:
        """Merge with the chosen values; True when written (the dialog then closes)."""
        if not self._sides:
            return False
        keep, drop = self.keep_side(), self.drop_side()
        try:
            with translate_errors():
                result = merge_customers(keep.ref, drop.ref, self.choices(),
                                         versions={keep.ref: keep.version, drop.ref: drop.version})
        except ConflictError as exc:
            # Saved elsewhere since it was read: show the records as they are now (choices made
            # by hand stay), and let the owner look before merging again.
            self.load()
            if self._sides:  # else load() has said why it cannot show them
                self._refuse(exc.message, final=False)
            return False
        except DatabaseError as exc:  # locked, connection lost: worth trying again
            self._refuse(exc.message, final=False)
            return False
        except UserError as exc:
            self._refuse(exc.message, final=True)
            return False
        self.result = result
        self.context.customers_changed.emit()
        self.context.projects_changed.emit()  # their customer changed
        self.merged.emit(keep.id, drop.id)
        self.accept()
        return True

    def _refuse(self, sentence: str, final: bool) -> None:
        """Say why in one sentence; when trying again cannot help, only Cancel is left."""
        self.message.setText(sentence)
        self.message.show()
        if self.scroll.isVisible():
            self._fit(self.width(), grow_only=True)  # room for the sentence without scrolling
        if final:
            self.merge_button.setEnabled(False)
            self.swap_button.setEnabled(False)


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def _plain(mnemonic: str) -> str:
    """A label's text without its '&' mnemonic marker."""
    return mnemonic.replace("&&", "\0").replace("&", "").replace("\0", "&")
