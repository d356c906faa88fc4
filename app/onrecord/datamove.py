"""Move the whole data folder to another place (a bigger disk, an external drive), losing nothing.

The move copies, checks, and only then switches: the case file is copied with SQLite's online
backup while its writers are held off, every other file is copied with its mode and checked by
SHA-256 read back from the new disk, the copied case file must pass ``integrity_check`` and its
audit chain must verify exactly as the original's does. Only then is the pointer outside the
data folder (``paths.location_file()``) replaced atomically. A crash or a failure at any point
leaves either the old folder in use and untouched, or the new one complete and in use. The old
folder is never deleted here unless the user asks for it afterwards (:func:`remove_old_folder`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .durable import fsync_dir
from .messages import QT_TRANSLATE_NOOP
from .paths import (
    APP_NAME,
    OUR_ENTRIES,
    DataDirError,
    data_dir_source,
    location_file,
    moved_data_dir,
)

try:
    import fcntl
except ImportError:  # Windows: no advisory locks
    fcntl = None  # type: ignore[assignment]

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]

#: store.engine.DB_FILENAME, not imported: the command-line parser loads this module and must
#: stay light (SQLAlchemy and Alembic are imported only when a move checks the case file).
DB_FILENAME = "onrecord.db"
CHUNK = 1 << 20
#: Kept free beyond the copy's own size on the new disk.
MARGIN_BYTES = 64 << 20
MARGIN_FRACTION = 0.05
#: Written into the new folder before its entries are put in place; removed once it is in use.
MARKER = ".onrecord-move-in-progress"
STAGING = ".onrecord-move-partial"
#: The case file's companions that the online backup replaces.
DB_COMPANIONS = {DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", f"{DB_FILENAME}-journal"}


class MoveError(Exception):
    """The move cannot be made; the message says why. The data stays where it was."""


class MoveCancelled(MoveError):
    """The user cancelled; the data stays where it was and the partial copy was removed."""


@dataclass(frozen=True)
class FolderInfo:
    path: Path
    source: str  # "option", "environment", "moved" or "default" (see paths.data_dir_source)
    size_bytes: int
    files: int
    free_bytes: int | None


@dataclass(frozen=True)
class MoveResult:
    old: Path
    new: Path
    files: int
    bytes: int
    seconds: float


def size_text(size: int) -> str:
    """1.2 GB, 340 MB, 12 kB: for messages."""
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit in ("bytes", "kB") else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # pragma: no cover


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def free_space(path: Path) -> int | None:
    try:
        return shutil.disk_usage(_existing_ancestor(path)).free
    except OSError:
        return None


def _walk(data_dir: Path) -> Iterator[Path]:
    """Every entry of the data folder to copy, parents before children, the case file aside."""
    for root, dirs, files in os.walk(data_dir):
        here = Path(root)
        dirs.sort()
        if here == data_dir:
            dirs[:] = [d for d in dirs if d != STAGING]
        for name in dirs:
            path = here / name
            if path.is_symlink():  # os.walk does not follow it; copy it as a link
                yield path
        for name in sorted(files):
            if here == data_dir and (
                name in DB_COMPANIONS or name == MARKER or name.startswith(".write-test-")
            ):
                continue
            yield here / name
        for name in dirs:
            if not (here / name).is_symlink():
                yield here / name


def _db_size(db: Path) -> int:
    """The case file's size as the move copies it: all its pages, also those still in ``-wal``.

    The move takes a consistent snapshot of the case file and leaves its ``-wal``/``-shm``
    side files behind, so counting those would show more than is copied.
    """
    try:
        on_disk = db.stat().st_size
    except OSError:
        return 0
    try:
        # Not a read-only connection: that would leave -wal/-shm files behind (see _db_verdict).
        conn = sqlite3.connect(db, timeout=2)
        try:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return on_disk
    return int(pages) * int(page_size)


def describe_folder(data_dir: Path, explicit: str | os.PathLike[str] | None = None) -> FolderInfo:
    """Where the data is, who chose that, how big it is and how much room is left.

    Size and file count are what a move copies (the same files, the case file counted once as
    its snapshot), so the numbers shown before a move are the numbers reported after it.
    """
    size = files = 0
    db = data_dir / DB_FILENAME
    if db.is_file():
        size += _db_size(db)
        files += 1
    for path in _walk(data_dir):
        try:
            info = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            size += info.st_size
            files += 1
    try:
        source = data_dir_source(explicit)
    except DataDirError:
        source = "default"
    return FolderInfo(data_dir, source, size, files, free_space(data_dir))


def why_not_movable(source: str) -> str | None:
    """A reason the data folder cannot be moved from inside OnRecord, or None."""
    if source == "option":
        return (
            "OnRecord was started with --data-dir, which decides where the data is; start it "
            "without --data-dir to move the data folder"
        )
    if source == "environment":
        return (
            "the ONRECORD_HOME environment variable decides where the data is; remove it (or "
            "change it) to move the data folder"
        )
    return None


def recording_in_progress(data_dir: Path) -> bool:
    """True while a recorder (this app, another window, the command line) is recording."""
    if fcntl is None:
        return False
    for journal in (data_dir / "recordings").rglob("*.journal.jsonl"):
        try:
            with journal.open("ab") as handle:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        except OSError:
            continue
    return False


def _holds_data(folder: Path) -> bool:
    """Any file at all below ``folder`` (empty sub-folders do not count)."""
    return any(not p.is_dir() or p.is_symlink() for p in folder.rglob("*"))


def _leftover_of_ours(folder: Path) -> bool:
    """A folder an interrupted move of ours left unfinished (and nobody uses)."""
    return (folder / MARKER).exists() or {p.name for p in folder.iterdir()} == {STAGING}


def check_target(current: Path, target: Path) -> Path:
    """The absolute folder to move to, or a :class:`MoveError` saying why not."""
    current = current.absolute()
    target = Path(os.path.expanduser(target)).absolute()
    here, there = current.resolve(), target.resolve()
    if there == here:
        raise MoveError(
            QT_TRANSLATE_NOOP("DataMove", "the data is already in {path}").format(path=target)
        )
    if there.is_relative_to(here):
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove",
                "{path} is inside the current data folder; choose a place outside {current}",
            ).format(path=target, current=current)
        )
    if target.exists() and not target.is_dir():
        raise MoveError(
            QT_TRANSLATE_NOOP("DataMove", "{path} is a file, not a folder").format(path=target)
        )
    if target.is_dir():
        try:
            names = {p.name for p in target.iterdir()}
        except OSError as exc:
            raise MoveError(
                QT_TRANSLATE_NOOP("DataMove", "cannot look into {path}: {reason}").format(
                    path=target, reason=exc.strerror
                )
            ) from None
        if names and not _leftover_of_ours(target):
            if not names & (OUR_ENTRIES | {"keys"}):
                raise MoveError(
                    QT_TRANSLATE_NOOP(
                        "DataMove",
                        "{path} already holds other files; OnRecord keeps its data in a folder of "
                        "its own: choose a new or empty folder",
                    ).format(path=target)
                )
            if _holds_data(target):
                raise MoveError(
                    QT_TRANSLATE_NOOP(
                        "DataMove",
                        "{path} already holds OnRecord data (a case file or recordings); it is "
                        "not overwritten: choose a new or empty folder",
                    ).format(path=target)
                )
    parent = _existing_ancestor(target)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "{path} is not writable; choose a place where you can save files"
            ).format(path=parent)
        )
    return target


def _check_space(current: Path, target: Path) -> int:
    needed = describe_folder(current).size_bytes
    wanted = int(needed * (1 + MARGIN_FRACTION)) + MARGIN_BYTES
    free = free_space(target)
    if free is not None and free < wanted:
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove",
                "not enough free space at {path}: the data needs "
                "{needed} (with a safety margin), only {free} is free",
            ).format(
                path=_existing_ancestor(target), needed=size_text(wanted), free=size_text(free)
            )
        )
    return needed


# ----------------------------------------------------------------- copying
class _Run:
    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.report = progress or (lambda _f, _m: None)
        self.cancelled = cancel or (lambda: False)

    def check(self) -> None:
        if self.cancelled():
            raise MoveCancelled(
                QT_TRANSLATE_NOOP("DataMove", "the move was cancelled; the data stays where it was")
            )

    def step(self, size: int, message: str, start: float, span: float) -> None:
        self.done += size
        self.report(start + span * min(self.done / self.total, 1.0), message)


def _private(path: Path, mode: int) -> None:
    """Give ``path`` the mode it had; refuse a disk that cannot keep files private."""
    try:
        os.chmod(path, mode)
    except OSError as exc:
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove",
                "the new place cannot keep the files private ({reason}); its file system may "
                "not support permissions (FAT or exFAT): choose another disk or folder",
            ).format(reason=exc.strerror)
        ) from None
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != mode:
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove",
                "the new place does not keep file permissions (a file meant to be {wanted} became "
                "{got}); its file system may be FAT or exFAT: "
                "choose another disk or folder so the recordings stay private",
            ).format(wanted=f"{mode:o}", got=f"{stat.S_IMODE(path.stat().st_mode):o}")
        )


def _drop_cache(fd: int) -> None:
    """So that reading it back checks the disk, not memory (where the OS allows)."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _copy_file(src: Path, dst: Path, run: _Run, message: str) -> str:
    """Copy with fsync; return the source's SHA-256 as read."""
    digest = hashlib.sha256()
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with src.open("rb") as source, os.fdopen(fd, "wb", closefd=False) as out:
            while chunk := source.read(CHUNK):
                run.check()
                digest.update(chunk)
                out.write(chunk)
                run.step(len(chunk), message, 0.0, 0.75)
            out.flush()
            os.fsync(fd)
            _drop_cache(fd)
    finally:
        os.close(fd)
    return digest.hexdigest()


