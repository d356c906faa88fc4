"""The live call screen: one key to record, one key per evidence tag, notes stamped as typed.

Keys during a call: when a call starts the keyboard is on the tag buttons (their box is
framed and says "keys tag"), so a number key tags the moment at once. N (or a click) goes to
the note box, where digits are text (an amount, a case number); Enter saves the note and Esc
drops it, and both go back to the tag keys. Esc in any other box goes back too.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_mod
from ..audio import RecorderStatus
from ..capture.unsaved import file_draft
from ..conduct.tags import tag_title
from ..store import StoreError, Workspace, validate
from ..store.enums import PromiseBy
from ..store.models import Mark
from ..timefmt import clock_text
from . import dialogs, labels, localefmt
from .audiowords import warning_texts
from .callcontroller import CallController
from .callerinfo import CallerInfo, PromiseEntry
from .callstatus import LiveWarnings, SteadyLabel, keep_space_when_hidden
from .consent import guidance
from .devicepicker import DevicePicker
from .errors import error_text
from .i18n import fill
from .levelmeter import LevelMeter
from .notefield import NoteField
from .tagsettings import button_title

IDLE_BORDER = "#b8bec4"
KEY_MODE_STYLE = (
    "QGroupBox#tagBox {{ border: 2px solid {border}; border-radius: 4px; margin-top: 1.3em; "
    "padding-top: 4px; }} "
    "QGroupBox#tagBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; "
    "color: {title}; }}"
)


def is_text_input(widget: QWidget | None) -> bool:
    """A widget that takes typed characters (where a digit is text, not a tag key)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit))


def language_of(widget: QWidget) -> str:
    name = widget.locale().name()
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") else "zh_CN"
    return "en"


