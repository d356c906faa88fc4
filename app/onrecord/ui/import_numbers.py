"""The import preview's table: one row per number found, a tick to import it and a collector.

Rows come from ``ImportPreview.numbers``; numbers already in the case start ticked (a withheld
caller never does). The collector combo offers the case's parties, "not sure", and "New
collector…" (a name only: the dialog creates the party when the user confirms the import).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..imports import NumberSummary
from ..timefmt import local
from . import dialogs, labels, localefmt

NOT_SURE = None
NEW_COLLECTOR = "new…"
COL_PICK, COL_NUMBER, COL_COUNT, COL_KINDS, COL_DATES, COL_CASE, COL_NAMES, COL_WHO = range(8)


class NumbersTable(QTableWidget):
    """Numbers found in a file, to tick and assign. Emits :attr:`picks_changed`."""

    picks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.new_collectors: list[str] = []
        self._tick_all = False
        self.setAccessibleName(self.tr("Numbers found in the file"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Import"),
                self.tr("Number"),
                self.tr("Contacts"),
                self.tr("What"),
                self.tr("First – last (local time)"),
                self.tr("Already in this case"),
                self.tr("Name on the phone"),
                self.tr("Collector"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)  # Tab goes through the cells' own fields
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemChanged.connect(self._pick_changed)
        self.cellActivated.connect(self._toggle_row)

    def fill(
        self,
        numbers: Sequence[NumberSummary],
        parties: Sequence[object],
        zone: str,
        *,
        tick_all: bool = False,
    ) -> None:
        """``tick_all``: every number starts ticked (a log the user kept lists only contacts
        they chose to write down); else those already in the case."""
        self.new_collectors = []
        self._tick_all = tick_all
        self.blockSignals(True)
        self.setRowCount(0)
        for row, number in enumerate(numbers):
            self.insertRow(row)
            self._fill_row(row, number, parties, zone)
        self.blockSignals(False)
        self.resizeColumnsToContents()
        self.picks_changed.emit()

    def _fill_row(
        self, row: int, number: NumberSummary, parties: Sequence[object], zone: str
    ) -> None:
        shown = (
            self.tr("Caller ID withheld")
            if number.withheld
            else self.tr("No number (letters, visits, emails)")
            if number.numberless
            else number.display
        )
        pick = QTableWidgetItem()
        pick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        # Numbers already in the case start ticked; a withheld caller could be anyone. Letters
        # and visits without a number are not someone's number to choose: ticked.
        ticked = self._tick_all or number.numberless or (number.in_case and not number.withheld)
        pick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        pick.setData(Qt.ItemDataRole.UserRole, number.key)
        pick.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Import %1").replace("%1", shown))
        kinds = labels.listed(
            f"{labels.event_kind(kind)} ×{count}" for kind, count in sorted(number.kinds.items())
        )
        first = localefmt.date_text(local(number.first, zone).date())
        last = localefmt.date_text(local(number.last, zone).date())
        if number.in_case:
            in_case = self.tr("Yes") + (f" — {number.party_name}" if number.party_name else "")
        else:
            in_case = self.tr("No")
        if number.already_imported:
            in_case += " · " + self.tr("%1 of %2 already imported").replace(
                "%1", str(number.already_imported)
            ).replace("%2", str(number.count))
        if number.filed_with_calls:
            in_case += " · " + self.tr(
                "%1 of %2 already recorded (notes and tags added to those calls)"
            ).replace("%1", str(number.filed_with_calls)).replace("%2", str(number.count))
        if number.confirms_calls:
            in_case += " · " + self.tr(
                "%1 of %2 already recorded (filed with those calls as the phone's record)"
            ).replace("%1", str(number.confirms_calls)).replace("%2", str(number.count))
        if number.removed_before:
            in_case += " · " + self.tr("%1 of %2 removed earlier (not imported again)").replace(
                "%1", str(number.removed_before)
            ).replace("%2", str(number.count))
        cells = {
            COL_PICK: pick,
            COL_NUMBER: QTableWidgetItem(shown),
            COL_COUNT: QTableWidgetItem(str(number.count)),
            COL_KINDS: QTableWidgetItem(kinds),
            COL_DATES: QTableWidgetItem(first if first == last else f"{first} – {last}"),
            COL_CASE: QTableWidgetItem(in_case),
            COL_NAMES: QTableWidgetItem(labels.listed(number.names_on_phone)),
        }
        cells[COL_NUMBER].setToolTip("\n".join(number.raw_forms))
        cells[COL_COUNT].setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        for column, item in cells.items():
            self.setItem(row, column, item)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Collector for %1").replace("%1", shown))
        combo.addItem(self.tr("— not sure —"), NOT_SURE)
        for party in parties:
            combo.addItem(
                f"{party.name} ({labels.party_role(party.role)})",  # type: ignore[attr-defined]
                party.id,  # type: ignore[attr-defined]
            )
        for name in self.new_collectors:
            combo.addItem(self.tr("%1 (new)").replace("%1", name), f"new:{name}")
        combo.addItem(self.tr("New collector…"), NEW_COLLECTOR)
        if number.party_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(number.party_id)))
            combo.setEnabled(False)
            combo.setToolTip(
                self.tr("This number already belongs to %1.").replace("%1", number.party_name)
            )
        combo.activated.connect(lambda _i, c=combo, n=number: self._collector_chosen(c, n))
        self.setCellWidget(row, COL_WHO, combo)

    def _collector_chosen(self, combo: QComboBox, number: NumberSummary) -> None:
        if combo.currentData() != NEW_COLLECTOR:
            return
        name = dialogs.ask_text(
            self,
            self.tr("New collector"),
            self.tr("Name of the collector or company:"),
            number.names_on_phone[0] if number.names_on_phone else "",
        )
        if not name:
            combo.setCurrentIndex(0)
            return
        data = f"new:{name}"
        if name not in self.new_collectors:
            self.new_collectors.append(name)
            for row in range(self.rowCount()):
                other = self.cellWidget(row, COL_WHO)
                if isinstance(other, QComboBox):
                    other.insertItem(
                        other.count() - 1, self.tr("%1 (new)").replace("%1", name), data
                    )
        combo.setCurrentIndex(combo.findData(data))
        self.set_row_picked(self.row_of(number.key), True)

    def row_of(self, key: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row, COL_PICK).data(Qt.ItemDataRole.UserRole) == key:
                return row
        raise KeyError(key)

    def set_row_picked(self, row: int, picked: bool) -> None:
        self.item(row, COL_PICK).setCheckState(
            Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked
        )

    def set_all_picked(self, picked: bool) -> None:
        for row in range(self.rowCount()):
            self.set_row_picked(row, picked)

    def _toggle_row(self, row: int, _column: int) -> None:
        item = self.item(row, COL_PICK)
        self.set_row_picked(row, item.checkState() != Qt.CheckState.Checked)

    def _pick_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_PICK:
            self.picks_changed.emit()

    def picked_keys(self) -> list[str]:
        keys = []
        for row in range(self.rowCount()):
            item = self.item(row, COL_PICK)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def collector_for(self, key: str) -> object:
        combo = self.cellWidget(self.row_of(key), COL_WHO)
        return combo.currentData() if isinstance(combo, QComboBox) else None

    def set_collector(self, key: str, party_id: int | None) -> None:
        combo = self.cellWidget(self.row_of(key), COL_WHO)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(party_id)))
