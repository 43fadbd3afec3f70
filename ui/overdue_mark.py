"""Marks customers with an overdue complaint in the customer list: a ⚠ before the name, in bold."""
from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from crm_desktop.complaints import customers_with_overdue_complaints
from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from ui.care_labels import OVERDUE_MARK
from ui.context import AppContext

log = logging.getLogger(__name__)


class OverdueComplaintDelegate(QStyledItemDelegate):
    """For the name column: customers in `customer_ids` get the mark, bold text and a tooltip."""

    def __init__(self, context: AppContext, id_role: int, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._context = context
        self._id_role = id_role
        self.customer_ids: set[int] = set()
        self.reload()

    def reload(self) -> None:
        """Ask the core again which customers have an overdue complaint (one small query)."""
        try:
            with translate_errors():
                self.customer_ids = customers_with_overdue_complaints(self._context.today())
        except UserError as exc:
            log.warning("overdue complaints: %s", exc)
            self.customer_ids = set()

    def marked(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.data(self._id_role) in self.customer_ids

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.marked(index):
            option.text = f"{OVERDUE_MARK} {option.text}"
            option.font.setBold(True)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt override
                  option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QHelpEvent.Type.ToolTip and self.marked(index):
            QToolTip.showText(event.globalPos(), self.tr("This customer has an overdue complaint."), view)
            return True
        return super().helpEvent(event, view, option, index)

