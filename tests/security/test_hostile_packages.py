"""`verify` given hostile packages: zip bombs, zip-slip names, symlinks, damaged bags and zips.

Whatever it is given, verify must end (no hang), raise nothing but VerifyInputError, write
nothing outside its own temporary folder (and remove that), and never call a damaged package
intact.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.append(str(Path(__file__).resolve().parents[1] / "evidence"))

from evidence_helpers import make_export

from onrecord.evidence.verify import VerifyInputError, verify_package

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the run) if the block takes longer than ``seconds``."""

    def expired(_sig: int, _frame: object) -> None:
        raise TimeoutError(f"verify took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, qapp) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """One real package (folder and zip), exported once for the module (its PDF is drawn
    with pytest-qt's QApplication, not a bare one that would break the widget tests)."""
    from onrecord.evidence.signing import load_or_create_key

    base = tmp_path_factory.mktemp("hostile")
    load_or_create_key(base / "key-home")
    exported = make_export(base, base / "key-home" / "keys", make_zip=True)
    assert exported.zip_path is not None
    return exported.folder, exported.zip_path


@pytest.fixture
def private_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """verify's temporary folders go here, so leftovers and escapes can be seen."""
    folder = tmp_path / "verify-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def run_verify(path: Path, **kwargs: object) -> object:
    """The report, or the VerifyInputError; anything else fails the test."""
    with time_limit(20):
        try:
            return verify_package(path, **kwargs)  # type: ignore[arg-type]
        except VerifyInputError as exc:
            assert str(exc) and "\n" not in str(exc)
            return exc


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


# ------------------------------------------------------------------ zip slip
SLIP_NAMES = [
    "../escaped.txt",
    "bag/../../escaped.txt",
    "/tmp/onrecord-escaped-abs.txt",
    "C:/escaped.txt",
    "C:\\escaped.txt",
    "C:escaped.txt",
    "..\\..\\escaped.txt",
    "bag/data/\x00hidden.txt",
    "",
]


@pytest.mark.parametrize("name", SLIP_NAMES)
def test_zip_slip_names_are_refused_and_nothing_lands_outside(
    tmp_path: Path, private_tmp: Path, package: tuple[Path, Path], name: str
) -> None:
    evil = tmp_path / "zone" / "evil.zip"
    evil.parent.mkdir()
    with zipfile.ZipFile(package[1]) as good, zipfile.ZipFile(evil, "w") as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        info = zipfile.ZipInfo("placeholder")
        info.filename = name  # bypass ZipInfo's own clean-up, as a hand-made zip would
        out.writestr(info, b"escaped")
    before = tree(tmp_path)
    result = run_verify(evil)
    if not isinstance(result, VerifyInputError) and "\x00" not in name:
        # (zipfile cuts a name at NUL: "bag/data/" is then a folder entry, rightly ignored)
        assert not result.ok  # type: ignore[attr-defined]
    assert tree(tmp_path) == before, "verify wrote outside its temporary folder"
    assert not Path("/tmp/onrecord-escaped-abs.txt").exists()
    assert list(private_tmp.iterdir()) == [], "verify left its temporary folder behind"


def test_zip_symlink_member_is_never_a_symlink_on_disk(
    tmp_path: Path, private_tmp: Path, package: tuple[Path, Path]
) -> None:
    """A member marked as a symlink (Unix mode in external_attr) to a file outside."""
    evil = tmp_path / "symlink.zip"
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    root = next(iter(zipfile.ZipFile(package[1]).namelist())).split("/")[0]
    with zipfile.ZipFile(package[1]) as good, zipfile.ZipFile(evil, "w") as out:
        for info in good.infolist():
            if info.filename.endswith("data/case/case.json"):
                link = zipfile.ZipInfo(info.filename)
                link.create_system = 3
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                out.writestr(link, str(secret))
            else:
                out.writestr(info, good.read(info))
        extra = zipfile.ZipInfo(f"{root}/data/link-out")
        extra.create_system = 3
        extra.external_attr = (stat.S_IFLNK | 0o777) << 16
        out.writestr(extra, "/etc/passwd")
    seen: list[Path] = []
    real_symlink = os.symlink

    def spy(*args: object, **kwargs: object) -> None:
        seen.append(Path(str(args[1])))
        real_symlink(*args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "symlink", spy)
        report = run_verify(evil)
    assert seen == [], "verify created a symlink"
    assert not isinstance(report, VerifyInputError) and not report.ok  # type: ignore[attr-defined]
    assert secret.read_text() == "private"
    assert list(private_tmp.iterdir()) == []


# ------------------------------------------------------------------ zip bombs
def bomb(path: Path, root: str, size: int, members: int = 1) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        out.writestr(f"{root}/bagit.txt", "BagIt-Version: 1.0\n")
        chunk = b"\0" * (1 << 20)
        for n in range(members):
            with out.open(f"{root}/data/zeros-{n}.bin", "w", force_zip64=True) as dst:
                for _ in range(size // len(chunk)):
                    dst.write(chunk)


def test_zip_bomb_is_refused_before_it_fills_the_disk(tmp_path: Path, private_tmp: Path) -> None:
    """1 GiB of zeros in a 1 MB zip: verify must not unpack it."""
    evil = tmp_path / "bomb.zip"
    bomb(evil, "bag", 1 << 30)
    assert evil.stat().st_size < 2 << 20
    peak = 0
    real_copy = shutil.copyfileobj

    def watch(src: object, dst: object, length: int = 0) -> None:
        nonlocal peak
        real_copy(src, dst, length)  # type: ignore[arg-type]
        peak = max(peak, sum(p.stat().st_size for p in private_tmp.rglob("*") if p.is_file()))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(shutil, "copyfileobj", watch)
        result = run_verify(evil)
    assert isinstance(result, VerifyInputError), result
    assert "too large" in str(result) or "bomb" in str(result)
    assert peak < 64 << 20, f"verify unpacked {peak} bytes of a zip bomb"
    assert list(private_tmp.iterdir()) == []


def test_many_member_bomb(tmp_path: Path, private_tmp: Path) -> None:
    evil = tmp_path / "wide.zip"
    with zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("bag/bagit.txt", "BagIt-Version: 1.0\n")
        for n in range(20000):
            out.writestr(f"bag/data/{n}", b"")
    result = run_verify(evil)
    assert isinstance(result, VerifyInputError) or not result.ok  # type: ignore[attr-defined]
    assert list(private_tmp.iterdir()) == []


# ------------------------------------------------------ symlinks in a folder
@pytest.mark.parametrize("target", ["/dev/zero", "/etc/hostname", "outside"])
def test_symlinks_in_a_package_folder_are_reported_not_followed(
    tmp_path: Path, package: tuple[Path, Path], target: str
) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(package[0], copy, symlinks=True)
    victim = next((copy / "data" / "recordings").rglob("*.wav"))
    if target == "outside":
        outside = tmp_path / "outside.wav"
        shutil.copy(victim, outside)  # identical bytes: a symlink must still not pass
        target = str(outside)
    victim.unlink()
    victim.symlink_to(target)
    report = run_verify(copy)
    assert not isinstance(report, VerifyInputError)
    assert not report.ok  # type: ignore[attr-defined]
    rel = victim.relative_to(copy).as_posix()
    assert rel in report.named_files  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "name", ["bagit.txt", "bag-info.txt", "tagmanifest-sha256.txt", "data/case/case.json"]
)
def test_tag_files_that_are_links_to_devices(
    tmp_path: Path, package: tuple[Path, Path], name: str
) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(package[0], copy)
    (copy / name).unlink()
    (copy / name).symlink_to("/dev/zero")
    report = run_verify(copy)
    if not isinstance(report, VerifyInputError):
        assert not report.ok and name in report.named_files  # type: ignore[attr-defined]


def test_fifo_in_a_package_folder_does_not_hang(tmp_path: Path, package: tuple[Path, Path]) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(package[0], copy)
    victim = next((copy / "data" / "recordings").rglob("*.wav"))
    victim.unlink()
    os.mkfifo(victim)
    report = run_verify(copy)
    assert not isinstance(report, VerifyInputError) and not report.ok  # type: ignore[attr-defined]


# ------------------------------------------------------------- fuzzed bags
BAG_FILES = [
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "manifest-sha512.txt",
    "tagmanifest-sha256.txt",
    "data/case/case.json",
    "data/audit/audit-log.jsonl",
    "signature/public-key.pem",
    "signature/tagmanifest-sha256.txt.sig",
]


@st.composite
def damage(draw: st.DrawFn) -> list[tuple[str, str, bytes]]:
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(BAG_FILES))
        action = draw(st.sampled_from(["flip", "truncate", "replace", "append", "delete"]))
        payload = draw(
            st.one_of(
                st.binary(max_size=64),
                st.sampled_from(
                    [
                        b"\xff\xfe\x00bad",
                        b"../../../etc/passwd\n",
                        "\u202e\U0001f600 %2e%2e/evil\n".encode(),
                        b"0" * 64 + b"  ../../outside\n",
                        b'{"seq": 1, "prev_hash": null}\n',
                    ]
                ),
            )
        )
        steps.append((name, action, payload))
    return steps


def apply(root: Path, steps: list[tuple[str, str, bytes]]) -> None:
    for name, action, payload in steps:
        path = root / name
        if not path.exists():
            continue
        data = path.read_bytes()
        if action == "flip" and data:
            at = len(payload) % len(data)
            data = data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1 :]
        elif action == "truncate":
            data = data[: len(payload)]
        elif action == "replace":
            data = payload
        elif action == "append":
            data += payload
        else:
            path.unlink()
            continue
        path.write_bytes(data)


