"""Names of the report's codes that ui/labels.py does not have yet (complaints, next actions)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.report_queries import NextAction
from crm_desktop.segments import Action
from ui import labels

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate


def feedback_category_name(category: str) -> str:
    names = {
        "design": translate("report", "Design"),
        "construction": translate("report", "Construction"),
        "schedule": translate("report", "Schedule"),
        "budget": translate("report", "Budget"),
        "communication": translate("report", "Communication"),
        "after_sales": translate("report", "After-sales"),
    }
    return names.get(category, category)


def severity_name(severity: str) -> str:
    names = {
        "low": translate("report", "low"),
        "medium": translate("report", "medium"),
        "high": translate("report", "high"),
    }
    return names.get(severity, severity)


def next_action_name(action: Action | NextAction) -> str:
    if action is NextAction.RESOLVE_COMPLAINT:
        return translate("report", "Resolve the open complaint")
    if action is NextAction.CHECK_IN:
        return translate("report", "Get in touch")
    return labels.action_name(Action(action))
