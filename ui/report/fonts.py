"""The report's font: a subset of an installed CJK font holding exactly the characters printed.

Why not the installed font itself: Qt writes a PDF's text layer (ToUnicode) by looking up,
for each glyph, the *lowest* code point that maps to it. Noto Sans CJK maps the Kangxi
radicals to the same glyphs as the common characters, so 客户 comes out of the PDF as 客⼾
and 一 as ⼀ (search, copy and pdftotext all see the radicals); and digits drawn through its
layout features come out as nothing. A subset with only the report's characters and no layout
substitutions has one code point per glyph, so the text layer is right — and the PDF small.
fontTools comes with matplotlib.

Subsetting a 20 MB CJK collection takes about a second per face, so each subset is kept for the
process: the preview, the print and the PDF of the same report (or the same report again) reuse
it. Its family name is derived from its characters, so a name always stands for the same glyphs.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import logging
from collections.abc import Iterable, Iterator

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

# Installed families to take glyphs from, best first; the last resort has no Chinese.
SOURCE_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "Microsoft YaHei", "PingFang SC", "SimHei", "DejaVu Sans",
)
# Asked for after the subset, should a character be missing from it.
FALLBACK_FAMILIES = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "DejaVu Sans"]
# Always in the subset: page numbers and dates are drawn after the text is collected.
ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "·±—–−≥≤×…%（）：，。、“”‘’"


def _source_files(family: str) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """(path, face index) of the regular and the bold face of `family`, if installed."""
    from matplotlib import font_manager

    faces = [entry for entry in font_manager.fontManager.ttflist
             if entry.name == family and entry.style == "normal"]
    if not faces:
        return None

    def nearest(weight: int) -> tuple[str, int]:
        entry = min(faces, key=lambda e: abs(int(e.weight) - weight))
        return entry.fname, int(getattr(entry, "index", 0))

    return nearest(400), nearest(700)


@functools.lru_cache(maxsize=8)
def _subset(path: str, index: int, characters: str, family: str, bold: bool) -> bytes:
    """One face of `path` cut down to `characters`, renamed to `family` (cached: see the module doc)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # The subset keeps the whole font's bounding boxes: recomputing them on save draws every
    # glyph again, a third of the subsetting time, and changes nothing on the page.
    with TTFont(path, fontNumber=index, lazy=True, recalcBBoxes=False) as font:
        options = subset.Options()
        options.layout_features = []  # no substitutions: every glyph drawn has a code point
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=characters)
        subsetter.subset(font)
        style = "Bold" if bold else "Regular"
        for record in font["name"].names:
            if record.nameID == 1:
                record.string = family
            elif record.nameID == 2:
                record.string = style
            elif record.nameID == 4:
                record.string = f"{family} {style}"
            elif record.nameID == 6:
                record.string = f"{family.replace(' ', '')}-{style}"
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


@contextlib.contextmanager
def report_families(texts: Iterable[str]) -> Iterator[list[str]]:
    """Font families to print `texts` with: the subset for their characters first, installed fonts after.

    The subset is registered with Qt for the duration of the block only.
    """
    characters = "".join(sorted(set(ALWAYS).union(*texts) - {"\n", "\t"}))
    family = f"Studio CRM Report {hashlib.blake2b(characters.encode(), digest_size=5).hexdigest()}"
    ids: list[int] = []
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        for source in SOURCE_FAMILIES:
            files = _source_files(source)
            if files is None:
                continue
            for (path, index), bold in zip(files, (False, True)):
                font_id = QFontDatabase.addApplicationFontFromData(_subset(path, index, characters, family, bold))
                if font_id < 0:
                    raise ValueError(f"Qt refused the subset of {path}")
                ids.append(font_id)
            break
    except Exception:
        log.exception("Could not build the report font; using the installed fonts")
        for font_id in ids:
            QFontDatabase.removeApplicationFont(font_id)
        ids.clear()
    try:
        yield ([family] if ids else []) + FALLBACK_FAMILIES
    finally:
        for font_id in ids:
            QFontDatabase.removeApplicationFont(font_id)
