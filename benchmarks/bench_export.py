"""Export and verify throughput against plain copies and plain hashing of the same files.

    .venv/bin/python benchmarks/bench_export.py [--minutes 120] [--attachments 100]
        [--rounds 3] [--keep DIR]

Builds a throwaway data folder with ``--minutes`` of 48 kHz stereo 16-bit WAV (in 30-minute
recordings) and ``--attachments`` small files, then, ``--rounds`` times, times in the same round
and on warm caches (``sync`` before each timed step, so one step's writeback does not land in
the next):

- ``cp -r`` of the recordings and attachments folders vs ``export_case`` (folder, PDF, no zip);
- a plain hashlib pass (SHA-256 + SHA-512 over every package file, one thread) vs
  ``verify_package`` on the exported folder, both with the package in memory (it is read
  once, untimed, before them: the export lets go of its copies' memory).

Goals (issue 5): export >= 0.8x cp, verify >= 0.9x the hashlib pass. Ratios are throughput
ratios (baseline time / our time): 1.0 means as fast as the baseline. Each round prints its
own figures; the summary gives the median and best of each time and of the per-round ratios.
On a machine shared with other work, the best round is the one least disturbed by it.

``export_case`` flushes the package to the disk before it appears (a USB stick pulled out
after "done" holds every byte), so its like-for-like baseline is ``cp -r`` + ``sync``: the
time until the copy is really there. ``cp -r`` alone only fills the page cache (its time
swings with the kernel's state: an untimed warm-up copy runs first, and the rounds alternate
which of cp and export goes first); the ratio to it is printed too.

The recordings are filed as the capture files them: SHA-256, SHA-512 and BLAKE3 taken at stop.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from onrecord.digests import file_digests
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import open_workspace

RATE = 48_000
CHUNK_S = 60


def write_wav(path: Path, seconds: int) -> None:
    t = np.arange(RATE * CHUNK_S) / RATE
    block = np.stack([np.sin(2 * np.pi * 440 * t), np.sin(2 * np.pi * 220 * t)], 1) * 8000
    block = block.astype(np.int16)
    rng = np.random.default_rng(len(path.name))
    with sf.SoundFile(str(path), "w", RATE, 2, "PCM_16", format="WAV") as f:
        for _ in range(seconds // CHUNK_S):
            f.write(block + rng.integers(-64, 64, block.shape, dtype=np.int16))


def build(data: Path, minutes: int, attachments: int) -> int:
    with open_workspace(data) as ws:
        case = ws.cases.create_case("Benchmark case", jurisdiction="us", reference="BENCH-1")
        start = dt.datetime(2026, 3, 2, 14, 0, tzinfo=dt.UTC)
        remaining, index = minutes, 0
        while remaining > 0:
            length = min(30, remaining)
            index += 1
            rel = f"recordings/bench/call-{index}.wav"
            (data / rel).parent.mkdir(parents=True, exist_ok=True)
            write_wav(data / rel, length * 60)
            rec = ws.recordings.begin(
                case.id,
                rel,
                sample_rate=RATE,
                channels=2,
                started_at=start + dt.timedelta(days=index),
            )
            for m in range(20):
                ws.recordings.add_mark(rec.id, RATE * 60 * m, tag="threat", text=f"mark {m}")
            digests = file_digests(data / rel)  # as the capture takes them at stop
            ws.recordings.finalise(
                rec.id,
                frames=length * 60 * RATE,
                sha256=digests.sha256,
                sha512=digests.sha512,
                blake3=digests.blake3,
                pcm_sha256="0" * 64,
            )
            remaining -= length
        incoming = data.parent / "incoming"
        incoming.mkdir()
        for i in range(attachments):
            src = incoming / f"screenshot-{i:03d}.png"
            src.write_bytes(np.random.default_rng(i).bytes(200_000))
            ws.attachments.add(case.id, src)
        return case.id


def timed(func) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def hash_pass(folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        a, b = hashlib.sha256(), hashlib.sha512()
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                a.update(chunk)
                b.update(chunk)


def read_pass(folder: Path) -> None:
    buffer = bytearray(1 << 20)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        with path.open("rb", buffering=0) as f:
            while f.readinto(buffer):
                pass


def copy_with_cp(data: Path, cp_dir: Path) -> None:
    cp_dir.mkdir()
    subprocess.run(
        ["cp", "-r", str(data / "recordings"), str(data / "attachments"), str(cp_dir)],
        check=True,
    )


def timed_and_synced(func) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(seconds for ``func``, seconds for it plus the ``sync`` that puts its writes on disk)."""
    started = time.perf_counter()
    func()
    ran = time.perf_counter() - started
    os.sync()
    return ran, time.perf_counter() - started


