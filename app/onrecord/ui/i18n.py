"""The UI language: which one, its translators, its locale (dates, numbers) and its fonts.

The app speaks English, Simplified Chinese (zh_CN) or Traditional Chinese (zh_TW). The
translations are the committed ``resources/translations/onrecord_<lang>.ts``, compiled to
``.qm`` by ``scripts/build-translations.sh`` (and by the bundle build); a missing ``.qm`` only
means English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..translator import (
    LANGUAGES,
    TRADITIONAL_REGIONS,
    choose_language,
    language_for_locale,
    load_translation,
    translation_path,
)
from .fonts import apply_app_font

__all__ = [
    "LANGUAGES",
    "TRADITIONAL_REGIONS",
    "choose_language",
    "current_language",
    "install",
    "language_for_locale",
    "language_names",
    "locale_for",
    "translation_path",
    "uninstall",
]

#: The translators installed now, kept referenced so Qt does not lose them.
_installed: list[QTranslator] = []


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators install() put in (the source strings show again)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install(app: QCoreApplication, language: str) -> list[str]:
    """Install the translators for language (replacing earlier ones); return what loaded."""
    uninstall(app)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    loaded: list[str] = []
    if language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
            loaded.append("qtbase")
    # English too: its file holds only the plural forms ("1 mark", "2 marks").
    ours = QTranslator(app)
    if load_translation(ours, language):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append(f"onrecord_{language}")
    if isinstance(app, QApplication):
        apply_app_font(app, language)
    return loaded


def locale_for(language: str) -> QLocale:
    """Dates and numbers: Chinese as chosen; English keeps an English system locale's habits."""
    if language == "zh_CN":
        return QLocale("zh_CN")
    if language == "zh_TW":
        return QLocale("zh_TW")
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale("en_US")


def current_language() -> str:
    return language_for_locale(QLocale().name())


def language_names() -> list[tuple[str | None, str]]:
    """The choices for the Language menu: each language in its own words, then 'system'."""
    return [
        ("en", "English"),
        ("zh_CN", "简体中文"),
        ("zh_TW", "繁體中文"),
        (None, QCoreApplication.translate("Language", "Follow the system")),
    ]


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, … replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(
        r"%(\d)",
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else "",
        template,
    )
