"""Back up everything in the data folder to one file, and restore it safely.

A backup is a zip holding a consistent copy of the case file (SQLite's online backup, so a
running recorder cannot tear it), the recordings, attachments, settings and installation id,
and ``onrecord-backup.json``: every file with its size and SHA-256. The signing key stays out
unless asked for: it is what proves exports came from this installation.

Restoring never touches the current data until the backup has been fully unpacked beside it
and checked: every file's hash, the case file's integrity and its audit chain. Only then is the
current folder renamed aside (kept, not deleted) and the restored one put in its place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import __version__
from .store.engine import DB_FILENAME

MANIFEST = "onrecord-backup.json"
FORMAT = "onrecord-backup/1"
FOLDERS = ("recordings", "attachments")
FILES = ("settings.json", "installation-id")
KEY_FOLDER = "keys"
CHUNK = 1 << 20

Progress = Callable[[float, str], None]


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    bytes: int
    included_key: bool


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _data_files(data_dir: Path, include_key: bool) -> Iterator[tuple[Path, str]]:
    folders = (*FOLDERS, KEY_FOLDER) if include_key else FOLDERS
    for folder in folders:
        root = data_dir / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink() and not path.name.startswith(".incoming"):
                yield path, path.relative_to(data_dir).as_posix()
    for name in FILES:
        if (data_dir / name).is_file():
            yield data_dir / name, name


def create_backup(
    data_dir: Path,
    out: Path,
    *,
    include_key: bool = False,
    progress: Progress | None = None,
) -> BackupResult:
    """Write a backup of ``data_dir`` to ``out`` (a new file; written aside, then renamed)."""
    report = progress or (lambda _f, _m: None)
    out = out.absolute()
    if out.exists():
        raise BackupError(f"{out} already exists; choose a new file name")
    if not (data_dir / DB_FILENAME).is_file():
        raise BackupError(f"{data_dir} holds no OnRecord case file to back up")
    partial = out.with_name(f".{out.name}.partial")
    entries: list[dict[str, object]] = []
    try:
        with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
            snapshot = Path(tmp) / DB_FILENAME
            source = sqlite3.connect(f"{(data_dir / DB_FILENAME).as_uri()}?mode=ro", uri=True)
            target = sqlite3.connect(snapshot)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            items = [(snapshot, DB_FILENAME), *_data_files(data_dir, include_key)]
            total = sum(path.stat().st_size for path, _ in items) or 1
            done = 0
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                for path, name in items:
                    report(done / total, f"adding {name}")
                    method = zipfile.ZIP_STORED if name.endswith(".wav") else zipfile.ZIP_DEFLATED
                    zf.write(path, name, compress_type=method)
                    size = path.stat().st_size
                    entries.append({"name": name, "size": size, "sha256": _sha256(path)})
                    done += size
                manifest = {
                    "format": FORMAT,
                    "software": f"OnRecord {__version__}",
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "includes_signing_key": include_key,
                    "files": entries,
                }
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
                raw.flush()
                os.fsync(raw.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"the backup could not be written: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    report(1.0, "done")
    total_bytes = sum(int(e["size"]) for e in entries)  # type: ignore[call-overload]
    return BackupResult(out, len(entries), total_bytes, include_key)


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if (
        not name
        or path.is_absolute()
        or ".." in path.parts
        or "\\" in name
        or ":" in path.parts[0]
        or "\x00" in name
    ):
        raise BackupError(f"the backup holds an unsafe file name: {name!r}")
    return name


def read_manifest(archive: zipfile.ZipFile) -> dict[str, object]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise BackupError("this is not an OnRecord backup (no onrecord-backup.json)") from None
    except ValueError as exc:
        raise BackupError(f"the backup's list of files is damaged: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("this backup was made by a different program or version")
    return manifest


def _unpack(backup: Path, staging: Path, report: Progress) -> dict[str, object]:
    try:
        archive = zipfile.ZipFile(backup)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupError(f"{backup} is not a readable backup: {exc}") from None
    with archive:
        manifest = read_manifest(archive)
        files = manifest.get("files")
        if not isinstance(files, list) or not files:
            raise BackupError("the backup lists no files")
        listed = {_safe_name(str(f["name"])): f for f in files}
        present = {i.filename for i in archive.infolist() if not i.is_dir()} - {MANIFEST}
        if present != set(listed):
            extra, missing = present - set(listed), set(listed) - present
            raise BackupError(
                "the backup does not match its list of files "
                f"(missing: {sorted(missing)[:3]}, unexpected: {sorted(extra)[:3]})"
            )
        total = sum(int(f["size"]) for f in files) or 1
        done = 0
        for name, entry in listed.items():
            report(0.05 + 0.8 * done / total, f"checking {name}")
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            digest = hashlib.sha256()
            size = 0
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with archive.open(name) as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if size > int(entry["size"]):
                        raise BackupError(f"{name} in the backup is larger than listed")
                    digest.update(chunk)
                    dst.write(chunk)
            if size != int(entry["size"]) or digest.hexdigest() != entry["sha256"]:
                raise BackupError(f"{name} in the backup is damaged (its checksum differs)")
            done += size
    return manifest


def _check_case_file(staging: Path) -> None:
    from .store import StoreError, open_store
    from .store.audit import verify_chain

    try:
        store = open_store(staging / DB_FILENAME)
    except StoreError as exc:
        raise BackupError(f"the case file in the backup cannot be used: {exc}") from None
    try:
        verdict = store.integrity_check()
        with store.session() as s:
            chain = verify_chain(s)
    finally:
        store.close()
    if verdict != "ok":
        raise BackupError(f"the case file in the backup is damaged: {verdict}")
    if not chain.ok:
        raise BackupError(f"the backup's audit log does not check out: {chain.describe()}")


def restore_backup(
    backup: Path, data_dir: Path, *, progress: Progress | None = None
) -> Path | None:
    """Replace ``data_dir`` with the backup's content once it is fully checked.

    Returns where the previous data folder was kept (None if there was none).
    """
    report = progress or (lambda _f, _m: None)
    data_dir = data_dir.absolute()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".onrecord-restore-", dir=data_dir.parent))
    os.chmod(staging, 0o700)
    try:
        _unpack(backup, staging, report)
        report(0.9, "checking the case file")
        _check_case_file(staging)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        previous = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
        if data_dir.exists():
            if not (staging / KEY_FOLDER).exists() and (data_dir / KEY_FOLDER).is_dir():
                # The backup left the signing key out: keep this installation's own.
                shutil.copytree(data_dir / KEY_FOLDER, staging / KEY_FOLDER)
            os.replace(data_dir, previous)
        else:
            previous = None  # type: ignore[assignment]
        os.replace(staging, data_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report(1.0, "done")
    return previous
