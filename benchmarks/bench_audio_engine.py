"""Audio engine figures (issue 3), on real capture through the private PulseAudio lab.

Run one part or all of them:

    .venv/bin/python benchmarks/bench_audio_engine.py files
    .venv/bin/python benchmarks/bench_audio_engine.py cpu [--seconds 60] [--block-ms 20]
    .venv/bin/python benchmarks/bench_audio_engine.py marks [--clicks 60] [--burst 300]
    .venv/bin/python benchmarks/bench_audio_engine.py memory [--seconds 600]
    .venv/bin/python benchmarks/bench_audio_engine.py all

- files: peaks load time of a 3-hour call; file/PCM hash and FLAC copy speed.
- cpu: the recorder (two sources: lab mic + speakers' monitor, 48 kHz) against two
  ``parecord`` processes recording the same two sources in the same lab, each over the same
  time, both charged with their share of the sound server (server CPU minus its idle CPU).
- marks: (a) latency request -> persisted (the client's ``mark()`` returns after the journal
  fsync), for marks stamped while recording; (b) offset error against a click: clicks are
  played into the speakers; a detector reading the same monitor source with 2 ms fragments
  asks for a mark the moment it hears each click (a perfectly quick listener); the error is
  the mark's frame minus the click's onset in the recorded file. The detector's own delay is
  included, so the figure is an upper bound of the recorder's error.
- memory: the recorder process's resident memory, sampled every 10 s of a long recording.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from onrecord.audio import RecorderClient, RecorderConfig, SourceSpec, flac_copy  # noqa: E402
from onrecord.audio.hashing import file_sha256, pcm_sha256  # noqa: E402
from onrecord.audio.peaks import PeaksWriter, read_peaks  # noqa: E402
from onrecord.audio.segwriter import SegmentedWavWriter  # noqa: E402

SR = 48000
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int, children: bool = False) -> float:
    """User + system CPU of a process (and of its waited-for children, e.g. pactl runs)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def two_sources(directory: str, block_ms: float | None = None) -> RecorderConfig:
    """The lab's mic and speakers' monitor; ``block_ms`` None = the recorder's default."""
    extra = {} if block_ms is None else {"blocksize_ms": block_ms}
    return RecorderConfig(
        directory,
        "bench",
        (
            SourceSpec(pulse_source="lab_mic", role="me"),
            SourceSpec(pulse_source="lab_sink.monitor", role="them"),
        ),
        **extra,  # type: ignore[arg-type]
    )


def server_pid(lab) -> int:  # type: ignore[no-untyped-def]
    return int((lab.dir / "pid").read_text().split()[0])


# --- files ---------------------------------------------------------------------------------
def bench_files() -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.peaks"
        w = PeaksWriter(p, SR, 2, 480)
        w._f.write(np.zeros(3 * 3600 * 100 * 4, dtype="<i2").tobytes())  # 3 h of records
        w.close()
        t = time.perf_counter()
        pk = read_peaks(p)
        print(
            f"load peaks of a 3-hour stereo call ({p.stat().st_size / 1e6:.1f} MB, "
            f"{len(pk.data)} records): {1000 * (time.perf_counter() - t):.1f} ms"
        )
        minutes = 10
        rng = np.random.default_rng(0)
        block = (rng.standard_normal((SR * 60, 2)) * 3000).astype(np.int16)
        ww = SegmentedWavWriter(Path(d) / "long", SR, 2)
        for _ in range(minutes):
            ww.write(block)
        ww.close()
        wav = ww.segments[0]
        for name, fn in (
            ("file SHA-256", lambda: file_sha256(wav)),
            ("PCM SHA-256", lambda: pcm_sha256(wav)),
            ("FLAC copy + verify", lambda: flac_copy(wav, Path(d) / "l.flac")),
        ):
            t = time.perf_counter()
            fn()
            dt = time.perf_counter() - t
            print(
                f"{name} of {minutes} min stereo: {dt:.2f} s ({minutes * 60 / dt:.0f}x real time)"
            )


