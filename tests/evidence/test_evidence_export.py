"""Exporting: all or nothing, originals untouched, hostile names contained, zips reproducible."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import bagit
import pytest
import pyzipper
from evidence_helpers import (
    EXPORT_TIME,
    add_other_case,
    build_case,
    make_export,
    rename_attachment,
    write_tone,
)

from onrecord.cli import main
from onrecord.digests import file_digests
from onrecord.evidence.export import (
    ExportCancelled,
    ExportError,
    ExportOptions,
    export_case,
    package_name,
)
from onrecord.evidence.verify import VerifyInputError, verify_package
from onrecord.store import open_workspace
from onrecord.store.engine import DB_FILENAME


def _tree_hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix not in (".sqlite3-wal", ".sqlite3-shm", ".db-wal", ".db-shm")
        and "-wal" not in p.name
        and "-shm" not in p.name
    }


def _empty(folder: Path) -> bool:
    """Nothing was left behind (the chosen folder itself may have been created)."""
    return not folder.exists() or not any(folder.iterdir())


def _originals(folder: Path) -> dict[str, str]:
    hashes = _tree_hashes(folder)
    return {k: v for k, v in hashes.items() if k.startswith(("recordings/", "attachments/"))}


@pytest.mark.parametrize("stop_after", [1, 3, 8, 14, 25])
def test_cancel_at_any_point_leaves_nothing(
    workspace, us_case, tmp_path: Path, stop_after: int
) -> None:
    out = tmp_path / "out"
    before = _originals(workspace.data_dir)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= stop_after

    with pytest.raises(ExportCancelled):
        export_case(
            workspace,
            us_case.case_id,
            out,
            ExportOptions(now=EXPORT_TIME, make_zip=True),
            cancel=cancel,
        )
    assert _empty(out)
    assert _originals(workspace.data_dir) == before


def test_cancel_while_zipping_leaves_nothing(workspace, us_case, tmp_path: Path) -> None:
    out = tmp_path / "out"
    zipping = []

    def progress(fraction: float, message: str) -> None:
        if message == "writing the zip":
            zipping.append(fraction)

    with pytest.raises(ExportCancelled):
        export_case(
            workspace,
            us_case.case_id,
            out,
            ExportOptions(now=EXPORT_TIME, make_zip=True),
            progress=progress,
            cancel=lambda: bool(zipping),
        )
    assert zipping and _empty(out)


def test_cancel_while_drawing_the_pdf_leaves_nothing(workspace, us_case, tmp_path: Path) -> None:
    """A case of 100 000 marks spends minutes on its PDF: Cancel must work there too."""
    out = tmp_path / "out"
    drawing: list[float] = []

    def progress(fraction: float, message: str) -> None:
        if message == "drawing the PDF report":
            drawing.append(fraction)

    with pytest.raises(ExportCancelled):
        export_case(
            workspace,
            us_case.case_id,
            out,
            ExportOptions(now=EXPORT_TIME),
            progress=progress,
            cancel=lambda: len(drawing) > 2,  # once a page or so is drawn
        )
    assert len(drawing) > 2 and _empty(out)


def test_the_bar_moves_while_the_pdf_is_drawn(workspace, us_case, tmp_path: Path) -> None:
    """Drawing a big report's PDF once held the bar at 80 % for minutes, as if it hung."""
    drawing: list[float] = []
    export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME),
        progress=lambda f, m: drawing.append(f) if m == "drawing the PDF report" else None,
    )
    assert len(set(drawing)) > 3 and drawing == sorted(drawing)
    assert drawing[-1] == pytest.approx(0.8)


@pytest.mark.parametrize("make_zip", [False, True])
def test_progress_rises_from_zero_to_one(workspace, us_case, tmp_path: Path, make_zip) -> None:
    seen: list[float] = []
    export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME, make_zip=make_zip),
        progress=lambda f, m: seen.append(f),
    )
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_a_recording_changed_after_capture_is_refused_and_nothing_is_written(
    workspace, us_case, tmp_path: Path
) -> None:
    wav = next((workspace.data_dir / "recordings").rglob("call-2.wav"))
    data = bytearray(wav.read_bytes())
    data[100] ^= 0x01
    wav.write_bytes(bytes(data))
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"recording 2 .*no longer matches the BLAKE3"):
        export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME))
    assert _empty(out)


