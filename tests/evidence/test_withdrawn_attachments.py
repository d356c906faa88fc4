"""A file withdrawn as attached by mistake (a private photo) is not in the package: not as a
file, in the manifests, the report, attachments.csv or case.json. The package's audit log
still shows that it was added and withdrawn, and the package verifies."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from evidence_helpers import EXPORT_TIME, build_case

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import Workspace

REASON = "a private photo, chosen by mistake"


def test_a_withdrawn_file_is_left_out_and_the_audit_log_says_so(
    workspace: Workspace, tmp_path: Path
) -> None:
    fixture = build_case(workspace, attachments=1)
    photo = tmp_path / "IMG_0412.jpg"
    photo.write_bytes(b"\xff\xd8\xff a private photo")
    private = workspace.attachments.add(fixture.case_id, photo, event_id=fixture.event_ids[0])
    workspace.attachments.withdraw(private.id, REASON)
    result = export_case(
        workspace, fixture.case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME)
    )
    folder = result.folder
    assert folder is not None

    files = sorted(p.name for p in (folder / "data/attachments").iterdir())
    assert files == ["001-letter-1.txt", "attachments.csv"]
    assert result.attachments == 1
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt"):
        text = (folder / name).read_text("utf-8")
        assert "IMG_0412" not in text and private.sha256 not in text
    assert "IMG_0412" not in (folder / "data/attachments/attachments.csv").read_text("utf-8")
    case = json.loads((folder / "data/case/case.json").read_text("utf-8"))
    assert [a["original_name"] for a in case["attachments"]] == ["letter-1.txt"]
    assert "withdrawn_at" not in case["attachments"][0]  # no empty columns for every file
    custody = (folder / "data/audit/chain-of-custody.json").read_text("utf-8")
    assert "IMG_0412" not in custody
    for report in ("index.html",):
        assert "IMG_0412" not in (folder / "data/report" / report).read_text("utf-8")

    # Honest that something was taken out: the add and the withdrawal, with the reason.
    logged = [
        json.loads(line)
        for line in (folder / "data/audit/audit-log.jsonl").read_text("utf-8").splitlines()
    ]
    bodies = [json.loads(e["body"]) for e in logged if "body" in e]
    about = [b for b in bodies if b["entity"] == "attachment" and b["entity_id"] == private.id]
    assert [b["action"] for b in about] == ["attachment.added", "attachment.withdrawn"]
    assert about[1]["data"]["reason"] == REASON
    assert about[1]["data"]["sha256"] == private.sha256

    report = verify_package(folder)
    assert report.ok, report.problems
    assert report.problems == [] and report.follows == []
    if result.zip_path is not None:
        assert verify_package(result.zip_path).ok


def test_a_file_put_back_is_exported_again(workspace: Workspace, tmp_path: Path) -> None:
    fixture = build_case(workspace, attachments=1)
    [letter] = workspace.attachments.list(fixture.case_id)
    workspace.attachments.withdraw(letter.id, "wrong letter")
    workspace.attachments.restore(letter.id, "it was the right letter")
    result = export_case(
        workspace, fixture.case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME)
    )
    assert result.folder is not None and result.attachments == 1
    assert (result.folder / "data/attachments/001-letter-1.txt").is_file()
    assert verify_package(result.folder).ok


def test_the_report_says_how_many_files_were_withdrawn(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A package must not drop evidence silently, even what the user took back: the report's
    attachments section says how many files were withdrawn, and where their record is."""
    fixture = build_case(workspace, attachments=1)
    for name in ("IMG_0412.jpg", "IMG_0413.jpg"):
        photo = tmp_path / name
        photo.write_bytes(name.encode())
        added = workspace.attachments.add(fixture.case_id, photo, event_id=fixture.event_ids[0])
        workspace.attachments.withdraw(added.id, REASON)
    folder = export_case(
        workspace, fixture.case_id, tmp_path / "whole", ExportOptions(now=EXPORT_TIME)
    ).folder
    assert folder is not None
    html = (folder / "data/report/index.html").read_text("utf-8")
    section = html[html.index('<section id="attachments">') :]
    section = section[: section.index("</section>")]
    assert "2 files attached to this case were withdrawn by the user" in section
    assert "its audit log records each one" in section
    pdf = subprocess.run(
        ["pdftotext", str(folder / "data/report/report.pdf"), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    assert "withdrawn by the user" in " ".join(pdf.split())

    # a package of the call they were attached to says so, without the audit log's claim
    # (a partial package gives the withdrawal as a digest); one of another call does not
    def section_of(calls: list[int], name: str) -> str:
        options = ExportOptions(now=EXPORT_TIME, calls=calls)
        out = export_case(workspace, fixture.case_id, tmp_path / name, options).folder
        assert out is not None
        html = (out / "data/report/index.html").read_text("utf-8")
        return html[html.index('<section id="attachments">') :].split("</section>")[0]

    own = section_of([fixture.event_ids[0]], "own")
    assert "2 files attached to the contacts in this package, or to the case itself" in own
    assert "audit log" not in own
    assert "withdrawn" not in section_of([fixture.event_ids[1]], "other")
