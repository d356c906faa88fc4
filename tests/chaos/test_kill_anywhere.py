"""kill -9 of the app or of the recorder at a random moment, then relaunch and check.

Per iteration (see chaos_lib): PRAGMA integrity_check ok, audit chain intact, every
acknowledged mark / note revision present, the recording recovered with <= 1 s of audio lost
(measured against the audio that existed at the kill), every imported batch whole, and no
half-written export visible. ONRECORD_CHAOS_ITERATIONS (default 2-3) sets the loop length;
ONRECORD_CHAOS_SEED replays a run.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import chaos_lib as lib
import pytest

from onrecord.store.enums import RecordingStatus


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.mark.parametrize("target", ["app", "recorder", "both"])
def test_recording_survives_kill_9(data_dir: Path, tmp_path: Path, target: str) -> None:
    case_id = lib.new_case(data_dir, "Kill anywhere")
    rng = lib.rng_for(f"record-{target}")
    for _ in range(lib.iterations(2)):
        outcome = lib.recording_iteration(data_dir, case_id, rng, target, tmp_path)
        assert outcome.lost_s is not None and outcome.lost_s <= lib.MAX_LOST_S


def test_note_edits_survive_kill_9(data_dir: Path, tmp_path: Path) -> None:
    mark_id = lib.mark_to_edit(data_dir)
    rng = lib.rng_for("edit")
    for _ in range(lib.iterations(3)):
        lib.edit_iteration(data_dir, mark_id, rng, tmp_path)


def test_import_survives_kill_9_and_resumes(data_dir: Path, tmp_path: Path) -> None:
    rng = lib.rng_for("import")
    for _ in range(lib.iterations(2)):
        lib.import_iteration(data_dir, rng, tmp_path)


def test_bcr_import_survives_kill_9_and_completes_on_rerun(data_dir: Path, tmp_path: Path) -> None:
    """Audio imports copy, log and file in steps; a rerun finishes a call a kill cut short."""
    rng = lib.rng_for("bcr-import")
    for _ in range(lib.iterations(2)):
        lib.bcr_import_iteration(data_dir, rng, tmp_path)


def test_export_killed_leaves_no_half_package(data_dir: Path, tmp_path: Path) -> None:
    case_id = lib.export_case_setup(data_dir)
    rng = lib.rng_for("export")
    out = tmp_path / "out"
    for _ in range(lib.iterations(3)):
        lib.export_iteration(data_dir, case_id, rng, tmp_path, out)
    lib.final_export_cleans_up(data_dir, case_id, out, tmp_path)


def test_cli_record_recovers_when_its_recorder_is_killed(data_dir: Path, tmp_path: Path) -> None:
    """`onrecord record` must not end in a traceback: it recovers and says so (exit 1)."""
    case_id = lib.new_case(data_dir, "CLI")
    log = tmp_path / "cli.log"
    record = ["record", "--case", str(case_id), "--seconds", "30"]
    marks = ["--mark", "0.3:1:first", "--mark", "0.6:2:second"]
    proc = lib.spawn([str(lib.DRIVER), "cli", "--data-dir", str(data_dir), *record, *marks], log)
    try:
        lib.wait_until(lambda: log.exists() and "second" in log.read_text(), 60, "two marks")
        child = lib.wait_until(lambda: recorder_of(proc.pid), 10, "the recorder process")
        os.kill(child, signal.SIGKILL)
        assert proc.wait(60) == 1
    finally:
        lib.kill9(proc)
    text = log.read_text()
    assert "Traceback" not in text, text
    assert "recovered" in text
    ws = lib.check_store(data_dir)
    try:
        (rec,) = ws.recordings.recordings(case_id)
        assert rec.status is RecordingStatus.RECOVERED
        assert [m.text for m in ws.recordings.marks(rec.id)] == ["first", "second"]
    finally:
        ws.close()


def test_recover_leaves_a_live_recording_alone(data_dir: Path, tmp_path: Path) -> None:
    """`onrecord recover` (or a second window) while another process records: no error, and
    the live recording is neither touched nor filed as recovered."""
    case_id = lib.new_case(data_dir, "Live")
    acks = tmp_path / "acks.txt"
    proc = lib.spawn(
        [str(lib.DRIVER), "record", str(data_dir), str(case_id), str(acks)], tmp_path / "d.log"
    )
    try:
        lib.wait_until(lambda: any(a[0] == "t0" for a in lib.acks(acks)), 60, "audio")
        log = tmp_path / "recover.log"
        done = lib.cli(data_dir, "recover", log=log)
        assert done.wait(60) == 0, log.read_text()
        assert "nothing to recover" in log.read_text()
        ws = lib.check_store(data_dir)
        try:
            assert [r.status for r in ws.recordings.recordings(case_id)] == [
                RecordingStatus.RECORDING
            ]
        finally:
            ws.close()
    finally:
        lib.kill9(proc)


def recorder_of(pid: int) -> int | None:
    """The recorder child of ``pid`` (not multiprocessing's resource tracker)."""
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    for kid in kids:
        try:
            cmdline = Path(f"/proc/{kid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" not in cmdline:
            return int(kid)
    return None
