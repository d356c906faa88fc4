"""Three charts painted with QPainter: a calendar heat map, attempts by hour, by collector.

They only draw numbers they are given (from ``evidence.charts.contact_counts``, the same
computation the export report uses) and say which day, hour or collector was clicked.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...evidence.charts import axis_ticks
from .. import localefmt

INK = QColor("#3b4148")
MUTED = QColor("#7a828a")
GRID = QColor("#e3e6ea")
BAR = QColor("#4f7cac")
BAR_HOVER = QColor("#2f5d8f")
OFF_SHADE = QColor("#fdebd3")
OFF_BAR = QColor("#c26a1b")
EMPTY_CELL = QColor("#eef0f2")
#: Calm blues, light to dark, for 1.. max contacts a day.
HEAT = [QColor(c) for c in ("#d6e4f0", "#a9c6e0", "#6f9fcb", "#3f74ab", "#1f4e82")]


class _Chart(QWidget):
    """Bars or cells to hover and click, or to choose with the arrow keys and press Enter."""

    #: How far Left / Right / Up / Down move the keyboard's choice.
    STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Charts",
                "Arrow keys choose a bar or a day; Enter shows those contacts in the timeline.",
            )
        )
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._hover: int | None = None

    def _hit(self, pos: QPointF) -> int | None:  # index of the bar/cell under ``pos``
        raise NotImplementedError

    def _tip(self, index: int) -> str:
        raise NotImplementedError

    def _clicked(self, index: int) -> None:
        raise NotImplementedError

    def _count(self) -> int:  # how many bars/cells there are
        raise NotImplementedError

    def _rect(self, index: int) -> QRectF:  # where bar/cell ``index`` is drawn
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, count, current = event.key(), self._count(), self._hover
        if count and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if current is not None:
                self._clicked(current)
            return
        if count and key in (*self.STEPS, Qt.Key.Key_Home, Qt.Key.Key_End):
            if key == Qt.Key.Key_Home:
                chosen = 0
            elif key == Qt.Key.Key_End or (current is None and self.STEPS[key] < 0):
                chosen = count - 1
            elif current is None:
                chosen = 0
            else:
                chosen = min(max(0, current + self.STEPS[key]), count - 1)
            self.choose(chosen)
            return
        super().keyPressEvent(event)

    def choose(self, index: int) -> None:
        """Highlight bar/cell ``index`` as the keyboard's choice, and say what it holds."""
        self._hover = index
        tip = self._tip(index)
        self.setAccessibleDescription(tip)
        QToolTip.showText(self.mapToGlobal(self._rect(index).center().toPoint()), tip, self)
        self.update()

    def focusOutEvent(self, event: object) -> None:
        self._hover = None
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit != self._hover:
            self._hover = hit
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self._clicked(hit)

    def event(self, event: object) -> bool:
        if isinstance(event, QPaintEvent) and self.hasFocus():
            handled = super().event(event)  # the chart, then the keyboard focus frame over it
            p = QPainter(self)
            p.setPen(QPen(INK, 1, Qt.PenStyle.DotLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
            p.end()
            return handled
        if isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), self._tip(hit), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def click(self, index: int) -> None:
        """As if the user clicked bar/cell ``index`` (for keyboard users and tests)."""
        self._clicked(index)


class CalendarHeatmap(_Chart):
    """One square per day, a column per week (Monday on top); darker = more contacts."""

    day_clicked = Signal(object)  # datetime.date

    CELL = 22
    GAP = 3
    #: A column is a week: Left / Right move a week, Up / Down a day.
    STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -7,
        Qt.Key.Key_Right: 7,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
    }
    LEFT = 34
    TOP = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[dt.date, int]] = []
        self.setAccessibleName(self.tr("Contact attempts per day"))
        self.setMinimumHeight(self.TOP + 7 * (self.CELL + self.GAP) + 26)

    def set_days(self, days: list[tuple[dt.date, int]]) -> None:
        self.days = days
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        weeks = (len(self.days) + 13) // 7
        return QSize(self.LEFT + weeks * (self.CELL + self.GAP) + 10, self.minimumHeight())

    def _cell(self, i: int) -> QRectF:
        first = self.days[0][0]
        offset = (self.days[i][0] - first).days + first.weekday()
        week, weekday = divmod(offset, 7)
        step = self.CELL + self.GAP
        return QRectF(self.LEFT + week * step, self.TOP + weekday * step, self.CELL, self.CELL)

    def _colour(self, count: int, top: int) -> QColor:
        if count <= 0:
            return EMPTY_CELL
        level = min(len(HEAT) - 1, int((count - 1) / max(1, top) * len(HEAT)))
        return HEAT[level]

    def _hit(self, pos: QPointF) -> int | None:
        for i in range(len(self.days)):
            if self._cell(i).contains(pos):
                return i
        return None

    def _tip(self, index: int) -> str:
        day, count = self.days[index]
        return self.tr("%1: %n contact attempt(s)", "", count).replace(
            "%1", localefmt.day_text(day)
        )

    def _clicked(self, index: int) -> None:
        self.day_clicked.emit(self.days[index][0])

    def _count(self) -> int:
        return len(self.days)

    _rect = _cell

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(p.font())
        if not self.days:
            p.setPen(MUTED)
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No contact attempts yet.")
            )
            return
        top = max(n for _, n in self.days)
        p.setPen(MUTED)
        for weekday, name in (
            (0, self.tr("Mon")),
            (2, self.tr("Wed")),
            (4, self.tr("Fri")),
            (6, self.tr("Sun")),
        ):
            y = self.TOP + weekday * (self.CELL + self.GAP) + self.CELL - 3
            p.drawText(QPointF(0, y), name)
        last_month = None
        label_x = 0.0
        cells: dict[int, list[QRectF]] = {}  # colour index -> cells: one drawRects per colour
        palette = [EMPTY_CELL, *HEAT]
        for i, (day, count) in enumerate(self.days):
            cell = self._cell(i)
            if day.month != last_month and cell.left() >= label_x:
                label_x = cell.left() + 3 * (self.CELL + self.GAP)
                p.drawText(
                    QPointF(cell.left(), self.TOP - 6),
                    QLocale().monthName(day.month, QLocale.FormatType.ShortFormat),
                )
                last_month = day.month
            cells.setdefault(palette.index(self._colour(count, top)), []).append(cell)
        p.setPen(Qt.PenStyle.NoPen)
        for index, rects in cells.items():
            p.setBrush(palette[index])
            p.drawRects(rects)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for i, (_day, count) in enumerate(self.days):
            if count:
                colour = self._colour(count, top)
                p.setPen(QColor("#ffffff") if colour in HEAT[2:] else INK)
                p.drawText(self._cell(i), Qt.AlignmentFlag.AlignCenter, str(count))
        if self._hover is not None and self._hover < len(self.days):
            p.setPen(QPen(INK, 1.5))
            p.drawRect(self._cell(self._hover))
        # Legend: fewer ... more
        y = self.TOP + 7 * (self.CELL + self.GAP) + 6
        x = float(self.LEFT)
        p.setPen(MUTED)
        p.drawText(QPointF(x, y + fm.ascent()), self.tr("fewer"))
        x += fm.horizontalAdvance(self.tr("fewer")) + 6
        p.setPen(Qt.PenStyle.NoPen)
        for colour in [EMPTY_CELL, *HEAT]:
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, y + 1, 12, 12), 2, 2)
            x += 15
        p.setPen(MUTED)
        p.drawText(
            QPointF(x + 4, y + fm.ascent()),
            self.tr("more (most in one day: %1)").replace("%1", str(top)),
        )


