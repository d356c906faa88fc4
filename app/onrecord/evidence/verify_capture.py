"""The package's audit chain, and each recording against the hash logged when it was captured.

Part of :func:`onrecord.evidence.verify.verify_package`: the audit log in the package must be
an unbroken hash chain ending at the head named in bag-info.txt, and every recording's SHA-256
(and SHA-512 when one was logged) must equal the one in the chain's capture entry; a recording
in several files is checked file by file and as the hash of their list.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from ..digests import manifest_sha256
from ..messages import QT_TRANSLATE_NOOP
from .custody import check_audit_lines

if TYPE_CHECKING:
    from .verify import VerifyReport

FINAL_ACTIONS = (
    "recording.complete",
    "recording.recovered",
    "recording.failed",
    "recording.imported",
)


def read_regular(path: Path) -> bytes:
    """A file's bytes; never follows a symlink or opens a device or pipe (they may not end)."""
    try:
        regular = stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        regular = False
    if not regular:
        raise OSError(f"{path.name} is not a regular file")
    return path.read_bytes()


def check_audit_and_recordings(
    root: Path, report: VerifyReport, info: dict[str, str], digests: dict[str, dict[str, str]]
) -> None:
    case_rel, audit_rel = "data/case/case.json", "data/audit/audit-log.jsonl"
    try:
        case = json.loads(read_regular(root / case_rel).decode("utf-8"))
        case_id = int(case["case"]["id"])
        recordings = list(case.get("recordings", []))
    except (OSError, ValueError, KeyError, TypeError):
        report.add(
            "structure",
            case_rel,
            QT_TRANSLATE_NOOP("Verify", "missing or unreadable, so recordings cannot be matched"),
        )
        case_id, recordings = None, []
    try:
        text = read_regular(root / audit_rel).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        report.add("audit", audit_rel, QT_TRANSLATE_NOOP("Verify", "missing or unreadable"))
        return
    check = check_audit_lines(text, case_id)
    report.audit_links, report.audit_case_events, report.audit_head = (
        check.links,
        check.case_events,
        check.head,
    )
    if not check.ok:
        report.add(
            "audit",
            audit_rel,
            QT_TRANSLATE_NOOP("Verify", "hash chain broken: {problem}").format(
                problem=check.problem
            ),
        )
        return
    declared = info.get("OnRecord-Audit-Head")
    if declared and declared != check.head:
        report.add(
            "audit",
            audit_rel,
            QT_TRANSLATE_NOOP("Verify", "its last link is not the head named in bag-info.txt"),
        )
    logged: dict[int, dict[str, Any]] = {}
    for body in check.bodies:
        if body.get("entity") == "recording" and body.get("action") in FINAL_ACTIONS:
            data = body.get("data")
            logged[int(body["entity_id"])] = data if isinstance(data, dict) else {}
    for rec in recordings:
        files = _recording_files(rec)
        if not files or not all(rel in digests for rel in files):
            continue  # missing, extra or not a regular file: already reported
        capture = logged.get(int(rec.get("id", -1)))
        if capture is None:
            report.add(
                "recording",
                files[0],
                QT_TRANSLATE_NOOP(
                    "Verify", "no capture hash for this recording in the audit chain"
                ),
            )
            continue
        actual = {rel: digests[rel] for rel in files}
        report.recordings_checked += 1
        if len(files) == 1:
            _compare(report, files[0], actual[files[0]], capture)
            continue
        segments = [s for s in capture.get("segments") or [] if isinstance(s, dict)]
        if len(segments) != len(files):
            report.add(
                "recording",
                files[0],
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "the package holds {files} files of this recording, but {logged} were "
                    "logged at capture",
                ).format(files=len(files), logged=len(segments)),
            )
            continue
        matched = [
            _compare(report, rel, actual[rel], seg)
            for rel, seg in zip(files, segments, strict=True)
        ]
        whole = manifest_sha256(
            (actual[rel]["sha256"], PurePosixPath(str(seg.get("path", ""))).name)
            for rel, seg in zip(files, segments, strict=True)
        )
        if all(matched) and whole != capture.get("sha256"):
            report.add(
                "recording",
                files[0],
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "the SHA-256 list of this recording's {files} files does not give the "
                    "hash logged at capture {expected}…",
                ).format(files=len(files), expected=str(capture.get("sha256"))[:16]),
            )


def _recording_files(rec: dict[str, Any]) -> list[str]:
    """The package files of a recording in case.json, in order (several when the capture
    rolled over to new files)."""
    several = rec.get("package_files")
    if isinstance(several, list) and several:
        return [f"data/{f.get('package_file', '')}" for f in several if isinstance(f, dict)]
    return [f"data/{rec.get('package_file', '')}"]


def _compare(
    report: VerifyReport, rel: str, actual: dict[str, str], capture: dict[str, Any]
) -> bool:
    """Compare a file's digests with those logged at capture (its SHA-512 too when one was
    logged); report and return False on a difference."""
    expected, now = str(capture.get("sha256") or ""), actual.get("sha256", "")
    if now != expected:
        report.add(
            "recording",
            rel,
            QT_TRANSLATE_NOOP(
                "Verify",
                "SHA-256 {actual}… differs from the hash logged at capture {expected}…",
            ).format(actual=now[:16], expected=expected[:16]),
        )
        return False
    expected, now = str(capture.get("sha512") or ""), actual.get("sha512", "")
    if expected and now != expected:
        report.add(
            "recording",
            rel,
            QT_TRANSLATE_NOOP(
                "Verify",
                "SHA-512 {actual}… differs from the SHA-512 logged at capture {expected}…",
            ).format(actual=now[:16], expected=expected[:16]),
        )
        return False
    return True
