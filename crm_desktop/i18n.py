"""Translating the core's sentences without Qt: the front end installs the translator.

Core messages are written `_("'{value}' is not a date").format(value=...)`. The CLI speaks
English; the window installs a function that looks the text up in the "core" context of
its Qt translation files (tools/i18n extracts the `_()` strings into them).
"""
from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = lambda text: text  # noqa: E731 - identity until a UI installs one


def set_translator(translate: Callable[[str], str]) -> None:
    global _translate
    _translate = translate


def _(text: str) -> str:
    return _translate(text)


def shown(text: str, limit: int = 40) -> str:
    """User text as it appears inside a message: on one line, and cut short when long.

    A cell may hold line breaks, control characters or a whole page of text; echoed as it
    is, it would break "line N: column: problem" into several lines or bury the problem.
    """
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
