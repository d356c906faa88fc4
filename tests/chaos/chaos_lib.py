"""Kill-anywhere scenarios shared by tests/chaos and benchmarks/bench_chaos.py.

Each ``*_iteration`` starts the app (``chaos_driver.py`` or the real ``onrecord`` CLI) in a
subprocess, ``kill -9``s it (and/or the recorder child) at a random moment, then checks what a
user relaunching the app would find: ``PRAGMA integrity_check`` ok, the audit chain intact,
every acknowledged step present, the interrupted recording recovered with at most 1 s of audio
lost, and no half-written export among the visible files. An iteration raises
``AssertionError`` on any failure and returns an :class:`Outcome` otherwise.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
for extra in (TESTS / "audio", TESTS / "evidence"):
    if str(extra) not in sys.path:
        sys.path.append(str(extra))

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402
from audio_helpers import ramp  # noqa: E402

from onrecord.audio import file_sha256, find_interrupted  # noqa: E402
from onrecord.capture import recover_interrupted  # noqa: E402
from onrecord.store import Workspace, open_workspace  # noqa: E402
from onrecord.store.audit import verify_chain  # noqa: E402
from onrecord.store.enums import RecordingStatus  # noqa: E402

DRIVER = HERE / "chaos_driver.py"
SR = 48000
MAX_LOST_S = 1.0
T = TypeVar("T")


def iterations(default: int = 3) -> int:
    """Iterations per scenario: ONRECORD_CHAOS_ITERATIONS (the benchmark sets >= 50)."""
    return max(1, int(os.environ.get("ONRECORD_CHAOS_ITERATIONS", str(default))))


def rng_for(name: str) -> random.Random:
    """Seeded from ONRECORD_CHAOS_SEED (printed on failure) so a failing run can be replayed."""
    seed = os.environ.get("ONRECORD_CHAOS_SEED", "")
    return random.Random(f"{seed or 'onrecord'}:{name}")


@dataclass
class Outcome:
    scenario: str
    seconds: float
    lost_s: float | None = None  # audio lost, for recording scenarios
    detail: str = ""


# ------------------------------------------------------------------ processes
def pid_alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie awaiting its reaper counts as dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def wait_until(pred: Callable[[], T], timeout: float, what: str) -> T:
    deadline = time.monotonic() + timeout
    while not (value := pred()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)
    return value


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PULSE_SOURCE", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def spawn(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, *args], stdout=out, stderr=subprocess.STDOUT, env=_env()
        )


def cli(data_dir: Path, *args: str, log: Path) -> subprocess.Popen[bytes]:
    return spawn(["-m", "onrecord", "--data-dir", str(data_dir), *args], log)


def kill9(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)


def random_moment(rng: random.Random, low: float, high: float) -> None:
    """Let the app run for a random time: the point of the test, not a wait for a condition."""
    time.sleep(rng.uniform(low, high))


def acks(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    lines = path.read_text("utf-8").split("\n")
    return [line.split(" ", 2) for line in lines if line]  # the last line is complete: O_APPEND


# -------------------------------------------------------------------- checks
def check_store(data_dir: Path) -> Workspace:
    """Open as the relaunched app would; integrity and chain must hold. Caller closes."""
    ws = open_workspace(data_dir)
    verdict = ws.store.integrity_check()
    assert verdict == "ok", f"PRAGMA integrity_check: {verdict}"
    with ws.store.session() as s:
        report = verify_chain(s)
    assert report.ok, report.describe()
    return ws


# ------------------------------------------------------------------ recording
def new_case(data_dir: Path, title: str) -> int:
    with open_workspace(data_dir) as ws:
        return ws.cases.create_case(title, jurisdiction="us").id


def recording_iteration(
    data_dir: Path, case_id: int, rng: random.Random, target: str, work: Path
) -> Outcome:
    """Record with a mark every 0.15 s; kill -9 ``target``: "app", "recorder" or "both"."""
    began = time.monotonic()
    ack_file = work / f"acks-{uuid.uuid4().hex}.txt"
    log = ack_file.with_suffix(".log")
    proc = spawn([str(DRIVER), "record", str(data_dir), str(case_id), str(ack_file)], log)
    try:
        wait_until(
            lambda: any(a[0] == "t0" for a in acks(ack_file)) or proc.poll() is not None,
            60,
            "the first audio",
        )
        assert proc.poll() is None, log.read_text(errors="replace")
        random_moment(rng, 0.1, 3.0)
        start = next(a for a in acks(ack_file) if a[0] == "start")
        rec_id, child = int(start[1]), int(start[2])
        killed_at = time.monotonic()
        if target in ("recorder", "both"):
            os.kill(child, signal.SIGKILL)
        if target in ("app", "both"):
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        if target == "recorder":  # the app notices on its next request; we stop it here
            wait_until(lambda: proc.poll() is not None or not pid_alive(child), 10, "recorder")
        kill9(proc)
    # After an app crash the recorder finalises on its own; wait for it as a relaunch would.
    wait_until(lambda: not pid_alive(child), 30, "the orphaned recorder to finish")
    told = acks(ack_file)
    t0 = min(float(a[1]) for a in told if a[0] == "t0")
    marks = [(int(a[1]), a[2]) for a in told if a[0] == "mark"]

    ws = check_store(data_dir)
    try:
        recovered = recover_interrupted(ws)
        assert rec_id in {r.id for r in recovered}, "the interrupted recording was not recovered"
        rec = ws.recordings.recording(rec_id)
        assert rec.status in (RecordingStatus.RECOVERED, RecordingStatus.COMPLETE), rec.status
        assert ws.recordings.unfinished() == []
        assert find_interrupted(data_dir / "recordings") == []
        path = data_dir / rec.path
        assert rec.sha256 == file_sha256(path), "stored hash differs from the file"
        data = sf.read(str(path), dtype="int16")[0]
        assert len(data) == rec.frames, (len(data), rec.frames)
        assert np.array_equal(data, ramp(len(data))), "a sample was lost or changed"
        stored = {(m.frame, m.text) for m in ws.recordings.marks(rec_id)}
        missing = [m for m in marks if m not in stored]
        assert not missing, f"acknowledged marks missing after recovery: {missing}"
        captured_s = killed_at - t0  # audio that existed when the kill happened
        lost = max(0.0, captured_s - rec.frames / SR)
        assert lost <= MAX_LOST_S, f"{lost:.3f} s of audio lost (target {target})"
        with ws.store.session() as s:
            assert verify_chain(s).ok
        assert ws.store.integrity_check() == "ok"
    finally:
        ws.close()
    return Outcome(
        f"record/kill {target}",
        time.monotonic() - began,
        lost,
        f"{len(marks)} marks, {rec.frames / SR:.2f} s",
    )


# ------------------------------------------------------------------ note edit
def mark_to_edit(data_dir: Path) -> int:
    with open_workspace(data_dir) as ws:
        case = ws.cases.create_case("Edits", jurisdiction="us")
        rec = ws.recordings.begin(case.id, "recordings/none.wav", sample_rate=SR, channels=1)
        ws.recordings.finalise(rec.id, frames=SR, sha256="0" * 64, pcm_sha256=None)
        return ws.recordings.add_mark(rec.id, 100, tag="threat", text="first").id


def edit_iteration(data_dir: Path, mark_id: int, rng: random.Random, work: Path) -> Outcome:
    began = time.monotonic()
    ack_file = work / f"edits-{uuid.uuid4().hex}.txt"
    proc = spawn(
        [str(DRIVER), "edit", str(data_dir), str(mark_id), str(ack_file)],
        ack_file.with_suffix(".log"),
    )
    try:
        wait_until(lambda: acks(ack_file) or proc.poll() is not None, 60, "the first edit")
        assert proc.poll() is None, ack_file.with_suffix(".log").read_text(errors="replace")
        random_moment(rng, 0.0, 1.0)
    finally:
        kill9(proc)
    told = [a for a in acks(ack_file) if a[0] == "edit"]
    ws = check_store(data_dir)
    try:
        mark = _mark(ws, mark_id)
    finally:
        ws.close()
    numbers = [r.number for r in mark.revisions]
    assert numbers == list(range(1, len(numbers) + 1)), f"revision numbers {numbers}"
    texts = {r.number: r.text for r in mark.revisions}
    for _, number, text in told:
        assert texts.get(int(number)) == text, f"acknowledged revision {number} lost"
    return Outcome("note edit/kill app", time.monotonic() - began, detail=f"{len(told)} edits")


def _mark(ws: Workspace, mark_id: int) -> Any:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from onrecord.store.models import Mark

    with ws.store.session() as s:
        return s.scalar(
            select(Mark).where(Mark.id == mark_id).options(selectinload(Mark.revisions))
        )


# --------------------------------------------------------------------- import
def write_calls_backup(path: Path, calls: int, seed: int) -> None:
    """An SMS Backup & Restore call log with ``calls`` distinct calls from 40 numbers."""
    # From 2020 on, 28 h apart per seed: calls in the future would be skipped by the import.
    start = 1_600_000_000_000 + seed * 100_000_000
    rows = [
        f'  <call number="+1212555{1000 + i % 40:04d}" duration="{i % 300}" '
        f'date="{start + i * 61_000}" type="{1 + i % 3}" presentation="1" '
        f'readable_date="x" contact_name="(Unknown)" />'
        for i in range(calls)
    ]
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f'<calls count="{calls}">\n' + "\n".join(rows) + "\n</calls>\n",
        encoding="utf-8",
    )


def _event_count(ws: Workspace, case_id: int) -> int:
    return len(ws.cases.events(case_id))


def import_iteration(data_dir: Path, rng: random.Random, work: Path, calls: int = 1200) -> Outcome:
    """Import a call log through the CLI, kill -9 it, then import again: all, once each."""
    began = time.monotonic()
    case_id = new_case(data_dir, f"Import {uuid.uuid4().hex[:6]}")
    backup = work / f"calls-{case_id}.xml"
    write_calls_backup(backup, calls, case_id)
    log = work / f"import-{case_id}.log"
    proc = cli(data_dir, "import", str(backup), "--case", str(case_id), "--all-numbers", log=log)
    try:
        random_moment(rng, 0.8, 3.2)
    finally:
        kill9(proc)
    finished = proc.returncode == 0
    ws = check_store(data_dir)
    try:
        partial = _event_count(ws, case_id)
    finally:
        ws.close()
    from onrecord.imports.service import BATCH

    assert partial % BATCH == 0 or partial == calls, f"a batch was half-written: {partial}"
    again = cli(data_dir, "import", str(backup), "--case", str(case_id), "--all-numbers", log=log)
    assert again.wait(120) == 0, log.read_text(errors="replace")
    ws = check_store(data_dir)
    try:
        total = _event_count(ws, case_id)
    finally:
        ws.close()
    assert total == calls, f"after re-import: {total} of {calls} (killed at {partial})"
    what = "finished before the kill" if finished else f"killed after {partial} of {calls}"
    return Outcome("import/kill app", time.monotonic() - began, detail=what)


# --------------------------------------------------------------------- export
def export_case_setup(data_dir: Path) -> int:
    from evidence_helpers import build_case

    with open_workspace(data_dir) as ws:
        return build_case(ws, attachments=3).case_id


def visible(out: Path) -> list[Path]:
    return sorted(p for p in out.iterdir() if not p.name.startswith(".")) if out.exists() else []


def export_iteration(
    data_dir: Path, case_id: int, rng: random.Random, work: Path, out: Path
) -> Outcome:
    """Export (folder + zip) through the CLI and kill -9 it; what is visible must verify."""
    from onrecord.evidence.verify import verify_package

    began = time.monotonic()
    before = set(visible(out))
    log = work / f"export-{uuid.uuid4().hex}.log"
    proc = cli(
        data_dir, "export", "--case", str(case_id), "--out", str(out), "--zip", "--quiet", log=log
    )
    try:
        random_moment(rng, 0.3, 2.2)
    finally:
        kill9(proc)
    finished = proc.returncode == 0
    new = [p for p in visible(out) if p not in before]
    for package in new:
        report = verify_package(package)
        assert report.ok, f"a half-written export is visible: {package.name}: {report.lines()}"
    ws = check_store(data_dir)
    ws.close()
    what = "finished" if finished else f"killed; {len(new)} complete item(s) visible"
    return Outcome("export/kill app", time.monotonic() - began, detail=what)


def abandoned_staging(out: Path) -> list[str]:
    return [p.name for p in out.glob(".*.partial")] if out.exists() else []


def final_export_cleans_up(data_dir: Path, case_id: int, out: Path, work: Path) -> None:
    """After the kills, one export that completes: it removes the killed ones' staging."""
    log = work / "final-export.log"
    proc = cli(data_dir, "export", "--case", str(case_id), "--out", str(out), "--quiet", log=log)
    assert proc.wait(120) == 0, log.read_text(errors="replace")
    assert abandoned_staging(out) == [], "staging folders of killed exports were left behind"


