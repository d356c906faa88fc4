"""A package is made to be given away: its files get the modes the user's other files get
(their umask), not the data folder's owner-only ones, so a folder copied with ``cp -r`` by
another account, to a shared folder, an ext4 stick or an NFS share can still be read. The
data folder stays private, and the zip's bytes do not depend on the modes."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from evidence_helpers import EXPORT_TIME, build_case

from onrecord.cli import main
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.store import open_workspace


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def export(data_dir: Path, reference: str, out: Path, *extra: str) -> None:
    args = ["--data-dir", str(data_dir), "export", "--case", reference, "--out", str(out)]
    assert main([*args, "--quiet", *extra]) == 0


@pytest.mark.parametrize(
    ("umask", "file_mode", "dir_mode"),
    [(0o022, 0o644, 0o755), (0o002, 0o664, 0o775)],
    ids=["umask-022", "umask-002"],
)
def test_the_package_is_readable_by_whoever_is_given_it(
    workspace, us_case, tmp_path: Path, umask: int, file_mode: int, dir_mode: int
) -> None:
    os.umask(umask)  # the user's, as a desktop session sets it
    out = tmp_path / "to-share" / "case"  # created by the export
    export(workspace.data_dir, us_case.reference, out, "--zip")
    password = tmp_path / "password.txt"
    password.write_text("a password\n", encoding="utf-8")
    export(
        workspace.data_dir,
        us_case.reference,
        tmp_path / "enc",
        "--encrypt",
        "--password-file",
        str(password),
    )

    [folder] = [p for p in out.iterdir() if p.is_dir()]
    wrong = [
        f"{p.relative_to(tmp_path)} {oct(mode(p))}"
        for p in [
            out.parent,
            out,
            folder,
            *folder.rglob("*"),
            *out.glob("*.zip"),
            *(tmp_path / "enc").iterdir(),
        ]
        if mode(p) != (dir_mode if p.is_dir() else file_mode)
    ]
    assert wrong == []
    assert len(list((tmp_path / "enc").iterdir())) == 2  # the zip and its HOW TO OPEN note
    assert main(["verify", str(folder)]) == 0


def test_the_data_folder_keeps_its_modes(workspace, us_case, tmp_path: Path) -> None:
    os.umask(0o022)
    data = workspace.data_dir
    before = {p: mode(p) for p in [data, *data.rglob("*")]}
    export(data, us_case.reference, tmp_path / "out", "--zip")
    after = {p: mode(p) for p in [data, *data.rglob("*")] if p in before}
    assert after == before
    assert mode(data) == 0o700
    assert mode(data / "keys") == 0o700


def test_a_private_umask_keeps_the_package_private(workspace, us_case, tmp_path: Path) -> None:
    os.umask(0o077)  # a user who wants every file of theirs private gets that here too
    export(workspace.data_dir, us_case.reference, tmp_path / "out")
    [folder] = list((tmp_path / "out").iterdir())
    assert {mode(p) for p in folder.rglob("*") if p.is_file()} == {0o600}
    assert {mode(p) for p in [folder, *folder.rglob("*")] if p.is_dir()} == {0o700}


def test_the_zip_does_not_depend_on_the_umask(tmp_path: Path, signing_key_dir: Path) -> None:
    first = tmp_path / "one" / "data"
    with open_workspace(first) as ws:
        shutil.copytree(signing_key_dir, first / "keys")
        fixture = build_case(ws)
    second = tmp_path / "two" / "data"
    shutil.copytree(first, second)
    zips = []
    for data, umask in ((first, 0o022), (second, 0o077)):
        os.umask(umask)
        with open_workspace(data) as ws:
            options = ExportOptions(now=EXPORT_TIME, make_zip=True)
            result = export_case(ws, fixture.case_id, data.parent / "out", options)
        assert result.zip_path is not None
        zips.append(result.zip_path.read_bytes())
    assert zips[0] == zips[1]
