"""SMS Backup & Restore files: real-shaped calls and messages, hostile and broken files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onrecord.imports import WITHHELD_KEY, ImportFileError, execute, prepare, resolve_numbers
from onrecord.imports.common import FORMAT_TITLES, ContactRecord
from onrecord.imports.facts import Fact, contact_facts
from onrecord.imports.smsbackup import read_backup
from onrecord.store.enums import Direction, EventKind, EventSource


def facts(record: ContactRecord) -> list[Fact]:
    """What the call log said of a call, as the event imported from it keeps it."""
    detail = f"imported from {FORMAT_TITLES['calls']}: {record.where}"
    found, own = contact_facts("imported", detail, record.summary)
    assert own == record.summary
    return found


def test_calls_backup_types_withheld_and_null(fixtures: Path) -> None:
    contents = read_backup(fixtures / "calls-20260301.xml", "CN")
    assert contents.kind == "calls"
    assert contents.declared_count == 7
    records = contents.records
    assert len(records) == 7
    kinds = [(r.kind, r.direction) for r in records]
    assert kinds == [
        (EventKind.MISSED_CALL, Direction.INCOMING),
        (EventKind.MISSED_CALL, Direction.INCOMING),
        (EventKind.MISSED_CALL, Direction.INCOMING),
        (EventKind.CALL, Direction.INCOMING),
        (EventKind.MISSED_CALL, Direction.INCOMING),  # type 5: rejected
        (EventKind.CALL, Direction.OUTGOING),
        (EventKind.VOICEMAIL, Direction.INCOMING),
    ]
    withheld = records[2]
    assert withheld.withheld and withheld.number_raw == ""
    # What the log said besides is kept with the record (put in words where it is shown);
    # the summary is left for the user's own words.
    assert withheld.summary == ""
    assert facts(withheld) == [Fact("missed"), Fact("withheld", "restricted")]
    nulls = records[6]  # number="null" duration="null" presentation=3
    assert nulls.withheld and nulls.duration_s is None
    answered = records[3]
    assert answered.duration_s == 185 and answered.conversation and answered.connected
    assert answered.started_at == dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC)
    assert facts(answered) == [Fact("saved_as", "催收 王")]
    assert facts(records[4]) == [Fact("rejected")]
    assert facts(records[6]) == [Fact("voicemail"), Fact("withheld", "unknown")]
    # Three spellings of one number share one identity key.
    assert (
        records[0].identity.split("|")[1] == records[1].identity.split("|")[1] == "+8613800138000"
    )


def test_sms_and_mms_text_parts(fixtures: Path) -> None:
    contents = read_backup(fixtures / "sms-20260301.xml", "CN")
    assert contents.kind == "sms"
    assert contents.skipped == {"SMS draft": 1}
    received, sent, mms, hidden = contents.records
    assert received.direction == Direction.INCOMING and "紧急联系人" in received.summary
    assert sent.direction == Direction.OUTGOING
    assert mms.kind == EventKind.SMS and mms.number_raw == "+8613800138000"
    assert "这是你家门口吧" in mms.summary
    # the picture not imported is a fact of the phone's record, said in the reader's
    # language (it was English text inside the collector's message)
    assert "not imported" not in mms.summary and "smil" not in mms.summary
    from onrecord.imports.facts import Fact, contact_facts

    where = f"imported from SMS Backup & Restore messages: {mms.where}"
    facts, own = contact_facts("imported", where, mms.summary)
    assert facts == [Fact("media", "image/jpeg image000000.jpg")] and own == mms.summary
    assert mms.started_at == dt.datetime(2026, 3, 1, 15, 20, tzinfo=dt.UTC)
    assert hidden.withheld


def test_preview_counts_first_last(workspace, case_id, fixtures: Path) -> None:
    plan = prepare(workspace, case_id, fixtures / "calls-20260301.xml")
    assert plan.format == "calls"
    numbers = {n.key: n for n in plan.preview.numbers}
    main = numbers["+8613800138000"]
    assert main.count == 3
    assert main.kinds == {"missed_call": 2, "call": 1}
    assert main.first == dt.datetime(2026, 2, 28, 23, 10, tzinfo=dt.UTC)
    assert main.last == dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC)
    assert set(main.raw_forms) == {"+8613800138000", "13800138000", "+86 138-0013-8000"}
    assert main.names_on_phone == ("催收 王",)
    assert numbers[WITHHELD_KEY].count == 2 and numbers[WITHHELD_KEY].withheld
    assert plan.preview.numbers[-1].key == WITHHELD_KEY  # withheld listed last


def test_import_picked_numbers_only_and_reimport_adds_nothing(
    workspace, case_id, fixtures: Path, row_counts
) -> None:
    plan = prepare(workspace, case_id, fixtures / "calls-20260301.xml")
    picked = resolve_numbers(plan, ["138 0013 8000", "withheld"])
    party = workspace.cases.add_party(case_id, "王经理", organisation="中催信息")
    result = execute(workspace, plan, numbers=picked, party_id=party.id)
    assert result.added == 5 and result.not_picked == 2
    events = workspace.cases.events(case_id)
    assert {e.source for e in events} == {EventSource.IMPORTED}
    assert all(e.source_detail.startswith("imported from SMS Backup & Restore") for e in events)
    main = [e for e in events if e.phone_number and e.phone_number.e164 == "+8613800138000"]
    assert len(main) == 3 and all(e.party_id == party.id for e in main)
    hidden = [e for e in events if e.phone_number and e.phone_number.raw == "withheld"]
    assert len(hidden) == 2
    numbers = {n.raw: n for n in workspace.cases.numbers(case_id)}
    assert numbers["withheld"].party_id is None  # a hidden caller is nobody in particular

    before = row_counts(workspace)
    again = execute(workspace, prepare(workspace, case_id, fixtures / "calls-20260301.xml"))
    assert again.added == 2 and again.already_there == 5  # only the numbers not picked before
    third = execute(workspace, prepare(workspace, case_id, fixtures / "calls-20260301.xml"))
    assert third.added == 0 and third.already_there == 7
    assert row_counts(workspace)["ContactEvent"] == before["ContactEvent"] + 2


def test_overlapping_backups_merge(workspace, case_id, fixtures: Path) -> None:
    both = prepare(
        workspace, case_id, [fixtures / "calls-20260301.xml", fixtures / "calls-20260315.xml"]
    )
    assert both.preview.records == 9
    assert both.preview.duplicates_merged == 2
    execute(workspace, prepare(workspace, case_id, fixtures / "calls-20260301.xml"))
    later = prepare(workspace, case_id, fixtures / "calls-20260315.xml")
    assert later.preview.already_imported == 2
    result = execute(workspace, later)
    assert result.added == 2 and result.already_there == 2
    assert len(workspace.cases.events(case_id)) == 9


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("billion-laughs.xml", "document type declaration"),
        ("external-entity.xml", "document type declaration"),
        ("calls-truncated.xml", "damaged or incomplete at line"),
    ],
)
def test_hostile_and_broken_files_refused_nothing_written(
    workspace, case_id, fixtures: Path, row_counts, name: str, expected: str
) -> None:
    before = row_counts(workspace)
    with pytest.raises(ImportFileError, match=expected) as info:
        prepare(workspace, case_id, fixtures / name)
    assert name in str(info.value)
    assert row_counts(workspace) == before


def test_truncated_names_line_and_column(fixtures: Path) -> None:
    with pytest.raises(ImportFileError) as info:
        read_backup(fixtures / "calls-truncated.xml", "CN")
    message = str(info.value)
    assert "line 8" in message and "column" in message
    assert "after 3 complete record(s)" in message


def test_wrong_kind_and_not_a_backup(workspace, case_id, fixtures: Path, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="backup of messages"):
        prepare(workspace, case_id, fixtures / "sms-20260301.xml", "calls")
    other = tmp_path / "calls-x.xml"
    other.write_text("<?xml version='1.0'?><rss><item/></rss>")
    with pytest.raises(ImportFileError, match="root element is <rss>"):
        prepare(workspace, case_id, other)


def test_bad_record_named(tmp_path: Path) -> None:
    bad = tmp_path / "calls-bad.xml"
    bad.write_text(
        '<calls count="2"><call number="1" date="1772320200000" type="1" duration="3"/>'
        '<call number="2" date="yesterday" type="1"/></calls>'
    )
    with pytest.raises(ImportFileError, match=r"<call> #2 has no valid date"):
        read_backup(bad, "CN")


def test_streaming_clears_records(tmp_path: Path) -> None:
    """A large backup is read record by record (memory stays flat): 20 000 calls parse."""
    path = tmp_path / "calls-big.xml"
    with path.open("w") as out:
        out.write('<?xml version="1.0"?><calls count="20000">')
        for i in range(20000):
            out.write(
                f'<call number="+86138{i % 50:08d}" duration="0" '
                f'date="{1772320200000 + i * 60000}" type="3" presentation="1"/>'
            )
        out.write("</calls>")
    seen: list[float] = []
    contents = read_backup(path, "CN", progress=lambda f, _m: seen.append(f))
    assert len(contents.records) == 20000
    assert seen and seen[-1] == pytest.approx(1.0)


def test_cancel_while_reading_writes_nothing(
    workspace, case_id, fixtures: Path, row_counts
) -> None:
    from onrecord.imports import ImportCancelled

    before = row_counts(workspace)
    with pytest.raises(ImportCancelled):
        prepare(workspace, case_id, fixtures / "calls-20260301.xml", cancel=lambda: True)
    assert row_counts(workspace) == before


def test_cancel_while_writing_then_resume(workspace, case_id, fixtures: Path) -> None:
    plan = prepare(workspace, case_id, fixtures / "calls-20260301.xml")
    calls = iter([False, False, False, True])
    seen: list[tuple[float, str]] = []
    result = execute(
        workspace, plan, cancel=lambda: next(calls, True), progress=lambda f, m: seen.append((f, m))
    )
    assert result.cancelled and result.added == 3
    assert "importing again adds the rest" in result.warnings[0]
    assert seen[0] == (0.0, "importing 1 of 7")
    rest = execute(workspace, prepare(workspace, case_id, fixtures / "calls-20260301.xml"))
    assert (rest.added, rest.already_there, rest.cancelled) == (4, 3, False)
