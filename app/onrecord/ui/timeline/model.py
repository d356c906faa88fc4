"""The case timeline as a model: one row per contact event, filtered by a proxy.

Built for 10 000 rows: the model holds plain rows (``store.search.EventRow``), computes cell
text only for the rows on screen, and sorts in Python with a key (one pass) instead of letting
the proxy compare cells one pair at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ...contactday import contact_day
from ...evidence.charts import uncharted_reason
from ...store.enums import date_only
from ...store.search import EventRow
from ...timefmt import duration_text
from .. import labels, localefmt
from ..icons import paperclip_icon

Index = QModelIndex | QPersistentModelIndex
OFF_HOURS = QColor("#b35900")
WITHDRAWN = QColor("#7b8190")  # grey: shown, counted for nothing


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows. None = no condition. Dates are local to where events happened."""

    party_id: int | None = None  # NO_PARTY = events with no known collector
    number_id: int | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    hour: int | None = None  # local hour of day (from the per-hour chart)
    has_recording: bool | None = None
    tag: str | None = None

    def accepts(self, row: EventRow) -> bool:
        if self.party_id is not None and (row.party_id or NO_PARTY) != self.party_id:
            return False
        if self.number_id is not None and row.number_id != self.number_id:
            return False
        if self.kind is not None and row.kind != self.kind:
            return False
        if self.date_from is not None or self.date_to is not None:
            # The day the row is listed on: on its own clock, a letter's written date
            day = contact_day(row.local, row.local.tzinfo or dt.UTC, dated=date_only(row.kind))
            if self.date_from is not None and day < self.date_from:
                return False
            if self.date_to is not None and day > self.date_to:
                return False
        if self.hour is not None and row.local.hour != self.hour:
            return False
        if self.has_recording is not None and row.has_recording != self.has_recording:
            return False
        return self.tag is None or self.tag in row.tags

    def merged(self, other: TimelineFilter) -> TimelineFilter:
        """This filter with every condition ``other`` sets replacing ours."""
        changes = {k: v for k, v in other.__dict__.items() if v is not None}
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return all(v is None for v in self.__dict__.values())


NO_PARTY = 0  # party ids start at 1


@dataclass(frozen=True)
class TimelineColumn:
    header: str
    text: Callable[[EventRow], str]
    sort_key: Callable[[EventRow], Any]
    tooltip: Callable[[EventRow], str] | None = None
    fills: bool = False  # takes the width the other columns leave (the notes)
    #: Digits it may be cut down to when room is short (its tooltip shows all); None: never.
    cut_to: int | None = None
    #: A small picture before the text (the paperclip of a contact with files), or None;
    #: only on the column that fills (the others are measured by their text alone).
    icon: Callable[[EventRow], QIcon | None] | None = None
    #: What a screen reader says for the cell, when the text alone does not say it ("2").
    accessible: Callable[[EventRow], str] | None = None


class Timeline(QObject):
    """The timeline's counted words. A QObject because lupdate reads self.tr(text, "", n) as a
    plural but QCoreApplication.translate(context, text, "", n) with a named n as one form
    (pyside6-lupdate 6.11), and English would then say "1 mark(s)"."""

    def marks(self, count: int) -> str:
        return self.tr("● %n mark(s)", "", count)

    def files(self, count: int) -> str:
        return self.tr("%n file(s) attached", "", count)


_WORDS = Timeline()


def _recording_text(row: EventRow) -> str:
    if not row.recording_ids:
        return ""
    if row.mark_count:
        return _WORDS.marks(row.mark_count)
    return QCoreApplication.translate("Timeline", "● recorded")


def _files_words(row: EventRow) -> str:
    return _WORDS.files(row.file_count) if row.file_count else ""


def _tags_text(row: EventRow, language: str) -> str:
    return labels.tag_list(row.tags, language)


def _notice_text(notice: str | None) -> str:
    names = {
        "cease_request": QCoreApplication.translate("Timeline", "Cease request"),
        "lawyer_notice": QCoreApplication.translate("Timeline", "I have a lawyer"),
        "no_calls_at_work": QCoreApplication.translate("Timeline", "No calls at work"),
    }
    return names.get(notice or "", notice or "")


def _withdrawn_text(row: EventRow) -> str:
    if not row.withdrawn:
        return ""
    text = QCoreApplication.translate("Timeline", "Withdrawn, not counted: %1")
    return text.replace("%1", row.withdrawn_reason)


def _notes(row: EventRow) -> tuple[str, str]:
    """What the phone's record said of an imported contact, in words, and the summary."""
    return labels.contact_notes(
        row.source, row.source_detail, row.summary, row.confirmations, row.duration_s
    )


def _notes_text(row: EventRow) -> str:
    """Withdrawn, the notice, what the phone's record said and the first line of the
    summary: one line in the table."""
    facts, own = _notes(row)
    first = own.split("\n", 1)[0]
    parts = (_withdrawn_text(row), _notice_text(row.notice), facts, first)
    return " · ".join(x for x in parts if x)


def _notes_tooltip(row: EventRow) -> str:
    """All of it: withdrawn, the files, the notice, what the phone's record said and the
    whole summary (the cell may be cut short, and its paperclip says only that there are
    files)."""
    parts = (_withdrawn_text(row), _files_words(row), _notice_text(row.notice), *_notes(row))
    return "\n".join(x for x in parts if x)


