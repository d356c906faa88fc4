"""Back up everything in the data folder to one file, and restore it safely.

A backup is a zip holding a consistent copy of the case file (SQLite's online backup, so a
running recorder cannot tear it), the recordings, attachments, settings and installation id,
and ``onrecord-backup.json``: every file with its size and SHA-256. The signing key stays out
unless asked for: it is what proves exports came from this installation. When asked for, it goes
in only sealed with a passphrase the user chose (scrypt + AES-256-GCM, :mod:`.keywrap`,
``keys/…key.sealed.json``); the plain key never leaves the data folder.

Restoring never touches the current data until the backup has been fully unpacked beside it
and checked: every file's hash, the case file's integrity and its audit chain. Only then is the
current folder renamed aside (kept, not deleted) and the restored one put in its place. An
encrypted key is decrypted during that check, so a wrong passphrase changes nothing; it can also
be left out, and then this installation keeps its own key.
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

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import __version__, keywrap
from .evidence.signing import KEY_DIR, KEY_FILE, fingerprint
from .messages import QT_TRANSLATE_NOOP
from .store.engine import DB_FILENAME

MANIFEST = "onrecord-backup.json"
FORMAT = "onrecord-backup/1"
FOLDERS = ("recordings", "attachments")
FILES = ("settings.json", "installation-id")
KEY_FOLDER = KEY_DIR
PLAIN_KEY = f"{KEY_DIR}/{KEY_FILE}"
ENCRYPTED_KEY = f"{KEY_DIR}/export-signing-ed25519.key.sealed.json"
MIN_PASSPHRASE = 8
CHUNK = 1 << 20

Progress = Callable[[float, str], None]


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why. Nothing was changed."""


class WrongPassphrase(BackupError):
    """No passphrase was given, or it does not open the backup's encrypted signing key."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    bytes: int
    included_key: bool


def _reason(exc: BaseException) -> str:
    """exc's own message (still translatable when it is one of ours), to put inside another."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def _damaged(name: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Backup", "{name} in the backup is damaged (its checksum differs)"
    ).format(name=name)


def _not_restored(exc: BaseException) -> BackupError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    if isinstance(exc, OSError) and exc.filename:
        reason = f"{reason}: {exc.filename}"
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Backup", "the backup could not be restored ({reason}); nothing was changed"
        ).format(reason=reason)
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _data_files(data_dir: Path) -> Iterator[tuple[Path, str]]:
    for folder in FOLDERS:
        root = data_dir / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink() and not path.name.startswith(".incoming"):
                yield path, path.relative_to(data_dir).as_posix()
    for name in FILES:
        if (data_dir / name).is_file():
            yield data_dir / name, name


def _encrypted_key(data_dir: Path, passphrase: str | None) -> tuple[bytes, str]:
    """The installation's signing key as passphrase-encrypted PKCS#8 PEM, and its fingerprint."""
    if not passphrase:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "the signing key goes into a backup only encrypted: a passphrase is needed",
            )
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "the passphrase for the signing key must have at least {count} characters"
            ).format(count=MIN_PASSPHRASE)
        )
    path = data_dir / PLAIN_KEY
    if not path.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "this installation has no signing key yet (it is made by the first export)",
            )
        )
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the signing key {path} cannot be read: {reason}").format(
                path=path, reason=_reason(exc)
            )
        ) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the signing key {path} is not an Ed25519 key").format(
                path=path
            )
        )
    plain = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return keywrap.wrap(plain, passphrase), fingerprint(private.public_key())