@FUZZ
@given(steps=damage())
def test_damaged_bag_folders(
    tmp_path_factory: pytest.TempPathFactory,
    package: tuple[Path, Path],
    steps: list[tuple[str, str, bytes]],
) -> None:
    copy = tmp_path_factory.mktemp("bag") / "pkg"
    shutil.copytree(package[0], copy)
    apply(copy, steps)
    changed = tree(copy) != tree(package[0]) or any(
        (copy / n).read_bytes() != (package[0] / n).read_bytes()
        for n in BAG_FILES
        if (copy / n).exists()
    )
    result = run_verify(copy)
    if changed and not isinstance(result, VerifyInputError):
        assert not result.ok, steps  # type: ignore[attr-defined]


@FUZZ
@given(
    cuts=st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(["flip", "zero", "cut"])), min_size=1, max_size=4
    )
)
def test_damaged_zips(
    tmp_path_factory: pytest.TempPathFactory,
    package: tuple[Path, Path],
    cuts: list[tuple[float, str]],
) -> None:
    folder = tmp_path_factory.mktemp("zip")
    private = folder / "tmp"
    private.mkdir()
    data = bytearray(package[1].read_bytes())
    for where, how in cuts:
        at = min(int(where * len(data)), len(data) - 1)
        if how == "flip":
            data[at] ^= 0xA5
        elif how == "zero":
            data[at : at + 64] = bytes(len(data[at : at + 64]))
        else:
            del data[at:]
            if not data:
                data = bytearray(b"PK")
    evil = folder / "damaged.zip"
    evil.write_bytes(bytes(data))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tempfile, "tempdir", str(private))
        result = run_verify(evil)
    if not isinstance(result, VerifyInputError) and result.ok:  # type: ignore[attr-defined]
        # Only container bytes that carry no content may change unnoticed (e.g. the zip
        # comment length at the very end): what verify calls intact must read back identical.
        assert _members(evil) == _members(package[1])
    assert list(private.iterdir()) == []


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_not_a_zip_and_empty_inputs(tmp_path: Path) -> None:
    for name, content in [("empty.zip", b""), ("junk.zip", b"PK\x05\x06" + b"\0" * 18)]:
        path = tmp_path / name
        path.write_bytes(content)
        assert isinstance(run_verify(path), VerifyInputError)
    assert isinstance(run_verify(tmp_path / "missing"), VerifyInputError)
    empty_dir = tmp_path / "emptydir"
    empty_dir.mkdir()
    assert isinstance(run_verify(empty_dir), VerifyInputError)


def test_the_package_itself_verifies(package: tuple[Path, Path]) -> None:
    """Control: the unmodified package is intact, as folder and as zip."""
    for path in package:
        report = run_verify(path)
        assert not isinstance(report, VerifyInputError) and report.ok, report  # type: ignore[attr-defined]