class CallPanel(QWidget):
    recording_changed = Signal(bool)
    call_saved = Signal(int)  # case id

    KEEP_TYPING_MS = 400

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

        self.tag_buttons: dict[str, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []
        self.tag_box = QGroupBox(self.tr("Tag what was just said (press the key)"))
        self.tag_box.setObjectName("tagBox")
        # The keyboard's home during a call: focusable, so the tag keys work from the start.
        self.tag_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tag_box.setAccessibleName(self.tr("Tag keys"))
        self.tag_grid = QGridLayout(self.tag_box)
        self.rebuild_tag_buttons()
        self.key_mode = SteadyLabel(self._key_mode_texts())
        self.key_mode.setObjectName("keyMode")

        self.note = NoteField(self.controller.stamp)
        # Short enough to be read whole in the field; the rest is said where it fits.
        self.note.setPlaceholderText(self.tr("Press N or click here to write a note"))
        self.note.setToolTip(
            self.tr(
                "The note is pinned to the moment you start typing it. Enter saves it, Esc "
                "discards it."
            )
        )
        self.note.setAccessibleDescription(self.note.toolTip())
        self.note.setAccessibleName(self.tr("Note"))
        self.note.committed.connect(self._note_entered)
        self.note.finished.connect(self.focus_tag_keys)
        self.note_shortcut = QShortcut(QKeySequence("N"), self)
        self.note_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.note_shortcut.activated.connect(self.focus_note)
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.focus_tag_keys)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.marks_list = QListWidget()
        self.marks_list.setAccessibleName(self.tr("Marks in this call"))
        self.caller = CallerInfo(workspace)
        # What is typed but not saved yet is journalled shortly after each change, so a crash
        # keeps it (recovery files it): the caller's details, the note before Enter.
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(self.KEEP_TYPING_MS)
        self._typing_timer.timeout.connect(self.keep_typing)
        self._kept_caller: Any = None
        self._kept_draft = ""
        self._note_saved_on_stop = ""  # said in the summary once the call is saved
        self.caller.edited.connect(self._typing_timer.start)
        self.note.textChanged.connect(self._typing_timer.start)
        self.note.finished.connect(self.keep_typing)  # saved or dropped: no draft left
        self.promise = PromiseEntry()
        self.promise.theirs.clicked.connect(lambda: self._promise(PromiseBy.COLLECTOR))
        self.promise.mine.clicked.connect(lambda: self._promise(PromiseBy.USER))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_details = QPushButton(self.tr("Save call details"))
        self.save_details.clicked.connect(self._save_details)
        self.save_details.setVisible(False)
        self._summary_lines: list[str] = []  # the last call's, without "Details saved."
        self.caller.edited.connect(self._details_edited)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self.confirmation.clear)

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
        right = QVBoxLayout()
        right.addWidget(self.consent)
        right.addWidget(self.caller)
        right.addWidget(self.promise)
        right.addWidget(QLabel(self.tr("Marks in this call")))
        right.addWidget(self.marks_list, 1)
        right.addWidget(self.summary)
        right.addWidget(self.save_details)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        controller.started.connect(self._started)
        controller.status_changed.connect(self._status)
        controller.stopped.connect(self._stopped)
        controller.failed.connect(self._failed)
        controller.mark_added.connect(self._mark_added)
        self._devices_changed()
        self._set_recording_ui(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_key_mode)

    def tag_label(self, tag: str) -> str:
        """A tag's name as the user set it on its button, else in the UI language."""
        for spec in self.settings.tag_buttons:
            if spec.tag == tag:
                return button_title(spec, self.language)
        return tag_title(tag, self.language)

    def rebuild_tag_buttons(self) -> None:
        """(Re)make the tag buttons and their keys from the settings."""
        for button in self.tag_buttons.values():
            self.tag_grid.removeWidget(button)
            button.deleteLater()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.tag_buttons, self.shortcuts = {}, []
        recording = self.controller.recording
        for index, button_spec in enumerate(self.settings.tag_buttons):
            key = button_spec.key or ""
            title = button_title(button_spec, self.language)
            shown = title.replace("&", "&&")  # the user's "Q&A" is text, not an Alt key
            button = QPushButton(f"{key}  {shown}" if key else shown)
            button.setStyleSheet(
                f"QPushButton {{ border-left: 6px solid {QColor(button_spec.colour).name()}; "
                "text-align: left; padding: 6px; }"
            )
            button.setAccessibleName(title)
            button.setEnabled(recording)
            button.clicked.connect(lambda _=False, t=button_spec.tag: self.tag(t))
            self.tag_grid.addWidget(button, index // 2, index % 2)
            self.tag_buttons[button_spec.tag] = button
            if key:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda t=button_spec.tag: self.tag(t))
                shortcut.setEnabled(recording)
                self.shortcuts.append(shortcut)

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
            self.case_label.setText(self.tr("Recording into: <b>%s</b>") % _escape(case.title))
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

    def stop_recording(self) -> None:
        """Stop the call as the user asked (record key, stop button, quitting): every way
        keeps the note still being typed. Quitting stopped the call directly and lost it."""
        if self.controller.busy or not self.controller.recording:
            return
        self._save_note_on_stop()
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
        for button in self.tag_buttons.values():
            button.setEnabled(on)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)
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
        for meter in self.meters.values():
            meter.reset()  # no clip lamp left lit from the last call
        self._set_recording_ui(True)
        self.recording_changed.emit(True)
        self._kept_caller, self._kept_draft = None, ""
        self.keep_typing()  # details typed before Record are this call's
        self.focus_tag_keys()  # a number key now tags; N goes to the note

    def keep_typing(self) -> None:
        """Journal the caller's details and the unconfirmed note if they changed."""
        self._typing_timer.stop()
        if not self.controller.recording:
            return
        caller = self.caller.details()
        draft = self.note.text().strip()
        send_caller = (
            caller
            if caller != self._kept_caller and not (self._kept_caller is None and caller.is_empty())
            else None
        )
        send_draft = (
            (draft, self.note.stamp if draft else None) if draft != self._kept_draft else None
        )
        if send_caller is None and send_draft is None:
            return
        self.controller.keep_typing(send_caller, send_draft)
        if send_caller is not None:
            self._kept_caller = caller
        self._kept_draft = draft

    # ------------------------------------------------------------- keyboard
    def focus_tag_keys(self) -> None:
        """Put the keyboard on the tag keys (their box shows it)."""
        if self.controller.recording and self.tag_box.isVisible():
            self.tag_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_key_mode()

    def focus_note(self) -> None:
        if self.note.isEnabled() and self.note.isVisible():
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tag_keys_live(self) -> bool:
        """Whether a tag key pressed now tags (not while typing in a text box)."""
        if not self.controller.recording:
            return False
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self.window():
            focused = self.window().focusWidget()
        return not is_text_input(focused)

    def _key_mode_texts(self) -> tuple[str, str]:
        """What the hint under the tag keys says: the keys tag, or typing."""
        return (
            self.tr("⌨ Keys tag now: press a number to mark the moment, N to write a note."),
            self.tr(
                "⌨ Typing: number keys type digits here. Enter saves a note, Esc goes back to "
                "the tag keys."
            ),
        )

    def _show_key_mode(self, *_: object) -> None:
        live = self.tag_keys_live()
        keys_text, typing_text = self.key_mode.texts
        if not self.controller.recording:
            text, border, title = "", IDLE_BORDER, "palette(window-text)"
        elif live:
            text, border, title = keys_text, "#2980b9", "#2980b9"
        else:
            text, border, title = typing_text, IDLE_BORDER, "palette(window-text)"
        if self.key_mode.text() == text and self.tag_box.property("keysLive") == live:
            return
        self.tag_box.setProperty("keysLive", live)
        self.tag_box.setStyleSheet(KEY_MODE_STYLE.format(border=border, title=title))
        self.key_mode.setText(text)
        self.key_mode.setStyleSheet(f"color: {'#2980b9' if live else 'palette(window-text)'};")
        self.key_mode.setVisible(bool(text))

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
        self._typing_timer.stop()
        self._set_recording_ui(False)
        self.recording_changed.emit(False)
        self.recording_id = None
        nothing = not recording.frames and not self.workspace.recordings.marks(recording.id)
        kept_note = self._keep_unsaved_note(recording.id)
        if nothing:
            self._nothing_recorded(kept_note)  # its call was withdrawn (CallSession.stop)
            return
        self.state_label.setText(self.tr("Saved"))
        caller_saved = True
        try:
            self.caller.apply_to_event(recording.event_id)
        except StoreError as exc:
            caller_saved = False
            dialogs.error(self, self.tr("Call details not saved"), error_text(exc))
        self.caller.call_ended(recording.event_id)
        marks = self.workspace.recordings.marks(recording.id)
        warnings = json.loads(recording.warnings or "[]")
        seconds = (recording.frames or 0) / recording.sample_rate if recording.sample_rate else 0
        lines = [
            self.tr("<b>Call saved</b> — %s long, %n mark(s)", "", len(marks))
            % clock_text(seconds),  # as the review screen's player shows its length
        ]
        if recording.status.value != "complete":
            lines.append(self.tr("Status: %s") % labels.recording_status(recording.status))
        said = [(w.get("code", ""), w.get("params") or {}, w.get("message", "")) for w in warnings]
        lines += ["⚠ " + text for text in warning_texts(said, self.source_roles)]
        lines += kept_note
        if self._note_saved_on_stop:
            lines.append(
                self.tr(
                    "The note you were typing was saved when you stopped the call: “%1”. You "
                    "can change or withdraw it in Review calls."
                ).replace("%1", _escape(self._note_saved_on_stop))
            )
            self._note_saved_on_stop = ""
        if caller_saved:
            lines.append(self.caller.saved_words())
        else:
            lines.append(
                self.tr("You can still complete who called, then press Save call details.")
            )
        self._summary_lines = lines
        self.summary.setText("<br>".join(lines))
        self.save_details.setVisible(not caller_saved or self.caller.missing())
        self.call_saved.emit(self.case_id or 0)

    def _nothing_recorded(self, kept_note: list[str]) -> None:
        """A microphone that gave no sound left a 0:00 "call" that counted as an answered
        contact and set off a possible issue (a walk-through): say plainly that nothing was
        recorded, that the call counts nowhere, and what to do."""
        self._note_saved_on_stop = ""
        self.state_label.setText(self.tr("Nothing recorded"))
        self.summary.setText(
            "<br>".join(
                [
                    "<b>"
                    + self.tr("Nothing was recorded: no sound came from the microphone.")
                    + "</b>",
                    self.tr(
                        "The empty recording stays in the case file, as every recording does, "
                        "but its call is withdrawn: it counts nowhere. Check that the "
                        "microphone is plugged in, not muted and not used by another program, "
                        "or choose another one, then try again. If there was a call, you can "
                        "log it in the Timeline."
                    ),
                    *kept_note,
                ]
            )
        )
        self.save_details.setVisible(False)
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
            if kept_note:
                self.summary.setText("<br>".join(kept_note))
        dialogs.error(self, self.tr("Recording problem"), message)

    def _devices_changed(self) -> None:
        them = self.devices.loopback.currentData() is not None  # the call shows what it records
        self.meters["them"].setVisible(them)
        self.meter_labels["them"].setVisible(them)
        problem = self.devices.problem()
        self.record_button.setToolTip(problem or self.record_button.accessibleName())
        self.state_label.setText(problem or self.tr("Ready"))

    # ---------------------------------------------------------------- marks
    def tag(self, tag: str) -> Mark | None:
        return self.controller.mark(tag)

    def _save_note_on_stop(self) -> None:
        """A note still being typed when the call is stopped is saved, at the moment its
        typing began, and the summary says so: stopping threw it away without a word."""
        text, stamp = self.note.text().strip(), self.note.stamp
        self._note_saved_on_stop = ""
        if not text or stamp is None:
            return
        if self._note_committed(text, stamp) is None:
            # The recorder did not take it (it stopped at that moment): the text stays in
            # the field, to be filed with the recording once it is stopped (_stopped).
            return
        self._note_saved_on_stop = text
        self.note.abandon()
        self.note.finished.emit()  # done with the note: no draft left to keep

    def _note_entered(self, text: str, stamp: Any) -> None:
        """Enter: the note is saved. One the recorder refused (it stopped at that moment)
        stays in the field, to be filed with the recording when the call ends: Enter cleared
        it, and it was lost."""
        if self._note_committed(text, stamp) is None:
            self.note.refuse()

    def _note_committed(self, text: str, stamp: Any) -> Mark | None:
        return self.controller.mark(None, text, stamp=stamp)

    def _keep_unsaved_note(self, recording_id: int) -> list[str]:
        """File the note still in the field when the call ended without saving it (the
        recorder stopped the call by itself, or refused the note's mark as the user stopped
        it) as an unconfirmed draft, as recovery does after a crash, and empty the field: it
        was lost from the case file, and left in the field to be saved into the next call at
        this call's moment. What the summary says of it."""
        text, stamp = self.note.text().strip(), self.note.stamp
        self.note.abandon()
        self._kept_draft = ""
        if not text or stamp is None:
            return []
        try:
            draft = file_draft(self.workspace, recording_id, text, stamp.frame, stamp.wall_time_utc)
        except StoreError as exc:
            # Said where she can still select and copy it: it is nowhere else now.
            self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return [
                fill(
                    self.tr(
                        "The note you were typing could not be saved (%1). Here it is, to copy "
                        "if you need it: “%2”"
                    ),
                    _escape(error_text(exc)),
                    _escape(text),
                )
            ]
        if draft is None:  # its mark reached the recording after all: a saved note
            self._note_saved_on_stop = text
            return []
        return [
            self.tr(
                "The recording stopped before the note you were typing was saved. It is kept "
                "with this call as an unconfirmed draft, at the moment you began it: “%1”. "
                "You can change or withdraw it in Review calls."
            ).replace("%1", _escape(text))
        ]

    def _promise(self, by: PromiseBy) -> None:
        tag = "their_promise" if by is PromiseBy.COLLECTOR else "my_promise"
        values = self.promise.values(by)
        mark = self.controller.mark(tag, self._promise_words(values))
        if mark is None or self.case_id is None:
            return
        try:
            self.workspace.ledger.add_promise(
                self.case_id,
                by,
                amount=values["amount"],
                due_date=values["due_date"],
                mark_id=mark.id,
                event_id=self.last_event_id,
                description=tag_title(tag, self.language),
            )
        except StoreError as exc:
            dialogs.error(self, self.tr("Promise not saved"), error_text(exc))
            return
        self.promise.clear()

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

    def _mark_added(self, mark: Mark) -> None:
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
