"""The case timeline: every contact in one table, filters, quick logging, promises.

A contact logged by mistake is corrected ("Edit contact…", or a double-click on a contact
without a recording) or removed ("Remove contact…", or the Delete key); the store logs both,
with the old values and the reason, in the case's audit log. A recorded call is evidence: its
details can be corrected, but it is never removed (the Remove button says why).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...conduct.tags import TAGS
from ...evidence.charts import ALLOWED_HOURS
from ...store import StoreError, Workspace
from ...store.enums import EventKind
from ...store.search import EventRow, apply_mark_summary, mark_summary, timeline_rows
from .. import dialogs, labels
from ..errors import error_text
from ..movedialog import MoveDialog
from ..review.marks import ui_language
from ..workers import run_task
from . import contacts
from .attachedfiles import ContactFile, contact_files, withdraw_or_restore
from .ledger import LedgerView
from .logdialog import LogContactDialog, LoggedContact, NumberChoice
from .model import NO_PARTY, TimelineFilter, TimelineModel, TimelineProxy
from .numberfield import number_choices
from .table import TimelineTable
from .withdraw import remove_or_withdraw
from .withdrawnagain import attach_again

ANY_DATE = QDate(2000, 1, 1)
ROW_HEIGHT = 26


class _FilterDate(QDateEdit):
    """A date filter whose "any day" does not trap Tab (Qt keeps Tab inside it while shown)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.date() == self.minimumDate() and self.specialValueText():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


