"""Half-copied files left by a killed process are cleaned up; a live process's are not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from onrecord.store import open_workspace
from onrecord.store.workspace import Workspace


def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(proc.stdout)


def test_opening_the_data_folder_removes_only_abandoned_staging_files(data_dir: Path) -> None:
    open_workspace(data_dir).close()
    attachments = data_dir / "attachments" / "case-1"
    imported = data_dir / "recordings" / "imported" / "case-1"
    for folder in (attachments, imported):
        folder.mkdir(parents=True)
    abandoned = [
        attachments / f".incoming-{dead_pid()}-letter.pdf",
        imported / f".incoming-{dead_pid()}-call.wav",
    ]
    busy = attachments / f".incoming-{os.getppid()}-still-copying.jpg"  # its owner runs
    kept = [busy, attachments / "0123456789ab-letter.pdf", attachments / ".incoming-notes.txt"]
    for path in [*abandoned, *kept]:
        path.write_bytes(b"partial")
    open_workspace(data_dir).close()
    assert [p for p in abandoned if p.exists()] == []
    assert all(p.exists() for p in kept)


def test_adding_a_file_again_after_a_killed_add_leaves_no_debris(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = workspace.cases.create_case("Harbor Bank")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 a letter from the agency")
    folder = workspace.data_dir / "attachments" / f"case-{case.id}"
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / f".incoming-{dead_pid()}-letter.pdf"
    stale.write_bytes(b"%PDF-1.4 a lett")  # the killed add got this far
    added = workspace.attachments.add(case.id, letter)
    assert (workspace.data_dir / added.path).read_bytes() == letter.read_bytes()
    assert list(folder.glob(".incoming-*")) == []
