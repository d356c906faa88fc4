"""Moving contact events to another case (e.g. out of "Unsorted calls")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class MoveDialog(QDialog):
    """Choose the case an event belongs to."""

    def __init__(self, cases: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another case"))
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case"))
        for case_id, title in cases:
            self.case.addItem(title, case_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File this contact under:")))
        layout.addWidget(self.case)
        layout.addWidget(buttons)
