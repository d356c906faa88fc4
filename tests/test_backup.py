"""Backup → wipe → restore gives back the same data; a bad backup changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from onrecord.backup import BackupError, create_backup, restore_backup
from onrecord.cli import main
from onrecord.demo import create_demo
from onrecord.evidence.signing import load_or_create_key
from onrecord.store import open_workspace
from onrecord.store.audit import verify_chain


def _tree(folder: Path) -> dict[str, str]:
    """Every file's hash (the case file by content, since SQLite rewrites its pages)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if not path.is_file() or name.startswith("backups/") or name.startswith("onrecord.db"):
            continue
        out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


@pytest.fixture
def filled(tmp_path):
    data = tmp_path / "data"
    with open_workspace(data) as ws:
        create_demo(ws)
        load_or_create_key(ws.data_dir)
        letter = tmp_path / "letter.txt"
        letter.write_text("Final notice", encoding="utf-8")
        ws.attachments.add("DEMO-US", letter, description="their letter")
    return data


def test_backup_wipe_restore_round_trip_is_equal(filled, tmp_path):
    before_files, before_rows = _tree(filled), _rows(filled / "onrecord.db")
    backup = tmp_path / "all.onrecord-backup.zip"
    result = create_backup(filled, backup)
    assert result.files > 3 and not result.included_key
    assert backup.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(backup) as zf:
        assert not any(n.startswith("keys/") for n in zf.namelist())

    wiped = tmp_path / "wiped"
    filled.rename(wiped)  # the data is gone
    assert restore_backup(backup, filled) is None
    assert _tree(filled) == {k: v for k, v in before_files.items() if not k.startswith("keys/")}
    assert _rows(filled / "onrecord.db") == before_rows
    with open_workspace(filled) as ws, ws.store.session() as s:
        assert verify_chain(s).ok


def test_restore_keeps_the_previous_data_and_this_installations_key(filled, tmp_path):
    backup = tmp_path / "b.zip"
    create_backup(filled, backup)
    key_files = {p.name: p.read_bytes() for p in (filled / "keys").iterdir()}
    previous = restore_backup(backup, filled)
    assert previous is not None and (previous / "onrecord.db").exists()
    assert {p.name: p.read_bytes() for p in (filled / "keys").iterdir()} == key_files


def test_a_damaged_backup_changes_nothing(filled, tmp_path):
    backup = tmp_path / "b.zip"
    create_backup(filled, backup)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith(".wav"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            dst.writestr(info, data)
    before = _tree(filled)
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(damaged, filled)
    assert _tree(filled) == before
    assert not list(tmp_path.glob(".onrecord-restore-*"))


def test_unsafe_names_in_a_backup_are_refused(filled, tmp_path):
    backup = tmp_path / "b.zip"
    create_backup(filled, backup)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("../../escaped.txt", "x")
    with pytest.raises(BackupError):
        restore_backup(evil, filled)
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_the_cli_backs_up_and_restores_only_with_yes(filled, tmp_path, capsys):
    out = tmp_path / "cli.zip"
    assert main(["--data-dir", str(filled), "backup", "--out", str(out)]) == 0
    assert main(["--data-dir", str(filled), "restore", str(out)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["--data-dir", str(filled), "restore", str(out), "--yes"]) == 0
    assert main(["--data-dir", str(filled), "backup", "--out", str(out)]) == 2  # exists
