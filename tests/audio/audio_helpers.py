"""Signals and fake-stream setups shared by the audio unit tests (no PulseAudio needed)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from onrecord.audio.fakestream import FakeSource, FakeWorld
from onrecord.audio.types import RecorderConfig, SourceSpec

SR = 48000


def ramp(frames: int, channels: int = 2, start: int = 0) -> np.ndarray:
    """Frame counter: every sample differs, so any dropped/duplicated frame is visible."""
    base = (np.arange(start, start + frames, dtype=np.int64) % 60000 - 30000).astype(np.int16)
    cols = [base] + [
        (base.astype(np.int32) // (c + 2)).astype(np.int16) for c in range(channels - 1)
    ]
    return np.stack(cols, axis=1)


def noise(frames: int, level: float = 0.3, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(frames) * 32767 * level / 3).clip(-32000, 32000).astype(np.int16)


def config(tmp: Path, n_sources: int = 1, **kw: object) -> RecorderConfig:
    if n_sources == 1:
        sources: tuple[SourceSpec, ...] = (SourceSpec(device=0, label="fake mic"),)
    else:
        sources = (
            SourceSpec(device=0, role="me", label="fake mic"),
            SourceSpec(device=1, role="them", label="fake loopback"),
        )
    return RecorderConfig(directory=str(tmp), basename="call", sources=sources, **kw)  # type: ignore[arg-type]


def realtime_ramp_world() -> FakeWorld:
    """Picklable factory for the recorder child process: a 60 s ramp at real-time pace."""
    frames = int(os.environ.get("ONRECORD_TEST_FRAMES", str(SR * 60)))
    return FakeWorld([FakeSource(ramp(frames, 2))], pace=1.0)


#: The environment variable naming the file whose creation unplugs ``unplugging_ramp_world``'s
#: microphone (the recorder runs in a child process: a file is what a test can reach it with).
UNPLUG_FILE = "ONRECORD_TEST_UNPLUG"


def unplugging_ramp_world() -> FakeWorld:
    """Picklable factory for the recorder child process: the real-time ramp, from a microphone
    that is unplugged (its stream ends, as PortAudio's does) as soon as the file named by
    ``UNPLUG_FILE`` exists: the recorder then stops the recording by itself."""
    world = realtime_ramp_world()
    trigger = Path(os.environ[UNPLUG_FILE])

    def check() -> None:
        if trigger.exists():
            world.streams[0].finished()
        elif any(s.active for s in world.streams):
            world.at(world.clock() + 0.02, check)

    world.at(0.02, check)
    return world


#: Seconds the late microphone (``late_ramp_world``) takes to give its first block of sound.
LATE_START_S = 1.0


def late_ramp_world() -> FakeWorld:
    """Picklable factory for the recorder child process: the real-time ramp, whose first
    frame is captured ``LATE_START_S`` after the stream starts (an idle PulseAudio sink
    renders in 2 s blocks, so a new capture's first callback comes that late)."""
    frames = int(os.environ.get("ONRECORD_TEST_FRAMES", str(SR * 60)))
    return FakeWorld([FakeSource(ramp(frames, 2), start_delay=LATE_START_S)], pace=1.0)


#: The environment variable naming the file whose creation lets ``held_ramp_world``'s
#: microphone give its first sound (a test reaches the recorder's child process with a file).
SOUND_FILE = "ONRECORD_TEST_SOUND"


def held_ramp_world() -> FakeWorld:
    """Picklable factory for the recorder child process: the real-time ramp, from a microphone
    that opens but gives no sound (as a slow or silent device) until the file named by
    ``SOUND_FILE`` exists; its first block comes one block after that. Nothing comes if the
    file never does: the recorder's watchdog ends the recording after its startup timeout."""
    import time

    frames = int(os.environ.get("ONRECORD_TEST_FRAMES", str(SR * 60)))
    source = FakeSource(ramp(frames, 2), start_delay=3600.0)
    world = FakeWorld([source], pace=1.0)
    trigger = Path(os.environ[SOUND_FILE])

    def check() -> None:
        stream = world.streams[0]
        if trigger.exists():
            source.start_delay = world.clock() - stream.t0  # the first block, one block on
        elif stream.active:
            time.sleep(0.02)  # the virtual clock keeps to real time while there is no sound
            world.at(world.clock() + 0.02, check)

    world.at(0.02, check)
    return world


#: What PortAudio said when the walk-through's "microphone" could not be opened.
PA_HOST_ERROR = (
    "Error opening InputStream: Unanticipated host error [PaErrorCode -9999]: "
    "'Input/output error' [ALSA error -5]"
)


def unopenable_world() -> FakeWorld:
    """Picklable factory for the recorder child process: a microphone that cannot be opened."""
    return FakeWorld([FakeSource(ramp(SR, 2), open_error=PA_HOST_ERROR)])


def silent_world() -> FakeWorld:
    """Picklable factory for the recorder child process: a microphone that opens but gives
    no sound at all (a suspended PulseAudio source)."""
    return FakeWorld([FakeSource(ramp(SR, 2), stall_at_frame=0)], pace=1.0)


# --- shared by the capture, UI and chaos tests that record through the real recorder process


def fake_client():  # type: ignore[no-untyped-def]
    """A recorder client whose child process plays ``realtime_ramp_world``."""
    from onrecord.audio import RecorderClient

    return RecorderClient(factory_spec=realtime_ramp_world)


def wait_for_frames(session, frames: int, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Until the recording of ``session`` holds ``frames``."""
    import time

    deadline = time.monotonic() + timeout
    while session.status().frames < frames:
        assert time.monotonic() < deadline, "the recorder produced no audio"
        time.sleep(0.02)


def fake_input():  # type: ignore[no-untyped-def]
    """The microphone the device picker lists in the UI tests."""
    from onrecord.audio import InputSource

    return InputSource(
        id="pa:0",
        name="Fake microphone",
        hostapi="ALSA",
        max_input_channels=2,
        default_samplerate=48000.0,
        is_loopback=False,
        index=0,
    )