def one_round(
    root: Path, data: Path, case_id: int, size: int, *, export_first: bool
) -> dict[str, float]:
    """One cp / export / hashlib / verify round on fresh output folders."""
    cp_dir, out = root / "cp", root / "out"
    for folder in (cp_dir, out):
        shutil.rmtree(folder, ignore_errors=True)
    result = None

    def run_export() -> None:
        nonlocal result
        with open_workspace(data) as ws:
            result = export_case(ws, case_id, out, ExportOptions())

    times: dict[str, float] = {}
    steps = [("cp", lambda: copy_with_cp(data, cp_dir)), ("export", run_export)]
    for key, step in reversed(steps) if export_first else steps:
        os.sync()
        times[key], times[f"{key}+sync"] = timed_and_synced(step)
    assert result is not None and result.folder is not None
    assert result.payload_bytes >= size
    # The export lets go of its copies' memory once they are on the disk: read the package
    # once, untimed, so the hashlib pass and verify both find it in memory.
    read_pass(result.folder)
    times["hash"] = timed(lambda: hash_pass(result.folder))
    report = None

    def run_verify() -> None:
        nonlocal report
        report = verify_package(result.folder)

    times["verify"] = timed(run_verify)
    assert report is not None and report.ok, report.lines() if report else None
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=int, default=120)
    parser.add_argument("--attachments", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="onrecord-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        data = root / "data"
        print(
            f"building {args.minutes} min of audio + {args.attachments} attachments in {root} ..."
        )
        case_id = build(data, args.minutes, args.attachments)
        size = sum(p.stat().st_size for p in (data / "recordings").rglob("*") if p.is_file())
        size += sum(p.stat().st_size for p in (data / "attachments").rglob("*") if p.is_file())
        hash_pass(data)  # warm the page cache for both contenders
        copy_with_cp(data, root / "warm-up")  # the first big write after the build is slow
        shutil.rmtree(root / "warm-up")
        mb = size / 1e6
        print(
            f"payload: {mb:.0f} MB ({args.minutes} min 48 kHz stereo WAV + {args.attachments} attachments)"
        )
        rounds = []
        for number in range(1, max(1, args.rounds) + 1):
            t = one_round(root, data, case_id, size, export_first=number % 2 == 0)
            rounds.append(t)
            print(
                f"round {number}{' (export first)' if number % 2 == 0 else ''}: "
                f"cp -r {t['cp']:5.2f} s, export_case {t['export']:5.2f} s "
                f"({t['cp'] / t['export']:.2f}x cp); with sync {t['cp+sync']:5.2f} s vs "
                f"{t['export+sync']:5.2f} s ({t['cp+sync'] / t['export+sync']:.2f}x); "
                f"hashlib {t['hash']:5.2f} s, verify_package {t['verify']:5.2f} s "
                f"({t['hash'] / t['verify']:.2f}x hashlib)"
            )

        def line(label: str, key: str, *versus: str, goal: str = "") -> None:
            times = [r[key] for r in rounds]
            print(
                f"{label:17s} median {statistics.median(times):5.2f} s "
                f"({mb / statistics.median(times):5.0f} MB/s), best {min(times):5.2f} s"
            )
            for baseline in versus:
                ratios = [r[baseline] / r[key] for r in rounds]
                print(
                    f"{'':17s}  -> {statistics.median(ratios):.2f}x {baseline} per round "
                    f"(best {max(ratios):.2f}x; goal >= {goal})"
                )

        print(f"over {len(rounds)} round(s):")
        line("cp -r:", "cp")
        line("cp -r + sync:", "cp+sync")
        line("export_case:", "export", "cp+sync", "cp", goal="0.8x")
        line("export + sync:", "export+sync")
        line("hashlib 256+512:", "hash")
        line("verify_package:", "verify", "hash", goal="0.9x")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
