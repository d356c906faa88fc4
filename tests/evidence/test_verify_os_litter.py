"""A lawyer opened the package on a Mac (Finder wrote .DS_Store files) or copied it to a USB
stick from a Mac (macOS wrote "._" files): verify must not call it NOT INTACT for that, must
name what it set aside, and must still find a real change."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from evidence_helpers import EXPORT_TIME

from onrecord.cli import main
from onrecord.evidence.verify import verify_package
from onrecord.evidence.verify_text import verify_text

DS_STORE = b"\x00\x00\x00\x01Bud1" + bytes(2040)
APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(4000)
THUMBS_DB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
DESKTOP_INI = "\ufeff[.ShellClassInfo]\r\nIconResource=C:\\x.ico,0\r\n".encode("utf-16-le")


def opened_on_a_mac_and_windows(package: Path, into: Path) -> list[str]:
    """A copy of ``package`` with what Finder, a copy to exFAT and Explorer leave; the names."""
    folder = into / package.name
    shutil.copytree(package, folder)
    added = {
        ".DS_Store": DS_STORE,
        "data/.DS_Store": DS_STORE,
        "data/report/.DS_Store": DS_STORE,
        "._VERIFY.txt": APPLE_DOUBLE,
        "data/report/._index.html": APPLE_DOUBLE,
        "data/recordings/Thumbs.db": THUMBS_DB,
        "data/desktop.ini": DESKTOP_INI,
    }
    for name, content in added.items():
        (folder / name).write_bytes(content)
    return sorted(added)


def test_files_a_mac_or_windows_adds_leave_the_package_intact_and_named(
    en_package, tmp_path: Path, capsys
) -> None:
    added = opened_on_a_mac_and_windows(en_package.folder, tmp_path)
    folder = tmp_path / en_package.folder.name
    report = verify_package(folder)
    assert report.ok, report.problems
    assert sorted(p.path for p in report.ignored) == added
    capsys.readouterr()
    assert main(["verify", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("intact: ")
    assert "7 files set aside, not part of the package" in out
    for name in added:
        assert f"    {name}: " in out
    assert "a Mac's Finder" in out
    assert main(["verify", "--json", str(folder)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert sorted(i["path"] for i in answer["ignored"]) == added


def test_a_change_is_still_found_beside_them(en_package, tmp_path: Path) -> None:
    opened_on_a_mac_and_windows(en_package.folder, tmp_path)
    folder = tmp_path / en_package.folder.name
    report_pdf = folder / "data/report/report.pdf"
    report_pdf.write_bytes(report_pdf.read_bytes()[:-1] + b"X")
    report = verify_package(folder)
    assert not report.ok
    assert [(p.kind, p.path) for p in report.problems] == [("altered", "data/report/report.pdf")]
    assert len(report.ignored) == 7


def test_only_the_real_formats_are_set_aside(en_package, tmp_path: Path) -> None:
    """A file that only borrows such a name (a note called .DS_Store, a picture called
    ._index.html) is an added file like any other."""
    folder = tmp_path / en_package.folder.name
    shutil.copytree(en_package.folder, folder)
    (folder / "data/report/.DS_Store").write_text("not what Finder writes", "utf-8")
    (folder / "data/report/._index.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "data/recordings/Thumbs.db").write_bytes(b"hello")
    (folder / "desktop.ini").write_bytes(b"\x00binary")
    report = verify_package(folder)
    assert not report.ok
    assert report.ignored == []
    assert sorted(p.path for p in report.problems if p.kind == "extra") == sorted(
        [
            "data/recordings/Thumbs.db",
            "data/report/._index.html",
            "data/report/.DS_Store",
            "desktop.ini",
        ]
    )


def test_the_instructions_warn_that_bagit_counts_them(en_package, tmp_path: Path) -> None:
    """bagit.py, step 2 of VERIFY.txt, counts a Finder's .DS_Store in data/ as an added file:
    VERIFY.txt says so in every language, and that "onrecord verify" sets them aside."""
    opened_on_a_mac_and_windows(en_package.folder, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(tmp_path / en_package.folder.name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "Payload-Oxum validation failed" in done.stderr
    fingerprint = "SHA256:" + " ".join(["abcd"] * 16)
    for language in ("en", "zh_CN", "zh_TW"):
        for block in verify_text("REF", EXPORT_TIME, fingerprint, language).split("\n\n\n"):
            step2 = block[block.index("\n2. ") : block.index("\n3. ")]
            assert '".DS_Store"' in step2 and "onrecord verify" in step2, (language, step2)
