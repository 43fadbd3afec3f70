"""Business settings, stored in the database so the whole office shares them."""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, fields

from crm_desktop import access, audit
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.models import FEEDBACK_CATEGORIES, FEEDBACK_SEVERITIES, TIERS, Setting
from crm_desktop.money import LIMIT, format_amount, parse_amount
from crm_desktop.segments import SEGMENT_ORDER


@dataclass(frozen=True)
class StudioSettings:
    studio_name: str = "Studio"
    currency: str = "CNY"
    profit_line_cents: int = 2_000_000
    job_min_profit_cents: int = 500_000
    job_min_margin_percent: float = 15.0
    # '' = follow the system locale.
    language: str = ""


_AMOUNTS = {"profit_line_cents", "job_min_profit_cents"}


def _encode(name: str, value: object) -> str:
    if name in _AMOUNTS:
        return format_amount(int(value))  # type: ignore[call-overload]
    return str(value)


def _decode(name: str, text: str) -> object:
    if name in _AMOUNTS:
        return parse_amount(text)
    if name == "job_min_margin_percent":
        return float(text)
    return text


# Each group of settings has a counter row that every save bumps. A dialog reads the counter
# with the settings and hands it back on saving, so two owners editing at once cannot
# overwrite each other unseen. The compare-and-bump is one conditional UPDATE of that row,
# which both SQLite (one writer) and PostgreSQL (row lock, re-checked) serialise.
STUDIO_VERSION_KEY = "version.studio"
CARE_VERSION_KEY = "version.care"


def _version_of(text: str | None) -> int:
    try:
        return int(text) if text is not None else 0
    except ValueError:
        return 0


def _stored_version(key: str) -> int:
    return _version_of(Setting.select(Setting.value).where(Setting.key == key).scalar())


def _bump_version(key: str, expected: int | None) -> int | None:
    """Inside the saving transaction: the group's next version, or None when it is no longer `expected`."""
    Setting.insert(key=key, value="0").on_conflict_ignore().execute()
    text = Setting.select(Setting.value).where(Setting.key == key).scalar()
    current = _version_of(text)
    if expected is not None and current != expected:
        return None
    changed = Setting.update(value=str(current + 1)).where(
        (Setting.key == key) & (Setting.value == text)).execute()
    return current + 1 if changed == 1 else None


def load_settings() -> StudioSettings:
    stored = {row.key: row.value for row in Setting.select()}
    values = {}
    for field in fields(StudioSettings):
        if field.name in stored:
            try:
                value = _decode(field.name, stored[field.name])
            except ValueError:
                # A hand-edited bad value falls back to the default rather than stopping the app.
                continue
            # So does one that parses but breaks a rule ('nan', an empty name).
            if not validate_settings(dataclasses.replace(StudioSettings(), **{field.name: value})):
                values[field.name] = value
    return StudioSettings(**values)  # type: ignore[arg-type]


def settings_with_version() -> tuple[StudioSettings, int]:
    """The studio settings and their version, for a dialog that saves them later."""
    # The version first: a save landing in between makes it older than the values, which
    # can only cause a needless conflict, never a lost change.
    version = _stored_version(STUDIO_VERSION_KEY)
    return load_settings(), version


def validate_settings(settings: StudioSettings) -> list[str]:
    problems = []
    if not settings.studio_name.strip():
        problems.append(_("The studio name cannot be empty."))
    # Amounts must read back through money.parse_amount, which refuses anything this large.
    too_large = int(LIMIT) * 100
    if settings.profit_line_cents < 0:
        problems.append(_("The profit line cannot be negative."))
    elif settings.profit_line_cents >= too_large:
        problems.append(_("The profit line is too large."))
    if settings.job_min_profit_cents < 0:
        problems.append(_("The minimum job profit cannot be negative."))
    elif settings.job_min_profit_cents >= too_large:
        problems.append(_("The minimum job profit is too large."))
    if not 0 <= settings.job_min_margin_percent <= 100:
        problems.append(_("The minimum job margin must be between 0 and 100 %."))
    if settings.language not in ("", "en", "zh_CN"):
        problems.append(_("The language must be English or Simplified Chinese."))
    if "\x00" in settings.studio_name + settings.currency:
        # PostgreSQL cannot store it.
        problems.append(_("The studio name and currency cannot contain a NUL character."))
    return problems