def test_an_attachment_changed_after_it_was_added_is_refused(
    workspace, us_case, tmp_path: Path
) -> None:
    folder = workspace.data_dir / "attachments" / f"case-{us_case.case_id}"
    stored = sorted(p for p in folder.rglob("*") if p.is_file())[0]
    stored.write_bytes(stored.read_bytes() + b" and one more line")
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"attachment \d+ .*no longer matches the BLAKE3"):
        export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME, make_zip=True))
    assert _empty(out)


def test_a_missing_recording_file_is_named_and_nothing_is_written(
    workspace, us_case, tmp_path: Path
) -> None:
    next((workspace.data_dir / "recordings").rglob("call-1.wav")).unlink()
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"recording 1 .*is missing from the data folder"):
        export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME))
    assert _empty(out)


def test_cancel_while_copying_leaves_nothing(workspace, us_case, tmp_path: Path) -> None:
    out = tmp_path / "out"
    copying = []

    def progress(fraction: float, message: str) -> None:
        if message == "copying recordings and attachments":
            copying.append(fraction)

    with pytest.raises(ExportCancelled):
        export_case(
            workspace,
            us_case.case_id,
            out,
            ExportOptions(now=EXPORT_TIME),
            progress=progress,
            cancel=lambda: bool(copying),
        )
    assert copying and _empty(out)


def test_a_failure_midway_leaves_nothing(workspace, us_case, tmp_path: Path, monkeypatch) -> None:
    from onrecord.evidence import export as export_module

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "make_signed_bag", broken)
    out = tmp_path / "out"
    with pytest.raises(ExportError, match="No space left"):
        export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME))
    assert _empty(out)


def test_an_attachment_named_to_climb_out_stays_inside_the_bag(
    workspace, us_case, tmp_path: Path
) -> None:
    rename_attachment(workspace.data_dir, 1, "../../evil")
    out = tmp_path / "out"
    result = export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME))
    assert result.folder is not None
    everything = {p.resolve() for p in tmp_path.rglob("*")}
    assert not any(p.name == "evil" for p in everything if result.folder.resolve() not in p.parents)
    inside = result.folder / "data" / "attachments" / "001-evil"
    assert inside.is_file()
    mapping = (result.folder / "data/attachments/attachments.csv").read_text("utf-8")
    assert "001-evil,../../evil," in mapping
    assert verify_package(result.folder).ok


@pytest.mark.parametrize(
    "original",
    ["line\u2028para\u2029next\x85end.txt", "100%0A paid.pdf", "wide space\u3000", "tab\x0bff\x0c"],
)
def test_an_attachment_name_any_bagit_reader_would_misread_is_made_safe(
    workspace, us_case, tmp_path: Path, original: str
) -> None:
    import bagit

    rename_attachment(workspace.data_dir, 1, original)
    result = export_case(workspace, us_case.case_id, tmp_path / "out", ExportOptions())
    assert result.folder is not None
    bagit.Bag(str(result.folder)).validate()  # the reference library reads every name back
    assert verify_package(result.folder).ok
    with (result.folder / "data/attachments/attachments.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["original_name"] for r in rows if r["attachment_id"] == "1"] == [original]


def test_two_exports_of_the_same_state_at_the_same_time_are_identical_zips(
    tmp_path: Path, signing_key_dir: Path
) -> None:
    first = tmp_path / "one" / "data"
    with open_workspace(first) as ws:
        shutil.copytree(signing_key_dir, first / "keys")
        add_other_case(ws)
        fixture = build_case(ws)
    second = tmp_path / "two" / "data"
    shutil.copytree(first, second)
    zips = []
    for data in (first, second):
        with open_workspace(data) as ws:
            result = export_case(
                ws,
                fixture.case_id,
                data.parent / "out",
                ExportOptions(now=EXPORT_TIME, make_zip=True),
            )
        assert result.zip_path is not None
        zips.append(result.zip_path.read_bytes())
    assert zips[0] == zips[1]


def test_encrypted_zip_opens_with_the_password_only(workspace, us_case, tmp_path: Path) -> None:
    result = export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME, password="correct horse"),
    )
    assert result.folder is None and result.zip_path is not None
    name = f"{result.name}/data/case/timeline.csv"
    with pyzipper.AESZipFile(result.zip_path) as zf:
        info = zf.getinfo(name)
        assert info.flag_bits & 0x1
        with pytest.raises(RuntimeError):
            zf.read(name)
        zf.setpassword(b"wrong")
        with pytest.raises(RuntimeError):
            zf.read(name)
        zf.setpassword(b"correct horse")
        assert zf.read(name).startswith(b"\xef\xbb\xbfevent_id,")  # UTF-8 BOM, for Excel
    assert verify_package(result.zip_path, password="correct horse").ok
    # VERIFY.txt is inside: a note beside the zip says how to open it (never the password)
    assert result.note_path is not None and result.note_path.parent == result.zip_path.parent
    note = result.note_path.read_text("utf-8")
    assert result.zip_path.name in note and "7-Zip" in note and "correct horse" not in note
    assert sorted(p.name for p in result.zip_path.parent.iterdir()) == sorted(
        [result.zip_path.name, result.note_path.name]
    )
    with pytest.raises(VerifyInputError, match="password"):
        verify_package(result.zip_path)
    with pytest.raises(VerifyInputError):
        verify_package(result.zip_path, password="wrong")


