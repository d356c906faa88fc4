"""The waveform of a call: one lane per channel from the peaks, marks as flags, a play cursor.

Drawn from the precomputed peaks (min/max per channel every 10 ms), never from the audio, so
a 3-hour call opens at once. Each pixel column shows the min..max of the peaks it covers.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...audio.peaks import Peaks
from ...timefmt import clock_text

FLAG_H = 22  # the strip above the lanes where flags sit
LABEL_MAX = 170  # a flag's label at most (its text elided), in pixels
LABEL_MIN = 30  # narrower than this a label shows too little: the line alone
LABEL_GAP = 3
AXIS_H = 18  # at least; more for a taller font (_axis_height)
AXIS_LABEL_GAP = 8  # between two time labels on the axis, at least
TICK_PAD = 2  # a time label starts this far right of its tick
LANE_GAP = 6
BACKGROUND = QColor("#fbfbfa")
LANE_BG = QColor("#f1f3f5")
WAVE = QColor("#5b7da3")
WAVE_THEM = QColor("#8a6fa8")
CURSOR = QColor("#1b4f8a")
RETRACTED = QColor("#9aa0a6")
TEXT = QColor("#3b4148")
LANE_NAME_BG = QColor(241, 243, 245, 215)  # LANE_BG, nearly opaque
NICE_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)


@dataclass(frozen=True)
class Flag:
    """What the waveform needs to know about a mark."""

    id: int
    frame: int
    label: str
    colour: str
    retracted: bool = False
    added_later: bool = False


def _tint(colour: QColor, share: float) -> QColor:
    """``colour`` mixed with the lane background: ``share`` of the colour, the rest grey."""
    return QColor(
        round(colour.red() * share + LANE_BG.red() * (1 - share)),
        round(colour.green() * share + LANE_BG.green() * (1 - share)),
        round(colour.blue() * share + LANE_BG.blue() * (1 - share)),
    )


def place_labels(
    xs: list[float], wanted: list[float], right: float
) -> list[tuple[float, float] | None]:
    """Where each flag's label goes, as (left, width), or None for a line without a label.

    A label starts at its flag's line and ends before the next flag's line, shortened (its
    text elided) when the next flag is close, so that each mark shows the start of its label
    instead of one label hiding the next; one too close for even a few letters keeps its line
    alone (the list and the tooltip name it). A label that would run off the right edge is
    put to the left of its line when there is room there.
    """
    out: list[tuple[float, float] | None] = []
    end = -1e9  # where the last label placed ends
    for i, (x, want) in enumerate(zip(xs, wanted, strict=True)):
        limit = min(xs[i + 1] - LABEL_GAP if i + 1 < len(xs) else right, right)
        place: tuple[float, float] | None = (x, min(want, limit - x))
        if limit >= right and want > limit - x:  # cut by the edge: the left side may be wider
            left = max(end + LABEL_GAP, x - want, 0.0)
            if x - left > limit - x:
                place = (left, x - left)
        if place[1] < min(LABEL_MIN, want):
            place = None
        out.append(place)
        if place is not None:
            end = place[0] + place[1]
    return out


def axis_step(seconds_shown: float, px_per_s: float, label_w: float) -> int:
    """Seconds between two ticks of the time axis: the first round step that makes at most
    ten ticks across and leaves room for a label of ``label_w`` pixels between two of them
    (a narrow window or a large font gets fewer labels, not labels run together)."""
    need = (label_w + AXIS_LABEL_GAP + TICK_PAD) / px_per_s if px_per_s > 0 else math.inf
    for step in NICE_STEPS_S:
        if seconds_shown / step <= 10 and step >= need:
            return step
    step = NICE_STEPS_S[-1] * 2
    # Longer than the steps listed: double until it fits, or until one tick is all there is.
    while (seconds_shown / step > 10 or step < need) and step <= seconds_shown:
        step *= 2
    return step


def place_axis_labels(ticks: list[float], widths: list[float], right: float) -> list[float | None]:
    """Where each time label on the axis starts, or None for a tick left without one.

    A label starts just right of its tick; near the right edge it ends at the edge instead
    (the end of a 0:35 call reads "0:35", not "0:3"). One that would come closer than
    ``AXIS_LABEL_GAP`` to the label before it, or is wider than the axis, is left out.
    """
    out: list[float | None] = []
    end = -math.inf  # where the last label placed ends
    for x, width in zip(ticks, widths, strict=True):
        left = max(0.0, min(x + TICK_PAD, right - width))
        if left < end + AXIS_LABEL_GAP or left + width > right:
            out.append(None)
            continue
        out.append(left)
        end = left + width
    return out


def envelope(peaks: Peaks, start: float, frames_per_px: float, width: int) -> np.ndarray:
    """Per pixel column and channel: (min, max) as fractions of full scale, shape (w, ch, 2)."""
    fpp = peaks.frames_per_peak
    records = len(peaks.data)
    out = np.zeros((width, peaks.channels, 2), dtype=np.float32)
    if records == 0 or width <= 0:
        return out
    edges = start + frames_per_px * np.arange(width + 1, dtype=np.float64)
    idx = np.clip((edges // fpp).astype(np.int64), 0, records)
    lo, hi = idx[:-1], np.maximum(idx[1:], idx[:-1] + 1)
    valid = lo < records
    if not valid.any():
        return out
    lo_v = lo[valid]
    hi_v = np.minimum(hi[valid], records)
    data = peaks.data
    if frames_per_px >= fpp:
        # Reduce each pixel's run of records [lo, hi): reduceat over the starts.
        mins = np.minimum.reduceat(data[:, :, 0], lo_v, axis=0)
        maxs = np.maximum.reduceat(data[:, :, 1], lo_v, axis=0)
        # reduceat reduces up to the next start; the last run would run to the end: cut it.
        last = lo_v[-1]
        mins[-1] = data[last : hi_v[-1], :, 0].min(axis=0)
        maxs[-1] = data[last : hi_v[-1], :, 1].max(axis=0)
    else:
        mins = data[lo_v, :, 0]
        maxs = data[lo_v, :, 1]
    out[valid, :, 0] = mins / 32768.0
    out[valid, :, 1] = maxs / 32768.0
    return out


class WaveformView(QWidget):
    """Shows ``[view_start, view_start + view_frames)`` of a recording."""

    cursor_requested = Signal(int)  # the user clicked the waveform at this frame
    mark_clicked = Signal(int)  # the user clicked a flag (mark id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(FLAG_H + AXIS_H + 110)  # two lanes of 52 px: fits small screens
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Waveform of the call"))
        self.setAccessibleDescription(
            self.tr(
                "Left and right arrows: previous or next mark. Space: play or pause. "
                "Plus and minus buttons: zoom."
            )
        )
        self.peaks: Peaks | None = None
        self.frames = 0
        self.samplerate = 48000
        self.lane_names: list[str] = []
        self.flags: list[Flag] = []
        self._flag_frames: list[int] = []
        self.cursor = 0
        self.current_mark: int | None = None
        self.view_start = 0
        self.view_frames = 1
        self.empty_text = self.tr("No recording open.")
        self._cache_key: tuple[int, int, int] | None = None
        self._cache: np.ndarray | None = None
        self._label_boxes: list[tuple[QRectF, int]] = []

    # ------------------------------------------------------------ content
    def set_recording(
        self, peaks: Peaks | None, frames: int, samplerate: int, lane_names: list[str]
    ) -> None:
        self.peaks = peaks
        self.frames = max(0, frames)
        self.samplerate = samplerate or 48000
        self.lane_names = lane_names
        self.cursor = 0
        self.current_mark = None
        self.view_start = 0
        self.view_frames = max(1, self.frames)
        self._cache_key = None
        self._describe_cursor()
        self.update()

    def set_flags(self, flags: list[Flag]) -> None:
        self.flags = sorted(flags, key=lambda f: (f.frame, f.id))
        self._flag_frames = [f.frame for f in self.flags]
        self.update()

    def set_cursor(self, frame: int) -> None:
        frame = min(max(0, int(frame)), self.frames)
        if frame == self.cursor:
            return
        self.cursor = frame
        if not (self.view_start <= frame < self.view_start + self.view_frames):
            self.scroll_to(frame - self.view_frames // 10)
        self._describe_cursor()
        self.update()

    def _describe_cursor(self) -> None:
        """Where the cursor is, for screen readers (the picture shows it to everyone else)."""
        if not self.frames:
            self.setAccessibleDescription(self.empty_text)
            return
        self.setAccessibleDescription(
            self.tr(
                "Cursor at %1 of %2. Left and right arrows: previous or next mark. "
                "Space: play or pause."
            )
            .replace("%1", clock_text(self.cursor / self.samplerate))
            .replace("%2", clock_text(self.frames / self.samplerate))
        )

    def set_current_mark(self, mark_id: int | None) -> None:
        if mark_id != self.current_mark:
            self.current_mark = mark_id
            self.update()

    # --------------------------------------------------------------- zoom
    def zoom(self, factor: float, around: int | None = None) -> None:
        """Show ``factor`` times fewer frames (2 = zoom in), keeping ``around`` in place."""
        if not self.frames:
            return
        around = self.cursor if around is None else around
        width = max(1, self._plot_rect().width())
        new = int(min(self.frames, max(width * 4, self.view_frames / factor)))
        share = (around - self.view_start) / self.view_frames if self.view_frames else 0.5
        self.view_frames = max(1, new)
        self.scroll_to(int(around - share * self.view_frames))

    def scroll_to(self, start: int) -> None:
        self.view_start = int(min(max(0, start), max(0, self.frames - self.view_frames)))
        self.update()

    def show_all(self) -> None:
        self.view_start, self.view_frames = 0, max(1, self.frames)
        self.update()

    # ----------------------------------------------------------- geometry
    def _plot_rect(self) -> QRectF:
        return QRectF(
            0, FLAG_H, self.width(), max(10, self.height() - FLAG_H - self._axis_height())
        )

    def frame_at(self, x: float) -> int:
        width = max(1.0, self._plot_rect().width())
        return int(min(max(0.0, self.view_start + x / width * self.view_frames), self.frames))

    def x_of(self, frame: int) -> float:
        return (frame - self.view_start) / self.view_frames * self._plot_rect().width()

    # -------------------------------------------------------------- input
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.frames:
            return super().mousePressEvent(event)
        pos = event.position()
        for box, mark_id in self._label_boxes:
            if box.contains(pos):
                self.mark_clicked.emit(mark_id)
                return None
        near = self._flag_near(pos.x())
        if near is not None and pos.y() < FLAG_H + 8:
            self.mark_clicked.emit(near)
            return None
        self.cursor_requested.emit(self.frame_at(pos.x()))
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.flags_text_at(event.position())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def flags_text_at(self, pos: QPointF) -> str:
        """The marks under ``pos`` (a label, or lines within a few pixels in the flag strip),
        one per line with their time: a shortened label, or a line whose label had no room,
        is named in full here."""
        if not self.frames or pos.y() > FLAG_H + 8:
            return ""
        ids = {mark_id for box, mark_id in self._label_boxes if box.contains(pos)}
        lo = bisect.bisect_left(self._flag_frames, self.frame_at(pos.x() - 5))
        hi = bisect.bisect_right(self._flag_frames, self.frame_at(pos.x() + 5))
        ids.update(flag.id for flag in self.flags[lo:hi])
        retracted = self.tr("(retracted)", "a mark the user retracted, after its label")
        return "\n".join(
            f"{clock_text(flag.frame / self.samplerate)}  {flag.label}"
            + (f" {retracted}" if flag.retracted else "")
            for flag in self.flags
            if flag.id in ids
        )

    def _flag_near(self, x: float, tolerance: float = 5.0) -> int | None:
        frame = self.frame_at(x)
        i = bisect.bisect_left(self._flag_frames, frame)
        best, best_d = None, tolerance
        for j in (i - 1, i):
            if 0 <= j < len(self.flags):
                d = abs(self.x_of(self.flags[j].frame) - x)
                if d <= best_d:
                    best, best_d = self.flags[j].id, d
        return best

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps or not self.frames:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.5**steps, self.frame_at(event.position().x()))
        else:
            self.scroll_to(int(self.view_start - steps * self.view_frames / 8))
        event.accept()

    # ------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), BACKGROUND)
        if not self.frames:
            p.setPen(TEXT)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        plot = self._plot_rect()
        self._draw_lanes(p, plot)
        self._draw_axis(p, plot)
        self._draw_flags(p, plot)
        self._draw_cursor(p, plot)
        if self.hasFocus():
            p.setPen(QPen(CURSOR, 1, Qt.PenStyle.DotLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _lanes(self, plot: QRectF) -> list[QRectF]:
        n = self.peaks.channels if self.peaks is not None else max(1, len(self.lane_names))
        h = (plot.height() - LANE_GAP * (n - 1)) / n
        return [
            QRectF(plot.left(), plot.top() + i * (h + LANE_GAP), plot.width(), h) for i in range(n)
        ]

    def _envelope(self, width: int) -> np.ndarray | None:
        if self.peaks is None:
            return None
        key = (self.view_start, self.view_frames, width)
        if key != self._cache_key:
            self._cache = envelope(self.peaks, self.view_start, self.view_frames / width, width)
            self._cache_key = key
        return self._cache

    def _draw_lanes(self, p: QPainter, plot: QRectF) -> None:
        width = int(plot.width())
        env = self._envelope(width)
        font = self._small_font()
        p.setFont(font)
        for ch, lane in enumerate(self._lanes(plot)):
            p.fillRect(lane, LANE_BG)
            mid = lane.center().y()
            half = lane.height() / 2 - 2
            if env is not None and ch < env.shape[1]:
                colour = WAVE_THEM if ch % 2 else WAVE
                p.setPen(QPen(colour, 1))
                lo, hi = env[:, ch, 0], env[:, ch, 1]
                top = mid - np.maximum(hi, 1 / half if half else 0) * half
                bottom = mid - np.minimum(lo, -1 / half if half else 0) * half
                p.drawLines([QLineF(x + 0.5, top[x], x + 0.5, bottom[x]) for x in range(width)])
            else:
                p.setPen(QPen(QColor("#c3c8ce"), 1))
                p.drawLine(QLineF(lane.left(), mid, lane.right(), mid))
            if ch < len(self.lane_names) and self.lane_names[ch]:
                # On a pale chip: readable where the waveform is loud under it.
                name = self.lane_names[ch]
                chip = QRectF(
                    lane.left() + 3,
                    lane.top() + 2,
                    QFontMetrics(font).horizontalAdvance(name) + 8,
                    QFontMetrics(font).height() + 2,
                )
                p.fillRect(chip, LANE_NAME_BG)
                p.setPen(TEXT)
                p.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
        if env is None:
            p.setPen(TEXT)
            p.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No waveform for this recording")
            )

    def _axis_ticks(self) -> list[tuple[float, str]]:
        """Where the axis has a tick, and its time: a round step, far enough apart for the
        widest time at this width (see :func:`axis_step`)."""
        if not self.frames:
            return []
        plot = self._plot_rect()
        end = self.view_start + self.view_frames
        widest = QFontMetrics(self._small_font()).horizontalAdvance(
            clock_text(end / self.samplerate)  # times only grow: "9:55", then "10:00"
        )
        px_per_s = plot.width() * self.samplerate / self.view_frames
        step = axis_step(self.view_frames / self.samplerate, px_per_s, widest)
        ticks: list[tuple[float, str]] = []
        t = int(self.view_start / self.samplerate // step * step)
        while t * self.samplerate <= end:
            x = self.x_of(int(t * self.samplerate))
            if x >= 0:
                ticks.append((x, clock_text(t)))
            t += step
        return ticks

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """The time labels along the axis, each with the box it is painted in: whole inside the
        widget and none over another, at any width, length and font (``_draw_axis`` paints
        exactly these)."""
        ticks = self._axis_ticks()
        fm = QFontMetrics(self._small_font())
        widths = [fm.horizontalAdvance(text) for _, text in ticks]
        plot = self._plot_rect()
        lefts = place_axis_labels([x for x, _ in ticks], widths, plot.right())
        top = plot.bottom() + 2
        return [
            (QRectF(left, top, width, fm.height()), text)
            for left, width, (_, text) in zip(lefts, widths, ticks, strict=True)
            if left is not None
        ]

    def _small_font(self) -> QFont:
        """The font of the axis, the flags and the lane names: a little smaller than the
        widget's."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        else:  # a font set in pixels has no point size
            font.setPixelSize(max(1, round(font.pixelSize() * 0.9)))
        return font

    def _axis_height(self) -> int:
        """Room under the lanes for the time labels: more where the font is taller (Chinese
        fonts, a large system font), so that their lower half is not cut off."""
        return max(AXIS_H, QFontMetrics(self._small_font()).height() + 2)

    def _draw_axis(self, p: QPainter, plot: QRectF) -> None:
        p.setFont(self._small_font())
        p.setPen(QPen(QColor("#aab0b6"), 1))
        y = plot.bottom()
        for x, _ in self._axis_ticks():
            p.drawLine(QLineF(x, y, x, y + 4))
        ascent = QFontMetrics(p.font()).ascent()
        for box, text in self.axis_labels():
            p.drawText(QPointF(box.left(), box.top() + ascent), text)

    def _draw_flags(self, p: QPainter, plot: QRectF) -> None:
        self._label_boxes = []
        lo = bisect.bisect_left(self._flag_frames, self.view_start)
        hi = bisect.bisect_right(self._flag_frames, self.view_start + self.view_frames)
        visible = self.flags[lo:hi]
        fm = QFontMetrics(p.font())
        current_box = None
        # Lines first (all, one drawLines per colour: a call with 5 000 marks must not make
        # 10 000 painter calls), labels where there is room, the current mark on top.
        groups: dict[tuple[str, bool], list[QLineF]] = {}
        bottom = plot.bottom()
        scale = plot.width() / self.view_frames
        xs = [(f - self.view_start) * scale for f in self._flag_frames[lo:hi]]
        for flag, x in zip(visible, xs, strict=True):
            key = (flag.colour, flag.retracted)
            groups.setdefault(key, []).append(QLineF(x, FLAG_H - 4, x, bottom))
        crowded = len(visible) > plot.width() / 6  # many marks: let the waveform show through
        for (colour, retracted), lines in groups.items():
            style = Qt.PenStyle.DashLine if retracted else Qt.PenStyle.SolidLine
            pen_colour = QColor(RETRACTED if retracted else QColor(colour))
            if crowded:  # a pale opaque tint: blending 5 000 translucent lines is slow
                pen_colour = _tint(pen_colour, 0.3)
            p.setPen(QPen(pen_colour, 1, style))
            p.drawLines(lines)
        wanted = [min(fm.horizontalAdvance(f.label) + 10, LABEL_MAX) for f in visible]
        for flag, x, want, place in zip(
            visible, xs, wanted, place_labels(xs, wanted, plot.right()), strict=True
        ):
            if flag.id == self.current_mark:  # whole, on top of its neighbours, in bold
                bold = QFont(p.font())
                bold.setBold(True)
                want = min(QFontMetrics(bold).horizontalAdvance(flag.label) + 10, LABEL_MAX)
                left = x if x + want <= plot.right() else max(0.0, x - want)
                current_box = (flag, QRectF(left, 2, want, FLAG_H - 6))
                continue
            if place is None:
                continue  # no room: the line is there, the label would cover another
            left, width = place
            self._paint_flag(p, flag, QRectF(left, 2, width, FLAG_H - 6))
        if current_box is not None:
            flag, box = current_box
            x = self.x_of(flag.frame)
            band = QColor(flag.colour)
            band.setAlpha(40)
            p.fillRect(QRectF(x - 3, plot.top(), 6, plot.height()), band)
            p.setPen(QPen(QColor(flag.colour), 3))
            p.drawLine(QLineF(x, FLAG_H - 4, x, plot.bottom()))
            self._paint_flag(p, flag, box, current=True)

    def _paint_flag(
        self,
        p: QPainter,
        flag: Flag,
        box: QRectF,
        current: bool = False,
    ) -> None:
        colour = RETRACTED if flag.retracted else QColor(flag.colour)
        if flag.added_later:
            p.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(QColor("#ffffff"))
        else:
            p.setPen(QPen(colour.darker(130) if current else colour, 2 if current else 1))
            p.setBrush(colour)
        p.drawRoundedRect(box, 3, 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        font = QFont(p.font())
        font.setStrikeOut(flag.retracted)
        font.setBold(current)
        p.setFont(font)
        p.setPen(colour if flag.added_later else QColor("#ffffff"))
        inner = box.adjusted(5, 0, -3, 0)
        text = QFontMetrics(font).elidedText(
            flag.label, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, text)
        font.setStrikeOut(False)
        font.setBold(False)
        p.setFont(font)
        self._label_boxes.append((box, flag.id))

    def _draw_cursor(self, p: QPainter, plot: QRectF) -> None:
        x = self.x_of(self.cursor)
        if x < -1 or x > plot.right() + 1:
            return
        p.setPen(QPen(CURSOR, 2))
        p.drawLine(QLineF(x, FLAG_H - 2, x, plot.bottom()))
        p.setBrush(CURSOR)
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - 5, plot.bottom() + 6),
                    QPointF(x + 5, plot.bottom() + 6),
                    QPointF(x, plot.bottom()),
                ]
            )
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
