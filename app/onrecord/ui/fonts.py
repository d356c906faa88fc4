"""Explicit font families, so Chinese text never falls back to Japanese glyph shapes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

SIMPLIFIED = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
]
TRADITIONAL = [
    "Noto Sans CJK TC",
    "Source Han Sans TC",
    "Microsoft JhengHei",
    "PingFang TC",
    "WenQuanYi Micro Hei",
]


def chinese_families(language: str) -> list[str]:
    """The installed Chinese families for a language: Traditional for zh_TW/zh_HK/zh_MO."""
    installed = set(QFontDatabase.families())
    traditional = language.replace("-", "_") in ("zh_TW", "zh_HK", "zh_MO", "zh_Hant")
    return [f for f in (TRADITIONAL if traditional else SIMPLIFIED) if f in installed]


def apply_app_font(app: QApplication, language: str) -> None:
    """Name the fonts outright: the Chinese family for the language, and the Latin one.

    A Chinese UI puts its family first (its punctuation and Latin fit the Chinese text); an
    English one keeps the platform's Latin face first, with Simplified Chinese behind it for
    Chinese names and notes. The Latin face is the one Qt actually resolved ("Sans Serif" is
    an alias that a family list would skip straight past).
    """
    global _latin
    if _latin is None:
        _latin = QFontInfo(app.font()).family()
    chinese = chinese_families(language)
    families = [*chinese, _latin] if language.startswith("zh") else [_latin, *chinese]
    font: QFont = app.font()
    font.setFamilies(families)
    app.setFont(font)


_latin: str | None = None
