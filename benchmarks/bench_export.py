"""Export and verify throughput against plain copies and plain hashing of the same files.

    .venv/bin/python benchmarks/bench_export.py [--minutes 120] [--attachments 100] [--keep DIR]

Builds a throwaway data folder with ``--minutes`` of 48 kHz stereo 16-bit WAV (in 30-minute
recordings) and ``--attachments`` small files, then times, in the same run and on warm caches:

- ``cp -r`` of the recordings and attachments folders vs ``export_case`` (folder, PDF, no zip);
- a plain hashlib pass (SHA-256 + SHA-512 over every package file, one thread) vs
  ``verify_package`` on the exported folder.

Goals (issue 5): export >= 0.8x cp, verify >= 0.9x the hashlib pass. Ratios are throughput
ratios (baseline time / our time): 1.0 means as fast as the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

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


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


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
            ws.recordings.finalise(
                rec.id,
                frames=length * 60 * RATE,
                sha256=sha256_file(data / rel),
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=int, default=120)
    parser.add_argument("--attachments", type=int, default=100)
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
        cp_dir = root / "cp"
        cp_dir.mkdir()
        t_cp = timed(
            lambda: subprocess.run(
                ["cp", "-r", str(data / "recordings"), str(data / "attachments"), str(cp_dir)],
                check=True,
            )
        )
        result = None

        def run_export() -> None:
            nonlocal result
            with open_workspace(data) as ws:
                result = export_case(ws, case_id, root / "out", ExportOptions())

        t_export = timed(run_export)
        assert result is not None and result.folder is not None
        t_hash = timed(lambda: hash_pass(result.folder))
        report = None

        def run_verify() -> None:
            nonlocal report
            report = verify_package(result.folder)

        t_verify = timed(run_verify)
        assert report is not None and report.ok, report.lines() if report else None
        mb = size / 1e6
        print(
            f"payload: {mb:.0f} MB ({args.minutes} min 48 kHz stereo WAV + {args.attachments} attachments)"
        )
        print(f"cp -r:            {t_cp:6.2f} s  {mb / t_cp:7.0f} MB/s")
        print(
            f"export_case:      {t_export:6.2f} s  {mb / t_export:7.0f} MB/s  -> {t_cp / t_export:.2f}x cp (goal >= 0.8x)"
        )
        print(f"hashlib 256+512:  {t_hash:6.2f} s  {mb / t_hash:7.0f} MB/s")
        print(
            f"verify_package:   {t_verify:6.2f} s  {mb / t_verify:7.0f} MB/s  -> {t_hash / t_verify:.2f}x hashlib (goal >= 0.9x)"
        )
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
