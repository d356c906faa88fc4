"""The list of cases on the left of the main window, and choosing the case shown.

Choosing another case (or a new one) first asks what to do with unsaved changes to the
case form; if the user stays on them, the list goes back to the case the form shows.

Its texts are the main window's: they are translated in the MainWindow context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..store.models import Case
from .tablemodel import Column, RowsModel

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class _FitWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list, not as their text: a list view then draws each row across
    the view and elides its text there, instead of scrolling sideways to show it whole."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        hint.setWidth(1)
        return hint


class CaseList:
    """The case list of :class:`MainWindow` (mixed in; uses the window's state)."""

    #: True while the case list is put back or reloaded by the window itself: a change of
    #: its current row is then not the user choosing a case.
    _holding_selection: bool

    def _build_case_list(self: MainWindow) -> QWidget:
        """The list, its heading and the New case button."""
        self.cases_model: RowsModel[Case] = RowsModel(
            [Column("", self._case_label, tooltip=self._case_tooltip)]
        )
        self.case_list = QListView()
        self.case_list.setModel(self.cases_model)
        self.case_list.setAccessibleName(QCoreApplication.translate("MainWindow", "Cases"))
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long title ends in "…" (the whole title is its tooltip), never a sideways scroll.
        self.case_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_list.setItemDelegate(_FitWidthDelegate(self.case_list))
        self.case_list.selectionModel().currentChanged.connect(self._case_selected)
        self.new_case_button = QPushButton(QCoreApplication.translate("MainWindow", "&New case"))
        self.new_case_button.clicked.connect(self.new_case)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(QCoreApplication.translate("MainWindow", "<b>Cases</b>")))
        left_layout.addWidget(self.case_list)
        left_layout.addWidget(self.new_case_button)
        return left

    def _case_label(self: MainWindow, case: Case) -> str:
        if case.is_unsorted:
            return QCoreApplication.translate("MainWindow", "Unsorted calls")
        return case.title

    def _case_tooltip(self: MainWindow, case: Case) -> str:
        """The whole title (a narrow list cuts it short) and the reference."""
        return f"{self._case_label(case)}\n{case.reference}"

    def reload_cases(self: MainWindow) -> None:
        self.cases_model.set_rows(self.workspace.cases.cases())

    def reload_cases_in_place(self: MainWindow) -> None:
        """Read the list again, left on the case the form shows (nothing else is reloaded)."""
        self._holding_selection = True
        try:
            self.reload_cases()
        finally:
            self._holding_selection = False
        self._put_list_on_form_case()

    def select_case(self: MainWindow, case_id: int) -> bool:
        """Show a case; False if it is not shown (unknown, or the user stayed on an edit)."""
        self._set_list_row(case_id)
        return self.case_form.case_id == case_id

    def _set_list_row(self: MainWindow, case_id: int | None) -> bool:
        for row, case in enumerate(self.cases_model.rows()):
            if case.id == case_id:
                index = self.cases_model.index(row, 0)
                self.case_list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return True
        return False

    def current_case_id(self: MainWindow) -> int | None:
        return self.case_form.case_id

    def leave_case(self: MainWindow) -> bool:
        """Before the case form shows something else: save, discard or stay (False)."""
        self._holding_selection = True  # saving reloads the list; that is not a choice
        try:
            return self.case_form.ask_to_save(self)
        finally:
            self._holding_selection = False

    def _hold_list_on_form_case(self: MainWindow) -> None:
        """Put the list back on the case the form shows (the user stayed on it).

        Again once the click that chose another case is handled: the list view selects the
        clicked row after it has announced the new current one.
        """
        self._put_list_on_form_case()
        QTimer.singleShot(0, self, self._put_list_on_form_case)

    def _put_list_on_form_case(self: MainWindow) -> None:
        self._holding_selection = True
        try:
            if not self._set_list_row(self.case_form.case_id):  # a new case: no row yet
                self.case_list.selectionModel().clearSelection()
                self.case_list.setCurrentIndex(self.cases_model.index(-1, 0))
        finally:
            self._holding_selection = False

    def _case_form_modified(self: MainWindow, modified: bool) -> None:
        text = QCoreApplication.translate("MainWindow", "&Case")
        self.tabs.setTabText(self.tabs.indexOf(self.case_form), f"{text} *" if modified else text)

    def _case_selected(self: MainWindow, current: object, _previous: object) -> None:
        if self._holding_selection:
            return
        index = self.case_list.currentIndex()
        if not index.isValid():
            return
        case_id = self.cases_model.row_at(index.row()).id
        if case_id != self.case_form.case_id:
            if not self.leave_case():
                self._hold_list_on_form_case()
                return
            index = self.case_list.currentIndex()
            if not index.isValid() or self.cases_model.row_at(index.row()).id != case_id:
                self.select_case(case_id)  # saving reloaded the list: choose again
                return
        case = self.workspace.cases.case(case_id)
        if not self.case_form.has_unsaved_changes():  # the same case again keeps the edit
            self.case_form.load(case)
        self.people.show_case(case.id)
        for panel in (self.timeline, self.review, self.charts, self.search):
            panel.show_case(case.id)
        self.call_panel.show_case(case.id)
        self.conduct.show_case(case.id)
        self._set_case_tabs_enabled(True)

    def new_case(self: MainWindow) -> None:
        if not self.leave_case():
            self._hold_list_on_form_case()
            return
        self.case_list.selectionModel().clearSelection()
        self.case_list.setCurrentIndex(self.cases_model.index(-1, 0))
        self.case_form.start_new()
        self.people.show_case(None)
        for panel in (self.timeline, self.review, self.charts):
            panel.show_case(None)
        self.tabs.setCurrentWidget(self.case_form)
        self.call_panel.show_case(None)
        self._set_case_tabs_enabled(False)
        self.case_form.title.setFocus()

    def _set_case_tabs_enabled(self: MainWindow, enabled: bool) -> None:
        for panel in (self.people, self.timeline, self.review, self.charts, self.conduct):
            self.tabs.setTabEnabled(self.tabs.indexOf(panel), enabled)
        self.import_action.setEnabled(enabled)
        self.export_action.setEnabled(enabled)
