"""Fonts shipped inside a frozen bundle, made known to Qt where fontconfig does not look.

The PyInstaller bundle carries WenQuanYi Micro Hei (Chinese in the PDF report stays
searchable only in a TrueType face) and DejaVu in its ``fonts/`` folder. On Linux the runtime
hook points fontconfig at them before Qt starts; on Windows and macOS Qt asks the system, which
knows nothing of the bundle, so each file is added to Qt's font database here, once a Qt GUI
application exists.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
_registered: dict[Path, list[str]] = {}


def bundled_font_dir() -> Path | None:
    """The bundle's fonts folder when running frozen, else None."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    folder = Path(base) / "fonts"
    return folder if folder.is_dir() else None


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Add the fonts in ``folder`` (default: a frozen bundle's, off Linux) to Qt.

    Needs a QGuiApplication. Returns the families now available from those files; a file Qt
    cannot read is skipped (the system's fonts remain). Safe to call more than once.
    """
    if folder is None:
        if sys.platform.startswith("linux"):
            return []  # fontconfig already knows them (packaging/rthooks)
        folder = bundled_font_dir()
        if folder is None:
            return []
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _registered[path] = (
                list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []
            )
        families += [f for f in _registered[path] if f not in families]
    return families
