"""Settings → Data folder: where the data is kept, and moving it to another folder or disk.

The work is ``datamove.move_data_folder`` on a worker thread (``BackgroundJob``); this dialog
only asks, shows progress and says what happened. After a move OnRecord closes (like a restore
from a backup): the open window must not write another word into the old folder, and the next
start opens the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import datamove
from ..paths import APP_NAME, DataDirError, data_dir_source, location_file, resolve_data_dir
from ..store import Workspace
from . import dialogs, localefmt
from .errors import error_text
from .export_task import CALM_GREEN, BackgroundJob, ProgressRow, note_label


def move_progress_text(message: str) -> str:
    """The move's English progress phrase, in the UI language."""
    fixed = {
        "checking the folders": QCoreApplication.translate(
            "DataFolderDialog", "Checking both folders…"
        ),
        "copying the case file": QCoreApplication.translate(
            "DataFolderDialog", "Copying the case file…"
        ),
        "checking the case file": QCoreApplication.translate(
            "DataFolderDialog", "Checking the copied case file and its audit log…"
        ),
        "switching to the new folder": QCoreApplication.translate(
            "DataFolderDialog", "Switching to the new folder…"
        ),
        "done": QCoreApplication.translate("DataFolderDialog", "Done."),
    }
    if message in fixed:
        return fixed[message]
    if message.startswith("copying "):
        return QCoreApplication.translate("DataFolderDialog", "Copying %1…").replace(
            "%1", message.removeprefix("copying ")
        )
    if message.startswith("checking "):
        return QCoreApplication.translate("DataFolderDialog", "Checking %1…").replace(
            "%1", message.removeprefix("checking ")
        )
    return message


def current_source(workspace: Workspace) -> str:
    """Who chose the open folder: "option" (--data-dir), "environment", "moved", "default"."""
    try:
        source = data_dir_source(None)
        chosen = resolve_data_dir(None)
    except DataDirError:
        return "option"
    if chosen.absolute() != workspace.data_dir.absolute():
        return "option"  # the window was opened on another folder: --data-dir
    return source


