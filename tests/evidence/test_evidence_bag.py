"""The package is a valid BagIt bag, signed, and any single changed byte is found and named."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import bagit
import pytest

from onrecord.evidence.verify import verify_package

#: Every file of the small English package. A test checks the package holds exactly these,
#: so a new file cannot slip past the byte-flip test.
PACKAGE_FILES = [
    "VERIFY.txt",
    "bag-info.txt",
    "bagit.txt",
    "data/attachments/001-letter-1.txt",
    "data/attachments/002-letter-2.txt",
    "data/attachments/attachments.csv",
    "data/audit/audit-log.jsonl",
    "data/audit/chain-of-custody.json",
    "data/case/case.json",
    "data/case/conduct-findings.json",
    "data/case/timeline.csv",
    "data/marks/20260303-081500-rec1.labels.txt",
    "data/marks/20260303-081500-rec1.marks.csv",
    "data/marks/20260303-081500-rec1.marks.json",
    "data/marks/20260303-081500-rec1.vtt",
    "data/marks/20260306-201500-rec2.labels.txt",
    "data/marks/20260306-201500-rec2.marks.csv",
    "data/marks/20260306-201500-rec2.marks.json",
    "data/marks/20260306-201500-rec2.vtt",
    "data/recordings/20260303-081500-rec1.wav",
    "data/recordings/20260306-201500-rec2.wav",
    "data/report/index.html",
    "data/report/report.pdf",
    "manifest-sha256.txt",
    "manifest-sha512.txt",
    "signature/public-key.pem",
    "signature/tagmanifest-sha256.txt.sig",
    "signature/tagmanifest-sha512.txt.sig",
    "tagmanifest-sha256.txt",
    "tagmanifest-sha512.txt",
]


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_package_holds_exactly_the_expected_files(en_package) -> None:
    assert _files(en_package.folder) == PACKAGE_FILES


def test_bag_validates_with_the_bagit_library(en_package) -> None:
    bag = bagit.Bag(str(en_package.folder))
    bag.validate()  # raises BagValidationError on any problem
    assert bag.version_info == (1, 0)
    assert set(bag.algorithms) == {"sha256", "sha512"}
    assert bag.info["External-Identifier"] == "FX-US-1"
    assert bag.info["Bag-Software-Agent"].startswith("OnRecord ")
    assert bag.info["Payload-Oxum"].endswith(".20")


def test_verify_says_intact(en_package) -> None:
    report = verify_package(en_package.folder)
    assert report.ok, report.lines()
    assert report.recordings_checked == 2
    assert report.audit_case_events > 0
    assert report.audit_links > report.audit_case_events  # the other case's links, as digests
    assert report.signing_key.startswith("SHA256:")
    audit_text = (en_package.folder / "data/audit/audit-log.jsonl").read_text("utf-8")
    assert "SECRET" not in audit_text and "OTHER-1" not in audit_text


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="sha256sum not installed")
def test_sha256sum_checks_both_manifests(en_package) -> None:
    for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        done = subprocess.run(
            ["sha256sum", "--strict", "-c", manifest],
            cwd=en_package.folder,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_signature_checks_with_openssl_as_verify_txt_says(en_package, tmp_path: Path) -> None:
    import base64

    folder = en_package.folder
    sig = tmp_path / "sig.bin"
    sig.write_bytes(base64.b64decode((folder / "signature/tagmanifest-sha256.txt.sig").read_text()))
    done = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "signature/public-key.pem",
            "-rawin",
            "-in",
            "tagmanifest-sha256.txt",
            "-sigfile",
            str(sig),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sha256sum -c manifest-sha256.txt" in (folder / "VERIFY.txt").read_text("utf-8")
    assert "如何校验本证据包" in (folder / "VERIFY.txt").read_text("utf-8")


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("name", PACKAGE_FILES)
def test_flipping_one_byte_anywhere_is_found_and_named(
    en_package, tmp_path: Path, name: str, where: str
) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    target = copy / name
    data = bytearray(target.read_bytes())
    offset = {"first": 0, "middle": len(data) // 2, "last": len(data) - 1}[where]
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    report = verify_package(copy)
    assert not report.ok
    assert name in report.named_files, report.lines()


def test_missing_and_extra_files_are_named(en_package, tmp_path: Path) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    (copy / "data/attachments/002-letter-2.txt").unlink()
    (copy / "data/recordings/planted.wav").write_bytes(b"RIFF")
    (copy / "notes.txt").write_text("hello")
    report = verify_package(copy)
    kinds = {(p.kind, p.path) for p in report.problems}
    assert ("missing", "data/attachments/002-letter-2.txt") in kinds
    assert ("extra", "data/recordings/planted.wav") in kinds
    assert ("extra", "notes.txt") in kinds
    # One file fewer and one more in data/: the count is the same, the size is not. That
    # only follows from the two files above, so it is said once and not counted.
    assert not any(p.kind == "oxum" for p in report.problems), report.lines()
    (follows,) = report.follows
    assert follows.detail.startswith("Because of the above, the files in data/ now come to")
    assert follows.detail in report.lines()[-1]


def test_a_missing_file_is_one_problem_not_two(en_package, tmp_path: Path) -> None:
    """A walk-through counted "Payload-Oxum … but the payload is 12 files" as a second
    problem beside the missing file it comes from."""
    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    (copy / "data/attachments/002-letter-2.txt").unlink()
    report = verify_package(copy)
    assert [(p.kind, p.path) for p in report.problems] == [
        ("missing", "data/attachments/002-letter-2.txt")
    ]
    assert [p.detail for p in report.follows] == [
        "Because of the above, data/ now holds 19 files, not the 20 it held when the "
        "package was made."
    ]
    assert report.to_json()["follows"][0]["path"] == "bag-info.txt"


def test_a_wrong_file_count_alone_is_a_problem(en_package, tmp_path: Path) -> None:
    """When nothing in data/ explains it, the count in bag-info.txt is a problem of its own."""
    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    info = copy / "bag-info.txt"
    text = info.read_text("utf-8")
    size = text.split("Payload-Oxum: ", 1)[1].split(".", 1)[0]
    info.write_text(text.replace(f"Payload-Oxum: {size}.20", f"Payload-Oxum: {size}.21"), "utf-8")
    report = verify_package(copy)
    oxum = [p for p in report.problems if p.kind == "oxum"]
    assert [(p.path, p.detail) for p in oxum] == [
        (
            "bag-info.txt",
            f"it records 21 files of {size} bytes in data/ (Payload-Oxum), but data/ holds "
            f"20 files of {size} bytes",
        )
    ]
    assert report.follows == []


def test_intact_says_which_files_were_counted(en_package) -> None:
    """The export said "20 files", the check "26 files checked": the check says which."""
    report = verify_package(en_package.folder)
    assert report.ok
    assert report.payload_files_checked == 20  # the export's count (Payload-Oxum)
    assert report.other_files_checked == 6
    assert report.files_checked == 26
    assert "26 files (20 in data/, 6 that describe and sign the package)" in report.lines()[1]
    # A lawyer review: the check should say the key must be confirmed another way.
    said = "\n".join(report.lines())
    assert f"signed by key {report.signing_key}" in said
    assert "compare the fingerprint with one the sender gives you another way" in said


def test_a_resigned_package_with_a_swapped_recording_still_fails(
    en_package, tmp_path: Path
) -> None:
    """Someone who rebuilds every manifest still cannot hide a changed recording: its hash
    must equal the one logged in the audit chain at capture."""
    from onrecord.evidence.bag import ALGORITHMS, file_digests

    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    wav = copy / "data/recordings/20260303-081500-rec1.wav"
    data = bytearray(wav.read_bytes())
    data[-10] ^= 0xFF
    wav.write_bytes(bytes(data))
    bag = bagit.Bag(str(copy))
    bag.save(manifests=True)  # rebuild manifests, oxum and tag manifests as a forger would
    report = verify_package(copy)
    assert not report.ok
    kinds = {(p.kind, p.path) for p in report.problems}
    assert ("recording", "data/recordings/20260303-081500-rec1.wav") in kinds
    assert ALGORITHMS and file_digests(wav)  # the forged bag is otherwise self-consistent


def _bagit_make_bag_of(payload: Path, info: dict[str, str], where: Path) -> Path:
    """What the reference library writes for the same payload and bag-info labels."""
    shutil.copytree(payload, where)
    bagit.make_bag(str(where), dict(info), checksums=["sha256", "sha512"])
    return where


def _labels(bag_info: Path) -> dict[str, str]:
    info = dict(line.split(": ", 1) for line in bag_info.read_text("utf-8").splitlines())
    del info["Payload-Oxum"]
    return info


def test_manifests_and_bag_info_are_byte_for_byte_what_bagit_writes(
    en_package, tmp_path: Path
) -> None:
    folder = en_package.folder
    theirs = _bagit_make_bag_of(
        folder / "data", _labels(folder / "bag-info.txt"), tmp_path / "theirs"
    )
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "bag-info.txt"):
        assert (folder / name).read_bytes() == (theirs / name).read_bytes(), name


def test_awkward_names_are_listed_and_ordered_as_bagit_does(
    tmp_path: Path, signing_key_dir: Path
) -> None:
    """Nested folders, files beside folders, upper before lower case, non-ASCII, spaces,
    a literal %41, an empty file and (where the file system allows) a line break in a name."""
    from onrecord.evidence.bag import make_signed_bag
    from onrecord.evidence.signing import load_or_create_key

    payload = tmp_path / "payload"
    names = [
        "b.txt",
        "A.txt",
        "z/nested/deep.bin",
        "z/top.txt",
        "Zed/x.txt",
        "é文件 name.txt",
        "100%41 paid.txt",
        "empty.txt",
    ]
    if os.name == "posix":
        names.append("line\nbreak.txt")
    for index, name in enumerate(names):
        path = payload / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"" if name == "empty.txt" else f"file {index}\n".encode() * 100)
    info = {
        "External-Identifier": "AWK-1",
        "Bagging-Date": "2026-04-01",
        "Bag-Software-Agent": "test",
        "Contact-Name": "Zoë",
    }
    ours = tmp_path / "ours"
    shutil.copytree(payload, ours / "data")
    key = load_or_create_key(signing_key_dir.parent)
    summary = make_signed_bag(ours, info, key, {"VERIFY.txt": "check me\n"})
    theirs = _bagit_make_bag_of(payload, info, tmp_path / "theirs")
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "bag-info.txt"):
        assert (ours / name).read_bytes() == (theirs / name).read_bytes(), name
    assert summary.files == len(names)
    bagit.Bag(str(ours)).validate()  # every digest recomputed by the reference library
