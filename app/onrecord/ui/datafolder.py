"""Settings → Data folder: where the data is kept, and moving it to another folder or disk.

Everything that reads or writes the whole folder runs on a worker thread (``BackgroundJob``),
so a big folder on a slow USB disk never freezes the window: counting its files and size
(``datamove.describe_folder``), the move itself (``datamove.move_data_folder``) and deleting
the old folder afterwards (:func:`delete_old_folder`). This dialog only asks, shows progress
and says what happened. After a move OnRecord closes (like a restore from a backup): the open
window must not write another word into the old folder, and the next start opens the new one.

While the move or the deletion runs the dialog does not close (:class:`BusyGuard`): closing
cancels the move, and the deletion is waited for. Counting only reads and holds nothing of the
dialog, so closing is allowed then (``BackgroundJob`` drops a result whose dialog is gone).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from .busyguard import BusyGuard
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


@dataclass(frozen=True)
class OldFolderRemoval:
    """How deleting the old folder went: ``error`` None when it is gone, else what is left."""

    folder: Path
    error: BaseException | None = None
    files_left: int = 0  # -1: not known (the deletion stopped unexpectedly)
    bytes_left: int = 0
    examples: tuple[str, ...] = ()  # a few of the files left, relative to ``folder``


def what_is_left(folder: Path, examples: int = 3) -> tuple[int, int, tuple[str, ...]]:
    """Files (and links) still below ``folder``: count, bytes, the first few names."""
    files = size = 0
    names: list[str] = []
    for root, dirs, entries in os.walk(folder):
        dirs.sort()
        for name in sorted(entries):
            path = Path(root) / name
            with contextlib.suppress(OSError):  # gone meanwhile, or unreadable: count it
                size += path.lstat().st_size
            files += 1
            if len(names) < examples:
                names.append(path.relative_to(folder).as_posix())
    return files, size, tuple(names)


def delete_old_folder(old: Path, new: Path) -> OldFolderRemoval:
    """Delete the folder the data was moved out of; on a failure, count what is left of it.

    Runs on a worker thread (deleting a big folder on a slow disk takes a while). The data in
    use is complete in ``new`` either way: a partial deletion loses nothing.
    """
    try:
        datamove.remove_old_folder(old, new)
    except Exception as exc:
        if not old.exists():  # gone after all (removed by someone else meanwhile)
            return OldFolderRemoval(old)
        files, size, examples = what_is_left(old)
        return OldFolderRemoval(old, exc, files, size, examples)
    return OldFolderRemoval(old)


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


class DataFolderDialog(BusyGuard, QDialog):
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
        #: The move.
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._moved)
        self.job.failed.connect(self._failed)
        #: Counting the files and their size (it only reads).
        self.measuring = BackgroundJob(self)
        self.measuring.finished.connect(self._measured)
        self.measuring.failed.connect(self._not_measured)
        #: Deleting the old folder after the move, when the user asks for it.
        self.deleting = BackgroundJob(self)
        self.deleting.finished.connect(self._deleted)
        self.deleting.failed.connect(self._not_deleted)
        self.result: datamove.MoveResult | None = None
        self.info: datamove.FolderInfo | None = None
        self._blocked = False

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
        """Show where the data is and who chose it; count its files on a worker thread."""
        source = current_source(self.workspace)
        self.folder.setText(str(self.workspace.data_dir))
        self.chosen_by.setText(
            {
                "option": self.tr("the --data-dir option OnRecord was started with"),
                "environment": self.tr("the ONRECORD_HOME environment variable"),
                "moved": self.tr("an earlier move (recorded in %s)") % location_file(),
                "default": self.tr("OnRecord's standard place"),
            }[source]
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
        self._blocked = bool(blocked)
        self.why_not.setText(blocked or "")
        self.why_not.setVisible(bool(blocked))
        if not self.measuring.running:
            counting = self.tr("Counting…")
            self.size.setText(counting)
            self.free.setText(counting)
            data_dir = self.workspace.data_dir
            self.measuring.start(lambda _progress, _cancel: datamove.describe_folder(data_dir))
        self._show_state()

    def _measured(self, info: object) -> None:
        assert isinstance(info, datamove.FolderInfo)
        self.info = info
        self.size.setText(
            self.tr("%1 in %2 files")
            .replace("%1", localefmt.size_text(info.size_bytes))
            .replace("%2", str(info.files))
        )
        self.free.setText(
            localefmt.size_text(info.free_bytes) if info.free_bytes is not None else self.tr("—")
        )
        self._show_state()

    def _not_measured(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.size.setText(self.tr("Could not be counted: %s") % error_text(exc))
        self.free.setText(self.tr("—"))
        self._show_state()

    def _show_state(self) -> None:
        """Buttons and the progress row as the work now running allows."""
        moving, deleting = self.job.running, self.deleting.running
        self.progress.setVisible(moving or deleting or self.measuring.running)
        if self.measuring.running and not (moving or deleting):
            self.progress.message.setText(self.tr("Counting the files in the data folder…"))
        # The move says how far it got; counting and deleting cannot: a busy bar.
        self.progress.bar.setRange(0, 1000 if moving else 0)
        self.move_button.setEnabled(
            not (self._blocked or moving or deleting or self.result is not None)
        )
        self.open_button.setEnabled(not (moving or deleting))
        self.close_button.setText(self.tr("Cancel") if moving else self.tr("Close"))
        self.close_button.setEnabled(not deleting and not (moving and self.job.cancel_requested))
        self.adjustSize()

    def _progressed(self, fraction: float, message: str) -> None:
        if not self.job.cancel_requested:
            self.progress.bar.setValue(round(max(0.0, min(fraction, 1.0)) * 1000))
            self.progress.message.setText(move_progress_text(message))

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
        if self.busy() or self.result is not None:
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
        size = (
            localefmt.size_text(self.info.size_bytes)
            if self.info is not None
            else self.tr("size still being counted")
        )
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
        current = self.workspace.data_dir
        self.job.start(
            lambda progress, cancel: datamove.move_data_folder(
                current, target, progress=progress, cancel=cancel
            )
        )
        self.outcome.setVisible(False)
        self._show_state()
        self.progress.bar.setValue(0)
        self.progress.message.setText("")

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._show_state()
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
        if not isinstance(exc, datamove.MoveCancelled):
            dialogs.error(self, self.tr("Data folder not moved"), text + detail)

    def _done_text(self, result: datamove.MoveResult) -> str:
        return (
            self.tr(
                "The data is now in:\n%1\n\n%2 files (%3) were copied and every one was checked."
            )
            .replace("%1", str(result.new))
            .replace("%2", str(result.files))
            .replace("%3", localefmt.size_text(result.bytes))
        )

    def _moved(self, result: object) -> None:
        assert isinstance(result, datamove.MoveResult)
        self.result = result
        self._show_state()
        # Nothing may write into the old folder any more; the window closes after this.
        self.workspace.store.engine.dispose()
        kept = self.tr("The old folder is kept, unchanged:\n%s") % result.old
        if dialogs.confirm(
            self,
            self.tr("Data folder moved"),
            self._done_text(result)
            + "\n\n"
            + kept
            + "\n\n"
            + self.tr(
                "Delete the old folder now? Choose No to keep it; you can delete it yourself later."
            ),
        ):
            old, new = result.old, result.new
            self.deleting.start(lambda _progress, _cancel: delete_old_folder(old, new))
            self._show_state()
            self.progress.message.setText(self.tr("Deleting the old folder…"))
            return
        self._finish(kept)

    # ----------------------------------------------------------- deleting
    def _deleted(self, removal: object) -> None:
        assert isinstance(removal, OldFolderRemoval)
        self._show_state()
        if removal.error is None:
            self._finish(self.tr("The old folder was deleted."))
            return
        left = self._left_text(removal)
        dialogs.error(self, self.tr("Old folder not deleted completely"), left)
        self._finish(left)

    def _not_deleted(self, exc: object) -> None:
        """The deletion stopped in a way :func:`delete_old_folder` could not catch."""
        assert isinstance(exc, BaseException) and self.result is not None
        self._deleted(OldFolderRemoval(self.result.old, exc, files_left=-1))

    def _left_text(self, removal: OldFolderRemoval) -> str:
        """The reason, what is left of the old folder and where; that nothing is lost."""
        assert removal.error is not None and self.result is not None
        if removal.files_left < 0:
            left = self.tr("What is left of the old folder is still in:\n%s") % removal.folder
        elif removal.files_left == 0:
            left = self.tr("Only empty folders are left in:\n%s") % removal.folder
        else:
            left = (
                self.tr("Still in %1:\n%n file(s) (%2), for example:", "", removal.files_left)
                .replace("%1", str(removal.folder))
                .replace("%2", localefmt.size_text(removal.bytes_left))
            )
            left += "".join(f"\n    {name}" for name in removal.examples)
        safe = (
            self.tr("Nothing is lost: all the data is in %s. You can delete what is left yourself.")
            % self.result.new
        )
        return f"{error_text(removal.error)}\n\n{left}\n\n{safe}"

    def _finish(self, old_folder_text: str) -> None:
        """Say where the data is now and what became of the old folder; then OnRecord closes."""
        assert self.result is not None
        text = self._done_text(self.result) + "\n\n" + old_folder_text
        self._show_outcome(text, ok=True)
        dialogs.info(
            self,
            self.tr("Data folder moved"),
            text
            + "\n\n"
            + self.tr(
                "OnRecord closes now. Open it again to go on with the data in its new place."
            ),
        )
        self.accept()
        self.moved.emit(self.result.new)

    # ------------------------------------------------------------ closing
    def busy(self) -> bool:
        """The move or the deletion runs (counting only reads: closing is fine then)."""
        return self.job.running or self.deleting.running

    def stop_work(self, closing: bool) -> None:
        if self.deleting.running:  # half a deletion gains nothing: it is waited for
            self.progress.message.setText(
                self.tr("Deleting the old folder… This window closes when that is done.")
            )
            return
        self.job.cancel()
        self.close_button.setEnabled(False)
        self.progress.message.setText(self.tr("Stopping…"))
