"""Explicit font families, so Chinese text never falls back to Japanese glyph shapes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
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


def apply_app_font(app: QApplication, language: str) -> None:
    """Keep the platform's Latin font and put the right Chinese family right behind it."""
    installed = set(QFontDatabase.families())
    chinese = TRADITIONAL if language in ("zh_TW", "zh_HK") else SIMPLIFIED
    font: QFont = app.font()
    families = [font.family(), *(f for f in chinese if f in installed)]
    font.setFamilies(families)
    app.setFont(font)