def test_a_damaged_zip_member_is_named(en_package, tmp_path: Path) -> None:
    assert en_package.zip_path is not None
    data = bytearray(en_package.zip_path.read_bytes())
    wav_name = b"data/recordings/20260303-081500-rec1.wav"
    at = data.find(wav_name) + len(wav_name) + 2000  # inside the stored audio
    data[at] ^= 0x01
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    report = verify_package(damaged)
    assert not report.ok and "data/recordings/20260303-081500-rec1.wav" in report.named_files
    # It is there, only damaged: no "data/ now holds 19 files, not 20" (a walk-through).
    assert not any("now holds" in p.detail for p in report.follows), report.lines()


def test_a_name_held_twice_in_the_zip_is_not_intact(en_package, tmp_path: Path) -> None:
    """A forged report.pdf placed before the real one: unzip and 7-Zip show the forgery, so
    the zip cannot be called intact, even though the copy verify unpacks last is genuine."""
    assert en_package.zip_path is not None
    forged = tmp_path / "forged.zip"
    with (
        zipfile.ZipFile(en_package.zip_path) as genuine,
        zipfile.ZipFile(forged, "w") as out,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: the point
        names = genuine.namelist()
        pdf = next(n for n in names if n.endswith("data/report/report.pdf"))
        out.writestr(pdf, b"%PDF-1.4 forged")
        for name in names:
            out.writestr(genuine.getinfo(name), genuine.read(name))
    report = verify_package(forged)
    assert not report.ok
    assert "data/report/report.pdf" in report.named_files
    assert any("2 entries under this name" in str(p.detail) for p in report.problems)


def test_date_and_call_filters(workspace, us_case, tmp_path: Path) -> None:
    result = export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME, date_from=dt.date(2026, 3, 3), date_to=dt.date(2026, 3, 4)),
    )
    assert result.folder is not None and result.recordings == 1
    case = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
    days = {e["started_at"][:10] for e in case["contact_events"]}
    assert days <= {"2026-03-03", "2026-03-04", "2026-03-05"}  # local 03-04 21:40 is UTC 03-05
    assert len(case["contact_events"]) == 3
    assert verify_package(result.folder).ok
    # Calls chosen within the dates: only those contacts (see test_partial_packages.py)
    result = export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out1",
        ExportOptions(
            now=EXPORT_TIME,
            date_from=dt.date(2026, 3, 3),
            date_to=dt.date(2026, 3, 4),
            calls=[us_case.event_ids[0]],
        ),
    )
    case = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
    assert [e["id"] for e in case["contact_events"]] == [us_case.event_ids[0]]
    with pytest.raises(ExportError, match="no contact event"):
        export_case(
            workspace,
            us_case.case_id,
            tmp_path / "out2",
            ExportOptions(now=EXPORT_TIME, calls=[999]),
        )


