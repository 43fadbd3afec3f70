"""Business settings, stored in the database so the whole office shares them."""
from __future__ import annotations

from dataclasses import dataclass, fields

from crm_desktop.errors import ValidationError
from crm_desktop.models import Setting
from crm_desktop.money import format_amount, parse_amount


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


def load_settings() -> StudioSettings:
    stored = {row.key: row.value for row in Setting.select()}
    values = {}
    for field in fields(StudioSettings):
        if field.name in stored:
            try:
                values[field.name] = _decode(field.name, stored[field.name])
            except ValueError:
                # A hand-edited bad value falls back to the default rather than stopping the app.
                continue
    return StudioSettings(**values)  # type: ignore[arg-type]


def validate_settings(settings: StudioSettings) -> list[str]:
    problems = []
    if not settings.studio_name.strip():
        problems.append("The studio name cannot be empty.")
    if settings.profit_line_cents < 0:
        problems.append("The profit line cannot be negative.")
    if settings.job_min_profit_cents < 0:
        problems.append("The minimum job profit cannot be negative.")
    if not 0 <= settings.job_min_margin_percent <= 100:
        problems.append("The minimum job margin must be between 0 and 100 %.")
    if settings.language not in ("", "en", "zh_CN"):
        problems.append("The language must be English or Simplified Chinese.")
    return problems


def save_settings(settings: StudioSettings) -> None:
    problems = validate_settings(settings)
    if problems:
        raise ValidationError(problems[0], problems)
    db = Setting._meta.database
    with db.atomic():
        for field in fields(StudioSettings):
            value = _encode(field.name, getattr(settings, field.name))
            Setting.insert(key=field.name, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()
