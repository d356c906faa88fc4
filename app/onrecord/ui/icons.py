"""The app icon, the red recording variant for the tray, and the timeline's paperclip."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


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


@cache
def paperclip_icon() -> QIcon:
    """A paperclip (files attached), drawn so it needs no image file and scales cleanly."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#4a5568"), 5.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.translate(size / 2, size / 2)
    painter.rotate(40)
    # Three straight legs joined by two half-circles, as a wire paperclip is bent.
    path = QPainterPath()
    path.moveTo(6, -8)
    path.lineTo(6, 16)
    path.arcTo(QRectF(-10, 8, 16, 16), 0, -180)
    path.lineTo(-10, -18)
    path.arcTo(QRectF(-10, -29, 22, 22), 180, -180)
    path.lineTo(12, 14)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)