def test_the_export_is_logged_in_the_audit_chain(workspace, us_case, tmp_path: Path) -> None:
    from sqlalchemy import select

    from onrecord.store.audit import verify_chain
    from onrecord.store.models import AuditEvent

    export_case(workspace, us_case.case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME))
    with workspace.store.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last is not None and last.action == "case.exported"
        assert verify_chain(s).ok


def test_signing_key_is_private_and_reused(tmp_path: Path) -> None:
    from onrecord.evidence.signing import load_or_create_key

    key = load_or_create_key(tmp_path)
    assert (key.path.stat().st_mode & 0o777) == 0o600
    assert (key.path.parent.stat().st_mode & 0o777) == 0o700
    assert load_or_create_key(tmp_path).fingerprint == key.fingerprint


@pytest.mark.parametrize(("chosen", "lang"), [("zh_TW", "zh-Hant"), (None, "en")])
def test_the_cli_writes_the_report_in_the_apps_language_unless_told(
    workspace, us_case, tmp_path: Path, chosen: str | None, lang: str
) -> None:
    from onrecord import settings

    settings.save(workspace.data_dir, settings.Settings(language=chosen))
    out = tmp_path / "out"
    args = ["--data-dir", str(workspace.data_dir), "export", "--case", us_case.reference]
    assert main([*args, "--out", str(out), "--quiet"]) == 0
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    assert f'<html lang="{lang}">' in (folder / "data/report/index.html").read_text("utf-8")
    assert main([*args, "--out", str(tmp_path / "en"), "--quiet", "--language", "en"]) == 0
    [folder] = [p for p in (tmp_path / "en").iterdir() if p.is_dir()]
    assert '<html lang="en">' in (folder / "data/report/index.html").read_text("utf-8")


