"""SHA-256, SHA-512 and BLAKE3 taken in one read, a hashed copy, and flushing a folder to disk."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import blake3
import pytest

from onrecord import digests, durable
from onrecord.digests import copy_digested, file_digests


def expected(data: bytes) -> tuple[str, str, str]:
    return (
        hashlib.sha256(data).hexdigest(),
        hashlib.sha512(data).hexdigest(),
        blake3.blake3(data).hexdigest(),
    )


@pytest.mark.parametrize("size", [0, 1, 65_535, digests.CHUNK, 3 * digests.CHUNK + 12_345])
def test_every_digest_of_a_file_matches_its_reference(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = tmp_path / "call.wav"
    path.write_bytes(data)
    got = file_digests(path)
    assert (got.sha256, got.sha512, got.blake3) == expected(data)
    assert got.size == size


def test_a_hashed_copy_is_byte_identical_private_and_described(tmp_path: Path) -> None:
    data = os.urandom(2 * digests.CHUNK + 7)
    source = tmp_path / "letter.pdf"
    source.write_bytes(data)
    target = tmp_path / "kept" / "copy.pdf"
    target.parent.mkdir()
    got = copy_digested(source, target)
    assert target.read_bytes() == data
    assert (got.sha256, got.sha512, got.blake3, got.size) == (*expected(data), len(data))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert source.read_bytes() == data


def test_a_copy_never_replaces_an_existing_file(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_bytes(b"new")
    target.write_bytes(b"kept")
    with pytest.raises(FileExistsError):
        copy_digested(source, target)
    assert target.read_bytes() == b"kept"


def test_a_copy_that_fails_midway_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "big", tmp_path / "copy"
    source.write_bytes(os.urandom(3 * digests.CHUNK))
    written: list[int] = []

    def failing_write(dst, view):  # type: ignore[no-untyped-def]
        if written:
            raise OSError(28, "No space left on device")
        written.append(len(view))
        dst.write(view)

    monkeypatch.setattr(digests, "write_all", failing_write)
    with pytest.raises(OSError, match="No space"):
        copy_digested(source, target)
    assert written and not target.exists()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files via /proc")
def test_sync_tree_flushes_every_file_and_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "package"
    (root / "data" / "recordings").mkdir(parents=True)
    files = [
        root / "bagit.txt",
        root / "data" / "case.json",
        root / "data" / "recordings" / "1.wav",
    ]
    for path in files:
        path.write_bytes(b"x")
    flushed: set[str] = set()
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        flushed.add(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(durable.os, "fsync", recording_fsync)
    durable.sync_tree(root)
    folders = {root, root / "data", root / "data" / "recordings"}
    assert {str(p) for p in [*files, *folders]} <= flushed
