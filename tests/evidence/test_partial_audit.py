"""A package of part of the case: its audit log does not give away the rest of the case.

A legal-aid lawyer's walk-through found a March-only package whose audit log held February's
and April's contacts in full (summaries, an April file's name and hash). The entries about
what a partial package does not hold are bare digests now, like other cases' entries; the
chain still verifies, and every included recording is still checked against the hash logged
when it was captured.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import bagit
import pytest
from evidence_helpers import EXPORT_TIME, add_other_case, add_recording

from onrecord.cli import main
from onrecord.evidence.catalogue import CATALOGUE
from onrecord.evidence.custody import audit_lines
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.snapshot import take_snapshot
from onrecord.evidence.verify import verify_package
from onrecord.evidence.verify_text import PART
from onrecord.store import Workspace
from onrecord.store.audit import body_digest
from onrecord.store.enums import EventKind, PromiseBy

ZONE = ZoneInfo("Asia/Shanghai")

#: Words of the contacts outside March: none may be in a March package's audit log.
FEBRUARY_SUMMARY = "情人节一天五次来电，说要通知我的家人"
FEBRUARY_MARK = "FEBRUARY-MARK 说要上门"
FEBRUARY_TAG_NOTE = "FEBRUARY-TAG-NOTE"
APRIL_SUMMARY = "四月催收短信：APRIL-SMS 已移交律师"
APRIL_FILE = "APRIL-催收函.txt"
REMOVED_SUMMARY = "REMOVED-IN-MARCH typed twice"
HIDDEN = [
    FEBRUARY_SUMMARY,
    FEBRUARY_MARK,
    FEBRUARY_TAG_NOTE,
    APRIL_SUMMARY,
    APRIL_FILE,
    REMOVED_SUMMARY,
]
#: A promise noted on February's call: its entries are in full exactly when the package
#: holds the promise (a package's promises and payments follow the selection's rules).
FEBRUARY_PROMISE = "FEBRUARY-PROMISE 减免滞纳金"
#: Words of March's contacts: the package holds them, so its audit log shows them.
MARCH_SUMMARY = "三月来电，对方自称 MARCH-COLLECTOR"
MARCH_MARK = "MARCH-MARK 工号 ZC-0317"
MARCH_FILE = "MARCH-律师函.txt"


@dataclass
class SpreadCase:
    case_id: int
    february_recording: int
    march_recording: int
    april_file_sha256: str


def _at(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 15, tzinfo=ZONE)


def _attach(ws: Workspace, case_id: int, event_id: int, name: str) -> str:
    source = ws.data_dir.parent / "incoming" / name
    source.parent.mkdir(exist_ok=True)
    source.write_text(f"{name}\n", encoding="utf-8")
    ws.attachments.add(case_id, source, event_id=event_id, description=name)
    return hashlib.sha256(source.read_bytes()).hexdigest()


def build_spread_case(ws: Workspace) -> SpreadCase:
    """Contacts in February, March and April: each month a contact with a summary, February
    and March a recorded call with a mark, an attached file in March and April, a promise on
    February's call, a contact removed in March."""
    add_other_case(ws)
    case = ws.cases.create_case("华信消费金融 分期贷款", jurisdiction="cn", reference="SPREAD-1")
    number = "138 0013 8000"
    ws.cases.add_number(case.id, number)
    february = ws.cases.log_event(
        case.id, EventKind.CALL, _at(2, 14, 9), number=number, summary=FEBRUARY_SUMMARY
    )
    ws.cases.tag_event(february.id, "threat", FEBRUARY_TAG_NOTE)
    march = ws.cases.log_event(
        case.id, EventKind.CALL, _at(3, 10, 9), number=number, summary=MARCH_SUMMARY
    )
    april = ws.cases.log_event(
        case.id, EventKind.SMS, _at(4, 2, 9), number=number, summary=APRIL_SUMMARY
    )
    removed = ws.cases.log_event(
        case.id, EventKind.SMS, _at(3, 12, 9), number=number, summary=REMOVED_SUMMARY
    )
    ws.corrections.remove_event(removed.id, "typed twice")
    recordings = []
    for name, month, day in [("feb", 2, 20), ("mar", 3, 11)]:
        start = _at(month, day, 20).astimezone(dt.UTC)
        _, rec_id = add_recording(ws, case.id, f"recordings/{name}.wav", start, 3.0)
        recordings.append(rec_id)
    feb_rec, mar_rec = recordings
    feb_mark = ws.recordings.add_mark(feb_rec, 8000, tag="threat", text=FEBRUARY_MARK)
    ws.recordings.edit_mark(feb_mark.id, FEBRUARY_MARK + " 再说一遍", "misheard")
    ws.recordings.add_mark(mar_rec, 8000, tag="name_given", text=MARCH_MARK)
    ws.ledger.add_promise(
        case.id, PromiseBy.COLLECTOR, description=FEBRUARY_PROMISE, event_id=february.id
    )
    _attach(ws, case.id, march.id, MARCH_FILE)
    april_sha = _attach(ws, case.id, april.id, APRIL_FILE)
    return SpreadCase(case.id, feb_rec, mar_rec, april_sha)


