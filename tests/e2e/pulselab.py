"""A private, clocked PulseAudio "sound lab" for end-to-end audio tests.

Implements /work/shared/recipes/virtual-audio.md: a user-mode daemon in a temp dir with two
null sinks (``lab_sink`` = the speakers, ``mic_feed`` = what the microphone hears), a remap
source ``lab_mic`` over ``mic_feed.monitor``, ALSA pcm names for PortAudio, and silence played
into both sinks for the whole session so the null sinks tick in 20 ms blocks (an idle null
sink renders in 2 s blocks and a new capture would start up to 2 s late).

The two null sinks are two software clocks, not one: measured against the monotonic clock,
each runs 100-200 ppm fast, more while a stream plays into it (lab_sink.monitor +325 ppm
with a stream playing, lab_mic +175 ppm at the same time; pacat alone, 2026-11-29). A call
recorded from lab_mic and lab_sink.monitor with speech played for ~30 s or more therefore
drifts past the aligner's 4 ms dead band and ends with a real drift_corrected warning; a
test that wants no correction takes both sources from the same monitor.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PA_CONFIG = """\
load-module module-native-protocol-unix auth-anonymous=1 socket={d}/native
load-module module-null-sink sink_name=lab_sink rate=48000 channels=2
load-module module-null-sink sink_name=mic_feed rate=48000 channels=2
load-module module-remap-source source_name=lab_mic master=mic_feed.monitor
set-default-sink lab_sink
set-default-source lab_mic
"""

ASOUND_CONF = """\
pcm.lab_mic  { type pulse; device "lab_mic" }
pcm.lab_loop { type pulse; device "lab_sink.monitor" }
pcm.lab_spk  { type pulse; device "lab_sink" }
"""

REQUIRED_TOOLS = ("pulseaudio", "pactl", "pacat", "paplay")


def tools_missing() -> list[str]:
    return [t for t in REQUIRED_TOOLS if shutil.which(t) is None]


def wait_until(pred, timeout: float, interval: float = 0.05, what: str = "condition"):  # type: ignore[no-untyped-def]
    """Poll ``pred`` until it returns a truthy value; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


@dataclass
class PulseLab:
    """Handle to a running lab daemon; ``env`` is what child processes need."""

    dir: Path
    env: dict[str, str]
    _tickers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _players: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *args: str, timeout: float = 10.0) -> str:
        env = {**os.environ, **self.env}
        res = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
        if res.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {res.stderr.strip()}")
        return res.stdout

    def pactl_json(self, *args: str) -> list[dict]:  # type: ignore[type-arg]
        return json.loads(self.run("pactl", "-f", "json", *args))

    def source_names(self) -> list[str]:
        return [s["name"] for s in self.pactl_json("list", "sources")]

    def play(self, wav: Path, device: str, latency_ms: int = 100) -> subprocess.Popen[bytes]:
        """Start playing ``wav`` into a sink (``mic_feed`` = mic, ``lab_sink`` = speakers)."""
        env = {**os.environ, **self.env}
        p = subprocess.Popen(
            ["paplay", f"--latency-msec={latency_ms}", f"--device={device}", str(wav)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._players.append(p)
        return p

    def play_into_mic(self, wav: Path) -> subprocess.Popen[bytes]:
        return self.play(wav, "mic_feed")

    def play_into_speakers(self, wav: Path, latency_ms: int = 100) -> subprocess.Popen[bytes]:
        return self.play(wav, "lab_sink", latency_ms)

    def load_module(self, *args: str) -> int:
        return int(self.run("pactl", "load-module", *args).strip())

    def unload_module(self, module_id: int) -> None:
        self.run("pactl", "unload-module", str(module_id))


def _ticker(env: dict[str, str], sink: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ["pacat", "--playback", f"--device={sink}", "--latency-msec=20", "--raw", "/dev/zero"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _monitor_ready(env: dict[str, str], source: str) -> bool:
    try:
        p = subprocess.run(
            f"pacat --record --device={source} --latency-msec=20 --raw | head -c 3840 | wc -c",
            shell=True,
            env=env,
            capture_output=True,
            text=True,
            timeout=5,
        )
    except subprocess.TimeoutExpired:
        return False
    return p.stdout.strip() == "3840"


@contextlib.contextmanager
def pulse_lab(apply_to_os_environ: bool = True) -> Iterator[PulseLab]:
    """Start the lab daemon, set the environment, re-init PortAudio; tear it all down after.

    The environment is set in ``os.environ`` *before* PortAudio is (re)initialised, because
    PortAudio reads the device list once at init and without ``PULSE_SERVER`` lists nothing.
    """
    d = Path(tempfile.mkdtemp(prefix="onrecord-pulselab-"))
    (d / "ci.pa").write_text(PA_CONFIG.format(d=d))
    (d / "asound.conf").write_text(ASOUND_CONF)
    env = {
        "PULSE_RUNTIME_PATH": str(d),
        "PULSE_STATE_PATH": str(d),
        "PULSE_SERVER": f"unix:{d}/native",
        "ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{d}/asound.conf",
    }
    full_env = {**os.environ, **env}
    full_env.pop("PULSE_SOURCE", None)
    subprocess.run(
        [
            "pulseaudio",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "--disallow-exit=yes",
            "--use-pid-file=yes",
            "-n",
            "-F",
            str(d / "ci.pa"),
            f"--log-target=file:{d}/pulse.log",
        ],
        env=full_env,
        check=True,
        timeout=30,
        capture_output=True,
    )
    lab = PulseLab(dir=d, env=env)
    saved = {k: os.environ.get(k) for k in env}
    try:
        wait_until(lambda: (d / "native").exists(), 10, what="pulseaudio socket")
        wait_until(lambda: "lab_mic" in lab.source_names(), 10, what="lab_mic source")
        lab._tickers = [_ticker(full_env, "lab_sink"), _ticker(full_env, "mic_feed")]
        wait_until(
            lambda: _monitor_ready(full_env, "lab_sink.monitor"), 15, what="lab_sink ticking"
        )
        wait_until(lambda: _monitor_ready(full_env, "lab_mic"), 15, what="lab_mic ticking")
        if apply_to_os_environ:
            os.environ.update(env)
            _reinit_portaudio()
        yield lab
    finally:
        for p in lab._players + lab._tickers:
            if p.poll() is None:
                p.kill()
            p.wait(timeout=5)
        _stop_daemon(d)
        if apply_to_os_environ:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            _reinit_portaudio()  # forget this daemon's devices (or see the outer lab's again)
        shutil.rmtree(d, ignore_errors=True)


def _reinit_portaudio() -> None:
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def _stop_daemon(d: Path) -> None:
    pidfile = d / "pid"
    if not pidfile.exists():
        return
    try:
        pid = int(pidfile.read_text().split()[0])
    except (ValueError, IndexError):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def kill_daemon(lab: PulseLab) -> None:
    """Kill the daemon mid-test (the 'sound server died' case)."""
    _stop_daemon(lab.dir)


def make_speech(path: Path, text: str, voice: str = "en", speed: int = 160) -> Path:
    """Synthesised speech (espeak-ng), never a real person's voice."""
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), text],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return path