class DataFolderDialog(QDialog):
    """Shows the data folder, its size and free space; moves it with progress and cancel."""

    moved = Signal(object)  # the new folder (Path): the window should close

    def __init__(
        self,
        workspace: Workspace,
        recording: Callable[[], bool],
        parent: QWidget | None = None,
        before_move: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.recording = recording
        #: Asked just before the move starts (unsaved changes in the window); False: no move.
        self.before_move = before_move
        self.setWindowTitle(self.tr("Data folder"))
        self.setMinimumWidth(560)
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._moved)
        self.job.failed.connect(self._failed)
        self.result: datamove.MoveResult | None = None

        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.chosen_by = QLabel()
        self.chosen_by.setWordWrap(True)
        self.size = QLabel()
        self.size.setAccessibleName(self.tr("Size of the data"))
        self.free = QLabel()
        self.free.setAccessibleName(self.tr("Free space on that disk"))
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Chosen by:"), self.chosen_by)
        form.addRow(self.tr("Size:"), self.size)
        form.addRow(self.tr("Free space there:"), self.free)

        self.note = note_label(
            self.tr(
                "All cases, recordings, attachments, backups, settings and the key that signs "
                "your exports are kept here. “Move to…” copies everything to a new or empty "
                "folder (for example on a bigger or external disk), checks every file, and only "
                "then uses the new place. The current folder is not changed by the move."
            )
        )
        self.why_not = note_label("")
        self.why_not.setVisible(False)
        self.progress = ProgressRow()
        self.progress.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setVisible(False)

        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.clicked.connect(lambda: dialogs.open_path(self.workspace.data_dir))
        self.move_button = QPushButton(self.tr("&Move to…"))
        self.move_button.clicked.connect(self.move_to)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.why_not)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.refresh()

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        info = datamove.describe_folder(self.workspace.data_dir)
        source = current_source(self.workspace)
        self.folder.setText(str(info.path))
        self.chosen_by.setText(
            {
                "option": self.tr("the --data-dir option OnRecord was started with"),
                "environment": self.tr("the ONRECORD_HOME environment variable"),
                "moved": self.tr("an earlier move (recorded in %s)") % location_file(),
                "default": self.tr("OnRecord's standard place"),
            }[source]
        )
        self.size.setText(
            self.tr("%1 in %2 files")
            .replace("%1", localefmt.size_text(info.size_bytes))
            .replace("%2", str(info.files))
        )
        self.free.setText(
            localefmt.size_text(info.free_bytes) if info.free_bytes is not None else self.tr("—")
        )
        blocked = {
            "option": self.tr(
                "OnRecord was started with --data-dir, which decides where the data is, so it "
                "cannot be moved from here. Start OnRecord without --data-dir to move it."
            ),
            "environment": self.tr(
                "The ONRECORD_HOME environment variable decides where the data is, so it cannot "
                "be moved from here. Remove or change ONRECORD_HOME to move it."
            ),
        }.get(source)
        self.why_not.setText(blocked or "")
        self.why_not.setVisible(bool(blocked))
        self.move_button.setEnabled(not blocked and not self.job.running)

    def _progressed(self, fraction: float, message: str) -> None:
        if not self.job.cancel_requested:
            self.progress.bar.setValue(round(max(0.0, min(fraction, 1.0)) * 1000))
            self.progress.message.setText(move_progress_text(message))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.move_button.setEnabled(not running)
        self.open_button.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.close_button.setEnabled(True)
        if running:
            self.outcome.setVisible(False)
            self.progress.bar.setValue(0)
            self.progress.message.setText("")
        self.adjustSize()

    def _show_outcome(self, text: str, ok: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color:{CALM_GREEN};" if ok else "")
        self.outcome.setVisible(True)
        self.adjustSize()

    # ------------------------------------------------------------- moving
    def target_for(self, chosen: Path) -> Path:
        """The chosen folder if it is new or empty; else a new "OnRecord" folder inside it."""
        try:
            names = {p.name for p in chosen.iterdir()} if chosen.is_dir() else set()
        except OSError:
            return chosen  # check_target says what is wrong
        if not names or names & (datamove.OUR_ENTRIES | {"keys", datamove.STAGING}):
            return chosen
        return chosen / APP_NAME

    def move_to(self) -> None:
        if self.job.running:
            return
        if self.recording():
            dialogs.info(
                self,
                self.tr("Data folder"),
                self.tr("A call is being recorded. Stop the recording, then move the data."),
            )
            return
        chosen = dialogs.choose_folder(
            self, self.tr("Move the data folder to…"), str(self.workspace.data_dir.parent)
        )
        if not chosen:
            return
        try:
            target = datamove.check_target(self.workspace.data_dir, self.target_for(chosen))
        except datamove.MoveError as exc:
            dialogs.error(self, self.tr("The data cannot be moved there"), error_text(exc))
            return
        size = localefmt.size_text(datamove.describe_folder(self.workspace.data_dir).size_bytes)
        if not dialogs.confirm(
            self,
            self.tr("Move the data folder"),
            self.tr(
                "Copy all cases, recordings and attachments (%1) to:\n%2\n\nEvery file is "
                "checked before OnRecord switches to the new place; the current folder is not "
                "changed. OnRecord closes when the move is done: open it again to go on."
            )
            .replace("%1", size)
            .replace("%2", str(target)),
        ):
            return
        if not self.before_move():
            return
        self._set_running(True)
        current = self.workspace.data_dir
        self.job.start(
            lambda progress, cancel: datamove.move_data_folder(
                current, target, progress=progress, cancel=cancel
            )
        )

    def _failed(self, exc: object) -> None:
        self._set_running(False)
        if isinstance(exc, datamove.MoveCancelled):
            text = self.tr("The move was cancelled. Nothing was changed: the data is still in %s.")
        elif isinstance(exc, datamove.MoveError):
            text = self.tr("The data was not moved. Nothing was changed: it is still in %s.")
        else:
            text = self.tr(
                "The data was not moved because of an unexpected error. It is still in %s."
            )
        text = text % self.workspace.data_dir
        detail = "" if isinstance(exc, datamove.MoveCancelled) else f"\n\n{error_text(exc)}"
        self._show_outcome(text + detail, ok=False)
        self.refresh()
        if not isinstance(exc, datamove.MoveCancelled):
            dialogs.error(self, self.tr("Data folder not moved"), text + detail)

    def _moved(self, result: object) -> None:
        assert isinstance(result, datamove.MoveResult)
        self.result = result
        self._set_running(False)
        self.move_button.setEnabled(False)
        # Nothing may write into the old folder any more; the window closes after this.
        self.workspace.store.engine.dispose()
        done = (
            self.tr(
                "The data is now in:\n%1\n\n%2 files (%3) were copied and every one was checked."
            )
            .replace("%1", str(result.new))
            .replace("%2", str(result.files))
            .replace("%3", localefmt.size_text(result.bytes))
        )
        kept = self.tr("The old folder is kept, unchanged:\n%s") % result.old
        if dialogs.confirm(
            self,
            self.tr("Data folder moved"),
            done
            + "\n\n"
            + kept
            + "\n\n"
            + self.tr(
                "Delete the old folder now? Choose No to keep it; you can delete it yourself later."
            ),
        ):
            try:
                datamove.remove_old_folder(result.old, result.new)
            except datamove.MoveError as exc:
                dialogs.error(self, self.tr("Old folder kept"), error_text(exc))
            else:
                kept = self.tr("The old folder was deleted.")
        self._show_outcome(done + "\n\n" + kept, ok=True)
        dialogs.info(
            self,
            self.tr("Data folder moved"),
            done
            + "\n\n"
            + kept
            + "\n\n"
            + self.tr(
                "OnRecord closes now. Open it again to go on with the data in its new place."
            ),
        )
        self.accept()
        self.moved.emit(result.new)

    # ------------------------------------------------------------ closing
    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()
            self.close_button.setEnabled(False)
            self.progress.message.setText(self.tr("Stopping…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job.running:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)
