"""The core's words for care reminders (CLI and reminder details), translatable through `_`."""
from __future__ import annotations

import datetime as dt

from crm_desktop.calendar_rules import Festival
from crm_desktop.i18n import _


def festival_name(festival: Festival) -> str:
    names = {
        Festival.SPRING_FESTIVAL: _("Spring Festival"),
        Festival.LANTERN: _("Lantern Festival"),
        Festival.DRAGON_BOAT: _("Dragon Boat Festival"),
        Festival.MID_AUTUMN: _("Mid-Autumn Festival"),
        Festival.NATIONAL_DAY: _("National Day"),
    }
    return names[festival]


def category_text(category: str) -> str:
    names = {
        "design": _("design"),
        "construction": _("construction quality"),
        "schedule": _("schedule"),
        "budget": _("budget"),
        "communication": _("communication"),
        "after_sales": _("after-sales"),
    }
    return names[category]


def severity_text(severity: str) -> str:
    names = {"low": _("low"), "medium": _("medium"), "high": _("high")}
    return names[severity]


def one_line(text: str) -> str:
    """Text on one line (line breaks and runs of spaces become one space)."""
    return " ".join(text.split())


def birthday_detail(name: str, birthday: dt.date, lunar: bool) -> str:
    if lunar:
        return _("{name}: lunar birthday (month {month}, day {day})").format(
            name=name, month=birthday.month, day=birthday.day)
    return _("{name}: birthday").format(name=name)


def festival_detail(festival: Festival, count: int) -> str:
    if count == 1:
        return _("{festival}: greet 1 customer").format(festival=festival_name(festival))
    return _("{festival}: greet {n} customers").format(festival=festival_name(festival), n=count)


def check_in_detail(name: str, segment: str, days: int, last_contact: dt.date | None) -> str:
    if last_contact is None:
        return _("{name}: check in ({segment}, every {days} days); no contact logged yet").format(
            name=name, segment=segment, days=days)
    return _("{name}: check in ({segment}, every {days} days); last contact {date}").format(
        name=name, segment=segment, days=days, date=last_contact.isoformat())


def follow_up_detail(name: str, project_ref: str, title: str, finished: dt.date, stage: str) -> str:
    project = f"{project_ref} {one_line(title)}"
    if stage == "1w":
        return _("{name}: {project} finished {date}; a week on, ask how everything works").format(
            name=name, project=project, date=finished.isoformat())
    months = 3 if stage == "3m" else 12
    return _("{name}: {project} finished {date}; {months} months on, ask how likely they are "
             "to recommend us (0-10)").format(
        name=name, project=project, date=finished.isoformat(), months=months)


def complaint_detail(name: str, category: str, severity: str, summary: str) -> str:
    return _("{name}: {category} complaint, {severity}: {summary}").format(
        name=name, category=category_text(category), severity=severity_text(severity),
        summary=one_line(summary))
