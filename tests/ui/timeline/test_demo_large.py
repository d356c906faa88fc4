"""The large demo case: bulk rows, one audit event for them, a readable 3-hour waveform."""

from __future__ import annotations

import json
import subprocess
import sys

from onrecord.audio.peaks import read_peaks
from onrecord.demo_large import REFERENCE, create_large_demo
from onrecord.store import Workspace
from onrecord.store.audit import verify_chain
from onrecord.store.search import recording_list, timeline_rows


def test_makes_the_case_once_and_keeps_the_chain_intact(workspace: Workspace) -> None:
    line = create_large_demo(workspace, events=300, marks=2000, recordings=30, long_call_s=1200)
    assert "300 events" in line
    case = workspace.cases.case(REFERENCE)
    rows = timeline_rows(workspace.store, case.id)
    assert len(rows) == 300
    assert sum(r.mark_count for r in rows) == 2000
    calls = recording_list(workspace.store, case.id)
    longest = max(calls, key=lambda r: r.frames)
    assert longest.duration_s == 1200
    peaks = read_peaks((workspace.data_dir / longest.paths[0]).with_suffix(".peaks"))
    assert len(peaks.data) == 1200 * 100 and peaks.channels == 2
    with workspace.store.session() as s:
        assert verify_chain(s).ok
    assert "already exists" in create_large_demo(workspace, events=10, marks=10, recordings=2)


def test_the_generator_does_not_import_qt() -> None:
    code = (
        "import sys, json, onrecord.demo_large, onrecord.store.search;"
        "print(json.dumps([m for m in sys.modules if m.startswith('PySide6')]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
