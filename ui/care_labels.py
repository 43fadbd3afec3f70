"""Translated names for the care codes: reminder kinds, festivals, complaint categories and
severities, lifecycle states. (Beside `ui.labels`, which holds the older codes.)"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from crm_desktop.calendar_rules import Festival
from crm_desktop.lifecycle import Lifecycle
from crm_desktop.reminder_rules import Kind

# Put in front of anything overdue, so it stands out without colour too.
OVERDUE_MARK = "⚠"


# A plain name lupdate recognises: translate("care_labels", "…") is found by the catalogue tool.
translate = QCoreApplication.translate


def kind_name(kind: Kind) -> str:
    names = {
        Kind.BIRTHDAY: translate("care_labels", "Birthdays"),
        Kind.FESTIVAL: translate("care_labels", "Festivals"),
        Kind.CHECK_IN: translate("care_labels", "Check-ins"),
        Kind.FOLLOW_UP: translate("care_labels", "After-project follow-ups"),
        Kind.COMPLAINT: translate("care_labels", "Complaints due"),
    }
    return names[kind]


def festival_name(festival: Festival) -> str:
    names = {
        Festival.SPRING_FESTIVAL: translate("care_labels", "Spring Festival"),
        Festival.LANTERN: translate("care_labels", "Lantern Festival"),
        Festival.DRAGON_BOAT: translate("care_labels", "Dragon Boat Festival"),
        Festival.MID_AUTUMN: translate("care_labels", "Mid-Autumn Festival"),
        Festival.NATIONAL_DAY: translate("care_labels", "National Day"),
    }
    return names[festival]


def category_name(category: str) -> str:
    names = {
        "design": translate("care_labels", "Design"),
        "construction": translate("care_labels", "Construction quality"),
        "schedule": translate("care_labels", "Schedule"),
        "budget": translate("care_labels", "Budget"),
        "communication": translate("care_labels", "Communication"),
        "after_sales": translate("care_labels", "After-sales"),
    }
    return names[category]


def severity_name(severity: str) -> str:
    names = {
        "low": translate("care_labels", "Low"),
        "medium": translate("care_labels", "Medium"),
        "high": translate("care_labels", "High"),
    }
    return names[severity]


def lifecycle_name(state: Lifecycle) -> str:
    names = {
        Lifecycle.NEW: translate("care_labels", "New"),
        Lifecycle.ACTIVE: translate("care_labels", "Active"),
        Lifecycle.SLEEPING: translate("care_labels", "Sleeping"),
        Lifecycle.LOST: translate("care_labels", "Lost"),
    }
    return names[state]


def due_text(due: dt.date, today: dt.date) -> str:
    """'Overdue 3 days', 'Due today', 'In 2 days' — the words, not only a colour."""
    days = (due - today).days
    if days < 0:
        late = -days
        text = translate("care_labels", "Overdue 1 day") if late == 1 else translate("care_labels", "Overdue {n} days").format(n=late)
        return f"{OVERDUE_MARK} {text}"
    if days == 0:
        return translate("care_labels", "Due today")
    if days == 1:
        return translate("care_labels", "Tomorrow")
    return translate("care_labels", "In {n} days").format(n=days)
