"""Update the .ts catalogues from the sources and build the .qm files.

    python -m tools.translations          # lupdate + lrelease
    python -m tools.translations --check  # exit 1 if a catalogue is stale or incomplete

The window's strings are found by lupdate in ui/; the core's `_()` sentences are collected
here (ast) into the "core" context, since lupdate does not know the core's function.
"""
from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
# str.format fields and Qt's %1-style arguments must survive translation unchanged.
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%[0-9]+|%n")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def core_strings() -> list[str]:
    """Every literal passed to `_()` in crm_desktop/."""
    found: list[str] = []
    for path in sorted((ROOT / "crm_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    return sorted(set(found))


def _core_stub(folder: Path) -> Path:
    stub = folder / "core_strings.py"
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate('core', {text!r})" for text in core_strings()]
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def _sources(folder: Path) -> list[str]:
    return [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))] + [str(_core_stub(folder))]


def update(ts_dir: Path = TS_DIR) -> list[Path]:
    """Refresh the catalogues in `ts_dir` (kept translations stay) and return their paths."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = _sources(Path(tmp))
        paths = []
        for lang in LANGUAGES:
            ts = ts_dir / f"studio_crm_{lang}.ts"
            subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                            "-target-language", lang, "-ts", str(ts)], check=True, capture_output=True)
            paths.append(ts)
    return paths


def release(ts_dir: Path = TS_DIR) -> None:
    for ts in sorted(ts_dir.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type attribute) for every message in a catalogue."""
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            result[(name, message.findtext("source", ""))] = (text, kind)
    return result


def problems() -> list[str]:
    """Stale or unfinished catalogues, as sentences."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp) / "ts"
        fresh_dir.mkdir()
        for lang in LANGUAGES:
            committed = TS_DIR / f"studio_crm_{lang}.ts"
            if not committed.exists():
                found.append(f"{committed.name} is missing.")
                continue
            shutil.copy(committed, fresh_dir / committed.name)
        update(fresh_dir)
        for fresh in sorted(fresh_dir.glob("*.ts")):
            current = messages(fresh)
            for (context, source), (text, kind) in sorted(current.items()):
                if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                    found.append(f"{fresh.name}: [{context}] {source!r} has no translation.")
                elif sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                    found.append(f"{fresh.name}: [{context}] {source!r}: the placeholders differ.")
            if set(messages(TS_DIR / fresh.name)) != set(current):
                found.append(f"{fresh.name} is out of date: run python -m tools.translations.")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        issues = problems()
        for issue in issues:
            print(issue)
        return 1 if issues else 0
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
