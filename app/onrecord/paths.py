"""Where OnRecord keeps its data: one private folder per user.

The folder is platformdirs' user data dir unless ``--data-dir`` or ``ONRECORD_HOME`` says
otherwise, or the user moved it (Settings → Data folder, ``onrecord data-folder --move-to``):
then a small pointer file kept outside the data folder, ``location.json`` in the user config
dir (``ONRECORD_CONFIG`` overrides that folder), says where it went. It is made mode 0700 and
everything created in it is 0600, because it holds recordings of private calls.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import platformdirs

from .messages import QT_TRANSLATE_NOOP

ENV_VAR = "ONRECORD_HOME"
APP_NAME = "OnRecord"


class DataDirError(Exception):
    """The data folder cannot be used; the message says why and what to do."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


CONFIG_ENV_VAR = "ONRECORD_CONFIG"
LOCATION_FILE = "location.json"


def config_dir() -> Path:
    """Where the pointer to a moved data folder lives: never inside a data folder.

    On macOS and Windows platformdirs gives the same folder for config and data, so the
    pointer goes to a folder of its own there (removing an old data folder must not lose it).
    """
    env = os.environ.get(CONFIG_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if folder == default_data_dir():
        folder = folder.with_name(f"{APP_NAME} Location")
    return folder


def location_file() -> Path:
    return config_dir() / LOCATION_FILE


def moved_data_dir() -> Path | None:
    """The folder the data was moved to, if the user moved it; None if never moved."""
    path = location_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder",
                "cannot read {path}, which says where OnRecord's data folder is: {reason}",
            ).format(path=path, reason=exc.strerror)
        ) from exc
    try:
        value = json.loads(text)["data_dir"]
        if not isinstance(value, str) or not os.path.isabs(value):
            raise ValueError(value)
    except (ValueError, KeyError, TypeError):
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder",
                "{path}, which says where OnRecord's data folder is, is damaged: write "
                "{example} in it, with your data folder's path, or start with --data-dir",
            ).format(path=path, example='{"data_dir": "/path/to/folder"}')
        ) from None
    return Path(value)


def _moved_or_none() -> Path | None:
    try:
        return moved_data_dir()
    except DataDirError:
        return None


def data_dir_source(explicit: str | os.PathLike[str] | None = None) -> str:
    """Who chose the data folder: "option", "environment", "moved" or "default"."""
    if explicit:
        return "option"
    if os.environ.get(ENV_VAR, "").strip():
        return "environment"
    return "moved" if moved_data_dir() is not None else "default"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` beats ``ONRECORD_HOME`` beats a move the user made beats the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return moved_data_dir() or default_data_dir()


#: The umask the user started OnRecord with, before :func:`private_umask` replaced it.
_users_umask: int | None = None


def private_umask() -> None:
    """Make every file this process creates private to the user (0600 / 0700)."""
    global _users_umask
    previous = os.umask(0o077)
    if previous != 0o077 or _users_umask is None:  # called twice: keep the user's
        _users_umask = previous


def users_umask() -> int:
    """The umask the user's other programs create files with: the one OnRecord was started
    with, or (when :func:`private_umask` was never called) the process's own."""
    if _users_umask is not None:
        return _users_umask
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o077)
    os.umask(current)
    return current


def give_users_modes(*paths: Path) -> None:
    """Give ``paths`` (and everything under a folder) the modes the user's umask gives their
    other files (typically 0644 / 0755): they are made to be handed on, and another account
    that copies them, or a share or stick that keeps Unix modes, must be able to read them.
    The owner keeps read and write. Symbolic links are left alone."""
    mask = users_umask()
    for path in paths:
        walked = [path]
        if path.is_dir() and not path.is_symlink():
            walked += sorted(path.rglob("*"))
        for item in walked:
            if item.is_symlink():
                continue
            if item.is_dir():
                item.chmod((0o777 & ~mask) | 0o700)
            else:
                item.chmod((0o666 & ~mask) | 0o600)


OUR_ENTRIES = {
    "onrecord.db",
    "recordings",
    "attachments",
    "backups",
    "settings.json",
    "installation-id",
}


def _is_ours_or_empty(path: Path) -> bool:
    """A folder OnRecord may take over: empty, or already an OnRecord data folder.

    This keeps ``--data-dir ~`` from making the home folder private and filling it.
    """
    try:
        names = {entry.name for entry in path.iterdir()}
    except OSError:
        return True  # the writability check below gives the clear message
    return not names or bool(names & OUR_ENTRIES)


def ensure_data_dir(path: Path) -> Path:
    """Create the folder if needed, make it private, and prove it is writable."""
    path = path.absolute()
    if path.exists() and not path.is_dir():
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder", "the data folder {path} is a file, not a folder"
            ).format(path=path)
        )
    if not path.exists() and path == _moved_or_none():
        # Never start an empty case file where the user's data should be (a disk not plugged in).
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder",
                "OnRecord's data was moved to {path}, which cannot be found now; if it is on an "
                "external disk, connect the disk and open OnRecord again",
            ).format(path=path)
        )
    if path.is_dir() and not _is_ours_or_empty(path):
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder",
                "{path} already holds other files; OnRecord keeps its data in a folder of its own "
                "(choose a new or empty folder with --data-dir or {variable})",
            ).format(path=path, variable=ENV_VAR)
        )
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if stat.S_IMODE(path.stat().st_mode) != 0o700:
            path.chmod(0o700)
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder",
                "cannot use {path} as the data folder: {reason}; "
                "choose another with --data-dir or {variable}",
            ).format(path=path, reason=exc.strerror, variable=ENV_VAR)
        ) from exc
    probe = path / f".write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, b"ok")
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "DataFolder",
                "the data folder {path} is not writable ({reason}); "
                "choose another with --data-dir or {variable}",
            ).format(path=path, reason=exc.strerror, variable=ENV_VAR)
        ) from exc
    for sub in ("recordings", "attachments", "backups"):
        (path / sub).mkdir(exist_ok=True, mode=0o700)
    return path
