"""One call being recorded into a case, driven by the UI or the CLI."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..audio import RecorderClient, RecorderConfig, RecorderStatus, SourceSpec
from ..audio.recordfiles import RecordingPaths, at_first_frame, read_meta
from ..audio.types import MarkAck
from ..store import Workspace
from ..store.enums import Direction
from ..store.errors import StoreError
from ..store.models import Mark, Recording
from .persist import journal_key, parse_utc, relative, save_result
from .unsaved import CALLER, DRAFT, CallerDetails

#: why the call of a recording that captured nothing is withdrawn (the window says it in the
#: user's language)
EMPTY_REASON = "Nothing was recorded: no sound came from the microphone."


def recording_folder(ws: Workspace, case_id: int, started: dt.datetime) -> Path:
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    folder = ws.data_dir / "recordings" / f"case-{case_id}" / stamp
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = folder.with_name(f"{stamp}-{suffix}")
    return folder


@dataclass(frozen=True)
class MarkStamp:
    """A moment on the audio clock, taken before the mark's text is known."""

    frame: int
    wall_time_utc: str


@dataclass(frozen=True)
class EarlyMark:
    """A mark made before the recording's first sound, taken without waiting for it
    (``CallSession.mark_at_once``): on disk already (the recorder journalled it), in the case
    file once the first frame's time is known (``file_early``), or when the call is stopped."""

    frame: int  # 0: the start of the recording
    tag: str | None
    text: str
    pressed_at_utc: str  # when the key was pressed (or the note's typing began)
    journal_key: str


@dataclass
class CallSession:
    """A recording in progress. Marks are on disk (journal) before ``mark`` returns."""

    ws: Workspace
    case_id: int
    recording_id: int
    client: RecorderClient
    config: RecorderConfig
    marks: list[Mark] = field(default_factory=list)
    #: set by ``stop`` when nothing was recorded and the call was withdrawn
    empty: bool = False
    #: marks made before the first sound, not in the case file yet (``mark_at_once``)
    early: list[EarlyMark] = field(default_factory=list)
    #: set by ``stop``: the early marks it filed, each with its row
    filed_at_stop: list[tuple[EarlyMark, Mark]] = field(default_factory=list)

    def stamp(self) -> MarkStamp:
        """The audio position of this instant, for a note the user has started typing."""
        frame, wall_time = self.client.position()
        return MarkStamp(frame, wall_time)

    def mark(self, tag: str | None, text: str = "", *, stamp: MarkStamp | None = None) -> Mark:
        """Mark this moment (or ``stamp``'s); journalled by the recorder, then stored here.
        One made before the first sound waits for it (``Recorder.mark``)."""
        return self._store(self._send(tag, text, stamp, wait=True), tag, text)

    def mark_at_once(
        self, tag: str | None, text: str = "", *, stamp: MarkStamp | None = None
    ) -> Mark | EarlyMark:
        """As ``mark``, without waiting for the first sound (a window must not freeze while
        a silent device takes its time): a mark made before it is on disk at once, and is
        returned as an ``EarlyMark``, filed at the start of the recording when the first
        frame's time is known (``file_early``) or by ``stop``."""
        ack = self._send(tag, text, stamp, wait=False)
        if not ack.awaiting_first_frame:
            return self._store(ack, tag, text)
        early = EarlyMark(
            ack.frame, tag, text, ack.wall_time_utc, journal_key(self.recording_id, ack.seq)
        )
        self.early.append(early)
        return early

    def file_early(self, first_frame_utc: str) -> list[tuple[EarlyMark, Mark]]:
        """Store the early marks at the first frame's time (the recording's start), with
        their own time kept as ``pressed_at``, as the journal's readers file them."""
        filed = []
        for early in list(self.early):
            moved = at_first_frame(early.frame, early.pressed_at_utc, first_frame_utc)
            mark = self.ws.recordings.add_mark(
                self.recording_id,
                early.frame,
                tag=early.tag,
                text=early.text,
                wall_time=parse_utc(moved or early.pressed_at_utc),
                journal_key=early.journal_key,
                pressed_at=parse_utc(early.pressed_at_utc) if moved else None,
            )
            self.marks.append(mark)
            self.early.remove(early)
            filed.append((early, mark))
        return filed

    def _send(self, tag: str | None, text: str, stamp: MarkStamp | None, wait: bool) -> MarkAck:
        if stamp is None:
            return self.client.mark(tag, text or None, wait=wait)
        return self.client.mark(
            tag, text or None, at_frame=stamp.frame, wall_time_utc=stamp.wall_time_utc, wait=wait
        )

    def _store(self, ack: MarkAck, tag: str | None, text: str) -> Mark:
        mark = self.ws.recordings.add_mark(
            self.recording_id,
            ack.frame,
            tag=tag,
            text=text,
            wall_time=parse_utc(ack.wall_time_utc),
            journal_key=journal_key(self.recording_id, ack.seq),
            pressed_at=parse_utc(ack.pressed_at_utc) if ack.pressed_at_utc else None,
        )
        self.marks.append(mark)
        return mark

    def keep_caller(self, details: CallerDetails) -> None:
        """Journal the caller's details as typed so far (kept if the app crashes)."""
        self.client.annotate(CALLER, details.to_json())

    def keep_draft(self, text: str, stamp: MarkStamp | None) -> None:
        """Journal the note being typed, not yet confirmed ("" once it is saved or dropped)."""
        data: dict[str, object] = {"text": text}
        if text and stamp is not None:
            data.update(frame=stamp.frame, wall_time_utc=stamp.wall_time_utc)
        self.client.annotate(DRAFT, data)

    def status(self) -> RecorderStatus:
        return self.client.status()

    def stop(self, empty_reason: str = EMPTY_REASON) -> Recording:
        """Stop, hash, and store the recording; the files are closed and valid after this.

        A recording that captured not one frame and holds no mark (a microphone that gave no
        sound) stays, as every recording does, but its call is withdrawn with
        ``empty_reason``: a 0:00 "answered call" counted in the charts and set off a possible
        issue of its own (a mainland walk-through). ``empty`` then says so.

        Early marks (``mark_at_once``) not filed yet are filed here from the journal: at the
        first frame's time; at the key's own time if no sound ever came (there is no first
        frame to put them at). The call of such a recording holds a mark and stays."""
        try:
            result = self.client.stop()
        finally:
            self.client.close()
        recording = save_result(self.ws, self.recording_id, result)
        if self.early:  # filed from the journal just now, as recovery would file them
            stored = {m.journal_key: m for m in self.ws.recordings.marks(self.recording_id)}
            self.filed_at_stop = [
                (e, stored[e.journal_key]) for e in self.early if e.journal_key in stored
            ]
            self.marks += [mark for _, mark in self.filed_at_stop]
            self.early = []
        if not recording.frames and not self.marks:
            with contextlib.suppress(StoreError):  # already withdrawn, or it had audio after all
                self.ws.corrections.withdraw_event(recording.event_id, empty_reason)
                self.empty = True
        return recording


