"""Zip a bag: deterministic (same bag, same time → same bytes), or AES-256 encrypted.

The plain zip fixes every entry's time, order, permissions and compression, so two exports of
the same case state at the same moment are byte-identical. The encrypted zip uses WinZip AES
(AE-2, 256-bit) through ``pyzipper``; 7-Zip, WinZip, macOS Archive Utility (via Keka) and
``pyzipper`` open it. The password is used, never stored.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pyzipper

from ..messages import QT_TRANSLATE_NOOP

STORED_SUFFIXES = {
    ".wav",
    ".flac",
    ".mp3",
    ".m4a",
    ".ogg",
    ".opus",
    ".amr",
    ".3gp",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".zip",
    ".gz",
    ".mp4",
}
CHUNK = 1 << 20
FILE_MODE = 0o100644


class ZipProblem(Exception):
    """A zip cannot be read: bad password, unsafe names, damaged."""


class PasswordNeeded(ZipProblem):
    """The zip is encrypted and no password was given."""


def _entries(bag_dir: Path) -> list[tuple[Path, str]]:
    files = [p for p in bag_dir.rglob("*") if p.is_file()]
    return sorted(((p, p.relative_to(bag_dir).as_posix()) for p in files), key=lambda e: e[1])


def write_zip(
    bag_dir: Path,
    target: Path,
    *,
    when: dt.datetime,
    password: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """Write ``bag_dir`` as ``<bag name>/...`` entries into a new zip ``target``.

    ``progress(bytes_done)`` is called as data is written; ``cancel()`` is polled per chunk
    and, when true, stops with :class:`InterruptedError` (the caller removes ``target``).
    """
    root = bag_dir.name
    stamp = when.astimezone(dt.UTC)
    date_time = (
        max(stamp.year, 1980),
        stamp.month,
        stamp.day,
        stamp.hour,
        stamp.minute,
        stamp.second // 2 * 2,
    )
    if password:
        zf: zipfile.ZipFile = pyzipper.AESZipFile(
            target, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        )
        zf.setpassword(password.encode("utf-8"))  # type: ignore[attr-defined]
        zf.setencryption(pyzipper.WZ_AES, nbits=256)  # type: ignore[attr-defined]
    else:
        zf = zipfile.ZipFile(target, "w", allowZip64=True)
    done = 0
    with zf:
        for path, rel in _entries(bag_dir):
            info_cls = zf.zipinfo_cls if password else zipfile.ZipInfo  # type: ignore[attr-defined]
            info = info_cls(f"{root}/{rel}", date_time=date_time)
            info.create_system = 3
            info.external_attr = FILE_MODE << 16
            stored = path.suffix.lower() in STORED_SUFFIXES
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            size = path.stat().st_size
            with path.open("rb") as src, zf.open(info, "w", force_zip64=size >= 1 << 31) as dst:
                while chunk := src.read(CHUNK):
                    if cancel and cancel():
                        raise InterruptedError("cancelled")
                    dst.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done)


def is_zip(path: Path) -> bool:
    return path.is_file() and zipfile.is_zipfile(path)


def is_encrypted(path: Path) -> bool:
    with zipfile.ZipFile(path) as zf:
        return any(info.flag_bits & 0x1 for info in zf.infolist())


def _safe_member(name: str) -> PurePosixPath:
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or ".." in posix.parts or not posix.parts or ":" in posix.parts[0]:
        raise ZipProblem(
            QT_TRANSLATE_NOOP("Verify", "the zip holds an unsafe file name: {name}").format(
                name=repr(name)
            )
        )
    return posix


#: Unpacked size above which a zip must not expand more than MAX_RATIO times. Packages are
#: mostly audio (stored, ratio 1) and text (deflated, ~5-10x); a deflate bomb reaches ~1000x.
BOMB_FLOOR = 64 << 20
MAX_RATIO = 100
#: Space to leave free on the disk that receives the unpacked files.
FREE_MARGIN = 64 << 20


def _refuse_bombs(path: Path, infos: list[zipfile.ZipInfo], into: Path) -> None:
    """Refuse before unpacking what would fill the disk. A member's declared size bounds
    what is read from it (zipfile stops there), so the declared total is what lands."""
    total = sum(max(info.file_size, 0) for info in infos)
    packed = path.stat().st_size
    if total > BOMB_FLOOR and total > MAX_RATIO * max(packed, 1):
        raise ZipProblem(
            QT_TRANSLATE_NOOP(
                "Verify",
                "{file} would unpack to {total} bytes from {packed}: too large to be an "
                "evidence package (a zip bomb?); it was not unpacked",
            ).format(file=path.name, total=total, packed=packed)
        )
    free = shutil.disk_usage(into).free
    if total > free - FREE_MARGIN:
        raise ZipProblem(
            QT_TRANSLATE_NOOP(
                "Verify",
                "{file} unpacks to {total} bytes, too large for the free space of {folder} "
                "({free} bytes); unzip it elsewhere and verify the folder",
            ).format(file=path.name, total=total, folder=into, free=free)
        )


@dataclass(frozen=True)
class Unpacked:
    #: members whose data is damaged (bad CRC or authentication code): left out, so a verify
    #: of the folder finds them missing
    damaged: list[str]
    #: names the zip holds more than once, with how many times: only the last copy is
    #: unpacked (and checked), but unzip and 7-Zip show the first, which may be another file
    duplicated: dict[str, int]


def extract_zip(path: Path, into: Path, password: str | None = None) -> Unpacked:
    """Extract every member into ``into`` (names checked: nothing may land outside it)."""
    damaged: list[str] = []
    try:
        with pyzipper.AESZipFile(path) as zf:
            infos = zf.infolist()
            _refuse_bombs(path, infos, into)
            seen = Counter(
                _safe_member(i.filename).as_posix() for i in infos if not i.filename.endswith("/")
            )
            duplicated = {name: count for name, count in seen.items() if count > 1}
            if any(i.flag_bits & 0x1 for i in infos):
                if not password:
                    raise PasswordNeeded(
                        QT_TRANSLATE_NOOP(
                            "Verify", "{file} is encrypted: a password is needed"
                        ).format(file=path.name)
                    )
                zf.setpassword(password.encode("utf-8"))
            for info in infos:
                member = _safe_member(info.filename)
                target = into.joinpath(*member.parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    with zf.open(info) as src, target.open("wb") as dst:
                        shutil.copyfileobj(src, dst, CHUNK)
                except (zipfile.BadZipFile, pyzipper.BadZipFile, zlib.error) as exc:
                    if "password" in str(exc).lower():
                        raise
                    target.unlink(missing_ok=True)
                    damaged.append(info.filename)
                else:
                    if info.filename in damaged:  # a later copy of the name unpacked well
                        damaged.remove(info.filename)
    except RuntimeError as exc:  # pyzipper: "Bad password for file ..."
        if "password" in str(exc).lower():
            raise ZipProblem(
                QT_TRANSLATE_NOOP("Verify", "cannot open {file}: the password is wrong").format(
                    file=path.name
                )
            ) from exc
        raise ZipProblem(
            QT_TRANSLATE_NOOP("Verify", "cannot open {file}: {reason}").format(
                file=path.name, reason=exc
            )
        ) from exc
    except (zipfile.BadZipFile, pyzipper.BadZipFile, OSError, EOFError) as exc:
        raise ZipProblem(
            QT_TRANSLATE_NOOP("Verify", "{file} is damaged: {reason}").format(
                file=path.name, reason=exc
            )
        ) from exc
    return Unpacked(damaged, duplicated)
