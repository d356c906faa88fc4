"""The app icon, and the red recording variant for the tray."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def app_icon() -> QIcon:
    return QIcon(str(resources.files("onrecord") / "resources" / "icons" / "onrecord.svg"))


def recording_icon() -> QIcon:
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#d93b3b"))
    painter.setPen(QColor("#ffffff"))
    painter.drawEllipse(6, 6, 52, 52)
    painter.end()
    return QIcon(pixmap)
