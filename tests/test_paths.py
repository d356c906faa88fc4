"""The data folder: where it is, who chooses it, and that it stays private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.paths import DataDirError, default_data_dir, ensure_data_dir, resolve_data_dir
from onrecord.store import open_workspace
from onrecord.store.engine import DB_FILENAME


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_test_run_never_points_at_the_real_data_folder(onrecord_home: Path) -> None:
    assert os.environ["ONRECORD_HOME"] == str(onrecord_home)
    assert resolve_data_dir() == onrecord_home
    assert resolve_data_dir() != default_data_dir()


def test_data_dir_flag_beats_environment_beats_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flag, env = tmp_path / "flag", tmp_path / "env"
    monkeypatch.setenv("ONRECORD_HOME", str(env))
    assert resolve_data_dir(flag) == flag
    assert resolve_data_dir(None) == env
    monkeypatch.setenv("ONRECORD_HOME", "  ")
    assert resolve_data_dir(None) == default_data_dir()
    monkeypatch.delenv("ONRECORD_HOME")
    assert resolve_data_dir(None) == default_data_dir()
    assert default_data_dir().name == "OnRecord"


def test_home_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ONRECORD_HOME", "~/cases")
    assert resolve_data_dir() == tmp_path / "cases"
    assert resolve_data_dir("~/other") == tmp_path / "other"


def test_the_cli_uses_the_folder_it_is_told_and_the_flag_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env_dir, flag_dir = tmp_path / "from-env", tmp_path / "from-flag"
    monkeypatch.setenv("ONRECORD_HOME", str(env_dir))
    assert main(["cases", "new", "--title", "in env", "--jurisdiction", "us"]) == 0
    assert main(["--data-dir", str(flag_dir), "cases", "new", "--title", "in flag"]) == 0
    capsys.readouterr()
    assert (env_dir / DB_FILENAME).is_file()
    assert (flag_dir / DB_FILENAME).is_file()
    with open_workspace(env_dir) as ws:
        assert [c.title for c in ws.cases.cases()] == ["in env"]
    with open_workspace(flag_dir) as ws:
        assert [c.title for c in ws.cases.cases()] == ["in flag"]


def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    os.umask(0o022)  # a typical desktop umask: the code, not the umask, must make it private
    folder = ensure_data_dir(tmp_path / "a" / "b" / "OnRecord")
    assert mode(folder) == 0o700
    for sub in ("recordings", "attachments", "backups"):
        assert mode(folder / sub) == 0o700
    assert [p.name for p in folder.iterdir() if p.name.startswith(".write-test")] == []


def test_an_existing_open_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    ensure_data_dir(folder)
    assert mode(folder) == 0o700


def test_case_file_and_its_journal_are_private(tmp_path: Path) -> None:
    os.umask(0o022)
    with open_workspace(tmp_path / "data") as ws:
        ws.cases.create_case("private", jurisdiction="us")
        db = ws.data_dir / DB_FILENAME
        journal = [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm")]
        assert all(p.exists() for p in journal), "WAL mode keeps -wal and -shm while open"
        for path in (db, *journal):
            assert mode(path) == 0o600, path.name
    assert mode(db) == 0o600


def test_an_existing_case_file_is_made_private_again(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "data") as ws:
        db = ws.data_dir / DB_FILENAME
    db.chmod(0o644)
    with open_workspace(tmp_path / "data"):
        assert mode(db) == 0o600


def test_attachment_copies_are_private(tmp_path: Path) -> None:
    os.umask(0o022)
    source = tmp_path / "screenshot.png"
    source.write_bytes(b"\x89PNG fake")
    source.chmod(0o644)
    with open_workspace(tmp_path / "data") as ws:
        case = ws.cases.create_case("attachments", jurisdiction="us")
        attachment = ws.attachments.add(case.id, source)
        copy = ws.data_dir / attachment.path
        assert mode(copy) == 0o600
        assert mode(copy.parent) == 0o700
        assert copy.read_bytes() == source.read_bytes()


def test_a_hostile_attachment_name_stays_inside_the_data_folder(tmp_path: Path) -> None:
    source = tmp_path / "..\\..\\evil:name?.txt"
    source.write_text("x")
    with open_workspace(tmp_path / "data") as ws:
        case = ws.cases.create_case("attachments", jurisdiction="us")
        attachment = ws.attachments.add(case.id, source)
        copy = (ws.data_dir / attachment.path).resolve()
        assert copy.is_relative_to((ws.data_dir / "attachments").resolve())
        assert attachment.original_name == source.name, "the real name is kept in the record"


def test_a_data_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "OnRecord"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match="is a file"):
        ensure_data_dir(blocker)
    assert blocker.read_text() == "not a folder"


def test_a_data_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="cannot use") as refusal:
        ensure_data_dir(blocker / "OnRecord")
    assert "\n" not in str(refusal.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_a_read_only_data_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="not writable"):
            ensure_data_dir(folder)
    finally:
        folder.chmod(0o700)


def test_a_folder_holding_other_files_is_not_taken_over(tmp_path):

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    (home / "thesis.odt").write_text("mine")
    with pytest.raises(DataDirError, match="other files"):
        ensure_data_dir(home)
    assert stat.S_IMODE(home.stat().st_mode) == 0o755
    assert sorted(p.name for p in home.iterdir()) == ["thesis.odt"]
