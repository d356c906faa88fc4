"""Plain data types shared by the recorder, its child process and the store/CLI side.

Everything here is a frozen-ish dataclass of builtins so it pickles across the recorder's
``multiprocessing`` pipe and serialises to JSON for the recording's metadata file. No Qt, no
SQLAlchemy: the store maps these onto its own models.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ChannelRole = Literal["me", "them", "mixed", "left", "right"]
RecordingStatus = Literal["recording", "complete", "failed", "recovered"]


@dataclass(frozen=True)
class SourceSpec:
    """Describes one capture source so callers need not know how it is opened.

    ``pulse_source`` set: capture that PulseAudio/PipeWire source (e.g. ``"lab_sink.monitor"``)
    through PortAudio's ``pulse`` ALSA device with ``PULSE_SOURCE`` set while the stream opens.
    Otherwise ``device`` is a PortAudio device index or name (``None`` = system default).
    ``role`` says whose voice the source carries; two-source recordings use ``"me"`` (mic) and
    ``"them"`` (loopback), and each becomes one mono channel of the file.
    """

    device: int | str | None = None
    pulse_source: str | None = None
    role: ChannelRole = "mixed"
    label: str = ""

    def describe(self) -> str:
        """Human name for messages and metadata."""
        if self.label:
            return self.label
        if self.pulse_source:
            return f"pulse:{self.pulse_source}"
        return f"device:{self.device if self.device is not None else 'default'}"


@dataclass(frozen=True)
class RecorderConfig:
    """Everything the recorder needs to start one call recording.

    ``directory``/``basename`` name the files: ``<basename>.wav`` (then ``<basename>.002.wav``…
    when a segment would pass ``max_segment_bytes``), ``<basename>.peaks``,
    ``<basename>.journal.jsonl`` and ``<basename>.meta.json``.
    """

    directory: str
    basename: str
    sources: tuple[SourceSpec, ...]
    samplerate: int = 48000
    channels: int | None = None  # single source only; None = what the device gives, max 2
    blocksize_ms: float = 50.0  # marks do not depend on it (ADC timestamps); CPU does
    subtype: Literal["PCM_16", "PCM_24"] = "PCM_16"
    fsync_interval_s: float = 2.0
    max_segment_bytes: int = 4_000_000_000
    peaks_per_second: int = 100
    stall_timeout_s: float = 4.0
    startup_timeout_s: float = 10.0
    gap_threshold_s: float = 0.25
    one_sided_after_s: float = 30.0
    clip_report_interval_s: float = 60.0
    stop_on_source_moved: bool = True
    writer_batch_s: float = 0.1  # the writer wakes this often and writes what has arrived
    pactl_poll_interval_s: float = 1.0  # when `pactl subscribe` is unavailable
    pactl_safety_poll_s: float = 15.0  # re-check this often even without server events

    def __post_init__(self) -> None:
        if not 1 <= len(self.sources) <= 2:
            raise ValueError("a recording needs one or two sources")
        if not 10.0 <= self.blocksize_ms <= 100.0:
            raise ValueError("blocksize_ms must be within 10-100 ms")
        if len(self.sources) == 2 and self.channels not in (None, 2):
            raise ValueError("a two-source recording always has two channels")

    @property
    def blocksize(self) -> int:
        """Frames per PortAudio callback."""
        return max(1, round(self.samplerate * self.blocksize_ms / 1000.0))

    def base_path(self) -> Path:
        return Path(self.directory) / self.basename


@dataclass(frozen=True)
class AudioWarning:
    """A problem noticed while recording; kept in status and in the recording's metadata.

    ``code`` is a stable machine string (``audio_gap``, ``source_stalled``, ``source_moved``,
    ``one_sided``, ``clipping``, ``input_overflow``, ``drift_corrected``, ``write_failed``…);
    ``params`` hold the numbers; ``message`` is plain English for the user and the report.
    ``frame`` is the audio-clock position it refers to.
    """

    code: str
    message: str
    frame: int
    wall_time_utc: str
    params: dict[str, Any] = field(default_factory=dict)
    fatal: bool = False

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AudioWarning:
        return cls(
            code=str(data["code"]),
            message=str(data["message"]),
            frame=int(data["frame"]),
            wall_time_utc=str(data["wall_time_utc"]),
            params=dict(data.get("params") or {}),
            fatal=bool(data.get("fatal", False)),
        )


@dataclass(frozen=True)
class MarkAck:
    """Returned once a mark is fsynced in the journal: it can no longer be lost."""

    seq: int
    frame: int
    wall_time_utc: str
    tag: str | None
    text: str | None
    #: when the key was pressed, if that was before the first block of audio came: the mark
    #: is then at frame 0 and at the first frame's time (``wall_time_utc``)
    pressed_at_utc: str | None = None
    #: made before the first block of audio came and acknowledged without waiting for it
    #: (``mark(wait=False)``): at frame 0, journalled at the key's own time (``wall_time_utc``);
    #: its time is the first frame's once that is known (``at_first_frame``; the journal's
    #: readers file it so too)
    awaiting_first_frame: bool = False


@dataclass(frozen=True)
class ChannelLevel:
    """Level of one channel for meters: RMS of the latest block and peak of the last second."""

    role: str
    rms_dbfs: float
    peak_dbfs: float


@dataclass(frozen=True)
class RecorderStatus:
    """Snapshot for the UI/CLI, cheap to produce several times a second."""

    state: str  # idle | starting | recording | stopping | stopped | failed
    elapsed_s: float
    frames: int
    levels: tuple[ChannelLevel, ...]
    warnings: tuple[AudioWarning, ...]
    error: str | None = None
    #: when frame 0 was captured (UTC), once the first block of audio has come
    first_frame_utc: str | None = None


@dataclass(frozen=True)
class SegmentInfo:
    """One WAV file of a recording; a recording rolls to a new segment before 4 GiB."""

    path: str
    frames: int
    sha256: str
    pcm_sha256: str
    size_bytes: int
    sha512: str | None = None  # None in results written before it was taken at capture
    blake3: str | None = None  # likewise


SEGMENT_FIELDS = frozenset(f.name for f in dataclasses.fields(SegmentInfo))


@dataclass(frozen=True)
class MarkRecord:
    """A mark as replayed from the journal."""

    seq: int
    frame: int
    wall_time_utc: str
    tag: str | None
    text: str | None
    pressed_at_utc: str | None = None  # as in MarkAck: a key pressed before the first block


@dataclass(frozen=True)
class RecordingResult:
    """What a finished (or recovered) recording is, for the store to persist.

    ``sha256`` is the file SHA-256 of the first segment when there is one segment (the usual
    case); with several segments it is the SHA-256 of the text ``"<sha256>  <file name>\\n"``
    per segment in order (a manifest hash) and each file's own hash is in ``segments``.
    ``pcm_sha256`` is the SHA-256 of the interleaved little-endian PCM of the whole recording
    across all segments; a lossless FLAC copy decodes to the same value.
    """

    status: RecordingStatus
    segments: tuple[SegmentInfo, ...]
    samplerate: int
    channels: int
    channel_roles: tuple[str, ...]
    subtype: str
    frames: int
    sha256: str
    pcm_sha256: str
    peaks_path: str
    journal_path: str
    meta_path: str
    marks: tuple[MarkRecord, ...]
    warnings: tuple[AudioWarning, ...]
    devices: tuple[dict[str, Any], ...]
    started_at_utc: str
    ended_at_utc: str | None
    error: str | None = None
    #: when frame 0 was captured (UTC, from the journal): the recording's true start, which
    #: ``started_at_utc`` (the recorder being asked to start) precedes by up to a second or
    #: more; None for a recording made before it was kept, or that captured nothing
    first_frame_utc: str | None = None

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(s.path for s in self.segments)

    @property
    def sha512(self) -> str | None:
        """The file SHA-512 when the recording is one file (each segment has its own)."""
        return self.segments[0].sha512 if len(self.segments) == 1 else None

    @property
    def blake3(self) -> str | None:
        """The file BLAKE3 when the recording is one file (each segment has its own)."""
        return self.segments[0].blake3 if len(self.segments) == 1 else None

    @property
    def duration_s(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> RecordingResult:
        return cls(
            status=d["status"],
            # Fields a later version added are left out, so its results still read here.
            segments=tuple(
                SegmentInfo(**{k: v for k, v in s.items() if k in SEGMENT_FIELDS})
                for s in d["segments"]
            ),
            samplerate=int(d["samplerate"]),
            channels=int(d["channels"]),
            channel_roles=tuple(d["channel_roles"]),
            subtype=str(d["subtype"]),
            frames=int(d["frames"]),
            sha256=str(d["sha256"]),
            pcm_sha256=str(d["pcm_sha256"]),
            peaks_path=str(d["peaks_path"]),
            journal_path=str(d["journal_path"]),
            meta_path=str(d["meta_path"]),
            marks=tuple(MarkRecord(**m) for m in d["marks"]),
            warnings=tuple(AudioWarning.from_json(w) for w in d["warnings"]),
            devices=tuple(dict(x) for x in d["devices"]),
            started_at_utc=str(d["started_at_utc"]),
            ended_at_utc=d.get("ended_at_utc"),
            error=d.get("error"),
            first_frame_utc=d.get("first_frame_utc"),
        )


class AudioError(Exception):
    """Base class for errors the audio engine reports to the caller in plain English."""


class DeviceNotFoundError(AudioError):
    """No device matches the user's DEV argument, or several do."""


class RecorderError(AudioError):
    """The recorder could not start, or failed in a way the caller must show."""
