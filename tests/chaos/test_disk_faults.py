"""Full and read-only disks: a clear message, and nothing saved before is damaged.

Real faults from the kernel: a small tmpfs (mounting needs root; skipped otherwise) filled to
the last few hundred KiB, or remounted read-only. The recorder's own disk-full handling is
tested in tests/e2e/test_e2e_failures.py (test_real_disk_full_stops_cleanly_with_valid_file);
device faults (source removed, suspended, sound server killed) there and in
tests/e2e/test_e2e_recording.py. Here: the whole app path (case file + recorder + import +
export) on the same faults, and injected ENOSPC/EROFS where no mount is possible.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import chaos_lib as lib
import numpy as np
import pytest
import soundfile as sf
from audio_helpers import fake_client, ramp

from onrecord.audio import SourceSpec, file_sha256
from onrecord.capture import recover_interrupted, start_call
from onrecord.evidence.export import ExportError, ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.imports import execute, prepare
from onrecord.store import open_workspace
from onrecord.store.enums import EventKind, RecordingStatus
from onrecord.store.errors import StoreError

SIZE = "16m"


@pytest.fixture(autouse=True)
def _qt_application(qapp):  # type: ignore[no-untyped-def]
    """Exports draw a PDF: with pytest-qt's QApplication, never a bare one that would break
    the widget tests later in the same run."""
    return qapp


@pytest.fixture
def tmpfs() -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    d = Path(tempfile.mkdtemp(prefix="onrecord-tmpfs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(d)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        d.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield d
    finally:
        subprocess.run(["umount", "-l", str(d)], check=False)
        d.rmdir()


def fill(mount: Path, leave: int) -> Path:
    """Fill the file system until ``leave`` bytes are free; returns the filler to delete."""
    st = os.statvfs(mount)
    free = st.f_bavail * st.f_frsize
    filler = mount / "filler"
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(free - leave, 0))
    return filler


def saved_before(data_dir: Path) -> tuple[int, dict[str, str]]:
    """A case with events, then the hash of every file: what must survive untouched."""
    with open_workspace(data_dir) as ws:
        case = ws.cases.create_case("Saved before", jurisdiction="us")
        for hour in range(5):
            ws.cases.log_event(
                case.id, EventKind.MISSED_CALL, lib_time(hour), number="+12125550142"
            )
    return case.id, snapshot_rows(data_dir, case.id)


def lib_time(hour: int):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime(2026, 3, 1, hour, tzinfo=dt.UTC)


def snapshot_rows(data_dir: Path, case_id: int) -> dict[str, str]:
    with open_workspace(data_dir) as ws:
        return {str(e.id): f"{e.started_at}|{e.kind.value}" for e in ws.cases.events(case_id)}


def test_recording_into_a_filling_disk_stops_clearly_and_keeps_everything(tmpfs: Path) -> None:
    data_dir = tmpfs / "data"
    case_id, before = saved_before(data_dir)
    filler = fill(tmpfs, 300_000)  # about 1.5 s of 48 kHz stereo
    with open_workspace(data_dir) as ws:
        session = start_call(
            ws, case_id, (SourceSpec(device=0, label="fake mic"),), client_factory=fake_client
        )
        status = lib.wait_until(
            lambda: (st := session.status()).state != "recording" and st, 30, "the disk to fill"
        )
        assert status.state == "failed"
        assert "No space left on device" in (status.error or "")
        assert "everything written before the failure is kept" in (status.error or "")
        try:
            final = session.stop()
        except StoreError as exc:  # the case file could not take the result either: said so
            assert "could not be saved" in str(exc) and "Free some disk space" in str(exc)
            final = None
        if final is not None:
            assert final.status is RecordingStatus.FAILED
    filler.unlink()
    ws = lib.check_store(data_dir)
    try:
        recover_interrupted(ws)
        (rec,) = ws.recordings.recordings(case_id)
        assert rec.status in (RecordingStatus.FAILED, RecordingStatus.RECOVERED)
        path = data_dir / rec.path
        data = sf.read(str(path), dtype="int16")[0]
        assert len(data) == rec.frames > 48000 // 2
        assert np.array_equal(data, ramp(len(data)))
        assert rec.sha256 == file_sha256(path)
    finally:
        ws.close()
    assert {k: v for k, v in snapshot_rows(data_dir, case_id).items() if k in before} == before


def test_import_onto_a_full_disk_says_so_and_resumes(tmpfs: Path, tmp_path: Path) -> None:
    data_dir = tmpfs / "data"
    case_id, before = saved_before(data_dir)
    backup = tmp_path / "calls-big.xml"
    lib.write_calls_backup(backup, 1500, 7)
    filler = fill(tmpfs, 64_000)
    log = tmp_path / "import.log"
    proc = lib.cli(
        data_dir, "import", str(backup), "--case", str(case_id), "--all-numbers", log=log
    )
    assert proc.wait(120) == 2
    text = log.read_text()
    assert "Traceback" not in text, text
    assert "onrecord: the case file could not be saved (database or disk is full)" in text
    filler.unlink()
    ws = lib.check_store(data_dir)
    try:
        imported = len(ws.cases.events(case_id)) - len(before)
    finally:
        ws.close()
    from onrecord.imports.service import BATCH

    assert imported % BATCH == 0
    assert {k: v for k, v in snapshot_rows(data_dir, case_id).items() if k in before} == before
    again = lib.cli(
        data_dir, "import", str(backup), "--case", str(case_id), "--all-numbers", log=log
    )
    assert again.wait(120) == 0, log.read_text()
    assert len(snapshot_rows(data_dir, case_id)) == len(before) + 1500


def test_bcr_audio_onto_a_full_disk_is_skipped_with_a_warning(tmpfs: Path, tmp_path: Path) -> None:
    data_dir = tmpfs / "data"
    case_id, before = saved_before(data_dir)
    folder = tmp_path / "bcr"
    folder.mkdir()
    names = ("20260301_101500.000+0800_in_13800138000", "20260302_111500.000+0800_out_10086")
    for pitch, name in enumerate(names, start=5):  # 960 KB each, different audio
        samples = (np.sin(np.arange(8000 * 60) / pitch) * 8000).astype(np.int16)
        sf.write(str(folder / f"{name}.wav"), samples, 8000, subtype="PCM_16")
    with open_workspace(data_dir) as ws:
        plan = prepare(ws, case_id, folder)
        filler = fill(tmpfs, 1_200_000)  # room for one file, not two
        try:
            result = execute(ws, plan)
        except StoreError as exc:
            assert "could not be saved" in str(exc)
            result = None
        filler.unlink()
    if result is not None:
        assert any("No space left on device" in w for w in result.warnings), (result, plan.preview)
    leftovers = [p for p in (data_dir / "recordings").rglob(".incoming-*")]
    assert leftovers == [], "a half-copied file was left behind"
    ws = lib.check_store(data_dir)
    try:
        for rec in ws.recordings.recordings(case_id):
            assert rec.sha256 == file_sha256(data_dir / rec.path)
    finally:
        ws.close()
    assert {k: v for k, v in snapshot_rows(data_dir, case_id).items() if k in before} == before


def test_export_onto_a_full_disk_fails_clearly_and_leaves_nothing(
    tmpfs: Path, tmp_path: Path
) -> None:
    from evidence_helpers import build_case

    with open_workspace(tmp_path / "data") as ws:
        case_id = build_case(ws, attachments=1).case_id
        filler = fill(tmpfs, 150_000)  # less than the two 6 s recordings
        out = tmpfs / "out"
        with pytest.raises(ExportError, match="No space left on device"):
            export_case(ws, case_id, out, ExportOptions(make_zip=True))
        assert list(out.iterdir()) == [], "a half-written export was left in the destination"
        filler.unlink()
        result = export_case(ws, case_id, out, ExportOptions(make_zip=True))
    assert result.folder is not None and verify_package(result.folder).ok
    assert result.zip_path is not None and verify_package(result.zip_path).ok
    lib.check_store(tmp_path / "data").close()


def test_read_only_data_folder_is_refused_with_a_plain_message(tmpfs: Path) -> None:
    data_dir = tmpfs / "data"
    case_id, before = saved_before(data_dir)
    db_hash = file_sha256(data_dir / "onrecord.db")
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    try:
        for args in (["cases"], ["record", "--case", str(case_id), "--seconds", "1"]):
            done = subprocess.run(
                [sys.executable, "-m", "onrecord", "--data-dir", str(data_dir), *args],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 2, (args, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr
            assert "not writable" in done.stderr and "Read-only file system" in done.stderr
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    assert file_sha256(data_dir / "onrecord.db") == db_hash
    assert snapshot_rows(data_dir, case_id) == before


def test_export_into_a_read_only_folder(tmpfs: Path, tmp_path: Path) -> None:
    from evidence_helpers import build_case

    out = tmpfs / "out"
    out.mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    try:
        with open_workspace(tmp_path / "data") as ws:
            case_id = build_case(ws, attachments=0).case_id
            with pytest.raises(ExportError, match="Read-only file system"):
                export_case(ws, case_id, out)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_injected_write_errors_during_export_leave_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """Without root: the zip writer's writes fail half-way (ENOSPC / EROFS)."""
    from evidence_helpers import build_case

    from onrecord.evidence import zipping

    with open_workspace(tmp_path / "data") as ws:
        case_id = build_case(ws, attachments=1).case_id
        real_write_zip = zipping.write_zip

        def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
            real_write_zip(*args, **kwargs)
            raise OSError(code, os.strerror(code))

        import onrecord.evidence.export as export_module

        monkeypatch.setattr(export_module, "write_zip", failing)
        out = tmp_path / "out"
        with pytest.raises(ExportError, match=os.strerror(code)):
            export_case(ws, case_id, out, ExportOptions(make_zip=True))
        assert list(out.iterdir()) == []
        with ws.store.session() as s:
            from onrecord.store.audit import verify_chain

            assert verify_chain(s).ok
