"""Choosing and installing the interface language: our catalogue, Qt's own, and the core's hook."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop import i18n as core_i18n

LANGUAGES = ("en", "zh_CN")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for any Chinese system locale, else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(requested: str | None, stored: str) -> str:
    """--lang wins, then the studio's setting, then the system locale."""
    for choice in (requested, stored):
        if choice in LANGUAGES:
            return choice
    return system_language()


def install_language(lang: str) -> None:
    """Replace the application's translators with those for `lang` (English needs none)."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before a language is installed"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"studio_crm_{lang}.qm")):
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        # Qt's own strings, so standard dialogs (file, print, message boxes) speak the language too.
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            _installed.append(qt_own)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    core_i18n.set_translator(lambda text: QCoreApplication.translate("core", text))