def _sha256(path: Path, run: _Run, message: str) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            run.check()
            digest.update(chunk)
            run.step(len(chunk), message, 0.0, 1.0)
    return digest.hexdigest()


def _hold_writers(db: Path) -> sqlite3.Connection | None:
    """Keep every other writer off the case file while it is copied (readers go on)."""
    if not db.is_file():
        return None
    conn = sqlite3.connect(db, timeout=5, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        conn.close()
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove",
                "another program is changing the case file right now (another OnRecord window or "
                "command?); close it and try again",
            )
        ) from None
    return conn


def _snapshot_db(db: Path, out: Path, run: _Run) -> None:
    source = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(out)
    try:
        source.backup(target, pages=256, progress=lambda _s, _r, _t: run.check())
    finally:
        target.close()
        source.close()
    run.check()
    size = out.stat().st_size
    fd = os.open(out, os.O_RDONLY)
    try:
        os.fsync(fd)
        _drop_cache(fd)
    finally:
        os.close(fd)
    run.step(size, "copying the case file", 0.0, 0.75)


def _db_verdict(db: Path, *, full: bool) -> tuple[str, tuple[bool, int, str, int | None]]:
    """``integrity_check`` (or ``quick_check``) and the audit chain (nothing is written).

    Not a read-only connection: that would leave ``-wal``/``-shm`` files behind in the folder.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from .store.audit import verify_chain

    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(db, timeout=5))
    try:
        with engine.connect() as conn:
            pragma = "integrity_check" if full else "quick_check"
            rows = conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
        verdict = "; ".join(str(r[0]) for r in rows[:5])
        with Session(engine) as session:
            report = verify_chain(session)
    finally:
        engine.dispose()
    return verdict, (report.ok, report.events, report.head, report.broken_seq)


def _check_db_copy(original: Path, copy: Path) -> None:
    try:
        verdict, chain = _db_verdict(copy, full=True)
    except Exception as exc:
        raise MoveError(
            QT_TRANSLATE_NOOP("DataMove", "the copied case file cannot be read: {reason}").format(
                reason=exc
            )
        ) from None
    if verdict == "ok" and chain[0]:
        try:
            _, source_chain = _db_verdict(original, full=False)
        except Exception as exc:
            raise MoveError(
                QT_TRANSLATE_NOOP(
                    "DataMove", "the case file cannot be read to compare: {reason}"
                ).format(reason=exc)
            ) from None
        if source_chain != chain:
            raise MoveError(
                QT_TRANSLATE_NOOP(
                    "DataMove", "the copied case file's audit log differs from the original's"
                )
            )
        return
    # The copy has a problem: accept it only if the original has exactly the same one, so a
    # damaged case file can still be moved (nothing is made worse) but never damaged by the move.
    original_verdict, original_chain = _db_verdict(original, full=True)
    if (verdict, chain) != (original_verdict, original_chain):
        chain_text = (
            QT_TRANSLATE_NOOP("DataMove", "audit chain intact")
            if chain[0]
            else QT_TRANSLATE_NOOP("DataMove", "audit chain broken at event {event}").format(
                event=chain[3]
            )
        )
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "the copied case file does not check out ({verdict}; {chain})"
            ).format(verdict=verdict, chain=chain_text)
        )


def write_location(data_dir: Path) -> Path:
    """Record where the data folder is, atomically (temp file, fsync, rename, fsync folder)."""
    pointer = location_file()
    pointer.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = pointer.with_name(f".{pointer.name}.{os.getpid()}.tmp")
    body = {
        "data_dir": str(data_dir.absolute()),
        "moved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "note": f"Where {APP_NAME} keeps its data; written when the data folder was moved.",
    }
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, pointer)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(pointer.parent)
    return pointer


def _clear(folder: Path, created: bool) -> None:
    """Undo a failed move's copy: remove the folder we made, or empty the one we were given."""
    if created:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for entry in folder.iterdir() if folder.is_dir() else ():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def move_data_folder(
    current: Path,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MoveResult:
    """Copy ``current`` to ``target``, check every byte, then switch OnRecord to ``target``.

    The caller must not let anything write into ``current`` afterwards (the window closes or
    reopens the workspace from the new place); ``current`` itself is left as it was.
    """
    started = time.monotonic()
    current = current.absolute()
    if not (current / DB_FILENAME).is_file():
        raise MoveError(
            QT_TRANSLATE_NOOP("DataMove", "{path} holds no OnRecord case file to move").format(
                path=current
            )
        )
    target = check_target(current, target)
    if recording_in_progress(current):
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "a call is being recorded; stop the recording, then move the data"
            )
        )
    total = _check_space(current, target)
    run = _Run(total, progress, cancel)
    run.report(0.0, "checking the folders")

    created = not target.exists()
    lock = _hold_writers(current / DB_FILENAME)
    try:
        try:
            if not created and _leftover_of_ours(target):
                _clear(target, created=False)
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            _private(target, 0o700)
            staging = target / STAGING
            staging.mkdir(mode=0o700)
        except OSError as exc:
            raise MoveError(
                QT_TRANSLATE_NOOP("DataMove", "cannot write in {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc
                )
            ) from None
        try:
            copied = _copy_into(current, staging, run)
            run.report(0.97, "checking the case file")
            _check_db_copy(current / DB_FILENAME, staging / DB_FILENAME)
            run.check()
            run.report(0.99, "switching to the new folder")
            (target / MARKER).touch(mode=0o600)
            for entry in sorted(staging.iterdir()):
                os.replace(entry, target / entry.name)
            staging.rmdir()
            fsync_dir(target)
            fsync_dir(target.parent)
            write_location(target)
        except OSError as exc:
            _clear(target, created)
            raise MoveError(
                QT_TRANSLATE_NOOP(
                    "DataMove",
                    "the copy to {path} failed ({reason}); nothing was changed: the "
                    "data is still in {current}",
                ).format(path=target, reason=exc.strerror or exc, current=current)
            ) from None
        except BaseException:
            _clear(target, created)
            raise
        (target / MARKER).unlink(missing_ok=True)
    finally:
        if lock is not None:
            lock.rollback()
            lock.close()
    files, size = copied
    run.report(1.0, "done")
    return MoveResult(current, target, files, size, time.monotonic() - started)


