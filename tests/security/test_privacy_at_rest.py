"""Privacy at rest, after a whole session through the real CLI: record (with a mark), import a
call log, export (folder + zip), verify, recover, audit.

- the data folder and every folder in it are 0700, every file 0600;
- the export signing private key never leaves the data folder (not in the package or zip, and
  in a backup made with --include-signing-key only encrypted with the user's passphrase);
- the output of commands whose purpose is not to show them (export, verify, recover, audit
  --verify, recordings, cases) holds no note text and no phone number; no log file in the
  data folder holds them either.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
DRIVER = TESTS / "chaos" / "chaos_driver.py"
CALLS = TESTS / "imports" / "fixtures" / "calls-20260301.xml"
SECRET = "SECRET-NOTE-7f3a"
PASSPHRASE = "privacy passphrase 42"
NUMBERS = ["13800138000", "138 0013 8000", "138-0013-8000", "13911112222", "02161234567"]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The CLI (through the chaos driver, so `record` uses the fake ramp stream)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PULSE_SOURCE", None)
    done = subprocess.run(
        [sys.executable, str(DRIVER), "cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("privacy")
    data, out = base / "data", base / "out"
    outputs: dict[str, str] = {}
    run("cases", "new", "--title", "Privacy", "--jurisdiction", "cn", data_dir=data)
    run(
        "record", "--case", "1", "--seconds", "1.2", "--mark", f"0.3:threat:{SECRET}", data_dir=data
    )
    run("import", str(CALLS), "--case", "1", "--all-numbers", data_dir=data)
    for name, args in {
        "export": ["export", "--case", "1", "--out", str(out), "--zip"],
        "recover": ["recover"],
        "audit": ["audit", "--case", "1", "--verify"],
        "recordings": ["recordings", "--case", "1"],
        "cases": ["cases"],
    }.items():
        done = run(*args, data_dir=data)
        outputs[name] = done.stdout + done.stderr
    (package,) = [p for p in out.iterdir() if p.is_dir()]
    (zipped,) = list(out.glob("*.zip"))
    for name, target in (("verify", package), ("verify-zip", zipped)):
        done = run("verify", str(target), data_dir=data)
        outputs[name] = done.stdout + done.stderr
    passphrase = base / "passphrase.txt"
    passphrase.write_text(f"{PASSPHRASE}\n", encoding="utf-8")
    backup = base / "backup-with-key.zip"
    done = run(
        "backup",
        "--out",
        str(backup),
        "--include-signing-key",
        "--key-passphrase-file",
        str(passphrase),
        data_dir=data,
    )
    outputs["backup"] = done.stdout + done.stderr
    return {"data": data, "package": package, "zip": zipped, "backup": backup, "outputs": outputs}


def test_the_session_left_something_to_check(session: dict[str, object]) -> None:
    data = session["data"]
    assert isinstance(data, Path)
    assert list((data / "recordings").rglob("*.wav"))
    package = session["package"]
    assert isinstance(package, Path)
    assert SECRET in (package / "data" / "case" / "case.json").read_text("utf-8")


def test_data_folder_is_0700_and_every_file_0600(session: dict[str, object]) -> None:
    data = session["data"]
    assert isinstance(data, Path)
    wrong = []
    for path in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            wrong.append(f"{path.relative_to(data.parent)} {oct(mode)} (want {oct(want)})")
    assert wrong == []


def test_signing_private_key_never_leaves_the_data_folder(session: dict[str, object]) -> None:
    data, package, zipped = session["data"], session["package"], session["zip"]
    assert isinstance(data, Path) and isinstance(package, Path) and isinstance(zipped, Path)
    (key_file,) = list((data / "keys").glob("*.pem"))
    pem = key_file.read_bytes()
    assert b"PRIVATE KEY" in pem
    body = b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----"))
    raw = base64.b64decode(body)[-32:]  # the Ed25519 seed at the end of the PKCS#8 DER
    needles = [body, raw, raw.hex().encode(), base64.b64encode(raw).rstrip(b"=")]
    blobs = {p.as_posix(): p.read_bytes() for p in package.rglob("*") if p.is_file()}
    with zipfile.ZipFile(zipped) as zf:
        blobs.update({f"zip:{n}": zf.read(n) for n in zf.namelist()})
    blobs["zip-file"] = zipped.read_bytes()
    backup = session["backup"]
    assert isinstance(backup, Path)
    with zipfile.ZipFile(backup) as zf:
        backed_up = {f"backup:{n}": zf.read(n) for n in zf.namelist()}
    backed_up["backup-file"] = backup.read_bytes()
    (encrypted,) = [b for n, b in backed_up.items() if n.endswith(".key.sealed.json")]
    assert json.loads(encrypted)["cipher"] == "AES-256-GCM"  # sealed, not a PEM
    blobs.update(backed_up)
    leaks = [name for name, blob in blobs.items() for n in needles if n in blob]
    assert leaks == []
    assert not any(b"BEGIN PRIVATE KEY" in blob for blob in blobs.values())
    # no private key in PEM form anywhere outside the data folder, sealed or not
    assert [n for n, b in blobs.items() if b"PRIVATE KEY" in b] == []


@pytest.mark.parametrize(
    "command",
    ["export", "verify", "verify-zip", "recover", "audit", "recordings", "cases", "backup"],
)
def test_command_output_holds_no_note_text_or_numbers(
    session: dict[str, object], command: str
) -> None:
    outputs = session["outputs"]
    assert isinstance(outputs, dict)
    text = outputs[command]
    assert SECRET not in text
    assert [n for n in NUMBERS if n in text] == []


def test_no_log_file_in_the_data_folder_holds_them(session: dict[str, object]) -> None:
    data = session["data"]
    assert isinstance(data, Path)
    for log in [*data.rglob("*.log"), *data.rglob("*.txt")]:
        text = log.read_text("utf-8", errors="replace")
        assert SECRET not in text and not [n for n in NUMBERS if n in text], log
