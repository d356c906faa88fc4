"""The main window: the list of cases on the left, the selected case on the right.

Its parts are mixed in from their own modules: the case list (``caselist``), the menus and
their commands (``mainmenu``), backup and restore (``backupui``). Here: the window, its
tabs and how they lead to each other, and what it does while a call is recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
)

from ..audio import RecorderClient
from ..capture import recover_interrupted
from ..demo import create_demo
from ..store import Workspace
from ..timefmt import clock_text
from . import dialogs
from .backupui import BackupRestore
from .callcontroller import CallController
from .callpanel import CallPanel
from .caseform import CaseForm
from .caselist import CaseList
from .charts import ChartsPanel
from .conductpanel import ConductPanel
from .errors import error_text
from .icons import app_icon, recording_icon
from .liverefresh import LiveRefresh
from .mainmenu import MainMenu
from .people import PeoplePanel
from .recoverynotice import recovery_notice
from .review import ReviewPanel
from .search import SearchPanel
from .timeline import TimelinePanel

#: Height left above the window for the title bar the window system adds around it.
TITLE_BAR_ROOM = 40


class MainWindow(CaseList, MainMenu, BackupRestore, QMainWindow):
    """The cases on the left (``caselist``), a case's panels in tabs on the right, the
    menus (``mainmenu``, ``backupui``), and what the window does while a call is recorded."""

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
        self._fit_to_screen()

        left = self._build_case_list()

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

    def _fit_to_screen(self) -> None:
        """Open at 1100×720, or smaller on a smaller screen: on a 1024×700 screen the caller's
        details and the status bar were off its edges, and on a 1366×768 laptop the bottom was
        behind the taskbar (walk-throughs). Room is left for the title bar the system adds."""
        size = QSize(1100, 720)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            size = size.boundedTo(QSize(room.width(), room.height() - TITLE_BAR_ROOM))
        self.resize(size)

    # ---------------------------------------------------- between the tabs
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
        """Add the demo cases (a File menu command; here, not in ``mainmenu``: its text has
        plural forms, which the translation tools read only from ``self.tr``)."""
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
