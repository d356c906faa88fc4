"""Moving the data folder: everything arrives and is used from there, or nothing changes."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import stat
from collections import namedtuple
from pathlib import Path

import pytest

from onrecord import datamove, settings
from onrecord.audio.journal import Journal
from onrecord.cli import main
from onrecord.datamove import MoveCancelled, MoveError, move_data_folder, remove_old_folder
from onrecord.demo import create_demo
from onrecord.evidence.signing import load_or_create_key
from onrecord.paths import (
    DataDirError,
    default_data_dir,
    ensure_data_dir,
    location_file,
    resolve_data_dir,
)
from onrecord.store import open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.engine import DB_FILENAME


def _files(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder but the case file: content hash (or link target) and mode."""
    out = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if name.startswith(DB_FILENAME):
            continue
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_symlink():
            out[name] = ("link:" + os.readlink(path), 0)
        elif path.is_dir():
            out[name] = ("folder", mode)
        else:
            out[name] = (hashlib.sha256(path.read_bytes()).hexdigest(), mode)
    return out


def _rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def _state(folder: Path) -> tuple[dict[str, tuple[str, int]], dict[str, list[tuple]]]:
    return _files(folder), _rows(folder / DB_FILENAME)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data in the default place (inside tmp_path), as for a user who never set anything."""
    monkeypatch.delenv("ONRECORD_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    folder = default_data_dir()
    assert folder.is_relative_to(tmp_path) and resolve_data_dir() == folder
    with open_workspace(folder) as ws:
        create_demo(ws)
        case = ws.cases.cases()[0]
        note = tmp_path / "letter.txt"
        note.write_text("Final notice — 最后通知\n", encoding="utf-8")
        ws.attachments.add(case.id, note, description="letter")
    load_or_create_key(folder)
    saved = settings.load(folder)
    saved.language = "zh_CN"
    settings.save(folder, saved)
    odd = folder / "recordings" / "notes-from-user.txt"
    odd.write_text("kept as it is\n", encoding="utf-8")
    odd.chmod(0o640)
    return folder


def test_pointer_file_is_never_the_users_during_tests(tmp_path: Path) -> None:
    assert os.environ["ONRECORD_CONFIG"]
    assert Path(os.environ["ONRECORD_CONFIG"]) != Path.home() / ".config" / "OnRecord"
    assert location_file().parent == Path(os.environ["ONRECORD_CONFIG"])


def test_the_move_copies_everything_and_the_next_start_uses_the_new_place(
    home: Path, tmp_path: Path
) -> None:
    before = _state(home)
    assert "keys/export-signing-ed25519.pem" in before[0]
    assert before[0]["recordings/notes-from-user.txt"][1] == 0o640
    seen: list[tuple[float, str]] = []
    target = tmp_path / "bigger-disk" / "OnRecord data"

    result = move_data_folder(home, target, progress=lambda f, m: seen.append((f, m)))

    assert result.old == home and result.new == target
    assert result.files == len([p for p in target.rglob("*") if p.is_file()])
    assert _state(target) == before  # same files, same bytes, same modes, same rows
    assert _state(home) == before  # the old folder is untouched
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert stat.S_IMODE((target / DB_FILENAME).stat().st_mode) == 0o600
    assert not (target / datamove.MARKER).exists()
    assert not (target / datamove.STAGING).exists()
    assert resolve_data_dir() == target
    assert json.loads(location_file().read_text(encoding="utf-8"))["data_dir"] == str(target)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(m.startswith("checking recordings/") for _, m in seen)
    with open_workspace(resolve_data_dir()) as ws:
        assert ws.data_dir == target
        assert len(ws.cases.cases()) == 3  # the demo cases
        with ws.store.session() as s:
            assert verify_chain(s).ok
        assert settings.load(ws.data_dir).language == "zh_CN"


def test_moving_into_an_empty_existing_folder_keeps_that_folder(home: Path, tmp_path: Path) -> None:
    mount = tmp_path / "usb"
    mount.mkdir()
    move_data_folder(home, mount)
    assert resolve_data_dir() == mount
    assert (mount / DB_FILENAME).is_file() and (mount / "recordings").is_dir()


def test_moving_back_and_removing_the_old_folder_only_on_request(
    home: Path, tmp_path: Path
) -> None:
    before = _state(home)
    first = tmp_path / "first"
    move_data_folder(home, first)
    with pytest.raises(MoveError, match="in use"):
        remove_old_folder(first, first)
    remove_old_folder(home, first)
    assert not home.exists()
    assert _state(first) == before
    second = tmp_path / "second"
    move_data_folder(first, second)
    assert resolve_data_dir() == second and first.is_dir()
    with pytest.raises(MoveError, match="does not use"):
        remove_old_folder(second, first)  # not the folder in use: refused
    assert second.is_dir()


Refusal = namedtuple("Refusal", "name prepare message")


@pytest.mark.parametrize(
    "case",
    [
        Refusal("same", lambda home, tmp: home, "already in"),
        Refusal("inside", lambda home, tmp: home / "recordings" / "x", "inside the current"),
        Refusal("file", lambda home, tmp: _file(tmp / "a-file"), "is a file"),
        Refusal("foreign", lambda home, tmp: _file(tmp / "docs" / "cv.odt").parent, "other files"),
        Refusal("other data", lambda home, tmp: _other_data(tmp / "other"), "not overwritten"),
    ],
    ids=lambda c: c.name,
)
def test_unsuitable_places_are_refused_with_a_reason(
    home: Path, tmp_path: Path, case: Refusal
) -> None:
    target = case.prepare(home, tmp_path)
    target_before = _files(target) if target.is_dir() and target != home else None
    before = _state(home)
    with pytest.raises(MoveError, match=case.message):
        move_data_folder(home, target)
    assert _state(home) == before
    assert not location_file().exists() and resolve_data_dir() == home
    if target_before is not None:
        assert _files(target) == target_before


def _file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("mine")
    return path


def _other_data(folder: Path) -> Path:
    with open_workspace(folder) as ws:
        ws.cases.create_case("someone else's case")
    return folder


def test_not_enough_free_space_is_refused_before_anything_is_written(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        datamove.shutil, "disk_usage", lambda _p: usage._replace(free=10 * 1024 * 1024)
    )
    with pytest.raises(MoveError, match=r"not enough free space.*only 10\.5 MB is free"):
        move_data_folder(home, tmp_path / "small")
    assert not (tmp_path / "small").exists() and not location_file().exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_place_without_write_permission_is_refused(home: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(MoveError, match="not writable"):
        move_data_folder(home, locked / "OnRecord")


def test_a_running_recording_blocks_the_move(home: Path, tmp_path: Path) -> None:
    folder = home / "recordings" / "case-1" / "live"
    folder.mkdir(parents=True)
    journal = Journal(folder / "call.journal.jsonl")  # a live recorder holds this lock
    try:
        assert datamove.recording_in_progress(home)
        with pytest.raises(MoveError, match="being recorded"):
            move_data_folder(home, tmp_path / "new")
    finally:
        journal.close()
    assert not datamove.recording_in_progress(home)
    move_data_folder(home, tmp_path / "new")  # the journal of a stopped recording moves too
    assert (tmp_path / "new" / "recordings" / "case-1" / "live" / "call.journal.jsonl").exists()


def test_a_disk_full_in_the_middle_changes_nothing(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(home)
    real_copy = datamove._copy_file
    calls = {"n": 0}

    def copy_then_fill_the_disk(src: Path, dst: Path, run: object, message: str) -> str:
        calls["n"] += 1
        if calls["n"] == 3:
            dst.write_bytes(b"half a file")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_copy(src, dst, run, message)  # type: ignore[arg-type]

    monkeypatch.setattr(datamove, "_copy_file", copy_then_fill_the_disk)
    target = tmp_path / "full-disk" / "OnRecord"
    with pytest.raises(MoveError, match=r"No space left on device.*nothing was changed"):
        move_data_folder(home, target)
    assert not target.exists()
    assert not location_file().exists() and resolve_data_dir() == home
    assert _state(home) == before
    monkeypatch.setattr(datamove, "_copy_file", real_copy)
    move_data_folder(home, target)  # the same place works once there is room
    assert _state(target) == before


def test_a_copy_that_reads_back_differently_is_caught(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = datamove._copy_file

    def faulty_disk(src: Path, dst: Path, run: object, message: str) -> str:
        digest = real_copy(src, dst, run, message)  # type: ignore[arg-type]
        if dst.suffix == ".wav":
            data = bytearray(dst.read_bytes())
            data[-1] ^= 0xFF
            dst.write_bytes(bytes(data))
        return digest

    monkeypatch.setattr(datamove, "_copy_file", faulty_disk)
    with pytest.raises(MoveError, match=r"call\.wav differs after copying"):
        move_data_folder(home, tmp_path / "faulty")
    assert not (tmp_path / "faulty").exists() and resolve_data_dir() == home


def test_failing_to_record_the_new_place_leaves_the_old_one_in_use(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_config(_folder: Path) -> Path:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(datamove, "write_location", read_only_config)
    with pytest.raises(MoveError, match="Read-only file system"):
        move_data_folder(home, tmp_path / "new")
    assert not (tmp_path / "new").exists() and resolve_data_dir() == home


def test_cancel_removes_the_partial_copy(home: Path, tmp_path: Path) -> None:
    before = _state(home)
    progress: list[str] = []
    with pytest.raises(MoveCancelled, match="cancelled"):
        move_data_folder(
            home,
            tmp_path / "new",
            progress=lambda _f, m: progress.append(m),
            cancel=lambda: any(m.startswith("copying recordings") for m in progress),
        )
    assert not (tmp_path / "new").exists() and resolve_data_dir() == home
    assert _state(home) == before


def test_what_an_interrupted_move_left_behind_is_replaced_on_the_next_try(
    home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new"
    (target / datamove.STAGING / "recordings").mkdir(parents=True)
    (target / datamove.STAGING / "onrecord.db").write_bytes(b"torn")
    move_data_folder(home, target)
    assert resolve_data_dir() == target and not (target / datamove.STAGING).exists()
    # Killed while the entries were being put in place: the marker is still there.
    again = tmp_path / "again"
    (again / "recordings").mkdir(parents=True)
    (again / "recordings" / "half.wav").write_bytes(b"RIFF")
    (again / datamove.MARKER).touch()
    move_data_folder(target, again)
    assert not (again / "recordings" / "half.wav").exists()
    assert resolve_data_dir() == again


def test_a_write_held_by_another_program_blocks_the_move(home: Path, tmp_path: Path) -> None:
    other = sqlite3.connect(home / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(MoveError, match="changing the case file"):
            move_data_folder(home, tmp_path / "new")
    finally:
        other.rollback()
        other.close()
    assert not (tmp_path / "new").exists()


# ------------------------------------------------------------- the pointer
def test_the_pointer_is_used_only_when_nothing_overrides_it(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "moved"
    move_data_folder(home, target)
    assert resolve_data_dir() == target
    monkeypatch.setenv("ONRECORD_HOME", str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert datamove.describe_folder(tmp_path / "env").source == "environment"
    assert datamove.why_not_movable("environment")
    monkeypatch.delenv("ONRECORD_HOME")
    assert datamove.describe_folder(target).source == "moved"
    assert datamove.why_not_movable("moved") is None


def test_a_moved_folder_that_is_missing_is_not_recreated_empty(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "OnRecord"
    move_data_folder(home, target)
    shutil.rmtree(tmp_path / "usb")  # the external disk is not plugged in
    with pytest.raises(DataDirError, match=r"cannot be found now.*connect the disk"):
        open_workspace(resolve_data_dir())
    assert not (tmp_path / "usb").exists()


def test_a_damaged_pointer_says_so(home: Path) -> None:
    location_file().parent.mkdir(parents=True, exist_ok=True)
    location_file().write_text("{not json", encoding="utf-8")
    with pytest.raises(DataDirError, match="is damaged"):
        resolve_data_dir()
    assert main(["cases"]) == 2
    ensure_data_dir(home)  # a folder given directly still opens


def test_the_cli_shows_and_moves_the_data_folder(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["data-folder", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["data_dir"] == str(home) and shown["chosen_by"] == "default"
    assert shown["files"] >= 5 and shown["size_bytes"] > 0
    target = tmp_path / "cli-target"
    assert main(["data-folder", "--move-to", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"to {target}" in out and f"kept as it was: {home}" in out
    assert home.is_dir() and resolve_data_dir() == target
    assert main(["cases", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3  # the demo cases
    assert main(["data-folder"]) == 0
    assert "moved there" in capsys.readouterr().out
    assert main(["data-folder", "--move-to", str(tmp_path / "third"), "--remove-old"]) == 0
    assert "was deleted" in capsys.readouterr().out
    assert not target.exists() and resolve_data_dir() == tmp_path / "third"


def test_the_cli_refuses_when_onrecord_home_decides(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ONRECORD_HOME", str(home))
    assert main(["data-folder", "--move-to", str(tmp_path / "new")]) == 2
    assert "ONRECORD_HOME" in capsys.readouterr().err
    assert main(["--data-dir", str(home), "data-folder", "--move-to", str(tmp_path / "n")]) == 2
    assert "--data-dir" in capsys.readouterr().err
    assert not (tmp_path / "new").exists() and not location_file().exists()


def test_db_filename_matches_the_store() -> None:
    assert datamove.DB_FILENAME == DB_FILENAME


def test_the_size_shown_before_a_move_is_the_size_the_move_reports(
    home: Path, tmp_path: Path
) -> None:
    """The case file's -wal/-shm side files are not copied, so they are not counted either."""
    with open_workspace(home) as ws:  # the window is open: the side files exist
        for n in range(40):
            ws.cases.create_case(f"Card {n}", notes="x" * 2000)
        assert (home / f"{DB_FILENAME}-wal").is_file()
        assert (home / f"{DB_FILENAME}-shm").is_file()
        shown = datamove.describe_folder(home)

        result = move_data_folder(home, tmp_path / "moved")

    assert (shown.files, shown.size_bytes) == (result.files, result.bytes)
