"""Translated names for the core's codes (segments, actions, statuses, kinds): one place for all."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.segments import Action, Segment


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def segment_name(segment: Segment) -> str:
    names = {
        Segment.PROMOTER_PLUS: _t("Promoter +"),
        Segment.PROMOTER_MINUS: _t("Promoter −"),
        Segment.PASSIVE_PLUS: _t("Passive +"),
        Segment.PASSIVE_MINUS: _t("Passive −"),
        Segment.DETRACTOR_PLUS: _t("Detractor +"),
        Segment.DETRACTOR_MINUS: _t("Detractor −"),
        Segment.UNRATED: _t("Unrated"),
    }
    return names[segment]


def nps_class_name(value: str) -> str:
    names = {
        "promoter": _t("Promoters"),
        "passive": _t("Passives"),
        "detractor": _t("Detractors"),
    }
    return names[value]


def profit_class_name(profitable: bool) -> str:
    return _t("Profitable") if profitable else _t("Not profitable")


def action_name(action: Action) -> str:
    names = {
        Action.KEEP: _t("Keep"),
        Action.WIN_LOYALTY: _t("Win loyalty"),
        Action.FIX_OR_RELEASE: _t("Fix or release"),
        Action.GROW: _t("Grow"),
        Action.DEPRIORITIZE: _t("Deprioritize"),
        Action.RELEASE: _t("Release"),
        Action.SURVEY: _t("Survey them"),
    }
    return names[action]


def action_hint(action: Action) -> str:
    hints = {
        Action.KEEP: _t("Hold their satisfaction, learn exactly what they value, ask for referrals."),
        Action.WIN_LOYALTY: _t("Tailor the service to them and find what would move them."),
        Action.FIX_OR_RELEASE: _t("Find the real cause and fix it; if you cannot serve them well yet, let them go."),
        Action.GROW: _t("Sell more or higher-margin work; turn them into profitable promoters."),
        Action.DEPRIORITIZE: _t("Lower their priority, or let them go."),
        Action.RELEASE: _t("Take no new work from them; the fewer the better."),
        Action.SURVEY: _t("Ask them the recommendation question."),
    }
    return hints[action]


def status_name(status: str) -> str:
    names = {
        "inquiry": _t("Inquiry"),
        "active": _t("Active"),
        "completed": _t("Completed"),
        "declined": _t("Declined"),
        "cancelled": _t("Cancelled"),
    }
    return names[status]


def tier_name(tier: str) -> str:
    names = {
        "A": _t("A · strategic partner"),
        "B": _t("B · partner"),
        "C": _t("C · ordinary"),
    }
    return names[tier]


def log_kind_name(kind: str) -> str:
    names = {
        "note": _t("Note"),
        "stage": _t("Stage change"),
        "update": _t("Client update sent"),
        "approval": _t("Approval"),
        "issue": _t("Issue"),
    }
    return names[kind]


def interaction_kind_name(kind: str) -> str:
    names = {
        "call": _t("Call"),
        "visit": _t("Visit"),
        "message": _t("Message (WeChat)"),
        "email": _t("E-mail"),
        "meeting": _t("Meeting"),
        "gift": _t("Gift"),
    }
    return names[kind]


def lost_reason_name(reason: str) -> str:
    names = {
        "service": _t("Service"),
        "mismatch": _t("Mismatch"),
        "needs_changed": _t("Needs changed"),
        "price": _t("Price"),
        "competitor": _t("Competitor"),
        "moved": _t("Moved away"),
        "other": _t("Other"),
    }
    return names[reason]


def recommendation_name(kind: str) -> str:
    names = {
        "decline": _t("Decline"),
        "accept_with_conditions": _t("Accept with conditions"),
        "accept": _t("Accept"),
    }
    return names[kind]


def decision_name(decision: str) -> str:
    names = {
        "accept": _t("Accepted"),
        "decline": _t("Declined"),
    }
    return names[decision]
