"""Drives one call recording from the GUI: start, marks, status polling, stop.

Starting (spawning the recorder) and stopping (closing and hashing the files) take a moment,
so both run off the GUI thread; marks are quick pipe calls and run on it, so a key press is
stamped the instant it happens. One pressed before the microphone's first sound (which takes
up to ~2 s on an idle PulseAudio source, longer on a slow or silent device) is taken at once
too, never waiting for that sound: the recorder journals it, and it is filed at the
recording's start when the first sound's time is known (``CallSession.mark_at_once``), or
when the call is stopped. Waiting for it froze the window until the sound came.

A key pressed while the call is still starting (the recorder process takes ~0.2 s to come up)
was lost without a word: it is queued with its own time (``QueuedMark``), and sent to the
recorder as soon as the call has started, at frame 0 with that time, so it is filed as a
mark made before the first sound is. If the call cannot start, ``marks_not_taken`` says
which were not saved, before ``failed`` says why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..audio import RecorderClient, RecorderStatus, SourceSpec
from ..audio.journal import utc_now
from ..capture import CallSession, start_call
from ..capture.session import EarlyMark, MarkStamp
from ..capture.unsaved import CallerDetails
from ..store import Workspace
from ..store.models import Mark
from .errors import error_text
from .workers import run_task


@dataclass(frozen=True)
class QueuedMark:
    """A mark made while the call was starting: kept here until the recorder can take it."""

    tag: str | None
    text: str
    pressed_at_utc: str  # when the key was pressed
    when_filed: Callable[[Mark], None] | None = None
    when_lost: Callable[[], None] | None = None


class CallController(QObject):
    started = Signal(object)  # CallSession
    status_changed = Signal(object)  # RecorderStatus
    mark_added = Signal(object)  # Mark or EarlyMark: on disk
    mark_queued = Signal(object)  # QueuedMark: kept until the call has started
    marks_not_taken = Signal(list)  # QueuedMarks the call could not take (it did not start)
    stopped = Signal(object)  # Recording
    failed = Signal(str)

    POLL_MS = 100

    def __init__(
        self,
        workspace: Workspace,
        client_factory: Callable[[], RecorderClient] = RecorderClient,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.client_factory = client_factory
        self.session: CallSession | None = None
        self.busy = False
        # what to do with an early mark once it is in the case file (by its journal key)
        #: an early mark's journal key -> (run with its row once filed, run if it never is)
        self._when_filed: dict[str, tuple[Callable[[Mark], None], Callable[[], None] | None]] = {}
        self._early_refused = False
        self._queued: list[QueuedMark] = []  # marks made while the call is starting
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def recording(self) -> bool:
        return self.session is not None

    @property
    def starting(self) -> bool:
        """Start was asked for and the recorder is not running yet."""
        return self.busy and self.session is None

    def start(self, case_id: int | None, sources: Sequence[SourceSpec]) -> None:
        if self.busy or self.session is not None:
            return
        self.busy = True
        self._queued = []

        def work() -> CallSession:
            return start_call(self.workspace, case_id, sources, client_factory=self.client_factory)

        run_task(work, self._started, self._start_failed)

    def _started(self, session: CallSession) -> None:
        self.busy = False
        self.session = session
        self._early_refused = False
        self._timer.start()
        self.started.emit(session)
        self._send_queued()

    def _start_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._not_taken(self._queued)
        self._queued = []
        self.failed.emit(error_text(exc))

    def _send_queued(self) -> None:
        """The marks made while the call was starting, to the recorder now: at frame 0 with
        their key's time, as a mark made before the first sound (filed at the recording's
        start once that sound comes, the key's time kept as ``pressed_at``)."""
        queued, self._queued = self._queued, []
        for index, mark in enumerate(queued):
            assert self.session is not None
            stamp = MarkStamp(0, mark.pressed_at_utc)
            try:
                taken = self.session.mark_at_once(mark.tag, mark.text, stamp=stamp)
            except Exception as exc:  # the recorder stopped already: say which were lost
                self._not_taken(queued[index:])
                self.failed.emit(error_text(exc))
                return
            self._taken(taken, mark.when_filed, mark.when_lost)

    def _not_taken(self, queued: list[QueuedMark]) -> None:
        """Marks made while the call was starting that it never took: tell the screen, and
        what waited for them."""
        if not queued:
            return
        self.marks_not_taken.emit(list(queued))
        for mark in queued:
            if mark.when_lost is not None:
                mark.when_lost()

    def stamp(self) -> MarkStamp | None:
        """The audio position right now, for a note the user has started typing."""
        return self.session.stamp() if self.session else None

    def mark(
        self,
        tag: str | None,
        text: str = "",
        stamp: MarkStamp | None = None,
        when_filed: Callable[[Mark], None] | None = None,
        when_lost: Callable[[], None] | None = None,
    ) -> Mark | EarlyMark | QueuedMark | None:
        """Mark this moment (or ``stamp``'s) at once; None if the recorder refused it, or
        there is no call.

        A mark made before the first sound is an ``EarlyMark`` until it is in the case file;
        ``when_filed`` runs with its row then (at once for any other mark), ``when_lost`` if
        the call ends without filing it here (the recording stopped in error: recovery files
        the mark from the journal later, but what waited for it must be told). "Marked" is
        said either way (``mark_added``): it is on disk. One made while the call is starting
        is a ``QueuedMark`` (``mark_queued``) until the call has started."""
        if self.starting and stamp is None:
            queued = QueuedMark(tag, text, utc_now(), when_filed, when_lost)
            self._queued.append(queued)
            self.mark_queued.emit(queued)
            return queued
        if self.session is None:
            return None
        try:
            mark = self.session.mark_at_once(tag, text, stamp=stamp)
        except Exception as exc:  # the recorder may have stopped under us
            self.failed.emit(error_text(exc))
            return None
        self._taken(mark, when_filed, when_lost)
        return mark

    def _taken(
        self,
        mark: Mark | EarlyMark,
        when_filed: Callable[[Mark], None] | None,
        when_lost: Callable[[], None] | None,
    ) -> None:
        """The recorder took ``mark``: say so, and file what waits for it once it is filed."""
        self.mark_added.emit(mark)
        if when_filed is not None:
            if isinstance(mark, EarlyMark):
                self._when_filed[mark.journal_key] = (when_filed, when_lost)
            else:
                when_filed(mark)

    def _filed(self, filed: list[tuple[EarlyMark, Mark]]) -> None:
        for early, mark in filed:
            then = self._when_filed.pop(early.journal_key, None)
            if then is not None:
                then[0](mark)

    def _lost(self) -> None:
        """The early marks the call ended without filing: tell what waited for them."""
        waiting, self._when_filed = list(self._when_filed.values()), {}
        for _, lost in waiting:
            if lost is not None:
                lost()

    def keep_typing(
        self, caller: CallerDetails | None, draft: tuple[str, MarkStamp | None] | None
    ) -> None:
        """Journal what is typed but not saved yet (the caller's details, a note before
        Enter), so that a crash keeps it; None leaves that part as last journalled. A recorder
        that has stopped under us is reported by the next poll."""
        if self.session is None:
            return
        with contextlib.suppress(Exception):
            if caller is not None:
                self.session.keep_caller(caller)
            if draft is not None:
                self.session.keep_draft(*draft)

    def _poll(self) -> None:
        if self.session is None:
            return
        try:
            status: RecorderStatus = self.session.status()
        except Exception as exc:
            if self.session.client.is_alive():  # it did not answer: said now, stop may wait
                self.failed.emit(error_text(exc))
            # a recorder that died cannot be stopped either: the stop's failure says it once
            self.stop()
            return
        if self.session.early and status.first_frame_utc is not None and not self._early_refused:
            try:
                self._filed(self.session.file_early(status.first_frame_utc))
            except Exception as exc:  # the case file refused: stop files them from the journal
                self._early_refused = True
                self.failed.emit(error_text(exc))
        self.status_changed.emit(status)
        if status.state in ("failed", "stopped"):
            self.stop()

    def stop(self) -> None:
        if self.session is None or self.busy:
            return
        self.busy = True
        self._timer.stop()
        session = self.session

        # Said in her language in the case file, should nothing have been recorded
        empty = self.tr("Nothing was recorded: no sound came from the microphone.")

        def work() -> Any:
            return session.stop(empty_reason=empty)

        run_task(work, self._stopped, self._stop_failed)

    def _stopped(self, recording: Any) -> None:
        self.busy = False
        session, self.session = self.session, None
        if session is not None:
            self._filed(session.filed_at_stop)
        self._lost()
        self.stopped.emit(recording)

    def _stop_failed(self, exc: BaseException) -> None:
        self.busy = False
        gone = self.session is not None and not self.session.client.is_alive()
        self.session = None
        # Early marks are in the journal: recovery files them with the recording; what
        # waited for them (a promise to link) is told it will not be.
        self._lost()
        if gone:  # killed or crashed: the recorder's own words were "process has exited"
            self.failed.emit(
                self.tr(
                    "Recording stopped: the part of OnRecord that records ended unexpectedly. "
                    "What it recorded until then is kept, with your marks, and is filed in the "
                    "case when OnRecord next starts. If the call is still going on, press "
                    "Record call (Ctrl+R) to record the rest."
                )
            )
            return
        self.failed.emit(error_text(exc))