class TimelinePanel(QWidget):
    """Every contact event of a case. ``apply_filter`` takes a filter from the charts."""

    recording_opened = Signal(int)  # recording id (double-click on a recorded call)
    events_changed = Signal(int)  # case id: a contact was logged, corrected or removed here
    filter_changed = Signal(object)  # the TimelineFilter now shown
    marks_loaded = Signal()  # mark counts and mark tags arrived (loaded in the background)
    events_moved = Signal(int)  # the case the selected events were moved to

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.zone = "UTC"
        self.language = ui_language()
        #: Runs a dialog; tests replace it to fill in and accept the dialog.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )
        self._load_token = 0
        self._filling = True  # no filtering while the filter widgets are being built
        self._parties: list[tuple[int, str]] = []
        self._numbers: list[NumberChoice] = []

        self.model = TimelineModel(self.language, self)
        self.proxy = TimelineProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = TimelineTable()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Every contact in this case"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = self.view.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(max(ROW_HEIGHT, self.view.fontMetrics().height() + 8))
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_clicked)
        self.view.doubleClicked.connect(self._double_clicked)

        self.count = QLabel()
        self.log_button = QPushButton(self.tr("&Log a contact…"))
        self.log_button.setToolTip(self.tr("Missed call, SMS, letter or visit (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self.log_contact())
        shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.log_contact())
        self.move_button = QPushButton(self.tr("Mo&ve to another case…"))
        self.move_button.setToolTip(self.tr("File the selected contacts under another case"))
        self.move_button.clicked.connect(self.move_selected)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.move_button)
        top.addWidget(self.log_button)
        # No Alt keys: the Timeline's free letters are few (tests/ui/test_mnemonics.py); a
        # double-click and the Delete key reach them from the table.
        self.edit_button = QPushButton(self.tr("Edit contact…"))
        self.edit_button.setToolTip(
            self.tr("Correct the selected contact: when, what, who, note (or double-click it)")
        )
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button = QPushButton(self.tr("Remove contact…"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self.remove_selected())
        self.view.selectionModel().selectionChanged.connect(lambda: self._update_row_buttons())
        self.model.modelReset.connect(self._update_row_buttons)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        self.party = self._combo(self.tr("Collector"))
        self.number = self._combo(self.tr("Number"))
        self.kind = self._combo(self.tr("Kind of contact"))
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in EventKind:
            self.kind.addItem(labels.event_kind(kind), kind.value)
        self.recorded = self._combo(self.tr("Recording"))
        self.recorded.addItem(self.tr("Recorded or not"), None)
        self.recorded.addItem(self.tr("Recorded"), True)
        self.recorded.addItem(self.tr("Not recorded"), False)
        self.tag = self._combo(self.tr("Tag"))
        self.tag.addItem(self.tr("Any tag"), None)
        for tag in TAGS:
            self.tag.addItem(tag.title(self.language), tag.id)
        self.date_from = self._date(self.tr("From date"))
        self.date_to = self._date(self.tr("To date"))
        self.hour_chip = QToolButton()
        self.hour_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.hour_chip.setToolTip(self.tr("Filter chosen on a chart; click to remove it"))
        self.hour_chip.clicked.connect(self._clear_hour)
        self.hour_chip.hide()
        self.clear_button = QPushButton(self.tr("Sh&ow all"))
        self.clear_button.clicked.connect(self.clear_filters)
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in (
            (first, self.tr("&Who:"), self.party),
            (first, self.tr("N&umber:"), self.number),
            (first, self.tr("&Kind:"), self.kind),
            (second, self.tr("Fro&m:"), self.date_from),
            (second, self.tr("to:"), self.date_to),
            (second, None, self.recorded),
            (second, None, self.tag),
        ):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                row.addWidget(label)
            row.addWidget(widget)
        first.addStretch(1)
        second.addWidget(self.hour_chip)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        filters = QVBoxLayout()
        filters.addLayout(first)
        filters.addLayout(second)
        contacts = QWidget()
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.setContentsMargins(0, 4, 0, 0)
        contacts_layout.addLayout(filters)
        contacts_layout.addWidget(self.view, 1)
        contacts_layout.addLayout(row_buttons)
        self.contacts_page = contacts
        self.ledger = LedgerView(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(contacts, self.tr("Contacts"))
        self.tabs.addTab(self.ledger, self.tr("Promises and payments"))
        self.ledger.promises_changed.connect(lambda _c: self._update_ledger_tab())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._hour: int | None = None
        self._filling = False
        self._set_enabled(False)

    # ------------------------------------------------------------ widgets
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(self._filters_edited)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = _FilterDate()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(self._filters_edited)
        return edit

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.log_button, self.move_button, self.tabs):
            widget.setEnabled(on)
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        """Edit and Remove act on one selected contact; a recorded call is never removed,
        and a withdrawn contact's Remove counts it again."""
        rows = self.selected_rows() if self.case_id is not None else []
        one = rows[0] if len(rows) == 1 else None
        self.edit_button.setEnabled(one is not None)
        recorded = one is not None and contacts.is_recorded(one)
        self.remove_button.setEnabled(one is not None and not recorded)
        if one is not None and one.withdrawn:
            self.remove_button.setText(self.tr("Count again…"))
            self.remove_button.setToolTip(
                self.tr("This contact was withdrawn as logged by mistake: count it again")
            )
            return
        self.remove_button.setText(self.tr("Remove contact…"))
        self.remove_button.setToolTip(
            self.tr(
                "A recorded call is evidence: it is never removed. You can correct its "
                "details (Edit contact…) or move it to another case."
            )
            if recorded
            else self.tr(
                "Remove the selected contact, for example one logged by mistake (or press "
                "Delete); one with tags or files is withdrawn instead. The case's audit log "
                "keeps what it was"
            )
        )

    # ------------------------------------------------------------ loading
    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._load_token += 1
        if case_id is None:
            self.proxy.reset_filter()
            self.model.set_rows([])
            self.view.fit_columns()
            self._fill_filter_choices([], [])
            self.ledger.show_case(None)
            self.count.setText(self.tr("Choose or create a case."))
            self._set_enabled(False)
            return
        case = self.workspace.cases.case(case_id)
        self.zone = case.timezone
        rows = timeline_rows(self.workspace.store, case_id, with_marks=False)
        self.proxy.reset_filter()  # a new case starts unfiltered: one pass, at the reset
        self.model.set_rows(rows, ALLOWED_HOURS.get(case.jurisdiction, (8, 21)))
        self.view.fit_columns()
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        parties, numbers = self._people(case)
        self._fill_filter_choices(parties, numbers)
        self.ledger.show_case(case_id)
        self._update_ledger_tab()
        self._set_enabled(True)
        self._update_count()
        self.view.scrollToBottom()
        self._load_marks(case_id)

    def _people(self, case: Any = None) -> tuple[list[tuple[int, str]], list[NumberChoice]]:
        """The case's people and numbers as they are now, kept for the log dialog: the People
        tab may have added some since the case was opened (a walk-through's new number was
        missing from the dialog, and her first contact was saved without it)."""
        if case is None:
            case = self.workspace.cases.case(self.case_id)
        parties = [(p.id, p.name) for p in case.parties]
        numbers = number_choices(case)
        self._parties, self._numbers = parties, numbers
        return parties, numbers

    def _load_marks(self, case_id: int) -> None:
        token = self._load_token
        store = self.workspace.store

        def done(summary: object) -> None:
            if token != self._load_token or not isValid(self):
                return  # another case was opened meanwhile, or the panel is gone
            apply_mark_summary(self.model.rows, summary)  # type: ignore[arg-type]
            self.model.rows_changed()
            self.view.fit_columns()  # mark counts and tags are longer than "● recorded"
            if self.proxy.filter.tag is not None:
                self.proxy.refilter()
                self._update_count()
            self.marks_loaded.emit()

        def failed(exc: BaseException) -> None:
            if token == self._load_token and isValid(self):
                dialogs.error(self, self.tr("Marks not loaded"), error_text(exc))

        run_task(lambda: mark_summary(store, case_id), done, failed)

    def refresh(self) -> None:
        """Read the case again (after a call was saved, marks edited, an import...)."""
        flt = self.proxy.filter
        self.show_case(self.case_id)
        self.apply_filter(flt, merge=False)

    def _fill_filter_choices(self, parties: list[tuple[int, str]], numbers: list[NumberChoice]):
        self._filling = True
        try:
            self.party.clear()
            self.party.addItem(self.tr("Everyone"), None)
            for party_id, name in parties:
                self.party.addItem(name, party_id)
            self.party.addItem(self.tr("Not known"), NO_PARTY)
            self.number.clear()
            self.number.addItem(self.tr("Any number"), None)
            for choice in numbers:
                self.number.addItem(choice.text, choice.number_id)
            for combo in (self.kind, self.recorded, self.tag):
                combo.setCurrentIndex(0)
            for edit in (self.date_from, self.date_to):
                edit.setDate(ANY_DATE)
            self._hour = None
            self.hour_chip.hide()
        finally:
            self._filling = False

    def _update_ledger_tab(self) -> None:
        overdue = self.ledger.overdue_count()
        if overdue:
            # One sentence, so a language can place the count and its brackets as it writes.
            text = self.tr("Promises and payments (%1 overdue)").replace("%1", str(overdue))
        else:
            text = self.tr("Promises and payments")
        self.tabs.setTabText(1, text)

    # ------------------------------------------------------------ filters
    def current_filter(self) -> TimelineFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            d = edit.date()
            return None if d == ANY_DATE else dt.date(d.year(), d.month(), d.day())

        return TimelineFilter(
            party_id=self.party.currentData(),
            number_id=self.number.currentData(),
            kind=self.kind.currentData(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            hour=self._hour,
            has_recording=self.recorded.currentData(),
            tag=self.tag.currentData(),
        )

    def _filters_edited(self) -> None:
        if self._filling:
            return
        flt = self.current_filter()
        self.proxy.set_filter(flt)
        self._update_count()
        self.filter_changed.emit(flt)

    def apply_filter(self, flt: TimelineFilter, *, merge: bool = True) -> None:
        """Show only what ``flt`` accepts (merged into the filters already set, by default)."""
        flt = self.current_filter().merged(flt) if merge else flt
        self._filling = True
        try:
            for combo, value in (
                (self.party, flt.party_id),
                (self.number, flt.number_id),
                (self.kind, flt.kind),
                (self.recorded, flt.has_recording),
                (self.tag, flt.tag),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            for edit, value in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
                edit.setDate(QDate(value.year, value.month, value.day) if value else ANY_DATE)
            self._hour = flt.hour
            if flt.hour is not None:
                self.hour_chip.setText(
                    self.tr("Hour %1:00–%1:59  ✕").replace("%1", f"{flt.hour:02d}")
                )
            self.hour_chip.setVisible(flt.hour is not None)
        finally:
            self._filling = False
        self.tabs.setCurrentIndex(0)
        self._filters_edited()

    def _clear_hour(self) -> None:
        self._hour = None
        self.hour_chip.hide()
        self._filters_edited()

    def clear_filters(self) -> None:
        self.apply_filter(TimelineFilter(), merge=False)

    def _update_count(self) -> None:
        rows = self.model.rows
        flt = self.proxy.filter
        # One pass over plain rows (asking the proxy row by row costs ~80 ms for 10 000).
        visible = rows if flt.is_empty else [r for r in rows if flt.accepts(r)]
        total, shown = len(rows), len(visible)
        if not total:
            self.count.setText(
                self.tr(
                    "No contacts logged yet. Use “Log a contact…” for a missed call, SMS, "
                    "letter or visit."
                )
            )
            return
        off = sum(1 for row in visible if self.model.is_off_hours(row))
        # Withdrawn contacts are listed but not counted: the numbers say the same.
        withdrawn = sum(1 for row in visible if row.withdrawn)
        counted = total - sum(1 for row in rows if row.withdrawn)
        shown -= withdrawn
        # Counted words ("1 contact", "2 contacts"; one form in Chinese) from the translation
        # of the %n text (the heading said "1 contacts").
        text = (
            self.tr("<b>%n</b> contact(s)", "", counted)
            if shown == counted
            else self.tr("Showing <b>%1</b> of %n contact(s)", "", counted).replace(
                "%1", str(shown)
            )
        )
        if off:
            text += " · " + self.tr(
                "<span style='color:#b35900'><b>%1</b> outside the hours collectors may call</span>"
            ).replace("%1", str(off))
        if withdrawn:
            text += " · " + self.tr("+ %1 withdrawn, not counted").replace("%1", str(withdrawn))
        self.count.setText(text)

    # ------------------------------------------------------------- events
    def _sort_clicked(self, column: int) -> None:
        order = self.view.horizontalHeader().sortIndicatorOrder()
        self.model.sort_rows(column, order)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index.row())
        if row.recording_ids:
            self.recording_opened.emit(row.recording_ids[0])
        else:
            self.edit_contact(row)

    def selected_rows(self) -> list[EventRow]:
        return [self.proxy.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]

    def last_number_id(self) -> int | None:
        latest = max(
            (r for r in self.model.rows if r.number_id is not None),
            key=lambda r: r.started_utc,
            default=None,
        )
        return latest.number_id if latest else None

    def log_contact(self, kind: EventKind = EventKind.MISSED_CALL) -> None:
        """Ask what happened (defaults: a missed call, now, the last number) and log it."""
        if self.case_id is None:
            return

        def logged_already(contact: LoggedContact, number_id: int | None) -> str | None:
            row = contacts.repeated(self.model.rows, contact, number_id)
            return contacts.contact_text(row) if row is not None else None

        self._people()
        case_id = self.case_id
        dialog = LogContactDialog(
            self.zone,
            self._numbers,
            self._parties,
            self.last_number_id(),
            self.language,
            self,
            kind=kind,
            region=self.workspace.cases.case(self.case_id).region,
            logged_already=logged_already,
            kept_where=lambda path: contacts.kept_where(self.workspace, case_id, path),
            attach_again=lambda parent, path: attach_again(parent, self.workspace, case_id, path),
        )
        if not self.run_dialog(dialog):
            return
        contact = dialog.result_contact()
        try:
            event_id = contacts.log_new(self.workspace, self.case_id, contact)
        except StoreError as exc:
            dialogs.error(self, self.tr("Not logged"), error_text(exc))
            return
        self._attach(event_id, contact.files)
        self.refresh()
        self.events_changed.emit(self.case_id)

    def _attach(self, event_id: int, files: list[Path], reason: str = "") -> None:
        """Attach the files chosen in the dialog to the contact (with the correction's reason,
        if any, in their audit entries); say which could not be."""
        assert self.case_id is not None
        refused = contacts.attach_files(self.workspace, self.case_id, event_id, files, reason)
        for _path, exc in refused:
            dialogs.error(self, self.tr("File not attached"), error_text(exc))  # names the file

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.edit_contact(rows[0])

    def edit_contact(self, row: EventRow) -> None:
        """Correct a contact in the dialog that logged it, prefilled; saved with its reason."""
        if self.case_id is None:
            return
        case_id = self.case_id
        tags = contacts.own_tags(self.workspace, case_id, row.id)
        files = contact_files(self.workspace, case_id, row.id)
        withdrawn: list[ContactFile] = []  # files withdrawn or put back from the dialog

        def withdraw_file(file: ContactFile) -> list[ContactFile] | None:
            if not withdraw_or_restore(dialog, self.workspace, file, self.run_dialog):
                return None
            withdrawn.append(file)
            return contact_files(self.workspace, case_id, row.id)

        self._people()
        dialog = LogContactDialog(
            row.zone,
            self._numbers,
            self._parties,
            None,
            self.language,
            self,
            region=self.workspace.cases.case(self.case_id).region,
            entry=contacts.entry_for(row, tags, files),
            save=lambda contact: contacts.save_correction(self.workspace, row.id, contact, tags),
            kept_where=lambda path: contacts.kept_where(self.workspace, case_id, path, row.id),
            withdraw_file=withdraw_file,
            attach_again=lambda parent, path: attach_again(parent, self.workspace, case_id, path),
        )
        if not self.run_dialog(dialog):
            if withdrawn:  # done at once, whether the correction is saved or not
                self.refresh()
                self.select_event(row.id)
            return
        contact = dialog.result_contact()
        self._attach(row.id, contact.files, contact.reason)
        self.refresh()
        self.select_event(row.id)
        self.events_changed.emit(self.case_id)

    def remove_selected(self) -> None:
        """Ask, then remove the selected contact (logged with what it held and the reason),
        withdraw it where it cannot be removed, or count a withdrawn one again."""
        rows = self.selected_rows()
        if self.case_id is None or len(rows) != 1 or contacts.is_recorded(rows[0]):
            return
        row = rows[0]
        text = contacts.contact_text(row)
        if remove_or_withdraw(self, self.workspace, row, text, self.run_dialog):
            self.refresh()
            self.select_event(row.id)
            self.view.setFocus()
            self.events_changed.emit(self.case_id)

    def move_selected(self) -> None:
        """File the selected contacts under another case (as the old contact log did)."""
        events = self.selected_rows()
        others = [(c.id, c.title) for c in self.workspace.cases.cases() if c.id != self.case_id]
        if not events or not others:
            return
        dialog = MoveDialog(others, self)
        if not self.run_dialog(dialog):
            return
        target = dialog.case.currentData()
        try:
            for event in events:
                self.workspace.corrections.move_event(event.id, target)
        except StoreError as exc:
            dialogs.error(self, self.tr("Not moved"), error_text(exc))
        self.refresh()
        self.events_moved.emit(target)

    def select_event(self, event_id: int) -> bool:
        """Show and select one event (clearing filters that hide it, and bringing the contacts
        to the front: it was selected behind Promises and payments when that tab was open)."""
        for source_row, row in enumerate(self.model.rows):
            if row.id != event_id:
                continue
            self.tabs.setCurrentWidget(self.contacts_page)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if not index.isValid():
                self.clear_filters()
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
            return True
        return False