# --- cpu -----------------------------------------------------------------------------------
def bench_cpu(seconds: float, block_ms: float | None) -> None:
    from pulselab import pulse_lab, wait_until

    with pulse_lab() as lab, tempfile.TemporaryDirectory() as d:
        env = {**os.environ, **lab.env}
        server = server_pid(lab)

        def server_idle() -> float:
            s0 = cpu_seconds(server)
            time.sleep(seconds / 2)
            return (cpu_seconds(server) - s0) / (seconds / 2)

        idle_before = server_idle()

        recs = [
            subprocess.Popen(
                ["parecord", f"--device={dev}", "--file-format=wav", str(Path(d) / f"{i}.wav")],
                env=env,
            )
            for i, dev in enumerate(("lab_mic", "lab_sink.monitor"))
        ]
        time.sleep(2.0)
        p0 = sum(cpu_seconds(p.pid) for p in recs)
        s0, t0 = cpu_seconds(server), time.monotonic()
        time.sleep(seconds)
        p1 = sum(cpu_seconds(p.pid) for p in recs)
        s1, t1 = cpu_seconds(server), time.monotonic()
        for p in recs:
            p.terminate()
            p.wait(10)
        parecord_own = (p1 - p0) / (t1 - t0)
        parecord_server_total = (s1 - s0) / (t1 - t0)

        with RecorderClient() as client:
            client.start(two_sources(d, block_ms))
            wait_until(lambda: client.status().frames > 2 * SR, 15, what="audio")
            assert client.pid is not None
            c0 = cpu_seconds(client.pid, children=True)
            s0, t0 = cpu_seconds(server), time.monotonic()
            while time.monotonic() - t0 < seconds:
                client.status()
                time.sleep(0.1)  # a UI polling the meters at 10 Hz
            c1 = cpu_seconds(client.pid, children=True)
            s1, t1 = cpu_seconds(server), time.monotonic()
            res = client.stop()
        ours_own = (c1 - c0) / (t1 - t0)
        ours_server_total = (s1 - s0) / (t1 - t0)
        time.sleep(1.0)
        idle = (idle_before + server_idle()) / 2  # the server's own load, before and after
        ours_server = ours_server_total - idle

    parecord_server = parecord_server_total - idle

    def pct(x: float) -> str:
        return f"{100 * x:.2f} %"

    ours, theirs = ours_own + ours_server, parecord_own + parecord_server
    print(
        f"two sources, 48 kHz, {seconds:.0f} s each; sound server alone: {pct(idle)} of a core "
        "(mean of before and after; a negative share below is measurement noise)"
    )
    print(
        f"2 x parecord: own {pct(parecord_own)} + server share {pct(parecord_server)} "
        f"= {pct(theirs)}"
    )
    print(
        f"OnRecord recorder ({two_sources('.', block_ms).blocksize_ms:g} ms blocks, status at 10 Hz, {res.frames / SR:.0f} s "
        f"recorded): own {pct(ours_own)} (incl. pactl children) + server share "
        f"{pct(ours_server)} = {pct(ours)}"
    )
    print(f"ratio to parecord: {ours / theirs:.2f}x (goal <= 2x); own < 3 % of a core: "
          f"{'yes' if ours_own < 0.03 else 'no'}")  # fmt: skip


# --- marks ---------------------------------------------------------------------------------
def click_track(path: Path, clicks: int, period_s: float = 1.0) -> None:
    x = np.zeros(int(SR * (1.0 + clicks * period_s + 1.0)), dtype=np.int16)
    for k in range(clicks):
        at = int(SR * (1.0 + k * period_s))
        x[at : at + 48] = 20000  # a 1 ms click
    sf.write(path, x, SR, subtype="PCM_16")