class HourBars(_Chart):
    """Attempts by local hour of day; hours outside the allowed window are shaded."""

    hour_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = [0] * 24
        self.allowed = (8, 21)
        self.setAccessibleName(self.tr("Contact attempts by hour of day"))
        self.setMinimumHeight(190)

    def set_counts(self, counts: list[int], allowed: tuple[int, int]) -> None:
        self.counts, self.allowed = list(counts), allowed
        self.update()

    def is_off(self, hour: int) -> bool:
        return hour < self.allowed[0] or hour >= self.allowed[1]

    def _plot(self) -> QRectF:
        return QRectF(34, 24, max(10, self.width() - 44), max(10, self.height() - 50))

    def _slot(self, hour: int) -> QRectF:
        plot = self._plot()
        w = plot.width() / 24
        return QRectF(plot.left() + hour * w, plot.top(), w, plot.height())

    def _hit(self, pos: QPointF) -> int | None:
        for hour in range(24):
            if self._slot(hour).contains(pos):
                return hour
        return None

    def _tip(self, index: int) -> str:
        text = self.tr("%1:00–%1:59: %n attempt(s)", "", self.counts[index]).replace(
            "%1", f"{index:02d}"
        )
        if self.is_off(index):
            text += "\n" + self.tr("outside the hours collectors may call")
        return text

    def _clicked(self, index: int) -> None:
        self.hour_clicked.emit(index)

    def _count(self) -> int:
        return 24

    _rect = _slot

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = QFontMetrics(p.font())
        plot = self._plot()
        ticks = axis_ticks(max(self.counts, default=0))  # as the report's: 0 1 2 3 4 5
        top = ticks[-1]
        for hour in range(24):
            if self.is_off(hour):
                p.fillRect(self._slot(hour), OFF_SHADE)
        p.setPen(QPen(GRID, 1))
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(
                QRectF(0, y - 8, plot.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
            p.setPen(QPen(GRID, 1))
        for hour, count in enumerate(self.counts):
            slot = self._slot(hour)
            bar_w = min(slot.width() * 0.7, 26)
            h = plot.height() * count / top
            colour = OFF_BAR if self.is_off(hour) else BAR
            if hour == self._hover:
                colour = colour.darker(130)
            if count:
                p.fillRect(
                    QRectF(slot.center().x() - bar_w / 2, plot.bottom() - h, bar_w, h), colour
                )
            if hour % 2 == 0:
                p.setPen(MUTED)
                p.drawText(
                    QRectF(slot.left(), plot.bottom() + 2, slot.width() * 2, 16),
                    Qt.AlignmentFlag.AlignLeft,
                    f"{hour:02d}",
                )
        legend = (
            self.tr("Shaded: outside %1:00–%2:00, when collectors may not call")
            .replace("%1", f"{self.allowed[0]:02d}")
            .replace("%2", f"{self.allowed[1]:02d}")
        )
        p.fillRect(QRectF(plot.left(), 5, 12, 12), OFF_SHADE)
        p.setPen(INK)
        p.drawText(QPointF(plot.left() + 18, 5 + fm.ascent()), legend)


class CollectorBars(_Chart):
    """Attempts per collector, largest first, as horizontal bars."""

    party_clicked = Signal(int)  # party id (NO_PARTY for "not known")

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[int, str, int]] = []  # (party id, name, count)
        self.setAccessibleName(self.tr("Contact attempts by collector"))

    def set_items(self, items: list[tuple[int, str, int]]) -> None:
        self.items = sorted(items, key=lambda t: -t[2])
        self.setMinimumHeight(max(60, len(self.items) * self.ROW + 10))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(60, len(self.items) * self.ROW + 10))

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        return min(
            220, max((fm.horizontalAdvance(name) for _, name, _ in self.items), default=60) + 12
        )

    def _row(self, i: int) -> QRectF:
        return QRectF(0, 5 + i * self.ROW, self.width(), self.ROW - 4)

    def _hit(self, pos: QPointF) -> int | None:
        for i in range(len(self.items)):
            if self._row(i).contains(pos):
                return i
        return None

    def _tip(self, index: int) -> str:
        _, name, count = self.items[index]
        return self.tr("%1: %n attempt(s) — click to see them", "", count).replace("%1", name)

    def _clicked(self, index: int) -> None:
        self.party_clicked.emit(self.items[index][0])

    def _count(self) -> int:
        return len(self.items)

    _rect = _row

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = QFontMetrics(p.font())
        if not self.items:
            p.setPen(MUTED)
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No contact attempts yet.")
            )
            return
        label_w = self._label_width()
        count_w = fm.horizontalAdvance("00000") + 8
        bar_space = max(10, self.width() - label_w - count_w - 10)
        top = max(c for _, _, c in self.items) or 1
        for i, (_, name, count) in enumerate(self.items):
            row = self._row(i)
            p.setPen(INK)
            p.drawText(
                QRectF(0, row.top(), label_w - 8, row.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            w = bar_space * count / top
            p.fillRect(
                QRectF(label_w, row.top() + 3, w, row.height() - 6),
                BAR_HOVER if i == self._hover else BAR,
            )
            p.drawText(
                QRectF(label_w + w + 6, row.top(), count_w, row.height()),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
