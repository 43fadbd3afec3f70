"""Translated names for the core's codes (segments, actions, statuses, kinds): one place for all."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.segments import Action, Segment

# A plain name lupdate recognises: translate("labels", "…") is found by the catalogue tool.
translate = QCoreApplication.translate


def segment_name(segment: Segment) -> str:
    names = {
        Segment.PROMOTER_PLUS: translate("labels", "Promoter +"),
        Segment.PROMOTER_MINUS: translate("labels", "Promoter −"),
        Segment.PASSIVE_PLUS: translate("labels", "Passive +"),
        Segment.PASSIVE_MINUS: translate("labels", "Passive −"),
        Segment.DETRACTOR_PLUS: translate("labels", "Detractor +"),
        Segment.DETRACTOR_MINUS: translate("labels", "Detractor −"),
        Segment.UNRATED: translate("labels", "Unrated"),
    }
    return names[segment]


def nps_class_name(value: str) -> str:
    names = {
        "promoter": translate("labels", "Promoters"),
        "passive": translate("labels", "Passives"),
        "detractor": translate("labels", "Detractors"),
    }
    return names[value]


def profit_class_name(profitable: bool) -> str:
    return translate("labels", "Profitable") if profitable else translate("labels", "Not profitable")


def action_name(action: Action) -> str:
    names = {
        Action.KEEP: translate("labels", "Keep"),
        Action.WIN_LOYALTY: translate("labels", "Win loyalty"),
        Action.FIX_OR_RELEASE: translate("labels", "Fix or release"),
        Action.GROW: translate("labels", "Grow"),
        Action.DEPRIORITIZE: translate("labels", "Deprioritize"),
        Action.RELEASE: translate("labels", "Release"),
        Action.SURVEY: translate("labels", "Survey them"),
    }
    return names[action]


def action_hint(action: Action) -> str:
    hints = {
        Action.KEEP: translate(
            "labels", "Hold their satisfaction, learn exactly what they value, ask for referrals."
        ),
        Action.WIN_LOYALTY: translate("labels", "Tailor the service to them and find what would move them."),
        Action.FIX_OR_RELEASE: translate(
            "labels", "Find the real cause and fix it; if you cannot serve them well yet, let them go."
        ),
        Action.GROW: translate(
            "labels", "Sell more or higher-margin work; turn them into profitable promoters."
        ),
        Action.DEPRIORITIZE: translate("labels", "Lower their priority, or let them go."),
        Action.RELEASE: translate("labels", "Take no new work from them; the fewer the better."),
        Action.SURVEY: translate("labels", "Ask them the recommendation question."),
    }
    return hints[action]


def status_name(status: str) -> str:
    names = {
        "inquiry": translate("labels", "Inquiry"),
        "active": translate("labels", "Active"),
        "completed": translate("labels", "Completed"),
        "declined": translate("labels", "Declined"),
        "cancelled": translate("labels", "Cancelled"),
    }
    return names[status]


def tier_name(tier: str) -> str:
    names = {
        "A": translate("labels", "A · strategic partner"),
        "B": translate("labels", "B · partner"),
        "C": translate("labels", "C · ordinary"),
    }
    return names[tier]


def log_kind_name(kind: str) -> str:
    names = {
        "note": translate("labels", "Note"),
        "stage": translate("labels", "Stage change"),
        "update": translate("labels", "Client update sent"),
        "approval": translate("labels", "Approval"),
        "issue": translate("labels", "Issue"),
    }
    return names[kind]


def interaction_kind_name(kind: str) -> str:
    names = {
        "call": translate("labels", "Call"),
        "visit": translate("labels", "Visit"),
        "message": translate("labels", "Message (WeChat)"),
        "email": translate("labels", "E-mail"),
        "meeting": translate("labels", "Meeting"),
        "gift": translate("labels", "Gift"),
    }
    return names[kind]


def lost_reason_name(reason: str) -> str:
    names = {
        "service": translate("labels", "Service"),
        "mismatch": translate("labels", "Mismatch"),
        "needs_changed": translate("labels", "Needs changed"),
        "price": translate("labels", "Price"),
        "competitor": translate("labels", "Competitor"),
        "moved": translate("labels", "Moved away"),
        "other": translate("labels", "Other"),
    }
    return names[reason]


def recommendation_name(kind: str) -> str:
    names = {
        "decline": translate("labels", "Decline"),
        "accept_with_conditions": translate("labels", "Accept with conditions"),
        "accept": translate("labels", "Accept"),
    }
    return names[kind]


def decision_name(decision: str) -> str:
    names = {
        "accept": translate("labels", "Accepted"),
        "decline": translate("labels", "Declined"),
    }
    return names[decision]
