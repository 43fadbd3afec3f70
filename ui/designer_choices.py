"""The studio's active staff, for every designer combo (customer, project, filter, bulk edit)."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox

from crm_desktop.db import translate_errors
from crm_desktop.errors import UserError
from crm_desktop.project_service import StaffRow, staff_rows

log = logging.getLogger(__name__)


def designer_choices(problem: list[str] | None = None) -> list[StaffRow]:
    """Active staff by name; none when the database cannot be read (the sentence goes to `problem`).

    A combo without designers still lets the rest of its form work, so a read failure is
    logged and told, not raised.
    """
    try:
        with translate_errors():
            return staff_rows()
    except UserError as exc:
        log.warning("designer choices: %s", exc)
        if problem is not None:
            problem.append(exc.message)
        return []


def fill_designers(combo: QComboBox, first: str, problem: list[str] | None = None) -> None:
    """`first` (nobody / all designers) with no data, then one item per active staff member."""
    combo.addItem(first, None)
    for member in designer_choices(problem):
        combo.addItem(member.name, member.id)
