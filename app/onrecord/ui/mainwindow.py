"""The main window: the list of cases on the left, the selected case on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .. import settings as settings_module
from ..audio import RecorderClient
from ..capture import recover_interrupted
from ..demo import create_demo
from ..store import Workspace
from ..store.models import Case
from ..timefmt import clock_text
from . import dialogs, i18n
from .callcontroller import CallController
from .callpanel import CallPanel
from .caseform import CaseForm
from .charts import ChartsPanel
from .conductpanel import ConductPanel
from .errors import error_text
from .export_verify import VerifyDialog
from .exportdialog import ExportDialog
from .firstrun import FirstRunGuide
from .icons import app_icon, recording_icon
from .importdialog import ImportDialog
from .liverefresh import LiveRefresh
from .lockui import change_lock
from .people import PeoplePanel
from .recoverynotice import recovery_notice
from .review import ReviewPanel
from .search import SearchPanel
from .tablemodel import Column, RowsModel
from .tagsettings import TagSetDialog
from .timeline import TimelinePanel


class _FitWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list, not as their text: a list view then draws each row across
    the view and elides its text there, instead of scrolling sideways to show it whole."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        hint.setWidth(1)
        return hint


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        client_factory: Callable[[], RecorderClient] = RecorderClient,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        #: True while the case list is put back or reloaded by the window itself: a change of
        #: its current row is then not the user choosing a case.
        self._holding_selection = False
        #: Set after a restore or a move: the data is elsewhere now, nothing may be saved here.
        self._data_left = False
        # The system adds " — OnRecord" (the application's display name) after it.
        self.base_title = self.tr("Call evidence")
        #: Runs a dialog; tests replace it to fill in and accept the dialog.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )
        self.setWindowTitle(self.base_title)
        self.resize(1100, 720)

        self.cases_model: RowsModel[Case] = RowsModel(
            [Column("", self._case_label, tooltip=self._case_tooltip)]
        )
        self.case_list = QListView()
        self.case_list.setModel(self.cases_model)
        self.case_list.setAccessibleName(self.tr("Cases"))
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long title ends in "…" (the whole title is its tooltip), never a sideways scroll.
        self.case_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_list.setItemDelegate(_FitWidthDelegate(self.case_list))
        self.case_list.selectionModel().currentChanged.connect(self._case_selected)
        self.new_case_button = QPushButton(self.tr("&New case"))
        self.new_case_button.clicked.connect(self.new_case)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Cases</b>")))
        left_layout.addWidget(self.case_list)
        left_layout.addWidget(self.new_case_button)

        self.calls = CallController(workspace, client_factory, self)
        self.call_panel = CallPanel(workspace, self.calls)
        self.call_panel.recording_changed.connect(self._recording_changed)
        self.call_panel.call_saved.connect(self._call_saved)
        self.calls.status_changed.connect(self._recording_status)
        self.case_form = CaseForm(workspace)
        self.case_form.case_saved.connect(self._case_saved)
        self.case_form.modified_changed.connect(self._case_form_modified)
        self.people = PeoplePanel(workspace)
        self.timeline = TimelinePanel(workspace)
        self.review = ReviewPanel(workspace)
        self.charts = ChartsPanel(workspace)
        self.search = SearchPanel(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.call_panel, self.tr("C&all"))
        self.tabs.addTab(self.case_form, self.tr("&Case"))
        self.tabs.addTab(self.people, self.tr("&People and numbers"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.review, self.tr("&Review calls"))
        self.tabs.addTab(self.charts, self.tr("Patt&erns"))
        self.conduct = ConductPanel(workspace)
        self.tabs.addTab(self.conduct, self.tr("Possible &issues"))
        self.tabs.addTab(self.search, self.tr("&Search"))
        self.conduct.event_activated.connect(self.show_event)
        self.charts.filter_requested.connect(self._filter_timeline)
        self.timeline.events_changed.connect(self._case_changed)
        self.timeline.events_moved.connect(lambda _case: self.reload_cases())
        self.timeline.recording_opened.connect(self.open_recording)
        self.review.marks_changed.connect(lambda _rec: self.timeline.refresh())
        self.review.files_changed.connect(lambda _case: self.timeline.refresh())  # Files column
        self.search.mark_opened.connect(self.open_mark)
        self.search.event_opened.connect(self._open_event_of_case)
        self.search.case_opened.connect(self.select_case)
        search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        search_shortcut.activated.connect(self.show_search)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 870])  # the case's tables need the width more
        self.setCentralWidget(splitter)
        self._build_menus()
        self.record_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.record_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.record_shortcut.activated.connect(self.toggle_recording)
        self.tray = self._make_tray()
        self.statusBar().showMessage(self.tr("Data folder: %s") % workspace.data_dir)
        # What the onrecord command or a second window saves appears here (from now on).
        self.live = LiveRefresh(self)
        self.reload_cases()
        if self.cases_model.rowCount():
            self.select_case(self.cases_model.row_at(0).id)
        else:
            self.new_case()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New case"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_case)
        demo = QAction(self.tr("Add &demo cases"), self)
        demo.triggered.connect(self.add_demo)
        self.import_action = QAction(self.tr("&Import from my phone…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_into_case)
        self.export_action = QAction(self.tr("&Export for my lawyer…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_case)
        verify = QAction(self.tr("&Check an evidence package…"), self)
        verify.triggered.connect(self.verify_package)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (new, self.import_action, self.export_action, verify):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(demo)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("Settin&gs"))
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        chosen = settings_module.load(self.workspace.data_dir).language
        for code, name in i18n.language_names():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == (chosen if chosen in i18n.LANGUAGES else None))
            action.triggered.connect(lambda _on=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.tags_action = QAction(self.tr("&Tag buttons for calls…"), self)
        self.tags_action.triggered.connect(self.edit_tag_buttons)
        settings_menu.addAction(self.tags_action)
        settings_menu.addSeparator()
        backup = QAction(self.tr("&Back up all data…"), self)
        backup.triggered.connect(self.back_up)
        restore = QAction(self.tr("&Restore from a backup…"), self)
        restore.triggered.connect(self.restore)
        settings_menu.addAction(backup)
        settings_menu.addAction(restore)
        self.data_folder_action = QAction(self.tr("&Data folder…"), self)
        self.data_folder_action.triggered.connect(self.show_data_folder)
        settings_menu.addAction(self.data_folder_action)
        settings_menu.addSeparator()
        lock = QAction(self.tr("&Passphrase to open OnRecord…"), self)
        lock.triggered.connect(lambda: change_lock(self.workspace.data_dir, self))
        settings_menu.addAction(lock)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&First-run guide…"), self)
        guide.triggered.connect(self.show_first_run)
        help_menu.addAction(guide)
        about = QAction(self.tr("&About OnRecord"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _case_label(self, case: Case) -> str:
        if case.is_unsorted:
            return self.tr("Unsorted calls")
        return case.title

    def _case_tooltip(self, case: Case) -> str:
        """The whole title (a narrow list cuts it short) and the reference."""
        return f"{self._case_label(case)}\n{case.reference}"

    # ----------------------------------------------------------- cases
    def reload_cases(self) -> None:
        self.cases_model.set_rows(self.workspace.cases.cases())

    def reload_cases_in_place(self) -> None:
        """Read the list again, left on the case the form shows (nothing else is reloaded)."""
        self._holding_selection = True
        try:
            self.reload_cases()
        finally:
            self._holding_selection = False
        self._put_list_on_form_case()

    def select_case(self, case_id: int) -> bool:
        """Show a case; False if it is not shown (unknown, or the user stayed on an edit)."""
        self._set_list_row(case_id)
        return self.case_form.case_id == case_id

    def _set_list_row(self, case_id: int | None) -> bool:
        for row, case in enumerate(self.cases_model.rows()):
            if case.id == case_id:
                index = self.cases_model.index(row, 0)
                self.case_list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return True
        return False

    def current_case_id(self) -> int | None:
        return self.case_form.case_id

    def leave_case(self) -> bool:
        """Before the case form shows something else: save, discard or stay (False)."""
        self._holding_selection = True  # saving reloads the list; that is not a choice
        try:
            return self.case_form.ask_to_save(self)
        finally:
            self._holding_selection = False

    def _hold_list_on_form_case(self) -> None:
        """Put the list back on the case the form shows (the user stayed on it).

        Again once the click that chose another case is handled: the list view selects the
        clicked row after it has announced the new current one.
        """
        self._put_list_on_form_case()
        QTimer.singleShot(0, self, self._put_list_on_form_case)

    def _put_list_on_form_case(self) -> None:
        self._holding_selection = True
        try:
            if not self._set_list_row(self.case_form.case_id):  # a new case: no row yet
                self.case_list.selectionModel().clearSelection()
                self.case_list.setCurrentIndex(self.cases_model.index(-1, 0))
        finally:
            self._holding_selection = False

    def _case_form_modified(self, modified: bool) -> None:
        text = self.tr("&Case")
        self.tabs.setTabText(self.tabs.indexOf(self.case_form), f"{text} *" if modified else text)

    def _case_selected(self, current: object, _previous: object) -> None:
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

    def new_case(self) -> None:
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

    def _set_case_tabs_enabled(self, enabled: bool) -> None:
        for panel in (self.people, self.timeline, self.review, self.charts, self.conduct):
            self.tabs.setTabEnabled(self.tabs.indexOf(panel), enabled)
        self.import_action.setEnabled(enabled)
        self.export_action.setEnabled(enabled)

    # ------------------------------------------------------------- calls
    def toggle_recording(self) -> None:
        self.tabs.setCurrentWidget(self.call_panel)
        self.call_panel.toggle_recording()

    def _recording_changed(self, on: bool) -> None:
        self.setWindowTitle(self.tr("● REC — %s") % self.base_title if on else self.base_title)
        self.case_list.setEnabled(not on)
        self.new_case_button.setEnabled(not on)
        if self.tray is not None:
            self.tray.setIcon(recording_icon() if on else app_icon())
            self.tray.setToolTip(self.tr("OnRecord — recording") if on else "OnRecord")

    def _recording_status(self, status: object) -> None:
        elapsed = clock_text(getattr(status, "elapsed_s", 0.0))
        self.setWindowTitle(
            self.tr("● REC %1 — %2").replace("%1", elapsed).replace("%2", self.base_title)
        )

    def _call_saved(self, case_id: int) -> None:
        if case_id:
            self._case_changed(case_id)
        else:
            self.reload_cases()

    def _make_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip("OnRecord")
        tray.activated.connect(lambda *_: (self.showNormal(), self.activateWindow()))
        tray.show()
        return tray

    def recover_on_start(self) -> None:
        """File recordings a crash interrupted, and say so."""
        try:
            recovered = recover_interrupted(self.workspace)
        except Exception as exc:  # recovery must never keep the app from opening
            dialogs.error(self, self.tr("Recovery problem"), error_text(exc))
            return
        if not recovered:
            return
        self.reload_cases()
        text = recovery_notice(self.workspace, recovered)
        self.open_recording(recovered[-1].id)  # the case and the call, where she left them
        dialogs.info(self, self.tr("Recordings recovered"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.calls.recording:
            if not dialogs.confirm(
                self,
                self.tr("Recording"),
                self.tr(
                    "A call is being recorded. Stop the recording, save it and quit OnRecord? "
                    "Or keep recording?"
                ),
                yes=self.tr("Stop, save and quit"),
                no=self.tr("Keep recording"),
            ):
                event.ignore()
                return
            self.calls.stopped.connect(lambda _r: self.close())
            self.call_panel.stop_recording()  # as the record key does: the note typed is kept
            event.ignore()
            return
        if not self._data_left and not self.leave_case():
            self._hold_list_on_form_case()
            event.ignore()
            return
        self.live.suspend()
        super().closeEvent(event)

    def _close_as_data_left(self) -> None:
        """Close after a restore or a move: nothing may be written here any more."""
        self._data_left = True
        self.close()

    # ------------------------------------------------- evidence in and out
    def import_into_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        dialog = ImportDialog(self.workspace, case_id, self)
        dialog.imported.connect(self._case_changed)
        dialog.exec()

    def export_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        ExportDialog(self.workspace, case_id, self).exec()

    def verify_package(self) -> None:
        VerifyDialog(self.workspace, parent=self).exec()

    def _case_changed(self, case_id: int) -> None:
        """Something added to a case from outside (an import): show it everywhere."""
        self.reload_cases()
        if not self.select_case(case_id) and self.case_form.has_unsaved_changes():
            return  # the user stayed on an unsaved edit of another case
        self.people.show_case(case_id)
        for panel in (self.timeline, self.review, self.charts, self.conduct):
            panel.show_case(case_id)

    def show_event(self, event_id: int) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.select_event(event_id)

    def _open_event_of_case(self, case_id: int, event_id: int) -> None:
        if self.select_case(case_id):
            self.show_event(event_id)

    def _filter_timeline(self, flt: object) -> None:
        self.timeline.apply_filter(flt)  # type: ignore[arg-type]
        self.tabs.setCurrentWidget(self.timeline)

    def open_recording(self, recording_id: int) -> None:
        self.open_mark(self.workspace.recordings.case_of(recording_id), recording_id, None)

    def open_mark(self, case_id: int, recording_id: int, frame: int | None) -> None:
        if self.calls.recording:
            return  # the call screen stays in front while a call is recorded
        if self.current_case_id() != case_id and not self.select_case(case_id):
            return  # the user stayed on an unsaved edit of another case
        self.review.show_recording(recording_id, frame)
        self.tabs.setCurrentWidget(self.review)

    def show_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_search()

    def _case_saved(self, case_id: int) -> None:
        self.reload_cases()
        self.select_case(case_id)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def add_demo(self) -> None:
        lines = create_demo(self.workspace)  # one English line per case, for the CLI
        self.reload_cases()
        added = sum(line.startswith("created") for line in lines)
        dialogs.info(
            self,
            self.tr("Demo cases"),
            self.tr(
                "%n demo case(s) added to the list on the left (references starting with "
                "DEMO). They are made up, with generated voices, to try OnRecord.",
                "",
                added,
            )
            if added
            else self.tr("The demo cases are already in the list on the left."),
        )

    def show_first_run(self) -> None:
        """The guide: language, where you live, consent, microphone test, data folder."""
        if self.calls.recording:
            return
        guide = FirstRunGuide(self.workspace.data_dir, self.calls.client_factory, parent=self)
        finished = self.run_dialog(guide)
        # Skipped too: a device chosen on its microphone page was saved at once.
        self.call_panel.reload_settings()
        if finished and self.case_form.case_id is None and not self.case_form.has_unsaved_changes():
            self.case_form.start_new()

    def edit_tag_buttons(self) -> None:
        """Edit the call panel's tag buttons (names, keys, colours); not during a call."""
        if self.calls.recording:
            dialogs.info(
                self,
                self.tr("Tag buttons"),
                self.tr("The tag buttons can be changed when no call is being recorded."),
            )
            return
        current = settings_module.load(self.workspace.data_dir)
        dialog = TagSetDialog(current.tag_buttons, self.call_panel.language, self)
        if self.run_dialog(dialog):
            current.tag_buttons = dialog.buttons()
            settings_module.save(self.workspace.data_dir, current)
            self.call_panel.reload_settings()

    def back_up(self) -> None:
        """Write every case, recording and setting to one file the user chooses."""
        from ..backup import BackupError, create_backup

        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        target = dialogs.choose_save_file(
            self,
            self.tr("Back up all data"),
            f"OnRecord-backup-{stamp}.zip",
            self.tr("OnRecord backup (*.zip)"),
        )
        if not target:
            return
        try:
            result = create_backup(self.workspace.data_dir, Path(target))
        except BackupError as exc:
            dialogs.error(self, self.tr("Backup not made"), error_text(exc))
            return
        dialogs.info(
            self,
            self.tr("Backup made"),
            self.tr(
                "All cases, recordings and attachments were saved to:\n%s\n\nKeep it somewhere "
                "safe, e.g. a USB drive. The key that signs your exports is not in it."
            )
            % result.path
            + "\n\n"
            + self.tr(
                "To back it up too, encrypted with a passphrase you choose, use the command "
                "line: onrecord backup --out FILE --include-signing-key"
            ),
        )

    def _ask_backup_key(self, backup: Path) -> tuple[str | None, bool] | None:
        """(passphrase, leave the key out) to restore ``backup``; None if the user gave up."""
        from ..backup import WrongPassphrase, check_key_passphrase, holds_encrypted_key

        if not holds_encrypted_key(backup):
            return None, False
        title = self.tr("Passphrase of the signing key")
        text = self.tr(
            "This backup holds the key that signs your exports, encrypted. Type the "
            "passphrase chosen when the backup was made:"
        )
        while (passphrase := dialogs.ask_password(self, title, text)) is not None:
            try:
                check_key_passphrase(backup, passphrase)
            except WrongPassphrase:
                text = self.tr("That passphrase does not open the signing key. Try again:")
                continue
            return passphrase, False
        if dialogs.confirm(
            self,
            self.tr("Restore without the signing key?"),
            self.tr(
                "Restore everything else from the backup and keep this installation's own "
                "signing key? Choose No to cancel the restore."
            ),
        ):
            return None, True
        return None

    def restore(self) -> None:
        """Replace the data with a backup, after it has been fully checked; then close."""
        from ..backup import BackupError, restore_backup

        if self.calls.recording:
            dialogs.info(self, self.tr("Restore"), self.tr("Stop the recording first."))
            return
        chosen = dialogs.choose_file(
            self, self.tr("Restore from a backup"), self.tr("OnRecord backup (*.zip)")
        )
        if not chosen:
            return
        try:
            key = self._ask_backup_key(Path(chosen))
        except BackupError as exc:
            dialogs.error(self, self.tr("Nothing was changed"), error_text(exc))
            return
        if key is None or not dialogs.confirm(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "The data now in OnRecord will be replaced by the backup's. It is not deleted: "
                "it is kept in a folder beside it. OnRecord closes when the restore is done."
            ),
        ):
            return
        if not self.leave_case():  # typed changes go into the data kept, or nowhere
            return
        self.live.suspend()
        self.workspace.store.engine.dispose()  # no open connection on the file being replaced
        try:
            previous = restore_backup(
                Path(chosen),
                self.workspace.data_dir,
                key_passphrase=key[0],
                skip_signing_key=key[1],
            )
        except BackupError as exc:
            self.live.resume()
            dialogs.error(self, self.tr("Nothing was changed"), error_text(exc))
            return
        kept = self.tr("The previous data is kept in:\n%s") % previous if previous else ""
        dialogs.info(
            self,
            self.tr("Backup restored"),
            self.tr("The backup was checked and restored. Open OnRecord again.") + "\n\n" + kept,
        )
        self._close_as_data_left()

    def show_data_folder(self) -> None:
        """Where the data is kept; moving it elsewhere closes OnRecord (reopened from there)."""
        from .datafolder import DataFolderDialog

        dialog = DataFolderDialog(
            self.workspace, lambda: self.calls.recording, self, before_move=self.leave_case
        )
        dialog.moved.connect(lambda _new: self._close_as_data_left())
        self.live.suspend()  # no connection of the watch on a folder being moved (and deleted)
        self.run_dialog(dialog)
        if not self._data_left:
            self.live.resume()

    def choose_language(self, code: str | None) -> None:
        """Save the language; it is used from the next start (the window is built in it)."""
        current = settings_module.load(self.workspace.data_dir)
        if current.language == code:
            return
        current.language = code
        settings_module.save(self.workspace.data_dir, current)
        dialogs.info(
            self,
            self.tr("Language"),
            self.tr(
                "The language is saved. Close OnRecord and open it again to see it in the "
                "new language. Nothing you have recorded or written is lost."
            ),
        )

    def about(self) -> None:
        dialogs.info(
            self,
            self.tr("About OnRecord"),
            self.tr(
                "OnRecord %s — records calls from debt collectors, keeps a case file and "
                "exports evidence you can verify.\n\nEverything stays on this computer. "
                "OnRecord gives information, not legal advice."
            )
            % __version__,
        )
