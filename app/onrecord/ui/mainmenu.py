"""The main window's menus (File, Settings, Help) and the commands they give that are the
window's own: import, export and check evidence, the first-run guide, the tag buttons, the
data folder, the language, about (backup and restore are ``backupui``).

Its texts are the main window's: they are translated in the MainWindow context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from .. import __version__
from .. import settings as settings_module
from . import dialogs, i18n
from .export_verify import VerifyDialog
from .exportdialog import ExportDialog
from .firstrun import FirstRunGuide
from .importdialog import ImportDialog
from .lockui import change_lock
from .tagsettings import TagSetDialog

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class MainMenu:
    """The menus of :class:`MainWindow` and their commands (mixed in; uses the window's
    state)."""

    def _build_menus(self: MainWindow) -> None:
        file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        new = QAction(QCoreApplication.translate("MainWindow", "&New case"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_case)
        demo = QAction(QCoreApplication.translate("MainWindow", "Add &demo cases"), self)
        demo.triggered.connect(self.add_demo)
        self.import_action = QAction(
            QCoreApplication.translate("MainWindow", "&Import from my phone…"), self
        )
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_into_case)
        self.export_action = QAction(
            QCoreApplication.translate("MainWindow", "&Export for my lawyer…"), self
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_case)
        verify = QAction(
            QCoreApplication.translate("MainWindow", "&Check an evidence package…"), self
        )
        verify.triggered.connect(self.verify_package)
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (new, self.import_action, self.export_action, verify):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(demo)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(
            QCoreApplication.translate("MainWindow", "Settin&gs")
        )
        self.language_menu = settings_menu.addMenu(
            QCoreApplication.translate("MainWindow", "&Language")
        )
        self.language_actions = QActionGroup(self)
        chosen = settings_module.load(self.workspace.data_dir).language
        for code, name in i18n.language_names():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == (chosen if chosen in i18n.LANGUAGES else None))
            action.triggered.connect(lambda _on=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.tags_action = QAction(
            QCoreApplication.translate("MainWindow", "&Tag buttons for calls…"), self
        )
        self.tags_action.triggered.connect(self.edit_tag_buttons)
        settings_menu.addAction(self.tags_action)
        settings_menu.addSeparator()
        backup = QAction(QCoreApplication.translate("MainWindow", "&Back up all data…"), self)
        backup.triggered.connect(self.back_up)
        restore = QAction(QCoreApplication.translate("MainWindow", "&Restore from a backup…"), self)
        restore.triggered.connect(self.restore)
        settings_menu.addAction(backup)
        settings_menu.addAction(restore)
        self.data_folder_action = QAction(
            QCoreApplication.translate("MainWindow", "&Data folder…"), self
        )
        self.data_folder_action.triggered.connect(self.show_data_folder)
        settings_menu.addAction(self.data_folder_action)
        settings_menu.addSeparator()
        lock = QAction(
            QCoreApplication.translate("MainWindow", "&Passphrase to open OnRecord…"), self
        )
        lock.triggered.connect(lambda: change_lock(self.workspace.data_dir, self))
        settings_menu.addAction(lock)
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        guide = QAction(QCoreApplication.translate("MainWindow", "&First-run guide…"), self)
        guide.triggered.connect(self.show_first_run)
        help_menu.addAction(guide)
        about = QAction(QCoreApplication.translate("MainWindow", "&About OnRecord"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def import_into_case(self: MainWindow) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        dialog = ImportDialog(self.workspace, case_id, self)
        dialog.imported.connect(self._case_changed)
        dialog.exec()

    def export_case(self: MainWindow) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        ExportDialog(self.workspace, case_id, self).exec()

    def verify_package(self: MainWindow) -> None:
        VerifyDialog(self.workspace, parent=self).exec()

    def show_first_run(self: MainWindow) -> None:
        """The guide: language, where you live, consent, microphone test, data folder."""
        if self.calls.recording:
            return
        guide = FirstRunGuide(self.workspace.data_dir, self.calls.client_factory, parent=self)
        finished = self.run_dialog(guide)
        # Skipped too: a device chosen on its microphone page was saved at once.
        self.call_panel.reload_settings()
        if finished and self.case_form.case_id is None and not self.case_form.has_unsaved_changes():
            self.case_form.start_new()

    def edit_tag_buttons(self: MainWindow) -> None:
        """Edit the call panel's tag buttons (names, keys, colours); not during a call."""
        if self.calls.recording:
            dialogs.info(
                self,
                QCoreApplication.translate("MainWindow", "Tag buttons"),
                QCoreApplication.translate(
                    "MainWindow", "The tag buttons can be changed when no call is being recorded."
                ),
            )
            return
        current = settings_module.load(self.workspace.data_dir)
        dialog = TagSetDialog(current.tag_buttons, self.call_panel.language, self)
        if self.run_dialog(dialog):
            current.tag_buttons = dialog.buttons()
            settings_module.save(self.workspace.data_dir, current)
            self.call_panel.reload_settings()

    def show_data_folder(self: MainWindow) -> None:
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

    def choose_language(self: MainWindow, code: str | None) -> None:
        """Save the language; it is used from the next start (the window is built in it)."""
        current = settings_module.load(self.workspace.data_dir)
        if current.language == code:
            return
        current.language = code
        settings_module.save(self.workspace.data_dir, current)
        dialogs.info(
            self,
            QCoreApplication.translate("MainWindow", "Language"),
            QCoreApplication.translate(
                "MainWindow",
                "The language is saved. Close OnRecord and open it again to see it in the "
                "new language. Nothing you have recorded or written is lost.",
            ),
        )

    def about(self: MainWindow) -> None:
        dialogs.info(
            self,
            QCoreApplication.translate("MainWindow", "About OnRecord"),
            QCoreApplication.translate(
                "MainWindow",
                "OnRecord %s — records calls from debt collectors, keeps a case file and "
                "exports evidence you can verify.\n\nEverything stays on this computer. "
                "OnRecord gives information, not legal advice.",
            )
            % __version__,
        )
