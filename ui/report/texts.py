"""Names of the report's own codes (next actions); complaint names come from ui/care_labels.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.report_queries import NextAction
from crm_desktop.segments import Action
from ui import labels

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate


def next_action_name(action: Action | NextAction) -> str:
    if action is NextAction.RESOLVE_COMPLAINT:
        return translate("report", "Resolve the open complaint")
    if action is NextAction.CHECK_IN:
        return translate("report", "Get in touch")
    return labels.action_name(Action(action))
