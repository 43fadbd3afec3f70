"""Words and markers for segment movement, shared by the Segments section and the report."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crm_desktop.movement_rules import Mark, Tone

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate

# A marker beside a count says why its cell matters; the colour only repeats it, so the matrix
# reads the same in grayscale and on paper. The glyphs are in DejaVu Sans and Noto Sans CJK.
MARKERS: dict[Mark, str] = {
    Mark.INTO_TOP: "▲",
    Mark.OUT_OF_TOP: "▼",
    Mark.RECOVERED: "✓",
    Mark.LET_GO_SHRINKS: "↗",
    Mark.LET_GO_GROWS: "↘",
}
# Pale tints that keep dark text readable: good news green, bad news amber, both a neutral sand.
TONE_COLOURS: dict[Tone, QColor] = {
    Tone.GOOD: QColor("#cfeccf"),
    Tone.BAD: QColor("#f8d8bf"),
    Tone.MIXED: QColor("#ece6c8"),
}
# The diagonal (customers who stayed where they were) is set apart by a light gray.
STAYED_COLOUR = QColor("#eeeeee")


def markers(marks: tuple[Mark, ...]) -> str:
    return "".join(MARKERS[mark] for mark in marks)


def mark_name(mark: Mark) -> str:
    names = {
        Mark.INTO_TOP: translate("movement", "into Promoter +"),
        Mark.OUT_OF_TOP: translate("movement", "out of Promoter +"),
        Mark.RECOVERED: translate("movement", "detractor recovered"),
        Mark.LET_GO_SHRINKS: translate("movement", "left the segments to let go"),
        Mark.LET_GO_GROWS: translate("movement", "joined the segments to let go"),
    }
    return names[mark]


def legend() -> str:
    """Every marker with its meaning; an entry is never broken across lines."""
    return "   ".join(f"{MARKERS[mark]}\u00a0{mark_name(mark)}".replace(" ", "\u00a0") for mark in Mark)


def let_go_legend() -> str:
    """The two let-go markers, for a place where the other three explain themselves."""
    return translate("movement", "{left} left, {joined} joined the segments to let go").format(
        left=MARKERS[Mark.LET_GO_SHRINKS], joined=MARKERS[Mark.LET_GO_GROWS])
