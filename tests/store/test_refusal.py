"""A file that is not a usable case file is refused with one plain line and left untouched."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import StoreError, open_store, open_workspace
from onrecord.store.engine import DB_FILENAME


def write_random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def write_text_file(path: Path) -> None:
    path.write_text("These are my notes about the calls, not a database.\n" * 50)


def write_corrupt_case_file(path: Path) -> None:
    """A real case file with one b-tree page scrambled, as a failing disk might leave it."""
    with open_workspace(path.parent) as ws:
        case = ws.cases.create_case("soon to be damaged", jurisdiction="us")
        for n in range(40):
            ws.cases.add_party(case.id, f"Collector {n}", notes="x" * 300)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 6 * page_size
    for offset in range(5 * page_size, 6 * page_size, 7):  # page 6
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def write_truncated_case_file(path: Path) -> None:
    with open_workspace(path.parent) as ws:
        ws.cases.create_case("cut short", jurisdiction="us")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def write_foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
        "INSERT INTO contacts (name) VALUES ('Mum'), ('Work');"
    )
    conn.commit()
    conn.close()


def write_foreign_alembic_sqlite(path: Path) -> None:
    """Another Alembic-managed program's database, with its version table still empty."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT);"
        "INSERT INTO invoices (total) VALUES ('12.00');"
    )
    conn.commit()
    conn.close()


def write_newer_case_file(path: Path) -> None:
    """A case file whose schema was written by a later OnRecord than this one."""
    with open_workspace(path.parent) as ws:
        ws.cases.create_case("from the future", jurisdiction="cn")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9f3c2a17e0b4'")
    conn.commit()
    conn.close()


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "random-bytes": (write_random_bytes, "not a SQLite database"),
    "text-file": (write_text_file, "not a SQLite database"),
    "corrupt-page": (write_corrupt_case_file, "damaged"),
    "truncated": (write_truncated_case_file, "damaged"),
    "foreign-sqlite": (write_foreign_sqlite, "not an OnRecord case file"),
    "foreign-alembic": (write_foreign_alembic_sqlite, "not an OnRecord case file"),
    "newer-version": (write_newer_case_file, "newer version of OnRecord"),
}


@pytest.fixture(params=sorted(BAD_FILES))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DB_FILENAME
    make, message = BAD_FILES[request.param]
    make(path)
    for leftover in (folder / f"{DB_FILENAME}-wal", folder / f"{DB_FILENAME}-shm"):
        leftover.unlink(missing_ok=True)
    return path, message


def test_open_store_refuses_and_leaves_the_file_untouched(
    bad_file: tuple[Path, str], sha256_of
) -> None:
    path, message = bad_file
    before = sha256_of(path), path.stat().st_mode
    with pytest.raises(StoreError, match=message) as refusal:
        open_store(path)
    assert "\n" not in str(refusal.value)
    assert str(path) in str(refusal.value), "the message says which file"
    assert (sha256_of(path), path.stat().st_mode) == before
    assert not (path.parent / "backups").exists() or not any((path.parent / "backups").iterdir())


def run_cli(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if env_home is not None:
        env["ONRECORD_HOME"] = str(env_home)
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_the_cli_refuses_with_exit_2_and_one_line(
    bad_file: tuple[Path, str], sha256_of, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = bad_file
    before = sha256_of(path)
    assert main(["--data-dir", str(path.parent), "cases"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("onrecord: ")
    assert message in err
    assert sha256_of(path) == before


@pytest.mark.parametrize("make", [write_random_bytes, write_corrupt_case_file])
def test_the_installed_command_prints_no_traceback(
    tmp_path: Path, sha256_of, make: Callable[[Path], None]
) -> None:
    path = tmp_path / "data" / DB_FILENAME
    path.parent.mkdir()
    make(path)
    before = sha256_of(path)
    done = run_cli("--data-dir", str(path.parent), "events", "--case", "1")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("onrecord: ")
    assert done.stdout == ""
    assert sha256_of(path) == before


def test_a_data_folder_that_is_a_file_is_refused(tmp_path: Path, sha256_of) -> None:
    not_a_folder = tmp_path / "OnRecord"
    not_a_folder.write_text("a file where the data folder should be")
    before = sha256_of(not_a_folder)
    done = run_cli("--data-dir", str(not_a_folder), "cases")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "is a file, not a folder" in done.stderr
    assert sha256_of(not_a_folder) == before


def test_a_data_folder_inside_a_file_is_refused(tmp_path: Path) -> None:
    parent = tmp_path / "blocker"
    parent.write_text("x")
    done = run_cli("cases", env_home=parent / "data")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("onrecord: ") and done.stderr.count("\n") == 1
    assert "choose another" in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_a_read_only_data_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        done = run_cli("--data-dir", str(folder / "data"), "cases")
    finally:
        folder.chmod(0o700)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_a_case_file_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / DB_FILENAME).mkdir(parents=True)
    with pytest.raises(StoreError, match="cannot read"):
        open_store(data / DB_FILENAME)
