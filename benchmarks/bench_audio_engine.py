"""Audio engine figures: recorder CPU on real (virtual PulseAudio) capture, and file speeds.

Run: .venv/bin/python benchmarks/bench_audio_engine.py [--seconds 20]
Prints: recorder child CPU % of one core (two sources, 48 kHz, 20 ms blocks), time to load
the peaks of a 3-hour call, SHA-256/PCM-hash and FLAC-copy speed as multiples of real time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

from onrecord.audio import RecorderClient, RecorderConfig, SourceSpec, flac_copy
from onrecord.audio.hashing import file_sha256, pcm_sha256
from onrecord.audio.peaks import PeaksWriter, read_peaks
from onrecord.audio.segwriter import SegmentedWavWriter

SR = 48000


def cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    import os

    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_recorder(seconds: float) -> None:
    from pulselab import pulse_lab, wait_until

    with pulse_lab(), tempfile.TemporaryDirectory() as d, RecorderClient() as client:
        client.start(
            RecorderConfig(
                d,
                "bench",
                (
                    SourceSpec(pulse_source="lab_mic", role="me"),
                    SourceSpec(pulse_source="lab_sink.monitor", role="them"),
                ),
            )
        )
        wait_until(lambda: client.status().frames > SR, 10, what="audio")
        assert client.pid is not None
        c0, t0 = cpu_of(client.pid), time.monotonic()
        while time.monotonic() - t0 < seconds:
            client.status()
            time.sleep(0.1)  # a UI polling meters at 10 Hz
        c1, t1 = cpu_of(client.pid), time.monotonic()
        res = client.stop()
    print(
        f"recorder CPU, 2 sources x 48 kHz, 20 ms blocks, status at 10 Hz: "
        f"{100 * (c1 - c0) / (t1 - t0):.2f} % of one core ({res.frames / SR:.0f} s recorded)"
    )


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--skip-recorder", action="store_true")
    args = ap.parse_args()
    bench_files()
    if not args.skip_recorder:
        bench_recorder(args.seconds)


if __name__ == "__main__":
    main()
