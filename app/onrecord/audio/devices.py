"""Input devices and PulseAudio/PipeWire sources, and resolving the user's DEV argument.

PortAudio lists devices once, at initialisation; :func:`reinit_portaudio` re-reads them (a
headset plugged in after start-up). On PulseAudio/PipeWire the sources come from ``pactl``:
"Monitor of …" sources are what the speakers play (the other party of a softphone call) and
are flagged ``is_loopback``. A Pulse source is opened through PortAudio's ``pulse`` ALSA
device with ``PULSE_SOURCE`` set while the stream opens (see :mod:`.streams`), so every
source is described by a :class:`~.types.SourceSpec` and the caller does not care how.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from typing import Any

from .types import DeviceNotFoundError, SourceSpec


@dataclass(frozen=True)
class InputSource:
    """One thing that can be recorded from, as shown to the user."""

    id: str  # "pa:<index>" or "pulse:<source name>"
    name: str
    hostapi: str
    max_input_channels: int
    default_samplerate: float
    is_loopback: bool
    index: int | None = None  # PortAudio device index, for PortAudio devices
    pulse_source: str | None = None

    def spec(self, role: str = "mixed") -> SourceSpec:
        """The description the recorder takes."""
        if self.pulse_source is not None:
            return SourceSpec(pulse_source=self.pulse_source, role=role, label=self.name)  # type: ignore[arg-type]
        return SourceSpec(device=self.index, role=role, label=self.name)  # type: ignore[arg-type]


def reinit_portaudio() -> None:
    """Make PortAudio re-read the device list (it is read once at initialisation)."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def portaudio_inputs() -> list[InputSource]:
    """PortAudio devices with at least one input channel."""
    import sounddevice as sd

    apis = sd.query_hostapis()
    out = []
    for i, d in enumerate(sd.query_devices()):
        if d["max_input_channels"] <= 0:
            continue
        name = str(d["name"])
        out.append(
            InputSource(
                id=f"pa:{i}",
                name=name,
                hostapi=str(apis[d["hostapi"]]["name"]),
                max_input_channels=int(d["max_input_channels"]),
                default_samplerate=float(d["default_samplerate"]),
                is_loopback="loopback" in name.lower() or "monitor" in name.lower(),
                index=i,
            )
        )
    return out


def pactl_json(*args: str, timeout: float = 5.0) -> Any:
    """Run ``pactl -f json …``; None when pactl or the sound server is unavailable."""
    if shutil.which("pactl") is None:
        return None
    try:
        res = subprocess.run(
            ["pactl", "-f", "json", *args], capture_output=True, text=True, timeout=timeout
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if res.returncode != 0:
        return None
    try:
        return json.loads(res.stdout)
    except json.JSONDecodeError:
        return None


def _channels_of(spec_text: str) -> int:
    for word in spec_text.split():
        if word.endswith("ch") and word[:-2].isdigit():
            return int(word[:-2])
    return 2


def _rate_of(spec_text: str) -> float:
    for word in spec_text.split():
        if word.endswith("Hz") and word[:-2].isdigit():
            return float(word[:-2])
    return 48000.0


def pulse_sources() -> list[InputSource]:
    """PulseAudio/PipeWire sources (including monitors); empty when there is no server."""
    data = pactl_json("list", "sources")
    if not isinstance(data, list):
        return []
    out = []
    for s in data:
        name = str(s.get("name", ""))
        desc = str(s.get("description") or name)
        is_monitor = (
            name.endswith(".monitor")
            or bool(s.get("monitor_of_sink_name"))
            or (s.get("monitor_of_sink") not in (None, "", "n/a"))
        )
        sample_spec = str(s.get("sample_specification", ""))
        out.append(
            InputSource(
                id=f"pulse:{name}",
                name=f"{desc} ({name})",
                hostapi="PulseAudio",
                max_input_channels=_channels_of(sample_spec),
                default_samplerate=_rate_of(sample_spec),
                is_loopback=is_monitor,
                pulse_source=name,
            )
        )
    return out


def list_devices(include_pulse: bool = True) -> list[InputSource]:
    """Everything the user can record from: Pulse sources first, then PortAudio inputs."""
    pulse = pulse_sources() if include_pulse else []
    return pulse + portaudio_inputs()


def resolve_device(arg: str | int, devices: list[InputSource] | None = None) -> InputSource:
    """Resolve a DEV argument: a PortAudio index, an id, or a unique part of a name.

    Matching is case-insensitive; an exact name/id/pulse-source match wins over partial
    matches, and among exact matches a Pulse source wins over a same-named PortAudio device
    (an ALSA alias of it). Raises :class:`DeviceNotFoundError` with the candidates when none or several match.
    """
    devs = list_devices() if devices is None else devices
    text = str(arg).strip()
    if text.isdigit():
        for d in devs:
            if d.index == int(text):
                return d
        raise DeviceNotFoundError(f"no input device with index {text}; {_choices(devs)}")
    low = text.lower()
    exact = [
        d for d in devs if low in (d.id.lower(), d.name.lower(), (d.pulse_source or "").lower())
    ]
    if len(exact) > 1:
        # An ALSA pcm alias named like a Pulse source ("lab_mic") is the same source: prefer
        # the Pulse entry, which is opened directly and watched for being moved.
        exact = [d for d in exact if d.pulse_source is not None] or exact
    if len(exact) == 1:
        return exact[0]
    partial = exact or [
        d
        for d in devs
        if low in d.name.lower() or low in d.id.lower() or low in (d.pulse_source or "").lower()
    ]
    if not partial:
        raise DeviceNotFoundError(f"no input device matches {text!r}; {_choices(devs)}")
    if len(partial) > 1:
        names = "; ".join(f"{d.id} = {d.name}" for d in partial)
        raise DeviceNotFoundError(f"{text!r} matches several devices, be more specific: {names}")
    return partial[0]


def _choices(devs: list[InputSource]) -> str:
    if not devs:
        return "no input devices are available (is the sound server running?)"
    return "available: " + "; ".join(f"{d.id} = {d.name}" for d in devs)
