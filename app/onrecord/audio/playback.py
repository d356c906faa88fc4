"""Playing back a stretch of a recording at 0.5-2x, with the position on the file's clock.

Never imports Qt. The screen asks :attr:`Player.position` (a frame of the file) as often as it
redraws; the PortAudio callback only reads the next block from the file, resamples it for the
speed and copies it out. Speed changes the pitch as well (like a tape played faster): plain and
honest, and every sample played at 1x is exactly the recorded one.

A recording longer than a WAV can hold continues in further segment files; :class:`Segments`
reads them as one stream of frames. All channels (me, them) are mixed to both speakers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

MIN_SPEED, MAX_SPEED = 0.5, 2.0
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PlaybackError(Exception):
    """The recording cannot be played (missing file, no output device...)."""


class Segments:
    """The segment files of one recording, read as one run of frames (float32, all channels)."""

    def __init__(self, paths: Sequence[Path | str]) -> None:
        if not paths:
            raise PlaybackError("this recording has no audio files")
        self._files: list[sf.SoundFile] = []
        try:
            for path in paths:
                if not Path(path).is_file():
                    raise PlaybackError(f"the audio file {path} is missing")
                self._files.append(sf.SoundFile(str(path)))
        except (OSError, RuntimeError, sf.LibsndfileError) as exc:
            self.close()
            raise PlaybackError(f"cannot open {path}: {exc}") from exc
        except PlaybackError:
            self.close()
            raise
        first = self._files[0]
        self.samplerate = first.samplerate
        self.channels = first.channels
        self.starts = [0]
        for f in self._files:
            self.starts.append(self.starts[-1] + f.frames)
        self.frames = self.starts[-1]

    def read(self, start: int, count: int) -> np.ndarray:
        """Frames ``[start, start+count)`` clipped to the file, shape (n, channels)."""
        start = max(0, start)
        end = min(self.frames, start + max(0, count))
        parts = []
        pos = start
        for index, f in enumerate(self._files):
            lo, hi = self.starts[index], self.starts[index + 1]
            if pos >= hi or pos >= end:
                continue
            f.seek(pos - lo)
            take = min(end, hi) - pos
            parts.append(f.read(take, dtype="float32", always_2d=True))
            pos += take
        if not parts:
            return np.zeros((0, self.channels), dtype=np.float32)
        return np.concatenate(parts) if len(parts) > 1 else parts[0]

    def close(self) -> None:
        for f in self._files:
            f.close()
        self._files = []


def _default_stream(**kwargs: Any) -> Any:
    import sounddevice as sd

    return sd.OutputStream(**kwargs)


class Player:
    """Play ``[start, end)`` of a recording at a speed; report the position in file frames.

    ``stream_factory`` opens the output (``sounddevice.OutputStream`` by default; tests pass a
    fake that calls the callback by hand). ``on_finished`` is called from the audio thread
    when the end is reached or ``stop()`` is called.
    """

    def __init__(
        self,
        paths: Sequence[Path | str],
        *,
        device: int | str | None = None,
        blocksize: int = 2048,
        stream_factory: Callable[..., Any] = _default_stream,
    ) -> None:
        self.source = Segments(paths)
        self.samplerate = self.source.samplerate
        self.frames = self.source.frames
        self.device = device
        self.blocksize = blocksize
        self._factory = stream_factory
        self._lock = threading.Lock()
        self._stream: Any = None
        self._pos = 0.0  # next file frame to play (fractional when not at 1x)
        self._end = self.frames
        self._speed = 1.0
        self._latency_frames = 0.0
        self._on_finished: Callable[[], None] | None = None
        self._reached_end = False

    # ------------------------------------------------------------ control
    @property
    def playing(self) -> bool:
        return self._stream is not None

    @property
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        with self._lock:
            self._speed = min(MAX_SPEED, max(MIN_SPEED, float(speed)))

    @property
    def position(self) -> int:
        """The file frame being heard now (what was handed out, less the output latency)."""
        with self._lock:
            heard = self._pos
            if self._stream is not None and not self._reached_end:
                heard -= self._latency_frames * self._speed
            return int(min(max(heard, 0.0), self.frames))

    def play(
        self,
        start: int = 0,
        end: int | None = None,
        *,
        speed: float | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> None:
        """Start playing at frame ``start`` (stops what was playing first)."""
        self.stop()
        if speed is not None:
            self.set_speed(speed)
        with self._lock:
            self._pos = float(min(max(0, start), self.frames))
            self._end = self.frames if end is None else min(max(0, end), self.frames)
            self._on_finished = on_finished
            self._latency_frames = 0.0
            self._reached_end = False
        try:
            stream = self._factory(
                samplerate=self.samplerate,
                channels=2,
                dtype="float32",
                blocksize=self.blocksize,
                device=self.device,
                callback=self._callback,
                finished_callback=self._finished,
            )
            latency = getattr(stream, "latency", 0.0) or 0.0
            with self._lock:
                self._latency_frames = float(latency) * self.samplerate
            self._stream = stream
            stream.start()
        except PlaybackError:
            raise
        except Exception as exc:  # PortAudioError and friends: say it plainly
            self._stream = None
            raise PlaybackError(f"cannot play sound: {exc}") from exc

    def pause(self) -> int:
        """Stop playing; return the frame to continue from."""
        position = self.position
        self.stop()
        with self._lock:
            self._pos = float(position)
        return position

    def seek(self, frame: int) -> None:
        """Move the play head (while stopped, where the next ``play`` would start)."""
        with self._lock:
            self._pos = float(min(max(0, frame), self.frames))

    def stop(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
            finally:
                stream.close()

    def close(self) -> None:
        self.stop()
        self.source.close()

    # ------------------------------------------------------- audio thread
    def render(self, frames: int) -> tuple[np.ndarray, bool]:
        """The next ``frames`` output frames (stereo float32) and whether the end was reached."""
        with self._lock:
            pos, speed, end = self._pos, self._speed, self._end
        out = np.zeros((frames, 2), dtype=np.float32)
        if pos >= end:
            with self._lock:
                self._reached_end = True
            return out, True
        if speed == 1.0 and pos.is_integer():
            first = int(pos)
            block = self.source.read(first, min(frames, end - first))
            mono = self._mix(block)
            n = len(mono)
            new_pos = float(first + n)
        else:
            wanted = pos + speed * np.arange(frames, dtype=np.float64)
            wanted = wanted[wanted < end]
            n = len(wanted)
            first = int(np.floor(pos))
            last = int(np.floor(wanted[-1])) + 2 if n else first
            block = self._mix(self.source.read(first, last - first))
            if len(block) == 0:
                n = 0
                mono = block
            else:
                idx = wanted - first
                lo = np.minimum(idx.astype(np.int64), len(block) - 1)
                hi = np.minimum(lo + 1, len(block) - 1)
                frac = (idx - np.floor(idx)).astype(np.float32)
                mono = block[lo] * (1 - frac) + block[hi] * frac
            new_pos = pos + speed * n
        out[:n, 0] = mono[:n]
        out[:n, 1] = mono[:n]
        done = n < frames or new_pos >= end
        with self._lock:
            if self._pos == pos:  # not moved by play() meanwhile
                self._pos = new_pos
                self._reached_end = done
        return out, done

    @staticmethod
    def _mix(block: np.ndarray) -> np.ndarray:
        if block.shape[1] == 1:
            return block[:, 0]
        return np.clip(block.sum(axis=1), -1.0, 1.0)

    def _callback(self, outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        block, done = self.render(frames)
        outdata[:] = block
        if done:
            import sounddevice as sd

            raise sd.CallbackStop

    def _finished(self) -> None:
        """PortAudio's finished callback: tell the owner only when the end was reached."""
        with self._lock:
            callback = self._on_finished if self._reached_end else None
        if callback is not None:
            callback()