def _notes_accessible(row: EventRow) -> str:
    """The notes as a screen reader says them: the paperclip in words first."""
    return ". ".join(x for x in (_files_words(row), _notes_text(row)) if x)


def _when_text(row: EventRow) -> str:
    """The contact's day and time on its clock; a letter's day alone (it has no time)."""
    if date_only(row.kind):
        return localefmt.day_text(row.local.date())
    return localefmt.wall_text(row.local, weekday=True, zone=False)


def _when_tooltip(row: EventRow) -> str:
    if date_only(row.kind):
        return _when_text(row)
    return localefmt.wall_text(row.local, seconds=True)


def columns(language: str) -> list[TimelineColumn]:
    return [
        TimelineColumn(
            QCoreApplication.translate("Timeline", "When (local time)"),
            _when_text,
            lambda r: r.started_utc,
            _when_tooltip,
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "What"),
            lambda r: (
                labels.event_kind(r.kind)
                + {
                    "outgoing": "  ↗",
                    "to_others": " → "
                    + QCoreApplication.translate(
                        "Timeline", "others", "their call to someone else: 'Call → others'"
                    ),
                }.get(r.direction, "")
            ),
            lambda r: r.kind,
            lambda r: labels.direction(r.direction),
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Who"),
            lambda r: r.party,
            lambda r: r.party.casefold(),
            lambda r: r.party,
            cut_to=12,  # most names still read whole
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Number"),
            lambda r: labels.number_text(r.number),
            lambda r: r.number,
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Length"),
            lambda r: duration_text(r.duration_s),
            lambda r: r.duration_s or 0,
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Recording"),
            _recording_text,
            lambda r: (r.has_recording, r.mark_count),
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Tags"),
            lambda r: _tags_text(r, language),
            lambda r: _tags_text(r, language),
            lambda r: _tags_text(r, language),
            # cut before the names: a tag can also be chosen in the filter; in Chinese, room
            # for a tag of four characters, two digits wide each (cut at 8 digits, "報出姓…"
            # showed three of them)
            cut_to=11 if language.startswith("zh") else 8,
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Notes"),
            _notes_text,
            lambda r: " ".join(_notes(r)).casefold(),
            _notes_tooltip,
            fills=True,
            # A paperclip before the note: files are attached (as many as its tooltip says).
            # In the notes, not a column of its own: they take the width the others leave,
            # so at 1200 pixels every column still shows whole.
            icon=lambda r: paperclip_icon() if r.file_count else None,
            accessible=_notes_accessible,
        ),
        TimelineColumn(
            QCoreApplication.translate("Timeline", "Source"),
            lambda r: labels.event_source(r.source),
            lambda r: r.source,
        ),
    ]


class TimelineModel(QAbstractTableModel):
    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns(language)
        self.rows: list[EventRow] = []
        self.allowed: tuple[int, int] = (8, 21)

    def set_rows(self, rows: list[EventRow], allowed: tuple[int, int] = (8, 21)) -> None:
        self.beginResetModel()
        self.rows = rows
        self.allowed = allowed
        self.endResetModel()

    def rows_changed(self) -> None:
        """Row objects were updated in place (e.g. mark counts arrived)."""
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_off_hours(self, row: EventRow) -> bool:
        """A contact attempt of theirs with the user outside the allowed hours, as the charts
        count them (not a letter, not the user's own, not one with someone else; never a
        withdrawn one)."""
        if uncharted_reason(row.kind, row.direction, row.withdrawn) is not None:
            return False
        return not (self.allowed[0] <= row.local.hour < self.allowed[1])

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].sort_key
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(
            key=lambda r: (key(r), r.started_utc),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0 and self.is_off_hours(row):
                return (
                    column.text(row)
                    + " — "
                    + QCoreApplication.translate(
                        "Timeline", "outside the hours collectors may call"
                    )
                )
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible:
            return column.accessible(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.withdrawn:
            return QBrush(WITHDRAWN)
        if role == Qt.ItemDataRole.FontRole and row.withdrawn:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(OFF_HOURS) if self.is_off_hours(row) else None
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and self.is_off_hours(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class TimelineProxy(QSortFilterProxyModel):
    """Shows the rows a :class:`TimelineFilter` accepts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = TimelineFilter()
        self._all = True

    def reset_filter(self) -> None:
        """Show everything from the next model reset on (no filtering pass now)."""
        self.filter = TimelineFilter()
        self._all = True

    def set_filter(self, flt: TimelineFilter) -> None:
        if flt == self.filter:
            return
        self.filter = flt
        self._all = flt.is_empty
        self.refilter()

    def refilter(self) -> None:
        """Apply the filter again (Qt 6.9+ API; ``invalidateFilter`` before that)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._all:
            return True
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        return self.filter.accepts(model.rows[source_row])

    def row_at(self, proxy_row: int) -> EventRow:
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        return model.rows[self.mapToSource(self.index(proxy_row, 0)).row()]

    def visible_rows(self) -> list[EventRow]:
        return [self.row_at(i) for i in range(self.rowCount())]
