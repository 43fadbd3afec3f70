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
