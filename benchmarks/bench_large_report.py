"""Exporting a very large case: where the time goes, and that the bar keeps moving.

    .venv/bin/python benchmarks/bench_large_report.py [--keep DIR]

Builds the demo cases plus the large demo (``onrecord demo --large``: 10 000 contacts over a
year, 2 000 recorded calls carrying 100 000 marks, their audio not generated) in a throwaway
data folder, exports the large case once (folder, PDF), and prints each step of the export
with the time it started and the bar's position, then the longest the bar stood still. No
goal in the issue; the figures go in BENCHMARKS.md so a change that slows big reports shows.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from onrecord.demo import create_demo
from onrecord.demo_large import create_large_demo
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.store import StoreError, open_workspace


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="onrecord-large-"))
    try:
        data = root / "data"
        with open_workspace(data) as ws:
            try:
                case_id = ws.cases.case("DEMO-LARGE").id
            except StoreError:  # not built yet
                list(create_demo(ws))
                create_large_demo(ws)
                case_id = ws.cases.case("DEMO-LARGE").id
            out = root / "out"
            shutil.rmtree(out, ignore_errors=True)
            seen: list[tuple[float, float, str]] = []
            started = time.perf_counter()

            def progress(fraction: float, message: str) -> None:
                seen.append((time.perf_counter() - started, fraction, message))

            result = export_case(ws, case_id, out, ExportOptions(), progress=progress)
        total = time.perf_counter() - started
        last = ""
        for at, fraction, message in seen:
            if message != last:
                print(f"{at:7.1f} s  {fraction:4.0%}  {message}")
                last = message
        still, moved_at, fraction_then = 0.0, 0.0, -1.0
        for at, fraction, _ in seen:
            if fraction > fraction_then:
                still = max(still, at - moved_at)
                moved_at, fraction_then = at, fraction
        pdf = result.folder / "data" / "report" / "report.pdf" if result.folder else None
        size = pdf.stat().st_size / 1e6 if pdf else 0.0
        print(f"export {total:.1f} s; PDF {size:.1f} MB; the bar stood still {still:.1f} s at most")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
