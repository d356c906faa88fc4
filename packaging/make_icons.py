"""Render the app icon (app/onrecord/resources/icons/onrecord.svg) to PNGs for the desktop.

    python packaging/make_icons.py OUT_DIR [APP_ID]

writes OUT_DIR/hicolor/SIZExSIZE/apps/APP_ID.png for the sizes desktops look for, and
OUT_DIR/APP_ID-256.png (handed to PyInstaller as the Windows/macOS icon). Uses Qt's SVG
renderer (in PySide6-Essentials), so it needs no other tool and no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = (
    Path(__file__).resolve().parent.parent
    / "app"
    / "onrecord"
    / "resources"
    / "icons"
    / "onrecord.svg"
)


def main(out_dir: str, app_id: str = "org.onrecord.OnRecord") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    out = Path(out_dir)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 1
        if size == 256:
            image.save(str(out / f"{app_id}-256.png"), "PNG")
    scalable = out / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
