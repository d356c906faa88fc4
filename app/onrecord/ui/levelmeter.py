"""A horizontal level meter: RMS bar, peak tick, and a clip lamp that stays lit.

The colours say what the words next to them say: green is fine, amber is loud (near the top,
not yet distorted), and red only once the sound really hit full scale (clipped). Red stays
lit (peak hold) until ``reset``, so a clip during a short test is still visible after it, and
``clipped`` lets the text agree with it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0
LOUD_DB = -6.0  # a peak above this is loud: amber
CLIP_DB = -0.05  # the recorder's peaks are in 0.1 dB steps: full scale reads -0.0

GREEN, AMBER, RED = "#2ecc71", "#f39c12", "#e74c3c"


def _fraction(db: float) -> float:
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rms_db = FLOOR_DB
        self.peak_db = FLOOR_DB
        self.clipped = False
        self.reset()

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def set_level(self, rms_db: float, peak_db: float) -> None:
        self.rms_db, self.peak_db = rms_db, peak_db
        if peak_db >= CLIP_DB:
            self.clipped = True
        self._describe()
        self.update()

    def mark_clipped(self) -> None:
        """The recorder reported clipping (between two level readings, perhaps)."""
        if not self.clipped:
            self.clipped = True
            self._describe()
            self.update()

    def reset(self) -> None:
        self.clipped = False
        self.set_level(FLOOR_DB, FLOOR_DB)

    def bar_colour(self) -> QColor:
        """Red only for clipping; amber for loud; green otherwise."""
        if self.clipped:
            return QColor(RED)
        return QColor(AMBER if self.peak_db >= LOUD_DB else GREEN)

    def _describe(self) -> None:
        if self.rms_db <= FLOOR_DB:
            text = self.tr("Silent")
        else:
            text = self.tr("%1 dBFS").replace("%1", f"{self.rms_db:.0f}")
        if self.clipped:
            text += " · " + self.tr("too loud, distorted")
        self.setAccessibleDescription(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#1e2429"))
        lamp = rect.height()  # a square at the right end: the clip lamp
        bar = QRectF(rect.left(), rect.top(), rect.width() - lamp - 2, rect.height())
        level = _fraction(self.rms_db)
        painter.fillRect(
            QRectF(bar.left(), bar.top(), bar.width() * level, bar.height()), self.bar_colour()
        )
        peak_x = bar.left() + bar.width() * _fraction(self.peak_db)
        painter.setPen(QColor("#f1c40f"))
        painter.drawLine(int(peak_x), int(bar.top()), int(peak_x), int(bar.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(
            QRectF(rect.right() - lamp, rect.top(), lamp, rect.height()),
            QColor(RED if self.clipped else "#3a4147"),
        )
        painter.end()
