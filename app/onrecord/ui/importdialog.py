"""Import what the phone already knows into one case, after a preview.

Three steps on one dialog:

1. **Choose** the kind of file and the file(s) or folder (and, for Audacity labels, the
   recording they belong to).
2. **Preview**: ``imports.prepare`` reads on a worker thread (progress, Cancel) and writes
   nothing. The numbers found are listed with how often and when, whether they are already in
   the case and what the phone called them; the user ticks the ones that belong to this case
   and picks a collector for each (an existing one, or a new one by name). A file that cannot
   be read is named with its line/element, and nothing is written.
3. **Import**: ``imports.execute`` writes only the ticked numbers' contacts (progress, Cancel),
   then a summary: added, already there, not picked, skipped, warnings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_module
from ..imports import (
    ImportCancelled,
    ImportFileError,
    ImportPlan,
    ImportResult,
    csvlog,
    execute,
    prepare,
)
from ..store import StoreError, Workspace
from ..store.enums import PartyRole
from ..timefmt import duration_text
from . import dialogs, i18n, labels, localefmt
from .busyguard import BusyGuard
from .errors import error_text, message_text
from .export_task import CALM_GREEN, BackgroundJob, ProgressRow, note_label
from .import_numbers import NumbersTable


class ImportDialog(BusyGuard, QDialog):
    """Import into ``case_id``. Emits :attr:`imported` (case id) after anything was written."""

    imported = Signal(int)

    PAGE_CHOOSE, PAGE_PREVIEW, PAGE_DONE = range(3)

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case = workspace.cases.case(case_id)
        self.paths: list[Path] = []
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._job_finished)
        self.job.failed.connect(self._job_failed)
        self._step = ""  # "read" or "write": what the running job is doing
        self.setWindowTitle(self.tr("Import from my phone"))
        self.setModal(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose())
        self.pages.addWidget(self._build_preview())
        self.pages.addWidget(self._build_done())
        self.progress = ProgressRow()
        self.progress.hide()

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Read the file"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self._show_page(self.PAGE_CHOOSE)

    # ---------------------------------------------------------------- choose
    def _formats(self) -> list[tuple[str, str, str]]:
        """(format, label, what to pick: files | folder | file)."""
        return [
            (
                "calls",
                self.tr("Phone call log — an SMS Backup && Restore file (calls-….xml)"),
                "files",
            ),
            (
                "sms",
                self.tr("Text messages — an SMS Backup && Restore file (sms-….xml)"),
                "files",
            ),
            ("bcr", self.tr("Call recordings made by BCR (the folder they are in)"), "folder"),
            ("csv", self.tr("A contact log spreadsheet (.csv)"), "files"),
            ("audacity", self.tr("Audacity labels for one of my recordings (.txt)"), "file"),
        ]

    def _build_choose(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("<b>Import into “%1”</b>").replace("%1", self.case.title))
        title.setWordWrap(True)
        intro = note_label(
            self.tr(
                "Bring in calls and messages your phone already has. First you will see what "
                "the file holds and choose which numbers belong to this case; nothing is "
                "added before you confirm."
            )
        )
        kind_label = QLabel(self.tr("What do you want to import?"))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        kinds = QVBoxLayout()
        for fmt, text, _pick in self._formats():
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            button.toggled.connect(self._format_changed)
            kinds.addWidget(button)
        self.format_buttons["calls"].setChecked(True)

        self.pick_button = QPushButton(self.tr("C&hoose file(s)…"))
        self.pick_button.setAccessibleName(self.tr("Choose what to import"))
        self.pick_button.clicked.connect(self.choose_paths)
        self.picked = QListWidget()
        self.picked.setAccessibleName(self.tr("Chosen files"))
        self.picked.setMaximumHeight(80)
        self.picked.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.template_button = QPushButton(self.tr("Save an empty &spreadsheet to fill in…"))
        self.template_button.setAccessibleName(self.tr("Save a contact log template"))
        self.template_button.clicked.connect(self.save_template)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.pick_button)
        pick_row.addStretch(1)
        pick_row.addWidget(self.template_button)

        self.recording_label = QLabel(self.tr("The labels belong to this recor&ding:"))
        self.recording = QComboBox()
        self.recording.setAccessibleName(self.tr("Recording the labels belong to"))
        self.recording_label.setBuddy(self.recording)
        for rec in self.workspace.recordings.recordings(self.case.id):
            seconds = (rec.frames or 0) / (rec.sample_rate or 1)
            when = localefmt.moment_text(rec.started_at, rec.timezone)
            self.recording.addItem(f"{when} · {duration_text(seconds)}", rec.id)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(kind_label)
        layout.addLayout(kinds)
        layout.addSpacing(6)
        layout.addLayout(pick_row)
        layout.addWidget(self.picked)
        layout.addWidget(self.recording_label)
        layout.addWidget(self.recording)
        layout.addStretch(1)
        self._format_changed()
        return page

    def chosen_format(self) -> str:
        for fmt, button in self.format_buttons.items():
            if button.isChecked():
                return fmt
        return "calls"

    def _pick_kind(self) -> str:
        return {f: pick for f, _t, pick in self._formats()}[self.chosen_format()]

    def _format_changed(self, *_args: object) -> None:
        if not hasattr(self, "pick_button"):
            return
        pick = self._pick_kind()
        self.pick_button.setText(
            self.tr("C&hoose the folder…") if pick == "folder" else self.tr("C&hoose file(s)…")
        )
        self.template_button.setVisible(self.chosen_format() == "csv")
        is_labels = self.chosen_format() == "audacity"
        self.recording_label.setVisible(is_labels)
        self.recording.setVisible(is_labels)
        self.set_paths([])

    def set_paths(self, paths: Sequence[Path]) -> None:
        self.paths = [Path(p).absolute() for p in paths]
        self.picked.clear()
        for path in self.paths:
            self.picked.addItem(str(path))
        if hasattr(self, "next_button"):
            self.next_button.setEnabled(bool(self.paths))

    def choose_paths(self) -> None:
        fmt, pick = self.chosen_format(), self._pick_kind()
        filters = {
            "calls": self.tr("Call log backups (*.xml)"),
            "sms": self.tr("Message backups (*.xml)"),
            "csv": self.tr("Spreadsheets (*.csv)"),
            "audacity": self.tr("Label files (*.txt)"),
        }.get(fmt, "")
        # Where the last import came from: a phone's backup folder holds the calls, the
        # messages and the recordings, each chosen in turn (the dialog opened at home each
        # time, a walk-through)
        start = self._last_folder()
        if pick == "folder":
            folder = dialogs.choose_folder(self, self.tr("Choose the BCR folder"), start)
            chosen = [folder] if folder else []
        elif pick == "file":
            one = dialogs.choose_file(self, self.tr("Choose the label file"), filters, start)
            chosen = [one] if one else []
        else:
            chosen = dialogs.choose_files(self, self.tr("Choose the file(s)"), filters, start)
        if chosen:
            self._remember_folder(chosen[0].parent)  # a BCR folder's too: where it sits
            self.set_paths(chosen)

    def _last_folder(self) -> str:
        folder = settings_module.load(self.workspace.data_dir).import_folder
        return folder if folder and Path(folder).is_dir() else ""

    def _remember_folder(self, folder: Path) -> None:
        settings = settings_module.load(self.workspace.data_dir)
        settings.import_folder = str(folder)
        with contextlib.suppress(OSError):  # a convenience: the import does not depend on it
            settings_module.save(self.workspace.data_dir, settings)

    def save_template(self) -> None:
        """Save the blank CSV template (and its column guide) where the user wants it, with
        the column names of the app's language."""
        suggested, blank, guide = csvlog.template(i18n.current_language())
        target = dialogs.choose_save_file(
            self,
            self.tr("Save the contact log template"),
            str(Path.home() / suggested),
            self.tr("Spreadsheets (*.csv)"),
        )
        if target is None:
            return
        try:
            target.write_bytes(blank)
            guide_path = target.with_suffix(".md")
            if not guide_path.exists():
                guide_path.write_bytes(guide)
        except OSError as exc:
            dialogs.error(self, self.tr("Not saved"), error_text(exc))
            return
        dialogs.info(
            self,
            self.tr("Template saved"),
            self.tr(
                "Saved %1 and a guide to its columns beside it. Add one row per contact in a "
                "spreadsheet, save it as CSV (UTF-8), then import it here."
            ).replace("%1", str(target)),
        )

    # --------------------------------------------------------------- preview
    def _build_preview(self) -> QWidget:
        page = QWidget()
        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.preview_facts = note_label("")
        self._backup_note = self.tr(
            "Tick the numbers that belong to this case, and say who called from each. "
            "Numbers you leave unticked (family, friends, your bank) are not imported."
        )
        # A log the user kept lists the contacts they chose to write down, calls to their
        # family included: nothing is left out unless they untick it.
        self._own_log_note = self.tr(
            "This is your own log: every number in it is ticked. Say who called from each; "
            "untick a number only if its rows do not belong to this case."
        )
        self.pick_note = QLabel(self._backup_note)
        self.pick_note.setWordWrap(True)
        self.table = NumbersTable()
        self.table.picks_changed.connect(self._update_count)
        self.tick_all = QPushButton(self.tr("Tick &all"))
        self.tick_all.clicked.connect(lambda: self.table.set_all_picked(True))
        self.tick_none = QPushButton(self.tr("Tick &none"))
        self.tick_none.clicked.connect(lambda: self.table.set_all_picked(False))
        self.picked_count = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.tick_all)
        row.addWidget(self.tick_none)
        row.addStretch(1)
        row.addWidget(self.picked_count)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview_facts)
        layout.addWidget(self.pick_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return page

    def _fill_preview(self, plan: ImportPlan) -> None:
        p = plan.preview
        self.preview_title.setText(
            self.tr("<b>%1</b> — %2")
            .replace("%1", self._format_title(p.format))
            .replace("%2", labels.listed(p.sources))
        )
        facts = []
        if p.format == "audacity":
            facts.append(
                self.tr("%n label(s) found", "", p.labels)
                + "; "
                + self.tr("%n already on the recording", "", p.already_imported)
            )
        else:
            facts.append(self.tr("%n contact(s) found", "", p.records))
            if p.already_imported:
                facts.append(self.tr("%n already in this case", "", p.already_imported))
            if p.removed_before:
                facts.append(
                    self.tr(
                        "%n removed from this case after an earlier import (not added again)",
                        "",
                        p.removed_before,
                    )
                )
            if p.duplicates_merged:
                facts.append(
                    self.tr(
                        "%n duplicate(s) from overlapping backups merged", "", p.duplicates_merged
                    )
                )
        skipped = sum(p.skipped.values())
        if skipped:
            facts.append(self.tr("%n entry(ies) skipped", "", skipped))
        lines = [" · ".join(facts)]
        lines += [f"{message_text(why)}: {count}" for why, count in sorted(p.skipped.items())]
        lines += [message_text(line) for line in (*p.problems, *p.notes)]
        self.preview_facts.setText("\n".join(lines))
        is_labels = p.format == "audacity"
        for widget in (self.pick_note, self.table, self.tick_all, self.tick_none):
            widget.setVisible(not is_labels)
        parties = self.workspace.cases.parties(self.case.id)
        own_log = p.format == "csv"
        self.pick_note.setText(self._own_log_note if own_log else self._backup_note)
        self.table.fill(p.numbers, parties, self.case.timezone, tick_all=own_log)
        self._update_count()

    def _format_title(self, fmt: str) -> str:
        for f, text, _pick in self._formats():
            if f == fmt:
                return text.replace("&&", "&")
        return fmt

    def _contacts_picked(self) -> tuple[int, int, int]:
        """(new contacts, lines whose notes go onto calls already recorded, lines of the
        phone's call log filed with the recorded calls they confirm) of the picks."""
        if self.plan is None:
            return 0, 0, 0
        if self.plan.format == "audacity":
            return len(self.plan.labels), 0, 0
        picked = set(self.table.picked_keys())
        numbers = [n for n in self.plan.preview.numbers if n.key in picked]
        new = sum(
            n.count - n.already_imported - n.removed_before - n.filed_with_calls - n.confirms_calls
            for n in numbers
        )
        return (
            new,
            sum(n.filed_with_calls for n in numbers),
            sum(n.confirms_calls for n in numbers),
        )

    def _update_count(self) -> None:
        count, filed, confirms = self._contacts_picked()
        if self.plan is not None and self.plan.format != "audacity":
            self.picked_count.setText(
                self.tr("%n number(s) ticked", "", len(self.table.picked_keys()))
            )
        if self.pages.currentIndex() == self.PAGE_PREVIEW:
            if count == 0 and filed:
                # nothing new, yet her notes on recorded calls are still to be added
                text = self.tr("&Add notes to %n recorded call(s)", "", filed)
            elif count == 0 and confirms:
                # nothing new, yet the phone's record of recorded calls is still to be filed
                text = self.tr("&File the log with %n recorded call(s)", "", confirms)
            else:
                text = self.tr("&Import %n new contact(s)", "", count)
            self.next_button.setText(text)
            self.next_button.setEnabled(count + filed + confirms > 0)

    # ------------------------------------------------------------------ done
    def _build_done(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel()
        self.done_title.setWordWrap(True)
        self.done_facts = QLabel()
        self.done_facts.setWordWrap(True)
        self.done_facts.setAccessibleName(self.tr("Import summary"))
        self.done_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_warnings = QListWidget()
        self.done_warnings.setAccessibleName(self.tr("Warnings"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_facts)
        layout.addWidget(self.done_warnings, 10)
        layout.addStretch(1)
        return page

    def _fill_done(self, result: ImportResult) -> None:
        title = self.tr("Import stopped.") if result.cancelled else self.tr("Import finished.")
        self.done_title.setText(
            f'<span style="color:{CALM_GREEN};font-size:14pt"><b>{title}</b></span>'
        )
        skipped = sum(self.plan.preview.skipped.values()) if self.plan else 0
        lines = [
            self.tr("Added to the case: %1").replace("%1", str(result.added)),
            self.tr("Already in the case (not added twice): %1").replace(
                "%1", str(result.already_there)
            ),
        ]
        if result.filed_with_calls:
            lines.append(
                self.tr("Notes and tags added to calls already recorded: %1").replace(
                    "%1", str(result.filed_with_calls)
                )
            )
        if result.confirmed_calls:
            lines.append(
                self.tr(
                    "Calls already recorded, now confirmed by the phone's call log: %1"
                ).replace("%1", str(result.confirmed_calls))
            )
        if result.removed_before:
            lines.append(
                self.tr(
                    "Removed from the case after an earlier import (not added again): %1"
                ).replace("%1", str(result.removed_before))
            )
        if self.plan is not None and self.plan.format != "audacity":
            lines.append(
                self.tr("Contacts not imported (numbers you did not tick): %1").replace(
                    "%1", str(result.not_picked)
                )
            )
        lines.append(
            self.tr("Skipped while reading (drafts, unreadable entries…): %1").replace(
                "%1", str(skipped)
            )
        )
        if result.cancelled:
            lines.append(self.tr("You cancelled; importing the same file again adds the rest."))
        lines += [message_text(note) for note in result.notes]
        self.done_facts.setText("\n".join(lines))
        self.done_warnings.clear()
        self.done_warnings.addItems(result.warnings)
        self.done_warnings.setVisible(bool(result.warnings))

    # ------------------------------------------------------------ navigation
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == self.PAGE_PREVIEW)
        self.next_button.setVisible(page != self.PAGE_DONE)
        self.cancel_button.setText(
            self.tr("Close") if page == self.PAGE_DONE else self.tr("Cancel")
        )
        if page == self.PAGE_CHOOSE:
            self.next_button.setText(self.tr("&Read the file"))
            self.next_button.setEnabled(bool(self.paths))
        elif page == self.PAGE_PREVIEW:
            self._update_count()
        else:
            self.cancel_button.setFocus()

    def go_back(self) -> None:
        if not self.job.running:
            self.plan = None
            self._show_page(self.PAGE_CHOOSE)

    def go_next(self) -> None:
        if self.job.running:
            return
        if self.pages.currentIndex() == self.PAGE_CHOOSE:
            self.start_reading()
        elif self.pages.currentIndex() == self.PAGE_PREVIEW:
            self.start_import()

    def _set_running(self, running: bool, step: str = "") -> None:
        if running:
            self._step = step
        self.pages.currentWidget().setEnabled(not running)
        self.next_button.setEnabled(not running)
        self.back_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(True)
        if running:
            self.progress.show_progress(0.0, "")
            self.cancel_button.setText(self.tr("Stop"))
            self.cancel_button.setFocus()
        else:
            self.cancel_button.setText(self.tr("Cancel"))

    def _progressed(self, fraction: float, message: str) -> None:
        if not self.job.cancel_requested:
            self.progress.show_progress(fraction, message)

    def _job_finished(self, result: object) -> None:
        if self._step == "read":
            self._read_done(result)  # type: ignore[arg-type]
        else:
            self._import_done(result)  # type: ignore[arg-type]

    def _job_failed(self, exc: BaseException) -> None:
        if self._step == "read":
            self._read_failed(exc)
        else:
            self._import_failed(exc)

    # ------------------------------------------------------------------ read
    def start_reading(self) -> None:
        if not self.paths:
            return
        fmt = self.chosen_format()
        recording_id = None
        if fmt == "audacity":
            recording_id = self.recording.currentData()
            if recording_id is None:
                dialogs.error(
                    self,
                    self.tr("No recording"),
                    self.tr("This case has no recording to put the labels on."),
                )
                return
        ws, case_id, paths = self.workspace, self.case.id, list(self.paths)
        self._set_running(True, "read")
        self.job.start(
            lambda progress, cancel: prepare(
                ws,
                case_id,
                paths,
                fmt,
                recording_id=recording_id,
                progress=progress,
                cancel=cancel,
            )
        )

    def _read_done(self, plan: ImportPlan) -> None:
        self._set_running(False)
        self.plan = plan
        self._fill_preview(plan)
        self._show_page(self.PAGE_PREVIEW)
        self.table.setFocus()

    def _read_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self._show_page(self.PAGE_CHOOSE)
        if isinstance(exc, ImportCancelled):
            return
        nothing = self.tr("Nothing was added to your case.")
        if isinstance(exc, ImportFileError | StoreError):
            dialogs.error(
                self, self.tr("This file cannot be imported"), f"{error_text(exc)}\n\n{nothing}"
            )
        else:
            dialogs.error(
                self,
                self.tr("This file cannot be imported"),
                f"{type(exc).__name__}: {exc}\n\n{nothing}",
            )

    # ---------------------------------------------------------------- import
    def _resolve_collectors(self, keys: Sequence[str]) -> dict[str, int | None]:
        """Collector per picked number; creates the new collectors that are used (now only,
        when the user confirmed the import)."""
        created: dict[str, int] = {}
        parties: dict[str, int | None] = {}
        for key in keys:
            data = self.table.collector_for(key)
            if isinstance(data, str) and data.startswith("new:"):
                name = data.removeprefix("new:")
                if name not in created:
                    created[name] = self.workspace.cases.add_party(
                        self.case.id, name, role=PartyRole.COLLECTOR
                    ).id
                parties[key] = created[name]
            elif isinstance(data, int):
                parties[key] = data
        return parties

    def start_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        keys = self.table.picked_keys() if plan.format != "audacity" else []
        if plan.format != "audacity" and not keys:
            return
        try:
            parties = self._resolve_collectors(keys)
        except StoreError as exc:
            dialogs.error(self, self.tr("Not imported"), error_text(exc))
            return
        ws = self.workspace
        self._set_running(True, "write")
        self.job.start(
            lambda progress, cancel: execute(
                ws, plan, numbers=keys, parties=parties, progress=progress, cancel=cancel
            )
        )

    def _import_done(self, result: ImportResult) -> None:
        self._set_running(False)
        self.result = result
        self._fill_done(result)
        self._show_page(self.PAGE_DONE)
        self.imported.emit(self.case.id)

    def _import_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self._show_page(self.PAGE_PREVIEW)
        dialogs.error(
            self,
            self.tr("The import stopped"),
            self.tr(
                "Contacts saved before the problem are kept; importing the same file again "
                "adds only the rest. The reason:"
            )
            + f"\n\n{error_text(exc)}",
        )
        self.imported.emit(self.case.id)

    # --------------------------------------------------------------- closing
    def stop_work(self, closing: bool) -> None:
        """Esc, Stop or the window's close button while a file is read or imported."""
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.message.setText(self.tr("Stopping…"))