def test_cli_export_and_verify_exit_codes(
    workspace, us_case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(workspace.data_dir)
    out = tmp_path / "out"
    password_file = tmp_path / "pw"
    password_file.write_text("s3cret\n")
    code = main(
        [
            "--data-dir",
            data,
            "export",
            "--case",
            us_case.reference,
            "--out",
            str(out),
            "--zip",
            "--language",
            "zh_TW",
            "--quiet",
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    folder = next(p for p in out.iterdir() if p.is_dir())
    assert f"exported: {folder}" in printed
    found = re.search(
        r"\n  \d+ recordings?, \d+ attachments?, (\d+) payload files? \((\d+) with", printed
    )
    assert found, printed
    assert "(s)" not in printed
    assert main(["verify", "--language", "en", str(folder)]) == 0
    checked = capsys.readouterr().out
    assert "intact" in checked
    # the numbers the check gives (a walk-through read "14 files" beside "20 files checked")
    assert f"{found[2]} files ({found[1]} in data/" in checked
    assert main(["verify", str(folder) + ".zip", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    (folder / "data/case/timeline.csv").write_text("forged\n")
    assert main(["verify", str(folder)]) == 1
    printed = capsys.readouterr().out
    assert "data/case/timeline.csv" in printed
    # --json in a language: each problem's words in it too, beside the English detail
    assert main(["verify", "--json", "--language", "zh_CN", str(folder)]) == 1
    answer = json.loads(capsys.readouterr().out)
    [altered] = [p for p in answer["problems"] if p["path"] == "data/case/timeline.csv"]
    assert altered["detail"].startswith("content changed") and "内容" in altered["text"]
    assert answer["language"] == "zh_CN" and "data/case/timeline.csv" in "".join(answer["lines"])
    counted = re.search(r"\((\d+) (problems?)\)", printed.splitlines()[0])
    assert counted and (counted[2] == "problem") == (counted[1] == "1")  # "2 problems"
    assert main(["verify", str(tmp_path / "nothing-here")]) == 2
    assert "does not exist" in capsys.readouterr().err
    # --json answers in JSON whatever happens: a script must not have to parse stderr
    assert main(["verify", str(tmp_path / "nothing-here"), "--json"]) == 2
    answer = json.loads(capsys.readouterr().out)
    assert answer["checked"] is False and answer["ok"] is False
    assert "does not exist" in answer["error"]
    # a zip cut short by a download is said to be one, not "neither a folder nor a zip"
    whole = (Path(str(folder) + ".zip")).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    assert main(["verify", str(cut)]) == 2
    assert "cut short" in capsys.readouterr().err
    # its end intact but its list of files damaged: still exit 2 and JSON, no traceback
    damaged = bytearray(whole)
    at = damaged.rfind(b"PK\x01\x02")
    damaged[at : at + 4] = b"XXXX"
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bytes(damaged))
    assert main(["verify", str(broken), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["checked"] is False
    code = main(
        [
            "--data-dir",
            data,
            "export",
            "--case",
            us_case.reference,
            "--out",
            str(tmp_path / "enc"),
            "--encrypt",
            "--password-file",
            str(password_file),
            "--quiet",
        ]
    )
    assert code == 0
    encrypted = next((tmp_path / "enc").glob("*.zip"))
    assert main(["verify", str(encrypted), "--password-file", str(password_file)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--case", "NOPE", "--out", str(out)]) == 2
    assert (
        main(
            [
                "--data-dir",
                data,
                "export",
                "--case",
                us_case.reference,
                "--out",
                str(out),
                "--from",
                "2026-03-05",
                "--to",
                "2026-03-01",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_export_and_verify_import_no_qt_until_a_pdf_is_drawn() -> None:
    code = (
        "import sys, onrecord.evidence.export, onrecord.evidence.verify, "
        "onrecord.evidence.commands; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ}, check=True
    )
    assert done.stdout.strip() == "False"


SEVEN_ZIP = shutil.which("7zz") or shutil.which("7z") or shutil.which("7za")


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7-Zip is not installed (apt install 7zip)")
def test_7zip_opens_the_encrypted_zip_with_the_password_only(
    workspace, us_case, tmp_path: Path
) -> None:
    result = export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME, password="correct horse"),
    )
    assert result.zip_path is not None

    def test_with(password: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SEVEN_ZIP), "t", f"-p{password}", str(result.zip_path)],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )

    good = test_with("correct horse")
    assert good.returncode == 0 and "Everything is Ok" in good.stdout, good.stdout + good.stderr
    listing = subprocess.run(
        [str(SEVEN_ZIP), "l", "-slt", "-pcorrect horse", str(result.zip_path)],
        capture_output=True,
        text=True,
    ).stdout
    assert "Method = AES-256" in listing
    assert test_with("wrong").returncode != 0


def test_an_unfinished_recording_is_left_out_and_said_so(
    workspace, us_case, tmp_path: Path
) -> None:
    workspace.recordings.begin(
        us_case.case_id,
        "recordings/still-recording.wav",
        sample_rate=8000,
        channels=1,
        started_at=EXPORT_TIME - dt.timedelta(days=20),
    )
    result = export_case(
        workspace, us_case.case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME)
    )
    assert result.recordings == 2
    assert result.warnings == ["recording 3 not included: not finished (no hash)"]
    assert result.folder is not None
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    assert "recordings/still-recording.wav" in html


def test_originals_are_only_read(workspace, us_case, tmp_path: Path) -> None:
    files = [p for p in workspace.data_dir.rglob("*") if p.is_file() and "recordings" in p.parts]
    files += [p for p in workspace.data_dir.rglob("*") if p.is_file() and "attachments" in p.parts]
    before = {p: (p.stat().st_mtime_ns, p.stat().st_mode, p.read_bytes()) for p in files}
    export_case(workspace, us_case.case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME))
    after = {p: (p.stat().st_mtime_ns, p.stat().st_mode, p.read_bytes()) for p in files}
    assert after == before


def test_the_package_carries_the_conduct_findings_of_its_period(
    workspace, us_case, tmp_path: Path
) -> None:
    from zoneinfo import ZoneInfo

    early = dt.datetime(2026, 3, 3, 7, 10, tzinfo=ZoneInfo("America/New_York"))
    event = workspace.cases.log_event(us_case.case_id, "missed_call", early, number="2125550142")
    result = export_case(workspace, us_case.case_id, tmp_path / "out", ExportOptions(pdf=False))
    assert result.folder is not None
    document = json.loads((result.folder / "data/case/conduct-findings.json").read_text("utf-8"))
    early_findings = [f for f in document["findings"] if event.id in f["event_ids"]]
    assert any(f["rule_id"] == "US-TIME" for f in early_findings)
    assert all("not legal advice" in f["disclaimer"] for f in document["findings"])
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    assert "Possible issues under the collection rules" in html and "US-TIME" in html
    assert verify_package(result.folder).ok
    # The rules' own notes (the FDCPA's one-year limit for suing…) are in the report, not
    # only in conduct-findings.json (a lawyer reads the report).
    from html import unescape

    from onrecord.conduct.service import check_case

    notes = check_case(workspace, us_case.case_id).notes
    assert notes and "About these rules" in html
    assert all(note in unescape(html) for note in notes)


def test_the_package_checks_an_illegal_debt_only_for_the_case_that_says_so(
    workspace, tmp_path: Path
) -> None:
    """Two mainland cases threatened alike: the package of each lists what the Possible
    issues panel lists for it, and case.json carries what the user said about the debt."""
    from onrecord.conduct.service import check_case
    from onrecord.evidence.findings import findings_for

    threat_at = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
    found: dict[str, tuple[list[str], list[str], bool]] = {}
    for title, said in [("网贷", True), ("信用卡", False)]:
        case = workspace.cases.create_case(title, jurisdiction="cn", debt_may_be_illegal=said)
        event = workspace.cases.log_event(case.id, "sms", threat_at, number="13800138000")
        workspace.cases.tag_event(event.id, "threat", "说要上门")
        panel = [f.rule_id for f in check_case(workspace, case.id, language="zh_CN").findings]
        direct = findings_for(workspace, case.id, {event.id}, "zh_CN", {})
        assert [f.rule_id for f in direct.findings] == panel
        options = ExportOptions(language="zh_CN", pdf=False, now=EXPORT_TIME)
        result = export_case(workspace, case.id, tmp_path / title, options)
        assert result.folder is not None
        document = json.loads((result.folder / "data/case/conduct-findings.json").read_text())
        case_doc = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
        found[title] = (
            panel,
            [f["rule_id"] for f in document["findings"]],
            case_doc["case"]["debt_may_be_illegal"],
        )
    assert found == {
        "网贷": (["CN-MSG", "CN-ILLEGAL-DEBT"], ["CN-MSG", "CN-ILLEGAL-DEBT"], True),
        "信用卡": (["CN-MSG"], ["CN-MSG"], False),
    }


def test_the_custody_record_names_the_person_not_the_computer_account(tmp_path, signing_key_dir):
    named = make_export(tmp_path / "named", signing_key_dir, contact_name="Jane Doe 李")
    custody = json.loads((named.folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    assert custody["export"]["exported_by"] == "Jane Doe 李"
    anonymous = make_export(tmp_path / "anonymous", signing_key_dir)
    custody = json.loads((anonymous.folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    assert custody["export"]["exported_by"].endswith("(computer account)")


def _manifest(folder: Path, algorithm: str) -> dict[str, str]:
    lines = (folder / f"manifest-{algorithm}.txt").read_text("utf-8").splitlines()
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in lines)}


def test_the_manifests_hold_the_true_digests_of_every_copy(en_package) -> None:
    # The SHA-256 and SHA-512 of originals come from capture, checked through their BLAKE3:
    # both manifests must still be the digests of the bytes in the package.
    folder = en_package.folder
    for algorithm in ("sha256", "sha512"):
        listed = _manifest(folder, algorithm)
        assert any(name.startswith("data/recordings/") for name in listed)
        for name, digest in listed.items():
            assert hashlib.new(algorithm, (folder / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("wrong", ["sha256", "sha512"])
def test_a_wrong_digest_on_record_cannot_make_a_package_that_passes(
    workspace, tmp_path: Path, wrong: str
) -> None:
    # The export checks the copy's BLAKE3 and takes the other digests from the record: one
    # recorded wrong (a bug, an edit of the file) gives a package that fails verification.
    case = workspace.cases.create_case("Wrong digest", jurisdiction="us", reference="WRONG-1")
    wav = workspace.data_dir / "recordings" / "x" / "call.wav"
    write_tone(wav, 1.0)
    rec = workspace.recordings.begin(case.id, "recordings/x/call.wav", sample_rate=8000, channels=2)
    digests = file_digests(wav)
    recorded = {"sha256": digests.sha256, "sha512": digests.sha512, "blake3": digests.blake3}
    recorded[wrong] = "0" * len(recorded[wrong])
    workspace.recordings.finalise(rec.id, frames=8000, pcm_sha256=None, **recorded)
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(now=EXPORT_TIME))
    report = verify_package(result.folder)
    assert not report.ok
    assert any("data/recordings/" in line for line in report.lines())


def test_files_kept_before_blake3_at_capture_are_checked_with_sha256(
    workspace, tmp_path: Path
) -> None:
    # Case files before schema 0007 took SHA-256 and SHA-512 at capture, no BLAKE3: the export checks
    # those copies' SHA-256, and still refuses one whose bytes changed since.
    case = workspace.cases.create_case("Before BLAKE3", jurisdiction="us", reference="OLD-1")
    wavs = []
    for name in ("kept", "changed"):
        wav = workspace.data_dir / "recordings" / "x" / f"{name}.wav"
        write_tone(wav, 1.0)
        rec = workspace.recordings.begin(
            case.id, f"recordings/x/{name}.wav", sample_rate=8000, channels=2
        )
        digests = file_digests(wav)
        workspace.recordings.finalise(
            rec.id, frames=8000, pcm_sha256=None, sha256=digests.sha256, sha512=digests.sha512
        )
        wavs.append((wav, rec.event_id))
    result = export_case(
        workspace,
        case.id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME, pdf=False, calls=[wavs[0][1]]),
    )
    assert verify_package(result.folder).ok
    changed = wavs[1][0]
    changed.write_bytes(changed.read_bytes()[:-2] + b"\x00\x01")
    with pytest.raises(ExportError, match=r"changed\.wav.*no longer matches the SHA-256"):
        export_case(workspace, case.id, tmp_path / "out2", ExportOptions(now=EXPORT_TIME))
    assert _empty(tmp_path / "out2")


def test_a_case_file_from_before_sha512_at_capture_still_exports(
    tmp_path: Path, signing_key_dir: Path
) -> None:
    # Schema 0003 kept only the SHA-256: such originals are hashed in full on export.
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schema-0003.db", data / "onrecord.db")
    for name in os.listdir(signing_key_dir):
        shutil.copy(signing_key_dir / name, data / name)
    with open_workspace(data) as ws:
        [attachment] = ws.attachments.list(1)
        assert attachment.sha512 is None
        source = data / attachment.path
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text("Demand letter (fixture)\n")  # the demo audio is not kept
        wav = data / "recordings" / "old" / "call.wav"
        write_tone(wav, 1.0)
        rec = ws.recordings.begin(1, "recordings/old/call.wav", sample_rate=8000, channels=2)
        ws.recordings.finalise(  # as versions before the SHA-512 at capture did
            rec.id,
            frames=8000,
            sha256=hashlib.sha256(wav.read_bytes()).hexdigest(),
            pcm_sha256=None,
        )
        options = ExportOptions(now=EXPORT_TIME, pdf=False, calls=[rec.event_id])
        result = export_case(ws, 1, tmp_path / "out", options)
    assert result.recordings == result.attachments == 1
    assert verify_package(result.folder).ok
    assert bagit.Bag(str(result.folder)).is_valid()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files via /proc")
def test_every_file_is_on_the_disk_before_the_package_appears(
    workspace, us_case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A power cut (or a USB stick pulled out) right after "done" must not leave a package
    # with empty files: everything is flushed before the rename that makes it appear.
    flushed: list[Path] = []
    at_rename: dict[Path, list[Path]] = {}
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        flushed.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source, target) -> None:  # type: ignore[no-untyped-def]
        at_rename[Path(target)] = list(flushed)
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    out = tmp_path / "out"
    result = export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME))
    staged = set()
    for path in at_rename[result.folder]:
        parts = path.relative_to(out).parts if path.is_relative_to(out) else ()
        if len(parts) >= 2 and parts[0].endswith(".partial") and parts[1] == result.name:
            staged.add(Path(*parts[2:]))
    published = {p.relative_to(result.folder) for p in result.folder.rglob("*")}
    assert published | {Path()} <= staged
    assert flushed[-1] == out  # and then the folder that holds the new name


@pytest.mark.parametrize(
    ("zone", "stamp"),
    [
        ("Asia/Shanghai", "20260401-173000+0800"),
        ("America/New_York", "20260401-053000-0400"),
        ("Asia/Kolkata", "20260401-150000+0530"),
        ("UTC", "20260401-093000Z"),
    ],
)
def test_a_package_is_named_on_the_cases_clock_with_its_offset(zone: str, stamp: str) -> None:
    # The time the user sees on their clock, and still one instant for anyone else.
    when = dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC)
    assert package_name("CN 2026/7", when, zone) == f"OnRecord-CN_2026_7-{stamp}"


def test_an_attachment_whose_digest_was_changed_outside_onrecord_refuses_the_export(
    workspace, us_case, tmp_path: Path
) -> None:
    # Another tool edits the case file (the guard trigger dropped) to give an attachment
    # another SHA-256: the export would take it into the manifest, so it refuses instead.
    conn = sqlite3.connect(workspace.data_dir / DB_FILENAME)
    try:
        conn.execute("DROP TRIGGER attachment_fixed")
        conn.execute("UPDATE attachment SET sha256 = ? WHERE id = 1", ("f" * 64,))
        conn.commit()
    finally:
        conn.close()
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"attachment 1 .*SHA-256 on record \(ffff.*audit log"):
        export_case(workspace, us_case.case_id, out, ExportOptions(now=EXPORT_TIME))
    assert _empty(out)


def test_the_guards_refuse_a_file_with_nothing_to_check_it_against() -> None:
    from onrecord.evidence.export import Captured, _check_hashes, _check_records

    unlogged = Captured("a" * 64, "b" * 128, "c" * 64, "recording 9 (x.wav)", None)
    with pytest.raises(ExportError, match=r"recording 9 .*no entry in the audit log"):
        _check_records({"data/recordings/x.wav": unlogged})
    bare = Captured("", None, None, "attachment 3 (y.png)", {})
    with pytest.raises(ExportError, match=r"attachment 3 .*no digest on record"):
        _check_hashes(
            {"data/attachments/y.png": {"sha256": "d" * 64}}, {"data/attachments/y.png": bare}
        )


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_how_to_open_note_never_breaks_a_line_on_the_zip_s_name(language: str) -> None:
    """The zip's long name sat inside the note's hand-wrapped lines, which then ran to 130
    columns and broke mid-sentence (a walk-through). It stands on lines of its own, and the
    commands with it can be copied whole."""
    from onrecord.evidence.open_note import open_note

    name = "OnRecord-OR-2026-0001-20261129-052029-0500.zip"
    note = open_note(name, "OR-2026-0001", language)
    for line in note.splitlines():
        if name in line:
            assert line.strip() in (
                name,
                f'7z x "{name}"',
                f'onrecord verify "{name}"',  # English: the check answers in Chinese if asked
                f'onrecord verify --language zh_CN "{name}"',
                f'onrecord verify --language zh_TW "{name}"',
            ), line
        else:
            assert len(line) <= 96, line  # East Asian text: characters, not columns
    assert note.count(name) == 6  # three times in each of the two languages


def test_the_how_to_open_note_is_named_in_the_package_s_language_too(
    workspace, us_case, tmp_path: Path
) -> None:
    result = export_case(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        ExportOptions(now=EXPORT_TIME, password="correct horse", language="zh_TW"),
    )
    assert result.note_path is not None
    assert result.note_path.name == f"{result.name} - 如何開啟 HOW TO OPEN.txt"
