"""Copy files byte for byte and hash them on the way, so no byte is read twice from disk.

Where the kernel can copy (Linux ``copy_file_range``) it copies each chunk without the bytes
passing through Python, and the chunk is then hashed from the copy's own pages, still in the
page cache: a digest is of what the copy holds. Elsewhere each chunk is read into a buffer
that is hashed and then written, so a digest is of exactly the bytes written. ``hashlib``
and ``blake3`` release the GIL on large buffers: the first algorithm runs on the copying
thread, the others in a small pool, and several files are copied at once, biggest first, so
every core is kept busy. Each chunk, once hashed, is sent on to the disk at once
(:func:`_write_out`), so the disk writes while the CPU hashes.

The threads never call back into the caller: :meth:`ParallelCopy.wait` runs on the calling
thread and reports progress and polls ``cancel`` there. All or nothing: whatever happens,
every thread has stopped before ``wait`` (or leaving the ``with`` block) returns or raises,
and on a cancel or an error every copy made here, finished or not, is deleted again.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass
from io import FileIO
from pathlib import Path
from types import TracebackType

from ..digests import ALGORITHMS, Pipeline, new_hash, pump, write_all
from ..durable import fsync_file

CHUNK = 8 << 20  # big enough that hashlib runs without the GIL and per-chunk costs vanish
#: chunks copied since a chunk was sent to the disk before its pages are let go of again: by
#: then it is written, so they can go (at the first ask they could not, being unwritten)
SETTLED = 4
POLL_SECONDS = 0.05
#: copy_file_range's answers for "not between these files": copy through buffers instead.
_NO_KERNEL_COPY = {
    errno.EXDEV,
    errno.ENOSYS,
    errno.EINVAL,
    errno.EOPNOTSUPP,
    errno.ENOTSUP,
    errno.EBADF,
    errno.EPERM,
}


class CopyCancelled(Exception):
    """``cancel()`` returned true; every copy made was removed."""


@dataclass(frozen=True)
class CopyJob:
    source: Path
    target: Path  # must not exist yet
    #: the digests to take of this copy; None: the copier's own list
    algorithms: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Copied:
    size: int
    digests: dict[str, str]  # algorithm -> hex digest of the bytes written


class ParallelCopy:
    """Copy ``jobs`` on ``workers`` threads while hashing; use as a context manager.

    Copying starts on entering the block, so the caller can do other work meanwhile, then
    collect the results with :meth:`wait`. Leaving the block stops and joins every thread;
    leaving it by an exception also deletes every copy made. ``durable``: each finished copy
    is written out to the disk (fsync) on a thread of its own while the next ones are copied,
    while the CPU goes on hashing; :meth:`flushed` waits for them. ``keep_cached=False``: the
    copies' pages leave the memory once they are on the disk (see :func:`_write_out`); keep
    them when the copies are read again soon (zipped).
    """

    def __init__(
        self,
        jobs: Sequence[CopyJob],
        *,
        algorithms: Sequence[str] = ALGORITHMS,
        workers: int = 2,
        chunk: int = CHUNK,
        kernel_copy: bool = True,
        durable: bool = False,
        keep_cached: bool = True,
    ) -> None:
        self.jobs = list(jobs)
        self.algorithms = tuple(algorithms)
        for names in [self.algorithms, *(job.algorithms for job in self.jobs if job.algorithms)]:
            if not names:
                raise ValueError("at least one algorithm")
            for name in names:
                new_hash(name)  # an unknown name fails here, not in a thread
        self.workers = max(1, workers)
        self.chunk = max(1, chunk)
        self.kernel_copy = kernel_copy and hasattr(os, "copy_file_range")
        self.durable = durable
        self.keep_cached = keep_cached
        self._flusher: ThreadPoolExecutor | None = None
        self._flushes: list[Future[None]] = []
        self._flush_lock = threading.Lock()
        self._stop = threading.Event()
        self._ticks: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._copiers: ThreadPoolExecutor | None = None
        self._hashers: ThreadPoolExecutor | None = None
        self._futures: list[Future[Copied]] = []

    def __enter__(self) -> ParallelCopy:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
        if kind is not None:
            self._discard()

    def start(self) -> None:
        if self._copiers is not None:
            return
        self._copiers = ThreadPoolExecutor(self.workers, thread_name_prefix="onrecord-copy")
        if self.durable:
            self._flusher = ThreadPoolExecutor(1, thread_name_prefix="onrecord-flush")
        extra = max(len(self._algorithms(job)) for job in self.jobs) - 1 if self.jobs else 0
        if extra > 0:
            self._hashers = ThreadPoolExecutor(
                self.workers * extra, thread_name_prefix="onrecord-hash"
            )
        futures: dict[int, Future[Copied]] = {}
        for index in sorted(range(len(self.jobs)), key=lambda i: -_size(self.jobs[i].source)):
            futures[index] = self._copiers.submit(self._copy_one, self.jobs[index])
        self._futures = [futures[i] for i in range(len(self.jobs))]

    def stop(self) -> None:
        """Ask every thread to stop and wait until all have (idempotent)."""
        self._stop.set()
        if self._copiers is not None:
            self._copiers.shutdown(wait=True, cancel_futures=True)
        if self._hashers is not None:
            self._hashers.shutdown(wait=True)
        if self._flusher is not None:
            self._flusher.shutdown(wait=True)

    def wait(
        self,
        progress: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[Copied]:
        """Results in job order. ``progress(bytes_copied_so_far)`` and ``cancel()`` are called
        on this thread. Raises :class:`CopyCancelled`, or the first job's error (``OSError``),
        after stopping everything and deleting every copy."""
        self.start()
        done_bytes = 0
        pending: set[Future[Copied]] = set(self._futures)
        try:
            while True:
                finished, pending = wait_futures(
                    pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED
                )
                for future in finished:
                    error = future.exception()
                    if error is not None:
                        raise error
                moved = self._drain()
                done_bytes += moved
                if moved and progress is not None:
                    progress(done_bytes)
                if not pending:
                    return [f.result() for f in self._futures]
                if cancel is not None and cancel():
                    raise CopyCancelled("copy cancelled")
        except BaseException:
            self.stop()
            self._discard()
            raise

    def flushed(self) -> None:
        """With ``durable``: wait until every copy is on the disk (after :meth:`wait`, which
        returns as soon as the copies are made, so the caller can work while they are written
        out). Raises the first failure to write one out."""
        for flush in self._flushes:
            flush.result()

    def _discard(self) -> None:
        """Delete the copies that finished (an unfinished one deletes itself)."""
        for job, future in zip(self.jobs, self._futures, strict=True):
            if future.done() and not future.cancelled() and future.exception() is None:
                job.target.unlink(missing_ok=True)

    def _drain(self) -> int:
        total = 0
        while True:
            try:
                total += self._ticks.get_nowait()
            except queue.Empty:
                return total

    def _algorithms(self, job: CopyJob) -> tuple[str, ...]:
        return job.algorithms or self.algorithms

    def _copy_one(self, job: CopyJob) -> Copied:
        if self._stop.is_set():
            raise CopyCancelled("copy cancelled")
        names = self._algorithms(job)
        hashes = [new_hash(name) for name in names]
        pipeline = Pipeline(hashes, self._hashers)
        with job.source.open("rb", buffering=0) as src:
            # Readable too: the kernel's copy is hashed from the copy's own pages.
            dst = job.target.open("x+b", buffering=0)
            try:
                with dst:
                    size, finished = 0, False
                    if self.kernel_copy:
                        size, finished = self._kernel_copy(src, dst, pipeline)
                    if not finished:
                        size += self._buffered_copy(src, dst, pipeline)
                    pipeline.finish()
                    if self._stop.is_set():
                        raise CopyCancelled("copy cancelled")
            except BaseException:
                pipeline.abandon()
                job.target.unlink(missing_ok=True)
                raise
        if self._flusher is not None:
            with self._flush_lock:
                flush = fsync_file if self.keep_cached else _fsync_and_let_go
                self._flushes.append(self._flusher.submit(flush, job.target))
        return Copied(size, {n: h.hexdigest() for n, h in zip(names, hashes, strict=True)})

    def _kernel_copy(self, src: FileIO, dst: FileIO, pipeline: Pipeline) -> tuple[int, bool]:
        """Copy in the kernel (``copy_file_range``: no bytes pass through Python), then hash
        each chunk from the copy's pages in the page cache. Returns (bytes, finished); not
        finished if the kernel cannot copy these files (the caller goes on with buffers)."""
        done = 0
        before: tuple[int, int] | None = None  # the chunk before this one: (offset, bytes)
        while not self._stop.is_set():
            try:
                count = os.copy_file_range(src.fileno(), dst.fileno(), self.chunk)
            except OSError as exc:
                if exc.errno in _NO_KERNEL_COPY:
                    return done, False
                raise
            if not count:
                break
            pipeline.feed(*_read_back(dst, done, count))  # lets go of the chunk before
            if before is not None:  # hashed: on to the disk (the kernel may copy short)
                self._send_on(dst, *before)
            before = (done, count)
            done += count
            self._ticks.put(count)
        return done, True

    def _send_on(self, dst: FileIO, offset: int, count: int) -> None:
        """Bytes ``offset`` to ``offset + count`` of the copy are hashed: send them to the disk
        now and, unless the pages are kept, let go of those sent ``SETTLED`` chunks ago, written
        by now (their memory is then reused for the next chunks, instead of the cache growing
        by the size of the whole package)."""
        _write_out(dst, offset, count)
        if not self.keep_cached and offset >= SETTLED * self.chunk:
            # Roughly the chunk sent SETTLED chunks ago (chunks are rarely short): advice
            # only, and the fsync at the end lets go of whatever is left.
            _write_out(dst, offset - SETTLED * self.chunk, self.chunk)

    def _buffered_copy(self, src: FileIO, dst: FileIO, pipeline: Pipeline) -> int:
        """Read a chunk, hash it, write the same buffer, while the pool hashes the last one."""

        start = dst.tell()

        def write(view: memoryview) -> None:
            nonlocal start
            write_all(dst, view)
            self._send_on(dst, start, len(view))
            start += len(view)
            self._ticks.put(len(view))

        return pump(src, pipeline, write, chunk=self.chunk, stop=self._stop.is_set)


def copy_files(
    jobs: Sequence[CopyJob],
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    algorithms: Sequence[str] = ALGORITHMS,
    workers: int = 2,
    chunk: int = CHUNK,
    kernel_copy: bool = True,
    durable: bool = False,
    keep_cached: bool = True,
) -> list[Copied]:
    """Copy and hash ``jobs``; see :class:`ParallelCopy`."""
    with ParallelCopy(
        jobs,
        algorithms=algorithms,
        workers=workers,
        chunk=chunk,
        kernel_copy=kernel_copy,
        durable=durable,
        keep_cached=keep_cached,
    ) as copier:
        results = copier.wait(progress, cancel)
        copier.flushed()
        return results


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _write_out(dst: FileIO, offset: int, count: int) -> None:
    """Start writing a copied (and hashed) chunk to the disk now, and let its pages go.

    Left alone, the kernel keeps a package's copies in memory until the final fsync (up to a
    tenth of the RAM, gigabytes), then writes them all at once while the export waits; asked
    chunk by chunk, the disk writes while the CPU hashes the next chunks, so the fsync at the
    end finds next to nothing left to write. The pages are not needed again (the chunk's
    digest is taken), so they leave the cache instead of pushing out the rest of the
    computer's. Advice only: where the system has no such call or refuses it, the final
    fsync writes everything as before."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with contextlib.suppress(OSError):
        advise(dst.fileno(), offset, count, os.POSIX_FADV_DONTNEED)


def _fsync_and_let_go(path: Path) -> None:
    """Put a finished copy on the disk, then let go of its pages still cached (now clean)."""
    fsync_file(path)
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _read_back(dst: FileIO, offset: int, count: int) -> tuple[memoryview, mmap.mmap | None]:
    """The copy's bytes ``offset`` to ``offset + count``: mapped from the page cache, or read
    where the file system cannot map files."""
    base = offset - offset % mmap.ALLOCATIONGRANULARITY
    try:
        mapped = mmap.mmap(
            dst.fileno(), offset + count - base, access=mmap.ACCESS_READ, offset=base
        )
    except OSError:
        data = bytearray()
        while len(data) < count:
            more = os.pread(dst.fileno(), count - len(data), offset + len(data))
            if not more:
                raise OSError(f"the copy came back {count - len(data)} bytes short") from None
            data += more
        return memoryview(data), None
    return memoryview(mapped)[offset - base :], mapped