def save_settings(settings: StudioSettings, expected_version: int | None = None) -> int:
    """Store the studio settings (owners only); returns their new version.

    With `expected_version` (from `settings_with_version`), settings saved by someone else
    since then raise ConflictError, carrying the stored settings, and nothing is written.
    """
    access.require_owner(_("change the settings"))
    problems = validate_settings(settings)
    if problems:
        raise ValidationError(problems[0], problems)
    db = Setting._meta.database
    with db.atomic():
        version = _bump_version(STUDIO_VERSION_KEY, expected_version)
        if version is None:
            raise ConflictError(
                _("Someone else changed the studio settings since you opened them; nothing was overwritten."),
                load_settings(), _stored_version(STUDIO_VERSION_KEY))
        before = {f.name: _encode(f.name, getattr(load_settings(), f.name)) for f in fields(StudioSettings)}
        after = {f.name: _encode(f.name, getattr(settings, f.name)) for f in fields(StudioSettings)}
        audit.record("save", "settings", None, audit.changes(before, after))
        for field in fields(StudioSettings):
            value = _encode(field.name, getattr(settings, field.name))
            Setting.insert(key=field.name, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()
    return version


# --- Caring for the relationship: reminders and complaint deadlines -------------------------

# Days between check-ins by segment; a segment left out gets no check-in reminders. The two
# "let go" cells get none; profitable detractors are called most often until the cause is
# fixed; unrated customers twice a year, which is also the moment to ask the NPS question.
DEFAULT_CADENCES: dict[str, int] = {
    "promoter+": 60,
    "promoter-": 90,
    "passive+": 90,
    "detractor+": 30,
    "unrated": 180,
}
# Days from opening a complaint to its due date, by category and severity (calendar days).
# Site problems and silence hurt fastest; design and after-sales work needs a visit or a
# designer's time, so it gets longer.
DEFAULT_SLA_DAYS: dict[str, dict[str, int]] = {
    "design": {"high": 3, "medium": 7, "low": 14},
    "construction": {"high": 1, "medium": 3, "low": 7},
    "schedule": {"high": 2, "medium": 5, "low": 10},
    "budget": {"high": 2, "medium": 5, "low": 10},
    "communication": {"high": 1, "medium": 3, "low": 5},
    "after_sales": {"high": 2, "medium": 7, "low": 14},
}
MAX_LEAD_DAYS = 60
MAX_CADENCE_DAYS = 3660
MAX_SLA_DAYS = 365


@dataclass(frozen=True)
class CareSettings:
    """Reminder and complaint settings, shared by the office like the studio settings.

    `cadences` maps a segment key to days between check-ins (missing: none). Festival
    greetings go to customers whose tier is in `festival_tiers` or whose segment is in
    `festival_segments`. `sla_days[category][severity]` is a complaint's days to its due date.
    """

    lead_days: int = 3
    cadences: dict[str, int] = dataclasses.field(default_factory=lambda: dict(DEFAULT_CADENCES))
    festival_tiers: tuple[str, ...] = ("A", "B")
    festival_segments: tuple[str, ...] = ()
    sla_days: dict[str, dict[str, int]] = dataclasses.field(
        default_factory=lambda: {cat: dict(days) for cat, days in DEFAULT_SLA_DAYS.items()})

    def cadence(self, segment: str) -> int | None:
        """Days between check-ins for a segment key, or None for no check-ins."""
        days = self.cadences.get(segment)
        return days if days else None

    def sla(self, category: str, severity: str) -> int:
        """Days from opening to due for a complaint; the default table fills any gap."""
        try:
            return self.sla_days[category][severity]
        except KeyError:
            return DEFAULT_SLA_DAYS[category][severity]


_CARE_KEYS = {
    "lead_days": "care.lead_days",
    "cadences": "care.cadences",
    "festival_tiers": "care.festival_tiers",
    "festival_segments": "care.festival_segments",
    "sla_days": "care.sla_days",
}


def validate_care_settings(care: CareSettings) -> list[str]:
    """Every problem as a sentence; empty when the settings can be saved."""
    segments = {segment.value for segment in SEGMENT_ORDER}
    problems = []
    if not 0 <= care.lead_days <= MAX_LEAD_DAYS:
        problems.append(_("The lead time must be between 0 and {n} days.").format(n=MAX_LEAD_DAYS))
    for segment, days in care.cadences.items():
        if segment not in segments:
            problems.append(_("'{value}' is not a segment.").format(value=segment))
        elif not 0 <= days <= MAX_CADENCE_DAYS:
            problems.append(_("A check-in cadence must be between 0 and {n} days.").format(n=MAX_CADENCE_DAYS))
    for tier in care.festival_tiers:
        if tier not in TIERS:
            problems.append(_("'{value}' is not a tier.").format(value=tier))
    for segment in care.festival_segments:
        if segment not in segments:
            problems.append(_("'{value}' is not a segment.").format(value=segment))
    for category in FEEDBACK_CATEGORIES:
        for severity in FEEDBACK_SEVERITIES:
            if not 0 <= care.sla(category, severity) <= MAX_SLA_DAYS:
                problems.append(_("A complaint deadline must be between 0 and {n} days.").format(n=MAX_SLA_DAYS))
    for category, row in care.sla_days.items():
        if category not in FEEDBACK_CATEGORIES or any(s not in FEEDBACK_SEVERITIES for s in row):
            problems.append(_("The complaint deadline table has an unknown category or severity."))
    return list(dict.fromkeys(problems))


def _care_value(name: str, text: str) -> object:
    value = json.loads(text)
    if name == "lead_days":
        if not isinstance(value, int):
            raise ValueError(name)
        return value
    if name in ("festival_tiers", "festival_segments"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(name)
        return tuple(value)
    if name == "cadences":
        if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
            raise ValueError(name)
        return value
    if not isinstance(value, dict) or not all(
            isinstance(row, dict) and all(isinstance(v, int) for v in row.values()) for row in value.values()):
        raise ValueError(name)
    # Cells missing from the stored table keep their defaults.
    table = {cat: dict(days) for cat, days in DEFAULT_SLA_DAYS.items()}
    for category, row in value.items():
        table.setdefault(category, {}).update(row)
    return table


def load_care_settings() -> CareSettings:
    stored = dict(Setting.select(Setting.key, Setting.value)
                  .where(Setting.key.in_(list(_CARE_KEYS.values()))).tuples())
    values: dict[str, object] = {}
    for name, key in _CARE_KEYS.items():
        if key in stored:
            try:
                values[name] = _care_value(name, stored[key])
            except (ValueError, RecursionError):  # RecursionError: JSON nested a thousand deep
                # A hand-edited bad value falls back to the default rather than stopping the app.
                continue
    care = CareSettings(**values)  # type: ignore[arg-type]
    return care if not validate_care_settings(care) else CareSettings()


def care_settings_with_version() -> tuple[CareSettings, int]:
    """The care settings and their version, for a dialog that saves them later."""
    version = _stored_version(CARE_VERSION_KEY)
    return load_care_settings(), version


def save_care_settings(care: CareSettings, expected_version: int | None = None) -> int:
    """Store the reminder and complaint settings (owners only); returns their new version.

    `expected_version` works as in `save_settings`.
    """
    access.require_owner(_("change the settings"))
    problems = validate_care_settings(care)
    if problems:
        raise ValidationError(problems[0], problems)
    encoded = {
        "lead_days": care.lead_days,
        "cadences": dict(sorted(care.cadences.items())),
        "festival_tiers": list(care.festival_tiers),
        "festival_segments": list(care.festival_segments),
        "sla_days": care.sla_days,
    }
    db = Setting._meta.database
    with db.atomic():
        version = _bump_version(CARE_VERSION_KEY, expected_version)
        if version is None:
            raise ConflictError(
                _("Someone else changed the reminder and complaint settings since you opened them; "
                  "nothing was overwritten."),
                load_care_settings(), _stored_version(CARE_VERSION_KEY))
        old = load_care_settings()
        changed = [name for name in _CARE_KEYS if getattr(old, name) != getattr(care, name)]
        audit.record("save", "care_settings", None, "; ".join(changed))
        for name, key in _CARE_KEYS.items():
            value = json.dumps(encoded[name], ensure_ascii=False, sort_keys=True)
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()
    return version