def _copy_into(current: Path, staging: Path, run: _Run) -> tuple[int, int]:
    """Copy everything, then read every copied file back and compare SHA-256; (files, bytes)."""
    hashes: dict[Path, tuple[str, int]] = {}
    _snapshot_db(current / DB_FILENAME, staging / DB_FILENAME, run)
    _private(staging / DB_FILENAME, stat.S_IMODE((current / DB_FILENAME).stat().st_mode))
    folders: list[tuple[Path, int]] = []
    for src in _walk(current):
        run.check()
        relative = src.relative_to(current)
        dst = staging / relative
        info = src.lstat()
        if stat.S_ISLNK(info.st_mode):
            os.symlink(os.readlink(src), dst)
        elif stat.S_ISDIR(info.st_mode):
            dst.mkdir(mode=0o700)
            folders.append((dst, stat.S_IMODE(info.st_mode)))
        elif stat.S_ISREG(info.st_mode):
            digest = _copy_file(src, dst, run, f"copying {relative.as_posix()}")
            _private(dst, stat.S_IMODE(info.st_mode))
            os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
            hashes[relative] = (digest, info.st_size)
        # sockets and pipes are not data: nothing to copy
    for folder, mode in reversed(folders):  # children first, so a 0500 folder can be filled
        _private(folder, mode)
        fsync_dir(folder)
    verify = _Run(
        sum(size for _, size in hashes.values()),
        lambda f, m: run.report(0.75 + 0.2 * f, m),
        run.cancelled,
    )
    for relative, (digest, size) in hashes.items():
        if _sha256(staging / relative, verify, f"checking {relative.as_posix()}") != digest:
            raise MoveError(
                QT_TRANSLATE_NOOP(
                    "DataMove",
                    "{file} differs after copying (the new disk may be faulty); "
                    "nothing was changed: the data is still in {current}",
                ).format(file=relative.as_posix(), current=current)
            )
        if (staging / relative).stat().st_size != size:
            raise MoveError(
                QT_TRANSLATE_NOOP("DataMove", "{file} has a different size after copying").format(
                    file=relative.as_posix()
                )
            )
    total = sum(size for _, size in hashes.values()) + (staging / DB_FILENAME).stat().st_size
    return len(hashes) + 1, total


