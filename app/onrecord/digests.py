"""SHA-256, SHA-512 and BLAKE3 of the same bytes in one pass, on two cores.

An evidence package lists every file's SHA-256 and SHA-512 (BagIt manifests). Taking them when
a file is captured or added, in the one read that hashing needs anyway, together with a
BLAKE3, means an export only has to check each copy's BLAKE3 against the one recorded then:
BLAKE3 is a 256-bit cryptographic hash like SHA-256, so an equal BLAKE3 means equal bytes and
the SHA-256 and SHA-512 recorded with it are the copy's too; it is 2.5 to 6 times faster than
SHA-256 (BENCHMARKS.md), and that check is most of an export's work. ``hashlib`` and
``blake3`` release the GIL on large buffers, so the first algorithm runs on the calling thread
and the others in a small pool, one chunk behind at most.
"""

from __future__ import annotations

import hashlib
import mmap
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

import blake3

ALGORITHMS = ("sha256", "sha512")  # the package's manifests
#: taken of every recording and attachment when it is captured or added; the slowest first,
#: on the reading thread, the other two in turn on a second core
CAPTURED = ("sha512", "sha256", "blake3")
CHUNK = 4 << 20  # big enough that hashlib runs without the GIL and per-chunk costs vanish


class Hash(Protocol):
    def update(self, data: memoryview, /) -> object: ...

    def hexdigest(self) -> str: ...


def new_hash(name: str) -> Hash:
    """A hashlib algorithm by name, or ``"blake3"`` (one thread: the callers spread the work)."""
    if name == "blake3":
        return blake3.blake3(max_threads=1)
    return hashlib.new(name)


@dataclass(frozen=True)
class FileDigests:
    sha256: str
    sha512: str
    size: int
    blake3: str


class Pipeline:
    """Feeds one file's chunks, in order, to its digests: the first on the calling thread,
    the others in ``pool`` while the caller fetches the next chunk. A chunk fed must stay
    unchanged until the next ``feed`` or ``finish`` returns (two buffers, taken in turn)."""

    def __init__(self, hashes: Sequence[Hash], pool: ThreadPoolExecutor | None) -> None:
        if len(hashes) > 1 and pool is None:
            raise ValueError("several digests need a pool")
        self.first, *self.others = hashes
        self.pool = pool
        self.busy: list[Future[None]] = []
        self.held: tuple[memoryview, mmap.mmap | None] | None = None

    def feed(self, view: memoryview, mapped: mmap.mmap | None = None) -> None:
        """Hash ``view`` (and close ``mapped``, the mapping it lives in, once done with it)."""
        self.finish()
        self.held = (view, mapped)
        if self.others:
            assert self.pool is not None
            self.busy = [self.pool.submit(h.update, view) for h in self.others]
        self.first.update(view)

    def finish(self) -> None:
        """Wait for the pool's work on the last chunk and let go of it."""
        for future in self.busy:
            future.result()
        self.busy = []
        self._release()

    def abandon(self) -> None:
        for future in self.busy:
            if not future.cancel():
                future.exception()  # still running: it must be done with the chunk first
        self.busy = []
        self._release()

    def _release(self) -> None:
        if self.held is not None:
            view, mapped = self.held
            self.held = None
            view.release()
            if mapped is not None:
                mapped.close()


def pump(
    src: BinaryIO,
    pipeline: Pipeline,
    write: Callable[[memoryview], None] | None = None,
    *,
    chunk: int = CHUNK,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Read ``src`` to its end, hashing every chunk (and passing it to ``write``) while the
    next is read; returns the bytes read. Stops early, returning what was read, if ``stop()``."""
    try:
        width = min(chunk, max(os.fstat(src.fileno()).st_size, 1 << 16))
    except (OSError, AttributeError, ValueError):
        width = chunk
    buffers = (bytearray(width), bytearray(width))
    turn = done = 0
    while not stop():
        buffer = buffers[turn]
        turn ^= 1
        count = src.readinto(buffer)
        if not count:
            break
        view = memoryview(buffer)[:count]
        pipeline.feed(view)  # returns once the pool is done with the other buffer
        if write is not None:
            write(view)
        done += count
    return done


def _captured(source: BinaryIO, write: Callable[[memoryview], None] | None = None) -> FileDigests:
    """Every ``CAPTURED`` digest of ``source``, read once, each chunk passed on to ``write``."""
    hashes = {name: new_hash(name) for name in CAPTURED}
    with ThreadPoolExecutor(1, thread_name_prefix="onrecord-hash") as pool:
        pipeline = Pipeline(list(hashes.values()), pool)
        try:
            size = pump(source, pipeline, write)
            pipeline.finish()
        except BaseException:
            pipeline.abandon()
            raise
    done = {name: h.hexdigest() for name, h in hashes.items()}
    return FileDigests(done["sha256"], done["sha512"], size, done["blake3"])


def file_digests(path: str | os.PathLike[str]) -> FileDigests:
    """SHA-256, SHA-512 and BLAKE3 of a file, read once."""
    with open(path, "rb", buffering=0) as src:
        return _captured(src)


def copy_digested(source: Path, target: Path, *, mode: int = 0o600) -> FileDigests:
    """Copy ``source`` to a new file ``target`` (``mode``), hashing the bytes written, and
    fsync it; on any failure the partial copy is removed."""
    dst = os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), "wb", 0)
    try:
        with dst, source.open("rb", buffering=0) as src:
            digests = _captured(src, lambda view: write_all(dst, view))
            os.fsync(dst.fileno())
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise
    return digests


def write_all(dst: BinaryIO, view: memoryview) -> None:
    while view:
        written = dst.write(view)
        if not written:
            raise OSError("the copy could not be written (no bytes accepted)")
        view = view[written:]


def manifest_sha256(entries: Iterable[tuple[str, str]]) -> str:
    """SHA-256 of ``"<sha256>  <name>\\n"`` lines, the ``sha256sum`` format, in order: the hash
    of a recording kept in several files (segments)."""
    text = "".join(f"{digest}  {name}\n" for digest, name in entries)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
