"""The timeline's table: every column fits its text, and the notes take the width left.

Widths come from the header and a sample of the rows (never all 10 000), in the window's font
and language, so they follow translations and the screen's scale. When the table is too narrow
for everything, the columns with a ``cut_to`` give way, the rightmost first (the tags, then the
names); their cells are then cut short with "…" and show all of it in a tooltip. Once the user
drags a column edge, their widths are kept.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

from .model import TimelineModel

SAMPLE = 200  # rows measured, spread over the whole timeline
WIDEST = 24  # digits: no column but the notes grows wider than this
NOTES_AT_LEAST = 32  # digits: what the notes get before the other columns give way


class TimelineTable(QTableView):
    """A table of a :class:`TimelineModel` (through a proxy) whose columns fit the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_sized = False  # a column edge was dragged: keep the user's widths
        self._fitting = False
        #: Measured once per change of rows or sorting: (wanted, least) width by column.
        self._wanted: dict[int, int] = {}
        self._least: dict[int, int] = {}
        self.setWordWrap(False)  # one line a row; what does not fit ends in "…"
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # no measuring all rows
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self.fit_columns())

    def timeline(self) -> TimelineModel | None:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        return model if isinstance(model, TimelineModel) else None

    def fit_columns(self) -> None:
        """Measure the columns again (new rows, another sort) and share out the width."""
        self._measure()
        self._share_out()

    def _measure(self) -> None:
        model = self.timeline()
        if model is None:
            return
        header = self.horizontalHeader()
        font = QFont(self.font())
        font.setBold(True)  # off-hours times are bold: measure as if every cell were
        metrics = QFontMetrics(font)
        digit = metrics.horizontalAdvance("0")
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
        sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        rows = model.rows[:: max(1, len(model.rows) // SAMPLE)]
        self._wanted, self._least = {}, {}
        for index, column in enumerate(model.columns):
            heading = self._heading_width(index, sorted_by)
            if column.fills:  # not wanted: it takes what is left, but at least this
                self._least[index] = max(heading, NOTES_AT_LEAST * digit)
                continue
            text = max((metrics.horizontalAdvance(column.text(r)) for r in rows), default=0)
            wanted = self._wanted[index] = max(heading, min(text + margin, WIDEST * digit))
            cut_to = wanted if column.cut_to is None else column.cut_to * digit
            self._least[index] = max(heading, min(wanted, cut_to))

    def _share_out(self) -> None:
        """Every column its wanted width, unless the notes would get less than their least."""
        if self.user_sized or not self._least:
            return
        header = self.horizontalHeader()
        width = self.viewport().width()
        scroll_bar = self.verticalScrollBar()
        if not scroll_bar.isVisible():  # it may come with the rows: leave it room
            width -= scroll_bar.sizeHint().width()
        fills = [i for i in self._least if i not in self._wanted]
        sizes = dict(self._wanted)
        excess = sum(sizes.values()) - (width - sum(self._least[i] for i in fills))
        for index in sorted(sizes, reverse=True):  # the rightmost give way first
            if excess <= 0:
                break
            give = min(excess, sizes[index] - self._least[index])
            sizes[index] -= give
            excess -= give
        self._fitting = True
        try:
            for index, size in sizes.items():
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(index, size)
            for index in fills:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        finally:
            self._fitting = False

    def _heading_width(self, index: int, sorted_by: int) -> int:
        """The header's width for its text, with the sort arrow only where it is shown."""
        header = self.horizontalHeader()
        size = header.sectionSizeFromContents(index)
        if header.isSortIndicatorShown() and index != sorted_by:  # Qt counts it everywhere
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(size.width() - size.height() - margin)
        return max(size.width(), header.minimumSectionSize())

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and index in self._wanted:  # the notes follow the width anyway
            self.user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_out()
