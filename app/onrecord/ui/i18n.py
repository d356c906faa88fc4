"""The UI language: which one, its translators, its locale (dates, numbers) and its fonts.

The app speaks English, Simplified Chinese (zh_CN) or Traditional Chinese (zh_TW). The
translations are the committed ``resources/translations/onrecord_<lang>.ts``, compiled to
``.qm`` by ``scripts/build-translations.sh`` (and by the bundle build); a missing ``.qm`` only
means English.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .fonts import apply_app_font

LANGUAGES = ("en", "zh_CN", "zh_TW")
TRADITIONAL_REGIONS = ("TW", "HK", "MO")

#: The translators installed now, kept referenced so Qt does not lose them.
_installed: list[QTranslator] = []


def language_for_locale(name: str) -> str:
    """en, zh_CN or zh_TW for a locale name such as zh_HK, zh-Hant-TW or de_DE."""
    lowered = name.replace("-", "_").lower()
    if not lowered.startswith("zh"):
        return "en"
    parts = lowered.split("_")
    if "hant" in parts or any(region.lower() in parts for region in TRADITIONAL_REGIONS):
        return "zh_TW"
    return "zh_CN"


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The user's choice when it is one we have, else the system's language."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    for name in [system.name(), *system.uiLanguages()]:
        if name.replace("-", "_").lower().startswith("zh"):
            return language_for_locale(name)
    return "en"


def translation_path(language: str) -> resources.abc.Traversable:
    return resources.files("onrecord") / "resources" / "translations" / f"onrecord_{language}.qm"


def _load(translator: QTranslator, language: str) -> bool:
    source = translation_path(language)
    try:
        data = source.read_bytes()
    except OSError:
        return False
    # QTranslator.load(bytes) does not keep the data alive; keep it on the translator.
    translator._data = data  # type: ignore[attr-defined]
    return translator.load(data)


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
    if _load(ours, language):
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
