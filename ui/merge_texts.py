"""The merge dialog's words: a field's value as the dialog shows it, and what a merge moves."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.merge import CHOOSABLE
from crm_desktop.merge_preview import MergeSide, Moves, merged_created
from ui import labels

# A plain name lupdate recognises: translate("MergeDialog", "…") joins the dialog's own context.
translate = QCoreApplication.translate


def value_text(field: str, side: MergeSide) -> tuple[str, bool]:
    """The value of a CHOOSABLE field as shown, and whether it is empty."""
    if field == "birthday":
        if side.birthday is None:
            return translate("MergeDialog", "(empty)"), True
        text = translate("MergeDialog", "{date} (lunar calendar)") if side.birthday_lunar else "{date}"
        return text.format(date=side.birthday.isoformat()), False
    if field == "tier":
        return labels.tier_name(side.tier), False
    if field == "designer":
        if side.designer_name:
            return side.designer_name, False
        return translate("MergeDialog", "(nobody)"), True
    if field == "lost":
        if side.lost_reason is None:
            return translate("MergeDialog", "Not lost"), False
        reason = labels.lost_reason_name(side.lost_reason)
        if side.lost_on is None:
            return reason, False
        return translate("MergeDialog", "{reason}, since {date}").format(
            reason=reason, date=side.lost_on.isoformat()), False
    value = str(getattr(side, CHOOSABLE[field][0]))
    return (value, False) if value.strip() else (translate("MergeDialog", "(empty)"), True)


def moves_text(keep: MergeSide, drop: MergeSide) -> str:
    """What moves to the record that stays, and what becomes of the one that goes."""
    items = _move_items(drop.moves)
    if items:
        text = translate("MergeDialog", "Moving to {keep}: {items}. {drop} is then deleted.").format(
            keep=keep.ref, items=translate("MergeDialog", ", ").join(items), drop=drop.ref)
    else:
        text = translate("MergeDialog", "{drop} has no projects, answers, contacts, complaints or "
                         "referrals to move; it is then deleted.").format(drop=drop.ref)
    since = merged_created(keep, drop)
    if since is not None and since != keep.created:
        text += " " + translate(
            "MergeDialog", "{keep} becomes a customer since {date}, the earlier date.").format(
            keep=keep.ref, date=since.isoformat())
    return text


def _move_items(moves: Moves) -> list[str]:
    # '1 project' / '{n} projects' as two sentences: the catalogue has no plural forms.
    kinds = (
        (moves.projects, translate("MergeDialog", "1 project"), translate("MergeDialog", "{n} projects")),
        (moves.decisions, translate("MergeDialog", "1 decision"), translate("MergeDialog", "{n} decisions")),
        (moves.responses, translate("MergeDialog", "1 survey answer"),
         translate("MergeDialog", "{n} survey answers")),
        (moves.interactions, translate("MergeDialog", "1 contact"), translate("MergeDialog", "{n} contacts")),
        (moves.complaints, translate("MergeDialog", "1 complaint"), translate("MergeDialog", "{n} complaints")),
        (moves.referrals, translate("MergeDialog", "1 referral"), translate("MergeDialog", "{n} referrals")),
    )
    return [one if n == 1 else many.format(n=f"{n:,}") for n, one, many in kinds if n]
