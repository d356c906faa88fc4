"""Copying while hashing: exact copies, the digests hashlib gives, and a clean stop."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from onrecord.evidence.copyhash import CopyCancelled, CopyJob, ParallelCopy, copy_files

CHUNK = 4096
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5, 100_000]


def _sources(folder: Path, sizes: list[int]) -> list[Path]:
    folder.mkdir()
    paths = []
    for index, size in enumerate(sizes):
        path = folder / f"file-{index}.bin"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


@pytest.mark.parametrize("chunk", [CHUNK, 5000], ids=["page-chunks", "odd-chunks"])
@pytest.mark.parametrize("kernel_copy", [True, False], ids=["kernel-copy", "buffered"])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_copies_are_exact_and_digests_are_hashlibs(
    tmp_path: Path, workers: int, kernel_copy: bool, chunk: int
) -> None:
    sources = _sources(tmp_path / "src", SIZES)
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    results = copy_files(jobs, workers=workers, chunk=chunk, kernel_copy=kernel_copy)
    assert len(results) == len(jobs)
    for job, copied in zip(jobs, results, strict=True):
        data = job.source.read_bytes()
        assert job.target.read_bytes() == data
        assert copied.size == len(data)
        assert copied.digests == {
            "sha256": hashlib.sha256(data).hexdigest(),
            "sha512": hashlib.sha512(data).hexdigest(),
        }


def test_a_file_system_that_cannot_map_files_still_gets_exact_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import mmap

    def cannot_map(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(mmap, "mmap", cannot_map)
    sources = _sources(tmp_path / "src", SIZES)
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    for job, copied in zip(jobs, copy_files(jobs, chunk=5000), strict=True):
        data = job.source.read_bytes()
        assert job.target.read_bytes() == data
        assert copied.digests["sha512"] == hashlib.sha512(data).hexdigest()


@pytest.mark.parametrize("keep_cached", [True, False], ids=["kept", "let-go"])
@pytest.mark.parametrize("kernel_copy", [True, False], ids=["kernel-copy", "buffered"])
@pytest.mark.parametrize("system", ["refuses", "lacks"])
def test_copies_are_exact_where_the_system_will_not_write_chunks_out_early(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kernel_copy: bool,
    system: str,
    keep_cached: bool,
) -> None:
    import errno

    def refuses(*args: object) -> None:
        raise OSError(errno.ESPIPE, "Illegal seek")

    if system == "refuses":
        monkeypatch.setattr(os, "posix_fadvise", refuses, raising=False)
    else:
        monkeypatch.delattr(os, "posix_fadvise", raising=False)
    sources = _sources(tmp_path / "src", SIZES)
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    results = copy_files(
        jobs, chunk=CHUNK, kernel_copy=kernel_copy, durable=True, keep_cached=keep_cached
    )
    for job, copied in zip(jobs, results, strict=True):
        data = job.source.read_bytes()
        assert job.target.read_bytes() == data
        assert copied.digests["sha256"] == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("kernel_copy", [True, False], ids=["kernel-copy", "buffered"])
@pytest.mark.parametrize("workers", [1, 2])
def test_copies_let_go_of_their_memory_are_exact(
    tmp_path: Path, kernel_copy: bool, workers: int
) -> None:
    sources = _sources(tmp_path / "src", [*SIZES, 40 * CHUNK + 7])
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    with ParallelCopy(
        jobs, workers=workers, chunk=CHUNK, kernel_copy=kernel_copy, durable=True, keep_cached=False
    ) as copier:
        results = copier.wait()
        copier.flushed()
    for job, copied in zip(jobs, results, strict=True):
        data = job.source.read_bytes()
        assert job.target.read_bytes() == data
        assert copied.digests["sha512"] == hashlib.sha512(data).hexdigest()


def _resident(path: Path) -> int:
    """Bytes of ``path`` held in memory (util-linux fincore)."""
    done = subprocess.run(
        ["fincore", "--bytes", "--noheadings", "--raw", "--output", "RES", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[0])


@pytest.mark.skipif(shutil.which("fincore") is None, reason="needs util-linux fincore")
@pytest.mark.parametrize("kernel_copy", [True, False], ids=["kernel-copy", "buffered"])
def test_an_export_does_not_fill_the_memory_with_its_copies(
    tmp_path: Path, kernel_copy: bool
) -> None:
    """A package of gigabytes would otherwise push the rest of the computer's files out of
    the cache (and, on a virtual machine, be slower: the memory is fetched afresh)."""
    chunk = 1 << 20
    sources = _sources(tmp_path / "src", [64 * chunk])
    (tmp_path / "dst").mkdir()
    probe = tmp_path / "dst" / "probe"
    with probe.open("wb") as f:
        f.write(b"x" * chunk)
        f.flush()
        os.fsync(f.fileno())
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    if _resident(probe) == chunk:
        pytest.skip("this file system keeps every page (tmpfs?)")
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    with ParallelCopy(
        jobs, chunk=chunk, kernel_copy=kernel_copy, durable=True, keep_cached=False
    ) as copier:
        copier.wait()
        copier.flushed()
    assert _resident(jobs[0].target) <= 8 * chunk  # of 64


def test_progress_rises_to_the_bytes_copied(tmp_path: Path) -> None:
    sources = _sources(tmp_path / "src", SIZES)
    (tmp_path / "dst").mkdir()
    seen: list[int] = []
    copy_files([CopyJob(p, tmp_path / "dst" / p.name) for p in sources], seen.append, chunk=CHUNK)
    assert seen == sorted(seen)
    assert seen[-1] == sum(SIZES)


def test_an_existing_target_is_left_alone(tmp_path: Path) -> None:
    (source,) = _sources(tmp_path / "src", [10_000])
    target = tmp_path / "taken.bin"
    target.write_bytes(b"someone else's file")
    threads = threading.active_count()
    with pytest.raises(FileExistsError):
        copy_files([CopyJob(source, target)], chunk=CHUNK)
    assert target.read_bytes() == b"someone else's file"
    assert threading.active_count() == threads


def test_a_missing_source_fails_stops_everything_and_keeps_no_copy(tmp_path: Path) -> None:
    sources = _sources(tmp_path / "src", [50_000, 50_000])
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    jobs.append(CopyJob(tmp_path / "src" / "gone.bin", tmp_path / "dst" / "gone.bin"))
    threads = threading.active_count()
    with pytest.raises(FileNotFoundError):
        copy_files(jobs, chunk=CHUNK)
    assert threading.active_count() == threads
    assert list((tmp_path / "dst").iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_cancel_mid_file_keeps_no_copy(tmp_path: Path) -> None:
    """The source is a pipe that delivers one chunk and then waits: the copy is certainly
    under way when cancel() says yes, and neither it nor the finished copies may stay."""
    done = _sources(tmp_path / "src", [10, 20])
    pipe = tmp_path / "slow.wav"
    os.mkfifo(pipe)
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in [*done, pipe]]
    asked = threading.Event()
    threads = threading.active_count()

    def feed() -> None:
        with pipe.open("wb") as w:
            w.write(os.urandom(CHUNK))
            w.flush()
            asked.wait(timeout=30)  # hold the pipe open until cancel() has been asked

    feeder = threading.Thread(target=feed)
    feeder.start()
    moved: list[int] = []

    def cancel() -> bool:
        if moved and moved[-1] > 30:  # a chunk of the pipe has been copied
            asked.set()
            return True
        return False

    try:
        with pytest.raises(CopyCancelled), ParallelCopy(jobs, chunk=CHUNK) as copier:
            copier.wait(moved.append, cancel)
    finally:
        asked.set()
        feeder.join()
    assert moved
    assert list((tmp_path / "dst").iterdir()) == []
    assert threading.active_count() == threads


def test_an_unknown_algorithm_is_refused_before_anything_is_copied(tmp_path: Path) -> None:
    (source,) = _sources(tmp_path / "src", [100])
    target = tmp_path / "copy.bin"
    with pytest.raises(ValueError):
        copy_files([CopyJob(source, target)], algorithms=("sha256", "no-such-hash"))
    assert not target.exists()


def test_a_job_can_ask_for_fewer_digests(tmp_path: Path) -> None:
    [source] = _sources(tmp_path / "src", [100_000])
    (tmp_path / "dst").mkdir()
    [copied] = copy_files([CopyJob(source, tmp_path / "dst" / "a", ("sha256",))])
    assert copied.digests == {"sha256": hashlib.sha256(source.read_bytes()).hexdigest()}


def test_durable_copies_are_each_written_out(tmp_path: Path, monkeypatch) -> None:
    import onrecord.evidence.copyhash as copyhash

    flushed: list[Path] = []
    monkeypatch.setattr(copyhash, "fsync_file", lambda path: flushed.append(Path(path)))
    sources = _sources(tmp_path / "src", [10, 100_000, 5000])
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    with ParallelCopy(jobs, durable=True) as copier:
        copier.wait()
        copier.flushed()
    assert sorted(flushed) == sorted(job.target for job in jobs)


def test_a_copy_that_cannot_be_written_out_is_an_error_and_removed(
    tmp_path: Path, monkeypatch
) -> None:
    import onrecord.evidence.copyhash as copyhash

    def failing(path: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(copyhash, "fsync_file", failing)
    sources = _sources(tmp_path / "src", [10, 100_000])
    (tmp_path / "dst").mkdir()
    jobs = [CopyJob(p, tmp_path / "dst" / p.name) for p in sources]
    with pytest.raises(OSError, match="Input/output"), ParallelCopy(jobs, durable=True) as copier:
        copier.wait()
        copier.flushed()
    assert not any((tmp_path / "dst").iterdir())
