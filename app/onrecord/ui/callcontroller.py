"""Drives one call recording from the GUI: start, marks, status polling, stop.

Starting (spawning the recorder) and stopping (closing and hashing the files) take a moment,
so both run off the GUI thread; marks are quick pipe calls and run on it, so a key press is
stamped the instant it happens. One pressed before the microphone's first sound (which takes
up to ~2 s on an idle PulseAudio source, longer on a slow or silent device) is taken at once
too, never waiting for that sound: the recorder journals it, and it is filed at the
recording's start when the first sound's time is known (``CallSession.mark_at_once``), or
when the call is stopped. Waiting for it froze the window until the sound came.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..audio import RecorderClient, RecorderStatus, SourceSpec
from ..capture import CallSession, start_call
from ..capture.session import EarlyMark, MarkStamp
from ..capture.unsaved import CallerDetails
from ..store import Workspace
from ..store.models import Mark
from .errors import error_text
from .workers import run_task


class CallController(QObject):
    started = Signal(object)  # CallSession
    status_changed = Signal(object)  # RecorderStatus
    mark_added = Signal(object)  # Mark
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
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def recording(self) -> bool:
        return self.session is not None

    def start(self, case_id: int | None, sources: Sequence[SourceSpec]) -> None:
        if self.busy or self.session is not None:
            return
        self.busy = True

        def work() -> CallSession:
            return start_call(self.workspace, case_id, sources, client_factory=self.client_factory)

        run_task(work, self._started, self._start_failed)

    def _started(self, session: CallSession) -> None:
        self.busy = False
        self.session = session
        self._early_refused = False
        self._timer.start()
        self.started.emit(session)

    def _start_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.failed.emit(error_text(exc))

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
    ) -> Mark | EarlyMark | None:
        """Mark this moment (or ``stamp``'s) at once; None if the recorder refused it.

        A mark made before the first sound is an ``EarlyMark`` until it is in the case file;
        ``when_filed`` runs with its row then (at once for any other mark), ``when_lost`` if
        the call ends without filing it here (the recording stopped in error: recovery files
        the mark from the journal later, but what waited for it must be told). "Marked" is
        said either way (``mark_added``): it is on disk."""
        if self.session is None:
            return None
        try:
            mark = self.session.mark_at_once(tag, text, stamp=stamp)
        except Exception as exc:  # the recorder may have stopped under us
            self.failed.emit(error_text(exc))
            return None
        self.mark_added.emit(mark)
        if when_filed is not None:
            if isinstance(mark, EarlyMark):
                self._when_filed[mark.journal_key] = (when_filed, when_lost)
            else:
                when_filed(mark)
        return mark

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
            self.failed.emit(error_text(exc))
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
        self.session = None
        # Early marks are in the journal: recovery files them with the recording; what
        # waited for them (a promise to link) is told it will not be.
        self._lost()
        self.failed.emit(error_text(exc))
