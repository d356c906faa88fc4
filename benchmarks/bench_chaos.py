"""Kill-anywhere at length: the tests/chaos scenarios, 50+ random kill -9s each.

    .venv/bin/python benchmarks/bench_chaos.py [--iterations 50] [--only record-app,export]
                                              [--seed S] [--markdown]

Scenarios (see tests/chaos/chaos_lib.py for what is checked after every kill):
record-app, record-recorder, record-both (a recording with a mark every 0.15 s; kill -9 the
app, its recorder child, or both at once), edit (note revisions in a loop), import (a
1 200-call backup through `onrecord import`, killed, then imported again), bcr-import (150
BCR recordings with audio, killed, then imported again), export
(`onrecord export --zip`, killed; then one export that completes and removes the debris).

Prints one row per scenario: iterations, failures, audio lost (max / median, recording
scenarios), wall time. A failure prints its message and the run continues. Exit 1 if any
iteration failed. Figures go into RELIABILITY.md with this command.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "chaos"))
# Like the test run: every Python process refuses non-local sockets.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(ROOT / "tests" / "support" / "netguard"), os.environ.get("PYTHONPATH")) if p
)
os.environ["ONRECORD_NO_NETWORK"] = "1"

import chaos_lib as lib  # noqa: E402

SCENARIOS = [
    *("record-app", "record-recorder", "record-both"),
    *("edit", "import", "bcr-import", "export"),
]


def run_scenario(name: str, n: int, work: Path) -> dict[str, object]:
    data_dir = work / name / "data"
    data_dir.parent.mkdir(parents=True)
    rng = lib.rng_for(name)
    step: Callable[[], lib.Outcome]
    after: Callable[[], None] = lambda: None  # noqa: E731
    if name.startswith("record-"):
        case_id = lib.new_case(data_dir, "bench")
        target = name.split("-", 1)[1]
        step = lambda: lib.recording_iteration(data_dir, case_id, rng, target, work / name)  # noqa: E731
    elif name == "edit":
        mark_id = lib.mark_to_edit(data_dir)
        step = lambda: lib.edit_iteration(data_dir, mark_id, rng, work / name)  # noqa: E731
    elif name == "import":
        step = lambda: lib.import_iteration(data_dir, rng, work / name)  # noqa: E731
    elif name == "bcr-import":
        step = lambda: lib.bcr_import_iteration(data_dir, rng, work / name)  # noqa: E731
    elif name == "export":
        case_id = lib.export_case_setup(data_dir)
        out = work / name / "out"
        step = lambda: lib.export_iteration(data_dir, case_id, rng, work / name, out)  # noqa: E731
        after = lambda: lib.final_export_cleans_up(data_dir, case_id, out, work / name)  # noqa: E731
    else:
        raise SystemExit(f"unknown scenario {name}")
    began = time.monotonic()
    failures: list[str] = []
    lost: list[float] = []
    details: list[str] = []
    for i in range(n):
        try:
            outcome = step()
        except Exception as exc:  # count it, show it, go on
            failures.append(f"{name} #{i + 1}: {type(exc).__name__}: {exc}")
            traceback.print_exc()
            continue
        if outcome.lost_s is not None:
            lost.append(outcome.lost_s)
        details.append(outcome.detail)
        print(f"  {name} #{i + 1}: {outcome.seconds:.2f} s {outcome.detail}", flush=True)
    try:
        after()
    except Exception as exc:
        failures.append(f"{name} cleanup: {type(exc).__name__}: {exc}")
    return {
        "scenario": name,
        "iterations": n,
        "failures": failures,
        "lost": lost,
        "seconds": time.monotonic() - began,
        "details": details,
    }


def landed(details: object) -> str:
    """Where the kills fell: before the work finished, or after (nothing left to interrupt)."""
    assert isinstance(details, list)
    if not any(d.startswith(("finished", "killed")) for d in details):
        return "all while recording / editing"
    done = sum(1 for d in details if d.startswith("finished"))
    text = f"{len(details) - done} before it finished, {done} after"
    counts = [re.match(r"killed after (\d+) of (\d+)", d) for d in details]
    partial = sum(1 for m in counts if m and 0 < int(m.group(1)) < int(m.group(2)))
    if any(counts):
        text += f" ({partial} with part of the records written)"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--only", default=",".join(SCENARIOS))
    parser.add_argument("--seed", default="bench")
    args = parser.parse_args()
    os.environ["ONRECORD_CHAOS_SEED"] = args.seed
    rows = []
    with tempfile.TemporaryDirectory(prefix="onrecord-chaos-") as tmp:
        os.environ["ONRECORD_HOME"] = str(Path(tmp) / "unused-home")
        for name in args.only.split(","):
            print(f"{name}: {args.iterations} iterations", flush=True)
            rows.append(run_scenario(name.strip(), args.iterations, Path(tmp)))
    print("\n| scenario | iterations | failures | audio lost max / median | time | kills landed |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        lost = row["lost"]
        assert isinstance(lost, list)
        lost_text = f"{max(lost):.3f} s / {statistics.median(lost):.3f} s" if lost else "n/a"
        failures = row["failures"]
        assert isinstance(failures, list)
        print(
            f"| {row['scenario']} | {row['iterations']} | {len(failures)} | {lost_text} | "
            f"{row['seconds']:.0f} s | {landed(row['details'])} |"
        )
    problems = [f for row in rows for f in row["failures"]]  # type: ignore[attr-defined]
    for line in problems:
        print("FAILED", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