@pytest.fixture
def spread(workspace: Workspace) -> SpreadCase:
    return build_spread_case(workspace)


def _lines(folder: Path) -> list[dict]:
    text = (folder / "data/audit/audit-log.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _bodies(folder: Path) -> list[dict]:
    return [json.loads(x["body"]) for x in _lines(folder) if "body" in x]


def _export(ws: Workspace, case_id: int, out: Path, **options: object) -> Path:
    opts = ExportOptions(now=EXPORT_TIME, pdf=False, **options)  # type: ignore[arg-type]
    result = export_case(ws, case_id, out, opts)
    assert result.folder is not None
    return result.folder


MARCH = {"date_from": dt.date(2026, 3, 1), "date_to": dt.date(2026, 3, 31)}


def test_a_march_package_audit_log_holds_no_words_of_february_or_april(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path
) -> None:
    folder = _export(workspace, spread.case_id, tmp_path / "out", **MARCH)
    log = (folder / "data/audit/audit-log.jsonl").read_text("utf-8")
    for words in HIDDEN:
        assert words not in log
    assert spread.april_file_sha256 not in log
    case_json = (folder / "data/case/case.json").read_text("utf-8")
    assert (FEBRUARY_PROMISE in log) == (FEBRUARY_PROMISE in case_json)
    # March is there in full: its contact, its recording's mark, its file
    for words in (MARCH_SUMMARY, MARCH_MARK, MARCH_FILE):
        assert words in log
    bodies = _bodies(folder)
    recordings = {b["entity_id"] for b in bodies if b["entity"] == "recording"}
    assert recordings == {spread.march_recording}
    # the case, its number and this export's own record stay in full
    assert {"case.created", "number.created"} <= {b["action"] for b in bodies}


def test_a_march_package_still_verifies_and_checks_its_recording(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = _export(workspace, spread.case_id, tmp_path / "out", **MARCH)
    report = verify_package(folder)
    assert report.ok, report.problems
    assert report.recordings_checked == 1  # March's, against its capture hash in full
    assert report.audit_case_events == len(_bodies(folder))
    assert main(["verify", str(folder)]) == 0
    capsys.readouterr()
    bagit.Bag(str(folder)).validate()


def test_every_left_out_entry_is_the_digest_of_its_body(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path
) -> None:
    """Each digest is of the entry as the data folder holds it, so the chain is the same."""
    folder = _export(workspace, spread.case_id, tmp_path / "out", **MARCH)
    snapshot = take_snapshot(workspace, spread.case_id, **MARCH)  # type: ignore[arg-type]
    by_seq = {link["seq"]: link for link in snapshot.audit}
    digested = 0
    for line in _lines(folder):
        link = by_seq[line["seq"]]
        assert line["hash"] == link["hash"]
        if "body_sha256" in line:
            assert line["body_sha256"] == body_digest(link["body"])
            digested += link["case_id"] == spread.case_id
        else:
            assert line["body"] == link["body"]
    assert digested > 0


def test_a_package_of_chosen_calls_keeps_other_calls_recordings_as_digests(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path
) -> None:
    snapshot = take_snapshot(workspace, spread.case_id)
    march_call = next(r.event_id for r in snapshot.recordings if r.id == spread.march_recording)
    folder = _export(workspace, spread.case_id, tmp_path / "out", calls=[march_call])
    log = (folder / "data/audit/audit-log.jsonl").read_text("utf-8")
    assert FEBRUARY_MARK not in log
    assert MARCH_MARK in log
    report = verify_package(folder)
    assert report.ok, report.problems
    assert report.recordings_checked == 1


def test_a_whole_case_audit_log_shows_every_entry_of_the_case_in_full(
    workspace: Workspace, spread: SpreadCase
) -> None:
    """Byte for byte what it was before partial packages hid anything: this case's entries
    in full, other cases' as digests."""
    snapshot = take_snapshot(workspace, spread.case_id)
    expected = []
    for link in snapshot.audit:
        entry: dict = {"seq": link["seq"], "prev_hash": link["prev_hash"], "hash": link["hash"]}
        if link["case_id"] == spread.case_id:
            entry["body"] = link["body"]
        else:
            entry["body_sha256"] = body_digest(link["body"])
        expected.append(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    text = audit_lines(snapshot)
    assert text == "".join(expected)
    for words in (*HIDDEN, MARCH_SUMMARY, MARCH_MARK):
        assert words in text


def test_a_whole_case_package_says_nothing_of_a_partial_audit_log(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path
) -> None:
    folder = _export(workspace, spread.case_id, tmp_path / "out")
    custody = json.loads((folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    assert "audit_note" not in custody
    assert custody["audit_case_events"] == len(_bodies(folder))
    assert PART["en"].strip() not in (folder / "VERIFY.txt").read_text("utf-8")
    html = (folder / "data/report/index.html").read_text("utf-8")
    assert "This package holds part of the case. Its audit log" not in html


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_a_march_package_says_its_audit_log_shows_the_rest_as_digests(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path, language: str
) -> None:
    folder = _export(workspace, spread.case_id, tmp_path / "out", language=language, **MARCH)
    verify = (folder / "VERIFY.txt").read_text("utf-8")
    chinese = "zh_TW" if language == "zh_TW" else "zh_CN"
    assert PART["en"] in verify and PART[chinese] in verify
    html = (folder / "data/report/index.html").read_text("utf-8")
    note = CATALOGUE[language]["audit_part"]
    assert note.replace("'", "&#x27;") in html or note in html
    custody = json.loads((folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    assert "digests" in custody["audit_note"]
    # the custody record counts what the log shows in full
    assert custody["audit_case_events"] == len(_bodies(folder))
    assert {item["id"] for item in custody["items"] if item["item"] == "recording"} == {
        spread.march_recording
    }
    custody_text = json.dumps(custody, ensure_ascii=False)
    for words in HIDDEN:
        assert words not in custody_text


def test_the_march_report_counts_the_audit_events_it_shows(
    workspace: Workspace, spread: SpreadCase, tmp_path: Path
) -> None:
    folder = _export(workspace, spread.case_id, tmp_path / "out", **MARCH)
    html = (folder / "data/report/index.html").read_text("utf-8")
    shown = len(_bodies(folder))
    assert f"<th>Audit events in this case</th><td>{shown}</td>" in html.replace("\n", "")


def test_an_entry_of_an_unknown_kind_is_a_digest_in_a_partial_package(
    workspace: Workspace, spread: SpreadCase
) -> None:
    """Conservative: what the package is not known to hold is not shown; the case-level
    entries (the case, its collectors and numbers, listed whole in every package) are."""
    from dataclasses import replace

    from onrecord.evidence.audit_scope import shown_in_full
    from onrecord.store.audit import canonical_json

    snapshot = take_snapshot(workspace, spread.case_id, **MARCH)  # type: ignore[arg-type]
    seq = len(snapshot.audit) + 1
    extra = []
    for offset, (entity, entity_id) in enumerate(
        [("case_note", 1), ("party", 99), ("contact_event", 10_000)]
    ):
        body = {"seq": seq + offset, "action": f"{entity}.x", "entity": entity}
        body |= {"entity_id": entity_id, "case_id": spread.case_id, "data": {}}
        extra.append({"seq": seq + offset, "case_id": spread.case_id, "body": canonical_json(body)})
    extra.append({"seq": seq + 3, "case_id": spread.case_id, "body": "not json"})
    shown = shown_in_full(replace(snapshot, audit=[*snapshot.audit, *extra]))
    assert [link["seq"] in shown for link in extra] == [False, True, False, False]