def create_backup(
    data_dir: Path,
    out: Path,
    *,
    include_key: bool = False,
    key_passphrase: str | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Write a backup of ``data_dir`` to ``out`` (a new file; written aside, then renamed).

    With ``include_key`` the signing key goes in encrypted with ``key_passphrase`` (at least
    ``MIN_PASSPHRASE`` characters); without a passphrase the backup is refused.
    """
    report = progress or (lambda _f, _m: None)
    out = out.absolute()
    if out.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "{path} already exists; choose a new file name").format(
                path=out
            )
        )
    if not (data_dir / DB_FILENAME).is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "{path} holds no OnRecord case file to back up").format(
                path=data_dir
            )
        )
    key = _encrypted_key(data_dir, key_passphrase) if include_key else None
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
            items = [(snapshot, DB_FILENAME), *_data_files(data_dir)]
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
                manifest: dict[str, object] = {
                    "format": FORMAT,
                    "software": f"OnRecord {__version__}",
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "includes_signing_key": key is not None,
                    "files": entries,
                }
                if key is not None:
                    pem, key_fingerprint = key
                    zf.writestr(ENCRYPTED_KEY, pem, compress_type=zipfile.ZIP_STORED)
                    entries.append(
                        {
                            "name": ENCRYPTED_KEY,
                            "size": len(pem),
                            "sha256": hashlib.sha256(pem).hexdigest(),
                        }
                    )
                    manifest["signing_key"] = {
                        "name": ENCRYPTED_KEY,
                        "encrypted": True,
                        "format": "PKCS#8 PEM sealed with scrypt + AES-256-GCM "
                        f"({keywrap.FORMAT}), with the passphrase chosen at backup",
                        "fingerprint": key_fingerprint,
                    }
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
                raw.flush()
                os.fsync(raw.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the backup could not be written: {reason}").format(
                reason=exc.strerror or str(exc)
            )
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    report(1.0, "done")
    total_bytes = sum(int(e["size"]) for e in entries)  # type: ignore[call-overload]
    return BackupResult(out, len(entries), total_bytes, key is not None)


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
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the backup holds an unsafe file name: {name}").format(
                name=repr(name)
            )
        )
    return name


def read_manifest(archive: zipfile.ZipFile) -> dict[str, object]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "this is not an OnRecord backup (no onrecord-backup.json)")
        ) from None
    except ValueError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the backup's list of files is damaged: {reason}").format(
                reason=_reason(exc)
            )
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "this backup was made by a different program or version")
        )
    return manifest


def _unpack(backup: Path, staging: Path, report: Progress) -> dict[str, object]:
    with _open(backup) as archive:
        manifest = read_manifest(archive)
        files = manifest.get("files")
        if not isinstance(files, list) or not files:
            raise BackupError(QT_TRANSLATE_NOOP("Backup", "the backup lists no files"))
        listed = {_safe_name(str(f["name"])): f for f in files}
        present = {i.filename for i in archive.infolist() if not i.is_dir()} - {MANIFEST}
        if present != set(listed):
            extra, missing = present - set(listed), set(listed) - present
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "the backup does not match its list of files "
                    "(missing: {missing}, unexpected: {unexpected})",
                ).format(missing=sorted(missing)[:3], unexpected=sorted(extra)[:3])
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
                        raise BackupError(
                            QT_TRANSLATE_NOOP(
                                "Backup", "{name} in the backup is larger than listed"
                            ).format(name=name)
                        )
                    digest.update(chunk)
                    dst.write(chunk)
            if size != int(entry["size"]) or digest.hexdigest() != entry["sha256"]:
                raise BackupError(_damaged(name))
            done += size
    return manifest


def _check_case_file(staging: Path) -> None:
    from .store import StoreError, open_store
    from .store.audit import verify_chain

    try:
        store = open_store(staging / DB_FILENAME)
    except StoreError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "the case file in the backup cannot be used: {reason}"
            ).format(reason=_reason(exc))
        ) from None
    try:
        verdict = store.integrity_check()
        with store.session() as s:
            chain = verify_chain(s)
    finally:
        store.close()
    if verdict != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the case file in the backup is damaged: {reason}").format(
                reason=verdict
            )
        )
    if not chain.ok:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "the backup's audit log does not check out: {reason}"
            ).format(reason=chain.describe())
        )


def _open(backup: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(backup)
    except zipfile.BadZipFile:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "{path} is not an OnRecord backup (it is not a zip file)"
            ).format(path=backup)
        ) from None
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "{path} cannot be read as a backup: {reason}").format(
                path=backup, reason=exc.strerror or str(exc)
            )
        ) from None


def _listed(manifest: dict[str, object], name: str) -> dict[str, object] | None:
    files = manifest.get("files")
    if not isinstance(files, list):
        return None
    return next((f for f in files if isinstance(f, dict) and f.get("name") == name), None)


def holds_encrypted_key(backup: Path) -> bool:
    """Whether the backup holds the signing key (encrypted: restoring it needs the passphrase)."""
    with _open(backup) as archive:
        return _listed(read_manifest(archive), ENCRYPTED_KEY) is not None


def _decrypt_key(pem: bytes, passphrase: str | None, manifest: dict[str, object]) -> bytes:
    """The plain PKCS#8 PEM of the backup's encrypted key; BackupError if it cannot be opened."""
    if not passphrase:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "Backup",
                "this backup holds the signing key, encrypted: give its passphrase, "
                "or restore without the key (this installation then keeps its own)",
            )
        )
    try:
        private = serialization.load_pem_private_key(keywrap.unwrap(pem, passphrase), password=None)
    except keywrap.WrongKeyPassphrase:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "Backup",
                "the passphrase for the signing key in this backup is wrong "
                "(or the key is damaged)",
            )
        ) from None
    except (ValueError, TypeError) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "the signing key in the backup cannot be read: {reason}"
            ).format(reason=_reason(exc))
        ) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise BackupError(
            QT_TRANSLATE_NOOP("Backup", "the signing key in the backup is not an Ed25519 key")
        )
    described = manifest.get("signing_key")
    expected = described.get("fingerprint") if isinstance(described, dict) else None
    if expected is not None and expected != fingerprint(private.public_key()):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "the signing key in the backup does not match its listed fingerprint"
            )
        )
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def check_key_passphrase(backup: Path, passphrase: str) -> None:
    """Raise BackupError unless ``passphrase`` opens the backup's encrypted signing key.

    Quick (reads one small entry), so a window can ask again before the long restore starts.
    """
    with _open(backup) as archive:
        manifest = read_manifest(archive)
        entry = _listed(manifest, ENCRYPTED_KEY)
        if entry is None:
            raise BackupError(
                QT_TRANSLATE_NOOP("Backup", "this backup holds no encrypted signing key")
            )
        try:
            pem = archive.read(ENCRYPTED_KEY)
        except KeyError:
            raise BackupError(
                QT_TRANSLATE_NOOP("Backup", "the backup does not match its list of files")
            ) from None
    if hashlib.sha256(pem).hexdigest() != entry.get("sha256"):
        raise BackupError(_damaged(ENCRYPTED_KEY))
    _decrypt_key(pem, passphrase, manifest)


