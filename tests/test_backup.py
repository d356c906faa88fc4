"""Backup → wipe → restore gives back the same data; a bad backup changes nothing."""

from __future__ import annotations

import base64
import errno
import getpass
import hashlib
import io
import json
import os
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from onrecord import keywrap
from onrecord.backup import ENCRYPTED_KEY, BackupError, create_backup, restore_backup
from onrecord.cli import main
from onrecord.demo import create_demo
from onrecord.evidence.signing import fingerprint, load_or_create_key
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


# ------------------------------------------------------------------ the signing key
PASSPHRASE = "correct horse battery"


def _key_secrets(data: Path) -> list[bytes]:
    """The private key as it could leak: PEM body, raw seed, hex and base64 of the seed."""
    pem = (data / "keys" / "export-signing-ed25519.pem").read_bytes()
    body = b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----"))
    seed = base64.b64decode(body)[-32:]  # the Ed25519 seed ends the PKCS#8 DER
    return [body, seed, seed.hex().encode(), base64.b64encode(seed).rstrip(b"=")]


def _fingerprint(data: Path) -> str:
    return load_or_create_key(data).fingerprint


def _every_byte(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def other_installation(tmp_path):
    """A second installation, with its own signing key and its own case."""
    data = tmp_path / "other"
    with open_workspace(data) as ws:
        ws.cases.create_case("Only here", jurisdiction="us")
        load_or_create_key(ws.data_dir)
    return data


def test_a_backup_with_the_key_holds_it_only_encrypted(filled, tmp_path):
    backup = tmp_path / "with-key.zip"
    result = create_backup(filled, backup, include_key=True, key_passphrase=PASSPHRASE)
    assert result.included_key
    blobs = {"zip-file": backup.read_bytes()}
    with zipfile.ZipFile(backup) as zf:
        blobs.update({n: zf.read(n) for n in zf.namelist()})
        manifest = json.loads(zf.read("onrecord-backup.json"))
    leaks = [name for name, blob in blobs.items() for s in _key_secrets(filled) if s in blob]
    assert leaks == []
    assert not any(b"BEGIN PRIVATE KEY" in blob for blob in blobs.values())
    assert "keys/export-signing-ed25519.pem" not in blobs
    encrypted = blobs[ENCRYPTED_KEY]
    sealed = json.loads(encrypted)
    assert sealed["kdf"]["name"] == "scrypt" and sealed["kdf"]["n"] >= 2**16
    assert sealed["cipher"] == "AES-256-GCM"
    opened = serialization.load_pem_private_key(keywrap.unwrap(encrypted, PASSPHRASE), None)
    assert fingerprint(opened.public_key()) == _fingerprint(filled)
    with pytest.raises(keywrap.WrongKeyPassphrase):
        keywrap.unwrap(encrypted, "not the passphrase")
    assert manifest["includes_signing_key"] is True
    assert manifest["signing_key"]["encrypted"] is True
    assert manifest["signing_key"]["fingerprint"] == _fingerprint(filled)
    listed = {f["name"]: f for f in manifest["files"]}
    assert listed[ENCRYPTED_KEY]["sha256"] == hashlib.sha256(encrypted).hexdigest()


@pytest.mark.parametrize("passphrase", [None, "", "short77"])
def test_the_key_without_a_good_passphrase_is_refused(filled, tmp_path, passphrase):
    backup = tmp_path / "refused.zip"
    with pytest.raises(BackupError, match="passphrase"):
        create_backup(filled, backup, include_key=True, key_passphrase=passphrase)
    assert not backup.exists() and not list(tmp_path.glob(".refused.zip*"))


def test_the_right_passphrase_restores_the_same_key(filled, other_installation, tmp_path):
    backup = tmp_path / "with-key.zip"
    create_backup(filled, backup, include_key=True, key_passphrase=PASSPHRASE)
    wanted = _fingerprint(filled)
    assert _fingerprint(other_installation) != wanted
    restore_backup(backup, other_installation, key_passphrase=PASSPHRASE)
    assert _fingerprint(other_installation) == wanted
    keys = other_installation / "keys"
    assert [p.name for p in keys.iterdir()] == ["export-signing-ed25519.pem"]
    assert (keys / "export-signing-ed25519.pem").stat().st_mode & 0o777 == 0o600
    with open_workspace(other_installation) as ws:
        assert "Only here" not in [c.title for c in ws.cases.cases()]


@pytest.mark.parametrize("passphrase", ["wrong passphrase", None])
def test_a_wrong_or_missing_passphrase_changes_nothing(
    filled, other_installation, tmp_path, passphrase
):
    backup = tmp_path / "with-key.zip"
    create_backup(filled, backup, include_key=True, key_passphrase=PASSPHRASE)
    before = _every_byte(other_installation)
    siblings = sorted(p.name for p in other_installation.parent.iterdir())
    with pytest.raises(BackupError, match="passphrase"):
        restore_backup(backup, other_installation, key_passphrase=passphrase)
    assert _every_byte(other_installation) == before
    assert sorted(p.name for p in other_installation.parent.iterdir()) == siblings


def test_restoring_without_the_key_keeps_this_installations_own(
    filled, other_installation, tmp_path
):
    backup = tmp_path / "with-key.zip"
    create_backup(filled, backup, include_key=True, key_passphrase=PASSPHRASE)
    own = (other_installation / "keys" / "export-signing-ed25519.pem").read_bytes()
    restore_backup(backup, other_installation, skip_signing_key=True)
    assert [p.name for p in (other_installation / "keys").iterdir()] == [
        "export-signing-ed25519.pem"
    ]
    assert (other_installation / "keys" / "export-signing-ed25519.pem").read_bytes() == own
    with open_workspace(other_installation) as ws:
        assert "Only here" not in [c.title for c in ws.cases.cases()]  # the rest was restored


def test_the_cli_takes_the_key_passphrase_from_a_file(filled, other_installation, tmp_path, capsys):
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text(PASSPHRASE + "\nthe second line is ignored\n", encoding="utf-8")
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    out = tmp_path / "cli-key.zip"
    other = ["--data-dir", str(other_installation)]

    assert (
        main(["--data-dir", str(filled), "backup", "--out", str(out), "--include-signing-key"]) == 2
    )
    assert "--key-passphrase-file" in capsys.readouterr().err and not out.exists()
    args = ["--data-dir", str(filled), "backup", "--out", str(out), "--include-signing-key"]
    assert main([*args, "--key-passphrase-file", str(right)]) == 0
    assert "encrypted" in capsys.readouterr().out

    before = _every_byte(other_installation)
    assert main([*other, "restore", str(out), "--yes"]) == 2  # stdin is no terminal: no prompt
    assert "--skip-signing-key" in capsys.readouterr().err
    assert main([*other, "restore", str(out), "--yes", "--key-passphrase-file", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert "nothing was changed" in err and "passphrase" in err
    assert _every_byte(other_installation) == before

    own = _fingerprint(other_installation)
    assert main([*other, "restore", str(out), "--yes", "--skip-signing-key"]) == 0
    assert _fingerprint(other_installation) == own
    assert main([*other, "restore", str(out), "--yes", "--key-passphrase-file", str(right)]) == 0
    assert _fingerprint(other_installation) == _fingerprint(filled)


def test_the_cli_asks_for_the_passphrase_twice_on_a_terminal(filled, tmp_path, monkeypatch, capsys):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    typed = iter([PASSPHRASE, PASSPHRASE + "x", PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    out = tmp_path / "typed.zip"
    args = ["--data-dir", str(filled), "backup", "--out", str(out), "--include-signing-key"]
    assert main(args) == 2  # the two differ
    assert "differ" in capsys.readouterr().err and not out.exists()
    assert main(args) == 0
    with zipfile.ZipFile(out) as zf:
        pem = zf.read(ENCRYPTED_KEY)
    opened = serialization.load_pem_private_key(keywrap.unwrap(pem, PASSPHRASE), None)
    assert fingerprint(opened.public_key()) == _fingerprint(filled)


def test_a_backup_damaged_on_disk_is_refused_with_a_message(filled, tmp_path):
    """A flipped byte inside a stored recording fails the zip's own check: a BackupError."""
    backup = tmp_path / "b.zip"
    create_backup(filled, backup)
    with zipfile.ZipFile(backup) as archive:
        wav = next(i for i in archive.infolist() if i.filename.endswith(".wav"))
        start = wav.header_offset + 30 + len(wav.filename.encode()) + len(wav.extra)
    raw = bytearray(backup.read_bytes())
    raw[start + wav.compress_size // 2] ^= 1
    backup.write_bytes(bytes(raw))
    before = _tree(filled)
    with pytest.raises(BackupError, match=r"could not be restored .*nothing was changed"):
        restore_backup(backup, filled)
    assert _tree(filled) == before
    assert not list(tmp_path.glob(".onrecord-restore-*"))


def test_when_the_last_step_fails_the_current_data_is_put_back(filled, tmp_path, monkeypatch):
    backup = tmp_path / "b.zip"
    create_backup(filled, backup)
    before = _every_byte(filled)
    real_replace = os.replace

    def refuse_the_restored_folder(src, dst):
        if Path(src).name.startswith(".onrecord-restore-"):
            raise OSError(errno.EIO, "Input/output error", str(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_the_restored_folder)
    with pytest.raises(BackupError, match="Input/output error"):
        restore_backup(backup, filled)
    assert _every_byte(filled) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "data", "letter.txt"]
