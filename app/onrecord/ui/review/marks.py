"""The marks of a call as a table, and the small dialogs that change them.

A mark is never overwritten or removed: editing a note adds a revision (the old text stays in
the history shown here), and retracting adds a revision that says it was withdrawn.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...conduct.tags import TAGS, tag_title
from ...settings import DEFAULT_COLOURS
from ...store.models import MarkRevision
from ...store.search import MarkRow
from ...timefmt import clock_text
from .. import localefmt

Index = QModelIndex | QPersistentModelIndex
NEUTRAL = "#5b6b7a"


def ui_language() -> str:
    """The tag-title language for the current UI language (en, zh_CN or zh_TW)."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") else "zh_CN"
    return "en"


def mark_label(row: MarkRow, language: str) -> str:
    """What a flag says: the tag's title, else the start of the note."""
    if row.tag:
        return tag_title(row.tag, language)
    first = row.text.strip().splitlines()[0] if row.text.strip() else ""
    return first or QCoreApplication.translate("Review", "Note")


def state_text(row: MarkRow) -> str:
    parts = []
    if row.retracted:
        parts.append(QCoreApplication.translate("Review", "Retracted"))
    if row.added_later:
        parts.append(QCoreApplication.translate("Review", "Added later"))
    if row.revisions > 1 and not row.retracted:
        parts.append(QCoreApplication.translate("Review", "Edited"))
    return ", ".join(parts)


class MarksModel(QAbstractTableModel):
    """The marks of one recording, in audio order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MarkRow] = []
        self.samplerate = 48000
        self.colours: dict[str, str] = dict(DEFAULT_COLOURS)
        self.language = "en"
        self.current: int | None = None
        self.headers = [
            QCoreApplication.translate("Review", "Time"),
            QCoreApplication.translate("Review", "What"),
            QCoreApplication.translate("Review", "Note"),
            QCoreApplication.translate("Review", "State"),
        ]

    def set_rows(self, rows: list[MarkRow], samplerate: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.samplerate = samplerate or 48000
        self.endResetModel()

    def set_current(self, mark_id: int | None) -> None:
        if mark_id == self.current:
            return
        old = self.row_of(self.current)
        self.current = mark_id
        for row in (old, self.row_of(mark_id)):
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, mark_id: int | None) -> int | None:
        if mark_id is None:
            return None
        for i, row in enumerate(self.rows):
            if row.id == mark_id:
                return i
        return None

    def colour(self, row: MarkRow) -> str:
        return self.colours.get(row.tag or "", NEUTRAL)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return clock_text(row.frame / self.samplerate)
            if col == 1:  # what the mark is: its tag, or a note ("—" read as nothing)
                if row.tag:
                    return tag_title(row.tag, self.language)
                return QCoreApplication.translate("Review", "Note")
            if col == 2:
                return row.text.splitlines()[0] if row.text else ""
            return state_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return row.text
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor("#9aa0a6" if row.retracted else self.colour(row))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(row.retracted and col in (1, 2))
            font.setItalic(row.added_later)
            font.setBold(row.id == self.current)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.retracted:
            return QBrush(QColor("#80868b"))
        if role == Qt.ItemDataRole.BackgroundRole and row.id == self.current:
            colour = QColor(self.colour(row))
            colour.setAlpha(45)
            return QBrush(colour)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


def history_lines(revisions: list[MarkRevision], zone: str) -> list[str]:
    lines = []
    for rev in revisions:
        when = localefmt.moment_text(rev.created_at, zone)
        head = (
            QCoreApplication.translate("Review", "Version %1 · %2")
            .replace("%1", str(rev.number))
            .replace("%2", when)
        )
        if rev.retracted:
            body = QCoreApplication.translate("Review", "Retracted") + (
                f": {rev.reason}" if rev.reason else ""
            )
        else:
            body = rev.text or QCoreApplication.translate("Review", "(no note)")
            if rev.reason:
                body += "  — " + QCoreApplication.translate("Review", "why changed: %1").replace(
                    "%1", rev.reason
                )
        lines.append(f"{head}\n{body}")
    return lines


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NoteDialog(QDialog):
    """Change a mark's note; the earlier versions are listed and stay in the case file."""

    def __init__(
        self,
        row: MarkRow,
        history: list[str],
        language: str,
        samplerate: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the note"))
        self.setMinimumWidth(460)
        what = tag_title(row.tag, language) if row.tag else self.tr("Note")
        self.note = QPlainTextEdit(row.text)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Optional, e.g. “typo” or “heard it again”"))
        self.reason.setAccessibleName(self.tr("Why it changed"))
        self.history = QListWidget()
        self.history.addItems(history)
        self.history.setAccessibleName(self.tr("Earlier versions"))
        form = QFormLayout()
        form.addRow(self.tr("Mark:"), QLabel(f"{what} · {clock_text(row.frame / samplerate)}"))
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Why it changed:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Earlier versions are kept and stay visible in the case file:"))
        )
        layout.addWidget(self.history)
        layout.addWidget(_buttons(self, self.tr("Save new version")))
        self.note.setFocus()


class RetractDialog(QDialog):
    """Withdraw a mark made by mistake: it stays, visibly retracted, with its history."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retract this mark"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. “pressed the wrong key”"))
        explain = QLabel(
            self.tr(
                "The mark “%1” will be shown as retracted. Nothing is deleted: the mark, its "
                "notes and this retraction stay in the case file and in the export."
            ).replace("%1", label)
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Retract")))


class AddMarkDialog(QDialog):
    """Add a mark after the call; it is stored as "added later"."""

    def __init__(self, frame: int, samplerate: int, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a mark"))
        self.setMinimumWidth(420)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("What happened"))
        self.tag.addItem(self.tr("Just a note"), None)
        for tag in TAGS:
            self.tag.addItem(tag.title(language), tag.id)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        explain = QLabel(
            self.tr("This mark will be shown as added after the call, at %1.").replace(
                "%1", clock_text(frame / samplerate)
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&What happened:"), self.tag)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Add mark")))
        self.tag.setFocus()
