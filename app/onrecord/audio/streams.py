"""Opening capture streams: the real (sounddevice/PortAudio) factory.

The recorder only sees :class:`StreamFactory`, so unit tests inject a fake that replays a
generated signal (:mod:`.fakestream`). A Pulse source (``SourceSpec.pulse_source``) is opened
on PortAudio's ALSA ``pulse`` device with ``PULSE_SOURCE`` set in the environment while the
stream opens; libpulse reads it when the ALSA plugin connects (verified with pactl: the
source-output lands on that source). A lock keeps two opens from racing on the variable.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from typing import Any, Protocol

from ..messages import QT_TRANSLATE_NOOP
from .devices import pulse_sources
from .types import RecorderError, SourceSpec

Callback = Callable[[Any, int, Any, Any], None]


class InputStreamLike(Protocol):
    """The subset of ``sounddevice.InputStream`` the recorder uses."""

    @property
    def latency(self) -> float: ...

    @property
    def active(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def abort(self) -> None: ...

    def close(self) -> None: ...


class StreamFactory(Protocol):
    """Creates input streams for source specs."""

    def channels_for(self, spec: SourceSpec) -> int:
        """Channels the source naturally delivers (the recorder caps it at 2)."""
        ...

    def describe(self, spec: SourceSpec) -> dict[str, Any]:
        """Device facts for the recording's metadata."""
        ...

    def open(
        self,
        spec: SourceSpec,
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
        dtype: str,
        callback: Callback,
        finished_callback: Callable[[], None],
    ) -> InputStreamLike: ...


def device_error(spec: SourceSpec, detail: object) -> RecorderError:
    """A device that cannot be opened or started, said calmly and with what to do; the
    host's own words (PortAudio's, ALSA's) follow as details, for whoever helps the user."""
    if spec.role == "them":
        template = QT_TRANSLATE_NOOP(
            "Recorder",
            "The sound source for the other side ({device}) could not be opened, so nothing "
            "was recorded. Choose another source for the other side, or check that it is "
            "connected and that no other program is using it.\n\nDetails: {detail}",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Recorder",
            "The microphone ({device}) could not be opened, so nothing was recorded. Choose "
            "another microphone, or check that it is plugged in and that no other program is "
            "using it.\n\nDetails: {detail}",
        )
    return RecorderError(template.format(device=spec.describe(), detail=str(detail)))


_env_lock = threading.Lock()


class SoundDeviceFactory:
    """Real capture through sounddevice (PortAudio)."""

    def _pulse_device_index(self) -> int:
        import sounddevice as sd

        for i, d in enumerate(sd.query_devices()):
            if d["name"] == "pulse" and d["max_input_channels"] > 0:
                return i
        raise RecorderError(
            QT_TRANSLATE_NOOP(
                "Recorder",
                "The computer's sound system (PulseAudio or PipeWire) cannot be reached, so "
                "this sound source cannot be opened and nothing was recorded. Restarting the "
                "computer usually helps.\n\nDetails: PortAudio has no 'pulse' device (is "
                "libasound2-plugins installed and the sound server running?)",
            )
        )

    def channels_for(self, spec: SourceSpec) -> int:
        import sounddevice as sd

        if spec.pulse_source:
            for s in pulse_sources():
                if s.pulse_source == spec.pulse_source:
                    return s.max_input_channels
            raise device_error(spec, f"the sound source {spec.pulse_source!r} does not exist")
        try:
            info = sd.query_devices(spec.device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            raise device_error(spec, exc) from exc
        return int(info["max_input_channels"])  # type: ignore[index]

    def describe(self, spec: SourceSpec) -> dict[str, Any]:
        import sounddevice as sd

        d: dict[str, Any] = {"role": spec.role, "label": spec.describe()}
        if spec.pulse_source:
            d.update(kind="pulse", pulse_source=spec.pulse_source, portaudio_device="pulse")
        else:
            try:
                info = sd.query_devices(spec.device, "input")
                d.update(kind="portaudio", portaudio_device=str(info["name"]))  # type: ignore[index]
            except (ValueError, sd.PortAudioError):
                d.update(kind="portaudio", portaudio_device=str(spec.device))
        return d

    def open(
        self,
        spec: SourceSpec,
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
        dtype: str,
        callback: Callback,
        finished_callback: Callable[[], None],
    ) -> InputStreamLike:
        import sounddevice as sd

        device: int | str | None = spec.device
        with _env_lock:
            saved = os.environ.get("PULSE_SOURCE")
            try:
                if spec.pulse_source:
                    device = self._pulse_device_index()
                    os.environ["PULSE_SOURCE"] = spec.pulse_source
                return sd.InputStream(
                    device=device,
                    samplerate=samplerate,
                    channels=channels,
                    blocksize=blocksize,
                    dtype=dtype,
                    callback=callback,
                    finished_callback=finished_callback,
                )
            except (sd.PortAudioError, ValueError) as exc:
                raise device_error(spec, exc) from exc
            finally:
                if saved is None:
                    os.environ.pop("PULSE_SOURCE", None)
                else:
                    os.environ["PULSE_SOURCE"] = saved


def stop_stream_with_timeout(stream: InputStreamLike, timeout: float) -> bool:
    """Stop and close ``stream`` from a helper thread; False if it did not finish in time.

    A suspended Pulse source makes ``stop()``/``abort()`` block for seconds, which must not
    hang the recorder; the helper is a daemon thread and is abandoned on timeout.
    """

    def work() -> None:
        with contextlib.suppress(Exception):
            stream.abort()
        with contextlib.suppress(Exception):
            stream.close()

    t = threading.Thread(target=work, name="stream-stop", daemon=True)
    t.start()
    t.join(timeout)
    return not t.is_alive()
