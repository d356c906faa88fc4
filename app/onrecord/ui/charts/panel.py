"""The pattern at a glance: when and how often they made contact, and who.

Every number here comes from ``evidence.charts.contact_counts`` — the same function that draws
the charts in the exported report — so the screen and the report can never disagree.
A click on a day, an hour or a collector asks the timeline to show just those contacts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...evidence.charts import ChartData, contact_counts, uncharted_reason
from ...store import Workspace
from ...store.search import EventRow, timeline_rows
from .. import localefmt
from ..timeline.model import NO_PARTY, TimelineFilter
from .widgets import CalendarHeatmap, CollectorBars, HourBars


def collector_counts(
    rows: list[EventRow], zone: str, jurisdiction: str, unknown: str
) -> list[tuple[int, str, int]]:
    """(party id, name, attempts) per collector, each counted by ``contact_counts``."""
    groups: dict[int, list[EventRow]] = defaultdict(list)
    names: dict[int, str] = {}
    for row in rows:
        key = row.party_id or NO_PARTY
        groups[key].append(row)
        names[key] = row.party or unknown
    items = []
    for key, group in groups.items():
        data = contact_counts([r.as_count_row() for r in group], zone, jurisdiction)
        total = sum(data.per_hour)
        if total:
            items.append((key, names[key], total))
    return items


class ChartsPanel(QWidget):
    """Calendar heat map, attempts by hour (off-hours shaded) and by collector."""

    filter_requested = Signal(object)  # a TimelineFilter for the timeline to apply

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.data: ChartData | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.calendar = CalendarHeatmap()
        self.calendar.day_clicked.connect(
            lambda day: self.filter_requested.emit(TimelineFilter(date_from=day, date_to=day))
        )
        self.hours = HourBars()
        self.hours.hour_clicked.connect(
            lambda hour: self.filter_requested.emit(TimelineFilter(hour=hour))
        )
        self.collectors = CollectorBars()
        self.collectors.party_clicked.connect(
            lambda party: self.filter_requested.emit(TimelineFilter(party_id=party))
        )
        cal_scroll = QScrollArea()
        cal_scroll.setWidget(self.calendar)
        cal_scroll.setWidgetResizable(True)
        cal_scroll.setFrameShape(QFrame.Shape.NoFrame)
        cal_scroll.setMinimumHeight(self.calendar.minimumHeight() + 20)
        hint = QLabel(
            self.tr("Click a day, an hour or a name to see those contacts in the timeline.")
        )
        hint.setStyleSheet("color: #5f6b76;")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.summary)
        layout.addWidget(self._box(self.tr("Contact attempts per day"), cal_scroll))
        layout.addWidget(self._box(self.tr("By hour of the day (local time)"), self.hours))
        layout.addWidget(self._box(self.tr("By collector"), self.collectors))
        layout.addWidget(hint)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if case_id is None:
            self.set_rows([], "UTC", "us")
            return
        case = self.workspace.cases.case(case_id)
        rows = timeline_rows(self.workspace.store, case_id, with_marks=False)
        self.set_rows(rows, case.timezone, case.jurisdiction)

    def refresh(self) -> None:
        self.show_case(self.case_id)

    def set_rows(self, rows: list[EventRow], zone: str, jurisdiction: str) -> None:
        """Draw the charts for these events (the timeline can pass the rows it has read)."""
        data = contact_counts([r.as_count_row() for r in rows], zone, jurisdiction)
        self.data = data
        self.calendar.set_days(data.per_day)
        self.hours.set_counts(data.per_hour, data.allowed)
        self.collectors.set_items(collector_counts(rows, zone, jurisdiction, self.tr("Not known")))
        self.summary.setText(self._summary(data, rows))

    def _left_out(self, rows: list[EventRow]) -> str:
        """The logged contacts the charts do not count, by why (so the timeline's total and
        the charts' can be told apart): "not in the charts: 1 letter, 1 with someone else"."""
        counts = {"letter": 0, "mine": 0, "others": 0, "withdrawn": 0}
        for row in rows:
            reason = uncharted_reason(row.kind, row.direction, row.withdrawn)
            if reason is not None:
                counts[reason] += 1
        words = {
            "letter": lambda n: self.tr("%n letter(s)", "", n),
            "mine": lambda n: self.tr("%n of yours", "", n),
            "others": lambda n: self.tr("%n with someone else", "", n),
            "withdrawn": lambda n: self.tr("%n withdrawn", "", n),
        }
        parts = [words[key](n) for key, n in counts.items() if n]
        listed = localefmt.current().createSeparatedList(parts)  # "A, B and C" / "A、B和C"
        return self.tr("not in the charts: %1").replace("%1", listed) if parts else ""

    def _summary(self, data: ChartData, rows: list[EventRow]) -> str:
        total = sum(data.per_hour)
        left_out = self._left_out(rows)
        if not total:
            none = self.tr("No contact attempts logged yet.")
            return f"{none} · {left_out}" if left_out else none
        days = len(data.per_day)
        busiest_day, busiest = max(data.per_day, key=lambda d: d[1])
        weeks = _busiest_week(data.per_day)
        parts = [
            self.tr("<b>%n contact attempt(s)</b>", "", total)
            + " "
            + self.tr("in %n day(s)", "", days),
            self.tr("most in one day: <b>%1</b> (%2)")
            .replace("%1", str(busiest))
            .replace("%2", localefmt.day_text(busiest_day)),
        ]
        if weeks:
            parts.append(
                self.tr("most in 7 days: <b>%1</b> (from %2)")
                .replace("%1", str(weeks[1]))
                .replace("%2", localefmt.date_text(weeks[0]))
            )
        if data.off_hours_total:
            parts.append(
                self.tr("<span style='color:#b35900'><b>%1</b> outside %2:00–%3:00</span>")
                .replace("%1", str(data.off_hours_total))
                .replace("%2", f"{data.allowed[0]:02d}")
                .replace("%3", f"{data.allowed[1]:02d}")
            )
        if left_out:
            parts.append(left_out)
        return " · ".join(parts)


def _busiest_week(per_day: list[tuple[dt.date, int]]) -> tuple[dt.date, int] | None:
    """The 7-day window with the most attempts: (first day, count)."""
    if not per_day:
        return None
    counts = [n for _, n in per_day]
    best, best_start = -1, 0
    window = sum(counts[:7])
    for start in range(max(1, len(counts) - 6)):
        if start:
            window += (counts[start + 6] if start + 6 < len(counts) else 0) - counts[start - 1]
        if window > best:
            best, best_start = window, start
    return per_day[best_start][0], best