def onsets(channel: np.ndarray, threshold: int = 10000) -> np.ndarray:
    hot = np.flatnonzero(np.abs(channel.astype(np.int32)) > threshold)
    if not len(hot):
        return hot
    first = np.concatenate([[True], np.diff(hot) > SR // 4])
    return hot[first]


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def bench_marks(clicks: int, burst: int, block_ms: float | None) -> None:
    from pulselab import pulse_lab, wait_until

    latencies: list[float] = []
    frames: list[int] = []
    with pulse_lab() as lab, tempfile.TemporaryDirectory() as d, RecorderClient() as client:
        env = {**os.environ, **lab.env}
        track = Path(d) / "clicks.wav"
        click_track(track, clicks)
        client.start(two_sources(d, block_ms))
        wait_until(lambda: client.status().frames > SR, 15, what="audio")
        for _ in range(burst):  # (a) latency while recording, 20 marks a second
            t = time.perf_counter()
            client.mark("bench", None)
            latencies.append(time.perf_counter() - t)
            time.sleep(0.05)
        detector = subprocess.Popen(
            ["parec", "--device=lab_sink.monitor", "--latency-msec=2", "--format=s16le",
             f"--rate={SR}", "--channels=1", "--raw"],
            env=env, stdout=subprocess.PIPE, bufsize=0,
        )  # fmt: skip
        assert detector.stdout is not None
        fd = detector.stdout.fileno()
        os.read(fd, 4096)  # the detector is running
        player = lab.play_into_speakers(track, latency_ms=20)
        armed_after = 0  # frames read by the detector before it may fire again
        seen = 0
        deadline = time.monotonic() + clicks * 1.0 + 15
        while len(frames) < clicks and time.monotonic() < deadline:
            chunk = np.frombuffer(os.read(fd, 192), dtype="<i2")
            seen += len(chunk)
            if seen >= armed_after and len(chunk) and int(np.abs(chunk).max()) > 10000:
                frames.append(client.mark("click", None).frame)
                armed_after = seen + SR // 2
        detector.kill()
        player.wait(30)
        time.sleep(0.5)
        res = client.stop()
        data = sf.read(res.segments[0].path, dtype="int16")[0]
    heard = onsets(data[:, 1])
    errors_ms = []
    for f in frames:
        nearest = heard[np.argmin(np.abs(heard - f))]
        errors_ms.append((f - nearest) / SR * 1000)
    lat_ms = [x * 1000 for x in latencies]
    print(
        f"mark latency request -> fsynced -> acknowledged, {len(lat_ms)} marks while recording "
        f"two sources: median {statistics.median(lat_ms):.2f} ms, p99 {percentile(lat_ms, 99):.2f}"
        f" ms, max {max(lat_ms):.2f} ms (goal p99 <= 5 ms)"
    )
    abs_err = [abs(e) for e in errors_ms]
    print(
        f"offset vs a click ({len(errors_ms)} of {clicks} clicks marked, {two_sources('.', block_ms).blocksize_ms:g} ms blocks): "
        f"mean {statistics.mean(errors_ms):+.1f} ms, median |error| "
        f"{statistics.median(abs_err):.1f} ms, p99 |error| {percentile(abs_err, 99):.1f} ms, "
        f"max |error| {max(abs_err):.1f} ms (goal <= 1 block and <= 21 ms)"
    )


# --- memory --------------------------------------------------------------------------------
def bench_memory(seconds: float, block_ms: float | None) -> None:
    from pulselab import pulse_lab, wait_until

    samples: list[tuple[float, float]] = []
    with pulse_lab(), tempfile.TemporaryDirectory() as d, RecorderClient() as client:
        client.start(two_sources(d, block_ms))
        wait_until(lambda: client.status().frames > SR, 15, what="audio")
        assert client.pid is not None
        t0 = time.monotonic()
        next_sample = 0.0
        while (elapsed := time.monotonic() - t0) < seconds:
            if elapsed >= next_sample:
                samples.append((elapsed, rss_mib(client.pid)))
                next_sample += 10.0
            client.status()
            time.sleep(0.1)
        samples.append((time.monotonic() - t0, rss_mib(client.pid)))
        res = client.stop()
    t = np.array([s[0] for s in samples])
    m = np.array([s[1] for s in samples])
    half = m[len(m) // 2 :]
    slope = np.polyfit(t[len(m) // 2 :], half, 1)[0] * 3600 if len(half) > 1 else 0.0
    print(
        f"recorder RSS over {res.frames / SR / 60:.1f} min of two-source recording: start "
        f"{m[0]:.1f} MiB, min {m.min():.1f}, max {m.max():.1f}, end {m[-1]:.1f} MiB; "
        f"trend over the second half {slope:+.2f} MiB/hour (goal: flat)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("part", choices=("files", "cpu", "marks", "memory", "all"), nargs="?",
                    default="all")  # fmt: skip
    ap.add_argument("--seconds", type=float, default=60.0, help="cpu: seconds per contender")
    ap.add_argument("--block-ms", type=float, default=None, help="default: the recorder's")
    ap.add_argument("--clicks", type=int, default=60)
    ap.add_argument("--burst", type=int, default=300)
    ap.add_argument("--memory-seconds", type=float, default=600.0)
    args = ap.parse_args()
    if args.part in ("files", "all"):
        bench_files()
    if args.part in ("cpu", "all"):
        bench_cpu(args.seconds, args.block_ms)
    if args.part in ("marks", "all"):
        bench_marks(args.clicks, args.burst, args.block_ms)
    if args.part in ("memory", "all"):
        bench_memory(args.memory_seconds, args.block_ms)


if __name__ == "__main__":
    main()
