"""The live call screen: one key to record, one key per evidence tag, notes stamped as typed.

Keys during a call: when a call starts the keyboard is on the tag buttons (their box is
framed and says "keys tag"), so a number key tags the moment at once. N (or a click) goes to
the note box, where digits are text (an amount, a case number); Enter saves the note and Esc
drops it, and both go back to the tag keys. Esc in any other box goes back too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_mod
from ..audio import RecorderStatus
from ..capture.session import EarlyMark
from ..conduct.tags import tag_title
from ..store import StoreError, Workspace, validate
from ..store.enums import PromiseBy
from ..store.models import Mark
from ..timefmt import clock_text
from . import dialogs, localefmt
from .callcontroller import CallController, QueuedMark
from .callerinfo import CallerInfo, PromiseEntry
from .callnote import CallNote, escape
from .callstatus import LiveWarnings, keep_space_when_hidden
from .callsummary import MarksList, RightColumn, call_lines, nothing_recorded_lines
from .consent import guidance
from .devicepicker import DevicePicker
from .errors import error_text
from .levelmeter import LevelMeter
from .tagkeys import TagKeys, is_text_input
from .typingjournal import TypingJournal


def language_of(widget: QWidget) -> str:
    name = widget.locale().name()
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") else "zh_CN"
    return "en"


class CallPanel(QWidget):
    """The call screen, made of its parts: the devices (DevicePicker), the record key and
    meters, the tag keys (TagKeys), the note (CallNote), who is calling (CallerInfo), the
    promise entry, and the summary after the call. What is typed but not saved yet is
    journalled as it is typed (TypingJournal)."""

    recording_changed = Signal(bool)
    call_saved = Signal(int)  # case id

    KEEP_TYPING_MS = TypingJournal.KEEP_TYPING_MS

    def __init__(
        self, workspace: Workspace, controller: CallController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.controller = controller
        self.settings = settings_mod.load(workspace.data_dir)
        self.case_id: int | None = None
        self.last_event_id: int | None = None
        self.recording_id: int | None = None  # the call being recorded, until it is filed
        self.source_roles: list[str] = []
        self.language = language_of(self)

        self.case_label = QLabel()
        self.devices = DevicePicker(self.settings, workspace.data_dir)
        self.devices.changed.connect(self._devices_changed)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordButton")
        self.record_button.setMinimumHeight(56)
        self.record_button.setAccessibleName(self.tr("Start or stop recording"))
        self.record_button.clicked.connect(self.toggle_recording)
        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setStyleSheet("font-size: 21pt; font-weight: bold;")  # points follow scaling
        self.elapsed.setAccessibleName(self.tr("Recording time"))
        self.state_label = QLabel()
        self.meters = {
            "me": LevelMeter(self.tr("My level")),
            "them": LevelMeter(self.tr("Their level")),
        }
        self.meter_labels = {"me": QLabel(self.tr("Me")), "them": QLabel(self.tr("Them"))}
        for widget in (self.meters["them"], self.meter_labels["them"]):
            keep_space_when_hidden(widget)  # shown or not, nothing below moves
        self.warnings = LiveWarnings()
        self.warnings.setAccessibleName(self.tr("Recording warnings"))
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setObjectName("consent")

        self.tag_box = TagKeys(self.language)
        self.tag_box.tagged.connect(self.tag)
        self.rebuild_tag_buttons()
        self.key_mode = self.tag_box.hint

        self.notes = CallNote(workspace, controller, self)
        self.note = self.notes.field
        self.note.finished.connect(self.focus_tag_keys)
        self.note_shortcut = QShortcut(QKeySequence("N"), self)
        self.note_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.note_shortcut.activated.connect(self.focus_note)
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.focus_tag_keys)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.marks_list = MarksList()
        self.marks_list.setAccessibleName(self.tr("Marks in this call"))
        self.caller = CallerInfo(workspace)
        self.typing = TypingJournal(controller, self.caller, self.note, self)
        self.promise = PromiseEntry()
        self.promise.theirs.clicked.connect(lambda: self._promise(PromiseBy.COLLECTOR))
        self.promise.mine.clicked.connect(lambda: self._promise(PromiseBy.USER))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes.not_saved.connect(
            lambda: self.summary.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
        )
        self.save_details = QPushButton(self.tr("Save call details"))
        self.save_details.clicked.connect(self._save_details)
        self.save_details.setVisible(False)
        self._summary_lines: list[str] = []  # the last call's, without "Details saved."
        self._not_taken = ""  # said with the failure: tags pressed as a call failed to start
        self.caller.edited.connect(self._details_edited)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self.confirmation.clear)
        self._lay_out()

        controller.started.connect(self._started)
        controller.status_changed.connect(self._status)
        controller.stopped.connect(self._stopped)
        controller.failed.connect(self._failed)
        controller.mark_added.connect(self._mark_added)
        controller.mark_queued.connect(self._mark_queued)
        controller.marks_not_taken.connect(self._marks_not_taken)
        self._devices_changed()
        self._set_recording_ui(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_key_mode)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.record_button, 2)
        clock = QVBoxLayout()
        clock.addWidget(self.elapsed)
        clock.addWidget(self.state_label)
        top.addLayout(clock, 1)
        meters = QGridLayout()  # not a form: a form gives a hidden row's space away
        for row, role in enumerate(("me", "them")):
            meters.addWidget(self.meter_labels[role], row, 0)
            meters.addWidget(self.meters[role], row, 1)
        left = QVBoxLayout()
        left.addWidget(self.case_label)
        left.addWidget(self.devices)
        left.addLayout(top)
        left.addLayout(meters)
        left.addWidget(self.warnings)
        left.addWidget(self.tag_box)
        left.addWidget(self.key_mode)
        left.addWidget(self.note)
        left.addWidget(self.confirmation)
        left.addStretch(1)  # room to spare goes below: what is above stays where it is
        column = QWidget()
        right = QVBoxLayout(column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.consent)
        right.addWidget(self.caller)
        right.addWidget(self.promise)
        right.addWidget(QLabel(self.tr("Marks in this call")))
        right.addWidget(self.marks_list, 1)
        right.addWidget(self.summary)
        right.addWidget(self.save_details)
        self.right_column = RightColumn(column)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.right_column, 2)

    @property
    def tag_buttons(self) -> dict[str, QPushButton]:
        return self.tag_box.buttons

    def tag_label(self, tag: str) -> str:
        """A tag's name as the user set it on its button, else in the UI language."""
        return self.tag_box.label(tag)

    def rebuild_tag_buttons(self) -> None:
        """(Re)make the tag buttons and their keys from the settings."""
        self.tag_box.rebuild(self.settings.tag_buttons, self.controller.recording)

    def reload_settings(self) -> None:
        """The settings file changed (the tag buttons were edited, the guide chose the
        devices): the screen shows, and records, what is saved now."""
        self.settings = settings_mod.load(self.workspace.data_dir)
        self.devices.use_settings(self.settings)
        self.rebuild_tag_buttons()

    # ----------------------------------------------------------------- case
    def show_case(self, case_id: int | None) -> None:
        if self.controller.recording:
            return  # the call goes on in the case it started in
        self.case_id = case_id
        case = self.workspace.cases.case(case_id) if case_id else None
        if case is None:
            self.case_label.setText(
                self.tr("Calls will be filed under <b>Unsorted calls</b> until you choose a case.")
            )
            jurisdiction = "us"
        else:
            self.case_label.setText(self.tr("Recording into: <b>%s</b>") % escape(case.title))
            jurisdiction = case.jurisdiction
        self.consent.setText(guidance(jurisdiction))
        self.caller.show_case(case_id)
        self.promise.set_currency(case.currency if case is not None else "")

    # ------------------------------------------------------------ recording
    def toggle_recording(self) -> None:
        if self.controller.busy:
            return
        if self.controller.recording:
            self.stop_recording()
            return
        sources = self.devices.sources()
        if sources is None:  # say why right here: a button that does nothing looks broken
            dialogs.error(self, self.tr("Cannot record yet"), self.devices.problem())
            return
        if not self.settings.consent_seen:
            dialogs.info(
                self,
                self.tr("Before your first recording"),
                guidance(
                    self.workspace.cases.case(self.case_id).jurisdiction if self.case_id else "us"
                ),
            )
            self.settings.consent_seen = True
            current = settings_mod.load(self.workspace.data_dir)  # not this screen's old copy
            current.consent_seen = True
            settings_mod.save(self.workspace.data_dir, current)
        self.state_label.setText(self.tr("Starting…"))
        self.marks_list.clear()
        self.warnings.start_call()
        self.summary.clear()
        self.save_details.setVisible(False)
        self.caller.new_call()  # the last call's caller is offered, not silently reused
        self.controller.start(self.case_id, sources)
        if self.controller.starting:  # a tag key pressed now is kept for the call
            self.tag_box.set_keys_enabled(True)
            self.focus_tag_keys()

    def stop_recording(self) -> None:
        """Stop the call as the user asked (record key, stop button, quitting): every way
        keeps the note still being typed. Quitting stopped the call directly and lost it."""
        if self.controller.busy or not self.controller.recording:
            return
        self.notes.save_on_stop()
        self.controller.stop()
        self.state_label.setText(self.tr("Saving…"))

    def _set_recording_ui(self, on: bool) -> None:
        self.record_button.setText(
            self.tr("■  Stop recording   (Ctrl+R)") if on else self.tr("●  Record call   (Ctrl+R)")
        )
        self.record_button.setProperty("recording", on)
        self.record_button.setStyleSheet(
            "QPushButton#recordButton { font-size: 14pt; font-weight: bold; color: white; "
            f"background: {'#7f8c8d' if on else '#c0392b'}; border-radius: 6px; }}"
        )
        self.tag_box.set_keys_enabled(on)
        self.note.setEnabled(on)
        self.note_shortcut.setEnabled(on)
        self.back_shortcut.setEnabled(on)
        self.promise.setEnabled(on)
        self.devices.setEnabled(not on)
        if not on:
            for meter in self.meters.values():
                meter.reset()
        self._show_key_mode()

    def _started(self, session: Any) -> None:
        self.case_id = session.case_id
        self.recording_id = session.recording_id
        self.last_event_id = self.workspace.recordings.recording(session.recording_id).event_id
        self.state_label.setText(self.tr("● REC"))
        self.source_roles = [source.role for source in session.config.sources]
        self.warnings.await_sound(session.config.startup_timeout_s)
        for meter in self.meters.values():
            meter.reset()  # no clip lamp left lit from the last call
        self._set_recording_ui(True)
        self.recording_changed.emit(True)
        self.typing.call_started()  # details typed before Record are this call's
        self.focus_tag_keys()  # a number key now tags; N goes to the note

    def keep_typing(self) -> None:
        """Journal the caller's details and the unconfirmed note if they changed."""
        self.typing.keep()

    # ------------------------------------------------------------- keyboard
    def focus_tag_keys(self) -> None:
        """Put the keyboard on the tag keys (their box shows it)."""
        if self._keys_tag() and self.tag_box.isVisible():
            self.tag_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_key_mode()

    def focus_note(self) -> None:
        if self.note.isEnabled() and self.note.isVisible():
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tag_keys_live(self) -> bool:
        """Whether a tag key pressed now tags (not while typing in a text box)."""
        if not self._keys_tag():
            return False
        return not is_text_input(self._focused())

    def _keys_tag(self) -> bool:
        """Whether the tag keys are on: during a call, and while it starts (a key pressed
        then is kept for it: CallController.mark)."""
        return self.controller.recording or self.controller.starting

    def _focused(self) -> QWidget | None:
        """Where a key pressed in this window goes."""
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self.window():
            focused = self.window().focusWidget()
        return focused

    def _show_key_mode(self, *_: object) -> None:
        in_note = self._focused() is self.note  # Enter saves the note; elsewhere, nothing
        self.tag_box.show_mode(self._keys_tag(), self.tag_keys_live(), in_note)

    def _status(self, status: RecorderStatus) -> None:
        self.elapsed.setText(clock_text(status.elapsed_s))
        roles = [level.role for level in status.levels]
        for level in status.levels:
            meter = self.meters.get(level.role if level.role in self.meters else "me")
            meter.set_level(level.rms_dbfs, level.peak_dbfs)
        self.meters["them"].setVisible("them" in roles)
        self.meter_labels["them"].setVisible("them" in roles)
        for warning in status.warnings:
            if warning.code == "clipping":  # the lamp of the side that clipped stays red
                role = warning.params.get("role")
                self.meters[role if role in self.meters else "me"].mark_clipped()
        self.warnings.show_status(status, self.source_roles)

    def _stopped(self, recording: Any) -> None:
        self.typing.call_ended()
        self.warnings.call_ended()  # the summary lists them: said once
        self._set_recording_ui(False)
        self.recording_changed.emit(False)
        self.recording_id = None
        nothing = not recording.frames and not self.workspace.recordings.marks(recording.id)
        kept_note = self._keep_unsaved_note(recording.id)
        if nothing:
            self._nothing_recorded(kept_note)  # its call was withdrawn (CallSession.stop)
            return
        # Nothing recorded, and kept for the marks made before a first sound that never came
        if not recording.frames:
            self.state_label.setText(self.tr("Nothing recorded"))
        elif recording.status.value == "failed":  # not "Saved": the call may go on
            self.state_label.setText(self.tr("Stopped by a problem"))
        else:
            self.state_label.setText(self.tr("Saved"))
        caller_saved = True
        try:
            self.caller.apply_to_event(recording.event_id)
        except StoreError as exc:
            caller_saved = False
            dialogs.error(self, self.tr("Call details not saved"), error_text(exc))
        self.caller.call_ended(recording.event_id)
        marks = self.workspace.recordings.marks(recording.id)
        lines = call_lines(recording, len(marks), self.source_roles, self.counted)
        lines += kept_note
        lines += self.notes.saved_on_stop_lines()
        if caller_saved:
            lines.append(self.caller.saved_words())
        else:
            lines.append(
                self.tr("You can still complete who called, then press Save call details.")
            )
        self._summary_lines = lines
        self.summary.setText("<br>".join(lines))
        self.save_details.setVisible(not caller_saved or self.caller.missing())
        self.right_column.show_widgets(self.summary, self.save_details)
        self.call_saved.emit(self.case_id or 0)

    def _nothing_recorded(self, kept_note: list[str]) -> None:
        """No sound and no mark: the call is withdrawn (``nothing_recorded_lines``)."""
        self.notes.saved_on_stop = ""
        self.state_label.setText(self.tr("Nothing recorded"))
        self.summary.setText("<br>".join([*nothing_recorded_lines(), *kept_note]))
        self.save_details.setVisible(False)
        self.right_column.show_widgets(self.summary)
        self.call_saved.emit(self.case_id or 0)

    def _failed(self, message: str) -> None:
        self._set_recording_ui(self.controller.recording)
        self.state_label.setText(self.tr("Not recording"))
        if self.recording_id is not None and not self.controller.recording:
            # The call ended but could not be stopped (the recorder process died): recovery
            # files the recording at the next start; the note in the field goes with it now,
            # not into the next call.
            kept_note = self._keep_unsaved_note(self.recording_id)
            self.recording_id = None
            self.recording_changed.emit(False)  # the case list is free again
            if kept_note:
                self.summary.setText("<br>".join(kept_note))
        if self._not_taken:
            message, self._not_taken = f"{message}\n\n{self._not_taken}", ""
        dialogs.error(self, self.tr("Recording problem"), message)

    def _keep_unsaved_note(self, recording_id: int) -> list[str]:
        """The note left in the field when the call ended unsaved goes with that call
        (CallNote.keep_unsaved); what the summary says of it."""
        self.typing.draft_filed()
        return self.notes.keep_unsaved(recording_id)

    def _devices_changed(self) -> None:
        them = self.devices.loopback.currentData() is not None  # the call shows what it records
        self.meters["them"].setVisible(them)
        self.meter_labels["them"].setVisible(them)
        problem = self.devices.problem()
        self.record_button.setToolTip(problem or self.record_button.accessibleName())
        self.state_label.setText(problem or self.tr("Ready"))

    def counted(self, key: str, n: int) -> str:
        """The after-call texts that count marks, here in ``self.tr`` so that lupdate keeps
        their plural forms ("1 mark" / "2 marks")."""
        if key == "kept_for_marks":
            return self.tr(
                "No sound came from the microphone: this call has no audio. It is kept "
                "for the %n mark(s) you made, at its start.",
                "",
                n,
            )
        if key == "stopped":
            return self.tr(
                "<b>Recording stopped by a problem</b> — %s recorded and kept, %n mark(s). If "
                "the call is still going on, press Record call (Ctrl+R) to record the rest.",
                "",
                n,
            )
        return self.tr("<b>Call saved</b> — %s long, %n mark(s)", "", n)

    # ---------------------------------------------------------------- marks
    def tag(self, tag: str) -> Mark | EarlyMark | QueuedMark | None:
        return self.controller.mark(tag)

    def _promise(self, by: PromiseBy) -> None:
        """The promise's mark now; the promise, linked to it, once the mark is in the case
        file (at once, or when the first sound comes if it is made before)."""
        tag = "their_promise" if by is PromiseBy.COLLECTOR else "my_promise"
        values = self.promise.values(by)
        case_id, event_id = self.case_id, self.last_event_id
        if case_id is None:
            self.controller.mark(tag, self._promise_words(values))
            return

        def add_promise(mark: Mark) -> None:
            try:
                self.workspace.ledger.add_promise(
                    case_id,
                    by,
                    amount=values["amount"],
                    due_date=values["due_date"],
                    mark_id=mark.id,
                    event_id=event_id,
                    description=tag_title(tag, self.language),
                )
            except StoreError as exc:
                dialogs.error(self, self.tr("Promise not saved"), error_text(exc))
                return
            self.promise.clear()

        words = self._promise_words(values)

        def not_saved() -> None:
            # the promise's fields are kept, for her to save it again or log it by hand
            dialogs.error(
                self,
                self.tr("Promise not saved"),
                self.tr(
                    "The call ended before the promise could be saved. Its mark keeps what "
                    "you typed (“%1”); add the promise in Timeline → Promises and payments."
                ).replace("%1", words),
            )

        self.controller.mark(tag, words, when_filed=add_promise, when_lost=not_saved)

    def _promise_words(self, values: dict[str, Any]) -> str:
        """The promise as the mark's text: "CNY 5,000 · due 2026/12/15" (what was typed if the
        amount is not a number; the store then says why the promise was not saved)."""
        case = self.workspace.cases.case(self.case_id) if self.case_id else None
        currency = case.currency if case is not None else ""
        typed = str(values["amount"] or "").strip()
        try:
            amount = validate.amount(typed, currency=currency or None)
        except StoreError:
            parts = [typed]
        else:
            parts = [localefmt.money_text(amount, currency)] if amount is not None else []
        due = values["due_date"]
        if due is not None:
            parts.append(
                QCoreApplication.translate("Ledger", "due %1").replace(
                    "%1", localefmt.date_text(due)
                )
            )
        return " · ".join(part for part in parts if part)

    def _mark_queued(self, mark: QueuedMark) -> None:
        """A tag pressed while the call starts: kept, and marked at its start."""
        title = self.tag_label(mark.tag) if mark.tag else self.tr("Note")
        self.confirmation.setText(
            "✓ "
            + self.tr("%1: kept, it is marked at 0:00 as soon as recording has started.").replace(
                "%1", title
            )
        )
        self._confirm_timer.start(2500)

    def _marks_not_taken(self, marks: list[QueuedMark]) -> None:
        """Said with the failure that follows: the tags pressed while the call could not
        start were not saved."""
        titles = [self.tag_label(m.tag) if m.tag else m.text for m in marks]
        self._not_taken = self.tr(
            "The tags you pressed while recording was starting could not be saved: %1. "
            "Press them again once recording has started."
        ).replace("%1", "; ".join(titles))
        self.confirmation.clear()

    def _mark_added(self, mark: Mark | EarlyMark) -> None:
        rate = 48000
        session = self.controller.session
        if session is not None:
            rate = session.config.samplerate
        at = clock_text(mark.frame / rate)
        title = self.tag_label(mark.tag) if mark.tag else self.tr("Note")
        text = f"{at}  {title}" + (f" — {mark.text}" if mark.text else "")
        self.marks_list.addItem(text)
        self.marks_list.scrollToBottom()
        self.confirmation.setText("✓ " + self.tr("Marked at %s: %s") % (at, title))
        self._confirm_timer.start(2500)

    def _save_details(self) -> None:
        if self.last_event_id is None:
            return
        try:
            self.caller.apply_to_event(self.last_event_id)
        except StoreError as exc:
            dialogs.error(self, self.tr("Call details not saved"), error_text(exc))
            return
        self._summary_lines[-1] = self.caller.saved_words()  # what is saved now
        self.summary.setText("<br>".join([*self._summary_lines, self.tr("Details saved.")]))
        self.save_details.setVisible(self.caller.missing())
        self.call_saved.emit(self.case_id or 0)

    def _details_edited(self) -> None:
        """The last call's details changed after it ended: offer to save them."""
        if not self.controller.recording and self.caller.ended_call is not None:
            self.save_details.setVisible(True)
