"""Editing the call panel's tag buttons: which tags, their names, keys and colours."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..conduct.tags import TAGS, tag_title
from ..settings import DEFAULT_COLOURS, TagButton, default_tag_buttons

KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
COLUMNS = 4  # tag, name, key, colour


class TagSetDialog(QDialog):
    """A table of tag buttons; OK returns the edited list through ``buttons()``."""

    def __init__(
        self, buttons: list[TagButton], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag buttons for calls"))
        self.language = language
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("Name on the button"), self.tr("Key"), self.tr("Colour")]
        )
        self.table.setAccessibleName(self.tr("Tag buttons"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,  # the tag's title
                QHeaderView.ResizeMode.Stretch,  # the name typed for the button
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab goes through the cells' own fields
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a93226;")
        add_known = QComboBox()
        add_known.setAccessibleName(self.tr("Add a tag"))
        add_known.addItem(self.tr("Add a tag…"), None)
        for tag in TAGS:
            add_known.addItem(tag.title(language), tag.id)
        add_known.addItem(self.tr("A tag of my own…"), "custom")
        add_known.activated.connect(lambda _i: self._add_chosen(add_known))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        defaults = QPushButton(self.tr("Restore defaults"))
        defaults.clicked.connect(lambda: self._load(default_tag_buttons()))
        row = QHBoxLayout()
        row.addWidget(add_known)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(defaults)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._accept_if_valid)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each button marks the moment in the recording. Press its key during a "
                    "call; keys are not used while you type in a text field."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(box)
        self.resize(780, 460)
        self._load(buttons)

    # ------------------------------------------------------------ rows
    def _load(self, buttons: list[TagButton]) -> None:
        self.table.setRowCount(0)
        for button in buttons:
            self._append(button)

    def _append(self, button: TagButton) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        custom = button.tag.startswith("custom_")
        tag_label = QLabel(
            self.tr("(my own tag)") if custom else tag_title(button.tag, self.language)
        )
        tag_label.setProperty("tag", button.tag)
        self.table.setCellWidget(row, 0, tag_label)
        name = QLineEdit(button.label)
        name.setPlaceholderText(tag_title(button.tag, self.language) if not custom else "")
        name.setAccessibleName(self.tr("Name on the button"))
        self.table.setCellWidget(row, 1, name)
        key = QComboBox()
        key.setAccessibleName(self.tr("Key"))
        key.addItem(self.tr("none"), None)
        for k in KEYS:
            key.addItem(k, k)
        key.setCurrentIndex(max(0, key.findData(button.key)))
        self.table.setCellWidget(row, 2, key)
        colour = QPushButton()
        colour.setAccessibleName(self.tr("Colour"))
        self._set_colour(colour, button.colour)
        colour.clicked.connect(lambda _=False, b=colour: self._pick_colour(b))
        self.table.setCellWidget(row, 3, colour)

    def _add_chosen(self, combo: QComboBox) -> None:
        choice = combo.currentData()
        combo.setCurrentIndex(0)
        if choice is None:
            return
        if choice == "custom":
            used = {self._tag_of(r) for r in range(self.table.rowCount())}
            n = 1
            while f"custom_{n}" in used:
                n += 1
            self._append(TagButton(f"custom_{n}", None, "#5b6b7a", ""))
            self.table.cellWidget(self.table.rowCount() - 1, 1).setFocus()
            return
        self._append(TagButton(choice, None, DEFAULT_COLOURS.get(choice, "#5b6b7a")))

    def _remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def _pick_colour(self, button: QPushButton) -> None:
        chosen = QColorDialog.getColor(QColor(button.property("colour")), self)
        if chosen.isValid():
            self._set_colour(button, chosen.name())

    def _set_colour(self, button: QPushButton, value: str) -> None:
        """A swatch of the colour and a word, not its hex code (kept in the tooltip)."""
        button.setProperty("colour", value)
        button.setText(self.tr("Change…"))
        button.setToolTip(value)
        swatch = QPixmap(28, 16)
        swatch.fill(QColor(value))
        button.setIcon(QIcon(swatch))
        button.setIconSize(swatch.size())

    def _tag_of(self, row: int) -> str:
        return str(self.table.cellWidget(row, 0).property("tag"))

    # ---------------------------------------------------------- result
    def buttons(self) -> list[TagButton]:
        result = []
        for row in range(self.table.rowCount()):
            name: QLineEdit = self.table.cellWidget(row, 1)  # type: ignore[assignment]
            key: QComboBox = self.table.cellWidget(row, 2)  # type: ignore[assignment]
            colour: QPushButton = self.table.cellWidget(row, 3)  # type: ignore[assignment]
            result.append(
                TagButton(
                    self._tag_of(row),
                    key.currentData(),
                    str(colour.property("colour")),
                    re.sub(r"\s+", " ", name.text()).strip()[:60],
                )
            )
        return result

    def check(self) -> str:
        """What is wrong with the edited set ("" when it can be saved)."""
        buttons = self.buttons()
        keys = [b.key for b in buttons if b.key]
        doubled = sorted({k for k in keys if keys.count(k) > 1})
        if doubled:
            return self.tr("Each key can be used once; used twice: %s") % ", ".join(doubled)
        if any(b.tag.startswith("custom_") and not b.label for b in buttons):
            return self.tr("A tag of your own needs a name.")
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.check()
        self.problem.setText(problem)
        if not problem:
            self.accept()


def button_title(button: TagButton, language: str) -> str:
    """What the call panel shows for a button."""
    return button.label or tag_title(button.tag, language)