def _settle_key(
    staging: Path, manifest: dict[str, object], passphrase: str | None, skip: bool
) -> None:
    """Leave in ``staging`` either the plain key (decrypted) or no key folder at all."""
    if skip:
        shutil.rmtree(staging / KEY_FOLDER, ignore_errors=True)
        return
    encrypted = staging / ENCRYPTED_KEY
    if not encrypted.is_file():
        return  # no key, or an older backup holding it unencrypted: restored as it is
    plain = _decrypt_key(encrypted.read_bytes(), passphrase, manifest)
    target = staging / PLAIN_KEY
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as dst:
        dst.write(plain)
        dst.flush()
        os.fsync(dst.fileno())
    os.chmod(target, 0o600)
    encrypted.unlink()


def restore_backup(
    backup: Path,
    data_dir: Path,
    *,
    key_passphrase: str | None = None,
    skip_signing_key: bool = False,
    progress: Progress | None = None,
) -> Path | None:
    """Replace ``data_dir`` with the backup's content once it is fully checked.

    A backup holding the signing key encrypted needs ``key_passphrase``, unless
    ``skip_signing_key`` (then this installation keeps its own key). The key is decrypted
    during the check: a wrong passphrase raises BackupError before anything is replaced.
    Returns where the previous data folder was kept (None if there was none).
    """
    report = progress or (lambda _f, _m: None)
    data_dir = data_dir.absolute()
    if not skip_signing_key and holds_encrypted_key(backup):
        check_key_passphrase(backup, key_passphrase or "")  # fail before the long unpack
    try:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".onrecord-restore-", dir=data_dir.parent))
        os.chmod(staging, 0o700)
    except OSError as exc:
        raise _not_restored(exc) from exc
    try:
        manifest = _unpack(backup, staging, report)
        _settle_key(staging, manifest, key_passphrase, skip_signing_key)
        report(0.9, "checking the case file")
        _check_case_file(staging)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        previous = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
        serial = 1
        while previous.exists():  # two restores within a second: never onto an earlier copy
            serial += 1
            previous = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}-{serial}")
        if data_dir.exists():
            if not (staging / KEY_FOLDER).exists() and (data_dir / KEY_FOLDER).is_dir():
                # The backup left the signing key out: keep this installation's own.
                shutil.copytree(data_dir / KEY_FOLDER, staging / KEY_FOLDER)
            os.replace(data_dir, previous)
        else:
            previous = None  # type: ignore[assignment]
        try:
            os.replace(staging, data_dir)
        except OSError:
            if previous is not None:
                os.replace(previous, data_dir)  # the current data back where it was
            raise
    except (OSError, zipfile.BadZipFile) as exc:  # disk full, unreadable, a damaged entry
        shutil.rmtree(staging, ignore_errors=True)
        raise _not_restored(exc) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report(1.0, "done")
    return previous