def current_location_is(path: Path) -> bool:
    """True if OnRecord's pointer says the data is in ``path`` now."""
    try:
        moved = moved_data_dir()
    except DataDirError:
        return False
    return moved is not None and moved.absolute() == path.absolute()


def remove_old_folder(old: Path, current: Path) -> None:
    """Delete the folder the data was moved out of — only when the user asks, after the move."""
    old, current = old.absolute(), current.absolute()
    if not current_location_is(current):
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "OnRecord does not use {current} yet; {old} is kept"
            ).format(current=current, old=old)
        )
    if old.resolve() == current.resolve() or current.resolve().is_relative_to(old.resolve()):
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "{old} is the data folder in use; it is not deleted"
            ).format(old=old)
        )
    if not (current / DB_FILENAME).is_file():
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "the new data folder {current} holds no case file; {old} is kept"
            ).format(current=current, old=old)
        )
    if not (old / DB_FILENAME).is_file():
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "DataMove", "{old} does not look like an OnRecord data folder; it is kept"
            ).format(old=old)
        )
    try:
        shutil.rmtree(old)
    except OSError as exc:
        raise MoveError(
            QT_TRANSLATE_NOOP("DataMove", "{old} could not be deleted completely: {reason}").format(
                old=old, reason=exc.strerror or exc
            )
        ) from None