def start_call(
    ws: Workspace,
    case_id: int | str | None,
    sources: Sequence[SourceSpec],
    *,
    samplerate: int = 48000,
    direction: Direction = Direction.INCOMING,
    client_factory: Callable[[], RecorderClient] = RecorderClient,
) -> CallSession:
    """Start recording into a case (the "unsorted" case when none is given).

    The recorder is started first: if the device cannot be opened, nothing is written to the
    case file and the RecorderError says why. A crash between the start and the row being
    written leaves a recording on disk that recovery finds and files.
    """
    case = ws.cases.case(case_id) if case_id is not None else ws.cases.unsorted_case()
    started = dt.datetime.now(dt.UTC)
    folder = recording_folder(ws, case.id, started)
    folder.mkdir(parents=True, mode=0o700)
    config = RecorderConfig(
        directory=str(folder),
        basename=f"call-{started:%Y%m%dT%H%M%SZ}",
        sources=tuple(sources),
        samplerate=samplerate,
    )
    client = client_factory()
    try:
        client.start(config)
    except BaseException:
        client.close()
        if not any(folder.iterdir()):
            folder.rmdir()
        raise
    channels, roles = _file_layout(config, sources)
    recording = ws.recordings.begin(
        case.id,
        relative(ws, config.base_path().with_suffix(".wav")),
        sample_rate=samplerate,
        channels=channels,
        channel_roles=roles,
        devices={
            "sources": [s.describe() for s in sources],
            # what each input was asked to capture ("mixed": both voices through one
            # microphone); channel_roles is what the file's channels hold
            "source_roles": [s.role for s in sources],
        },
        started_at=started,
        direction=direction,
    )
    return CallSession(ws, case.id, recording.id, client, config)


def _file_layout(config: RecorderConfig, sources: Sequence[SourceSpec]) -> tuple[int, str]:
    """The channels of the file the recorder is writing, as its meta file says once it has
    started: one source can give two channels ("left,right": a stereo microphone), which the
    request alone does not tell; the request only when the meta file cannot be read."""
    try:
        meta = read_meta(RecordingPaths(config.base_path()).meta)
        roles = [str(r) for r in meta["channel_roles"]]
        if roles and int(meta["channels"]) == len(roles):
            return len(roles), ",".join(roles)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    channels = len(sources) if len(sources) == 2 else (config.channels or 1)
    return channels, ",".join(s.role for s in sources)
