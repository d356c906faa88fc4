"""A horizontal level meter: RMS bar, peak tick, and a red zone near full scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0


def _fraction(db: float) -> float:
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rms_db = FLOOR_DB
        self.peak_db = FLOOR_DB
        self.reset()

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def set_level(self, rms_db: float, peak_db: float) -> None:
        self.rms_db, self.peak_db = rms_db, peak_db
        if rms_db <= FLOOR_DB:
            self.setAccessibleDescription(self.tr("Silent"))
        else:
            self.setAccessibleDescription(self.tr("%1 dBFS").replace("%1", f"{rms_db:.0f}"))
        self.update()

    def reset(self) -> None:
        self.set_level(FLOOR_DB, FLOOR_DB)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#1e2429"))
        level = _fraction(self.rms_db)
        colour = QColor("#2ecc71") if self.peak_db < -3 else QColor("#e74c3c")
        painter.fillRect(
            QRectF(rect.left(), rect.top(), rect.width() * level, rect.height()), colour
        )
        peak_x = rect.left() + rect.width() * _fraction(self.peak_db)
        painter.setPen(QColor("#f1c40f"))
        painter.drawLine(int(peak_x), int(rect.top()), int(peak_x), int(rect.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