# ----------------------------------------------------------------- BCR import
def write_bcr_folder(folder: Path, files: int, seed: int) -> None:
    """``files`` BCR recordings (1 s, 8 kHz, different audio each) named by BCR's template."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        samples = (np.sin(np.arange(8000) / (2 + i % 11)) * 8000).astype(np.int16)
        samples[:8] = [seed % 30000, i, 1, 2, 3, 4, 5, 6]
        name = f"20260301_{10 + i // 60:02d}{i % 60:02d}00.000+0800_in_1380013{8000 + i:04d}"
        sf.write(str(folder / f"{name}.wav"), samples, 8000, subtype="PCM_16")
        if i % 2 == 0:  # half of them with BCR's JSON sidecar, which is kept as an attachment
            stamp = 1772330400000 + i * 60000
            sidecar = {"timestamp_unix_ms": stamp, "direction": "in",
                       "calls": [{"phone_number": f"+861380013{8000 + i:04d}"}]}  # fmt: skip
            (folder / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")


def bcr_import_iteration(
    data_dir: Path, rng: random.Random, work: Path, files: int = 150
) -> Outcome:
    """Import BCR recordings through the CLI, kill -9, import again: every call has its
    audio, hashed, and nothing half-copied is left in the data folder."""
    began = time.monotonic()
    case_id = new_case(data_dir, f"BCR {uuid.uuid4().hex[:6]}")
    folder = work / f"bcr-{case_id}"
    write_bcr_folder(folder, files, case_id)
    log = work / f"bcr-{case_id}.log"
    args = ["import", str(folder), "--case", str(case_id), "--all-numbers"]
    proc = cli(data_dir, *args, log=log)
    try:
        random_moment(rng, 0.8, 3.0)
    finally:
        kill9(proc)
    finished = proc.returncode == 0
    again = cli(data_dir, *args, log=log)
    assert again.wait(120) == 0, log.read_text(errors="replace")
    ws = check_store(data_dir)
    try:
        events = [e for e in ws.cases.events(case_id) if e.source_key]
        recordings = {r.event_id: r for r in ws.recordings.recordings(case_id)}
        assert len(events) == files, f"{len(events)} of {files} calls"
        sidecars: dict[int | None, int] = {}
        for attachment in ws.attachments.list(case_id):
            sidecars[attachment.event_id] = sidecars.get(attachment.event_id, 0) + 1
        for event in events:
            rec = recordings.get(event.id)
            assert rec is not None, f"event {event.id} lost its recording"
            assert rec.sha256 and rec.sha256 == file_sha256(data_dir / rec.path)
        expected = (files + 1) // 2
        assert sum(sidecars.values()) == expected == len(sidecars), (
            f"{sum(sidecars.values())} sidecar attachments on {len(sidecars)} calls, "
            f"expected one on each of {expected} calls"
        )
    finally:
        ws.close()
    leftovers = list((data_dir / "recordings").rglob(".incoming-*"))
    leftovers += list((data_dir / "attachments").rglob(".incoming-*"))
    assert leftovers == [], f"half-copied files left: {leftovers}"
    what = "finished before the kill" if finished else "killed"
    return Outcome("bcr import/kill app", time.monotonic() - began, detail=what)
