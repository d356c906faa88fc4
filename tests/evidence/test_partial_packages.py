"""A package of part of the case (dates, calls): exactly what was asked for, and it says so.

The fixture case (evidence_helpers.build_case, New York): contacts #2, #3 (Mar 2), #7 (a
recorded call on Mar 3, with a promise noted on its mark), #4 (an SMS, Mar 3), #5 (a voicemail,
Mar 4), #6 (Mar 5), #8 (a recorded call, Mar 6); a promise made Mar 3, due Mar 20; a payment of
Mar 15 towards no promise; two files attached to the case itself. Another case holds #1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path

import bagit
import pytest
from evidence_helpers import EXPORT_TIME

from onrecord.cli import main
from onrecord.evidence.export import ExportError, ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store.enums import EventKind

RECORDED_1, RECORDED_2 = 7, 8  # the fixture's recorded calls
SMS, VOICEMAIL, OTHER_CASE = 4, 5, 1


def _export(ws, case_id: int, out: Path, **options: object):  # type: ignore[no-untyped-def]
    return export_case(ws, case_id, out, ExportOptions(now=EXPORT_TIME, **options))  # type: ignore[arg-type]


def _json(folder: Path, name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((folder / "data" / "case" / name).read_text("utf-8"))


def _timeline(folder: Path) -> list[dict[str, str]]:
    text = (folder / "data/case/timeline.csv").read_text("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _html(folder: Path) -> str:
    return (folder / "data/report/index.html").read_text("utf-8")


# 1. --calls chooses contacts, not only recordings -------------------------------------------


def test_chosen_calls_are_the_only_contacts_with_their_recordings_and_files(
    workspace, us_case, tmp_path: Path
) -> None:
    source = tmp_path / "on-the-call.txt"
    source.write_text("the collector's letter about call 8\n", encoding="utf-8")
    workspace.attachments.add(us_case.case_id, source, event_id=RECORDED_2)
    other = tmp_path / "on-another-call.txt"
    other.write_text("about the voicemail\n", encoding="utf-8")
    workspace.attachments.add(us_case.case_id, other, event_id=VOICEMAIL)
    result = _export(workspace, us_case.case_id, tmp_path / "out", calls=[RECORDED_2], pdf=False)
    assert result.folder is not None and result.recordings == 1
    case = _json(result.folder, "case.json")
    assert [e["id"] for e in case["contact_events"]] == [RECORDED_2]
    assert [r["event_id"] for r in case["recordings"]] == [RECORDED_2]
    assert [row["event_id"] for row in _timeline(result.folder)] == [str(RECORDED_2)]
    # its own file and the case's two, not the voicemail's
    names = sorted(a["original_name"] for a in case["attachments"])
    assert names == ["letter-1.txt", "letter-2.txt", "on-the-call.txt"]
    assert case["selection"]["not_in_package"]["attachments"] == 1
    assert case["selection"]["not_in_package"]["recordings"] == 1
    html = _html(result.folder)
    assert "all dates" not in html
    assert "only the calls #8" in html
    assert verify_package(result.folder).ok


def test_findings_of_chosen_calls_still_name_the_contacts_left_out(
    workspace, us_case, tmp_path: Path
) -> None:
    # #2 (7:10 am) is off-hours and the rules are checked against the whole case: a row
    # about a contact the package does not hold says so, and none claims it is here.
    result = _export(workspace, us_case.case_id, tmp_path / "out", calls=[RECORDED_1], pdf=False)
    findings = _json(result.folder, "conduct-findings.json")
    assert findings["filters"]["calls"] == [RECORDED_1]
    for finding in findings["findings"]:
        assert RECORDED_1 in finding["event_ids"] or not finding["event_ids"]
        assert finding["not_in_package"] == [e for e in finding["event_ids"] if e != RECORDED_1]
    assert "#2" not in {row["event_id"] for row in _timeline(result.folder)}


# 2. A choice that makes no sense is refused, and nothing is written -------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"calls": [SMS]}, r"contact #4 is not a call \(its kind is sms\)"),
        ({"calls": []}, r"no calls were chosen"),
        ({"calls": [OTHER_CASE]}, r"contact #1 belongs to case OTHER-1, not to case FX-US-1"),
        ({"calls": [999]}, r"case FX-US-1 has no contact event #999"),
        (
            {
                "calls": [RECORDED_2],
                "date_from": dt.date(2026, 3, 1),
                "date_to": dt.date(2026, 3, 5),
            },
            r"call #8 \(2026-03-06\) is outside the chosen dates, 2026-03-01 to 2026-03-05",
        ),
        (
            {"date_from": dt.date(2026, 4, 1), "date_to": dt.date(2026, 4, 30)},
            r"no contacts between 2026-04-01 and 2026-04-30; its contacts are from 2026-03-02 "
            r"to 2026-03-06",
        ),
        (
            {"date_from": dt.date(2026, 3, 5), "date_to": dt.date(2026, 3, 1)},
            r"the first day \(2026-03-05\) is after the last \(2026-03-01\)",
        ),
    ],
)
def test_a_selection_that_makes_no_sense_is_refused(
    workspace, us_case, tmp_path: Path, options: dict, message: str
) -> None:
    with pytest.raises(ExportError, match=message):
        _export(workspace, us_case.case_id, tmp_path / "out", **options)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["--calls", "4"], "contact #4 is not a call"),
        (["--calls", ""], "no calls were chosen"),
        (["--calls", ","], "no calls were chosen"),
        (["--calls", "1"], "belongs to case OTHER-1"),
        (["--calls", "8", "--to", "2026-03-05"], "call #8 (2026-03-06) is outside"),
        (["--from", "2026-04-01"], "no contacts between 2026-04-01 and …"),
    ],
)
def test_the_cli_refuses_in_one_line_with_exit_2(
    workspace, us_case, tmp_path: Path, capsys, arguments: list[str], said: str
) -> None:
    out = tmp_path / "out"
    data = str(workspace.data_dir)
    code = main(["--data-dir", data, "export", "--case", "FX-US-1", "--out", str(out), *arguments])
    err = capsys.readouterr().err
    assert code == 2
    assert said in err and err.count("\n") == 1 and err.startswith("onrecord: ")
    assert not out.exists()


# 3. The package says it is a selection, everywhere it is read -------------------------------


@pytest.fixture
def march_3_to_4(workspace, us_case, tmp_path: Path):  # type: ignore[no-untyped-def]
    return _export(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        date_from=dt.date(2026, 3, 3),
        date_to=dt.date(2026, 3, 4),
        make_zip=True,
    )


def test_the_first_page_states_the_selection_and_what_the_case_holds(march_3_to_4) -> None:
    html = _html(march_3_to_4.folder)
    statement = html[html.index('class="selection"') : html.index('class="key"')]
    assert "This package is a selection" in statement
    assert "only the contacts from March 3, 2026 to March 4, 2026" in statement
    assert "The case file holds 7 contacts, from March 2, 2026 to March 6, 2026" in statement
    assert "this package holds 3 of them" in statement
    assert "Files attached to the case itself (not to a contact) are in every package" in statement
    assert "First contact in this package" in html and "First contact logged" not in html
    assert html.index('class="selection"') < html.index('id="summary"')  # the first page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_pdf_states_the_selection_on_its_first_page(march_3_to_4) -> None:
    pdf = march_3_to_4.folder / "data/report/report.pdf"
    first = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    flat = " ".join(first.split())
    assert "This package is a selection" in flat
    assert "this package holds 3 of them" in flat
    assert "Last contact in this package" in flat


def test_bag_info_verify_txt_and_the_name_say_it(march_3_to_4, tmp_path: Path) -> None:
    folder = march_3_to_4.folder
    assert folder.name.endswith("-2026-03-03_2026-03-04")
    assert march_3_to_4.zip_path.name == f"{folder.name}.zip"
    info = (folder / "bag-info.txt").read_text("utf-8")
    assert (
        "OnRecord-Selection: part of the case file: contacts from 2026-03-03 to 2026-03-04; 3 of the case's 7 contacts\n"
        in info
    )
    assert "OnRecord-Selection-From: 2026-03-03\n" in info
    assert "OnRecord-Selection-To: 2026-03-04\n" in info
    assert "OnRecord-Selection-Contacts: 3/7\n" in info
    # still byte for byte what the bagit library writes for the same labels
    labels = dict(line.split(": ", 1) for line in info.splitlines())
    del labels["Payload-Oxum"]
    theirs = tmp_path / "theirs"
    shutil.copytree(folder / "data", theirs)
    bagit.make_bag(str(theirs), labels, checksums=["sha256", "sha512"])
    assert (theirs / "bag-info.txt").read_bytes() == (folder / "bag-info.txt").read_bytes()
    opening = " ".join((folder / "VERIFY.txt").read_text("utf-8").split("\n\n")[0].split())
    assert "THIS PACKAGE IS A SELECTION, not the whole case file: the contacts from" in opening
    assert "2026-03-03 to 2026-03-04" in opening


def test_verify_says_a_package_is_a_selection(march_3_to_4, capsys) -> None:
    assert main(["verify", str(march_3_to_4.zip_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == (
        "  a selection, not the whole case file: the contacts from 2026-03-03 to 2026-03-04; "
        "3 of the case's 7 contacts (the report's first page says what is left out)"
    )
    assert main(["verify", "--json", str(march_3_to_4.folder)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["selection"] == {"from": "2026-03-03", "to": "2026-03-04", "contacts": "3/7"}
    assert main(["verify", "--language", "zh_CN", str(march_3_to_4.folder)]) == 0
    assert "2026-03-03" in capsys.readouterr().out.splitlines()[1]


def test_a_whole_case_package_says_nothing_of_a_selection(en_package, capsys) -> None:
    assert "OnRecord-Selection" not in (en_package.folder / "bag-info.txt").read_text("utf-8")
    assert 'class="selection"' not in _html(en_package.folder)
    assert _json(en_package.folder, "conduct-findings.json")["filters"] == {
        "from": None,
        "to": None,
        "calls": None,
    }
    assert main(["verify", "--json", str(en_package.folder)]) == 0
    assert json.loads(capsys.readouterr().out)["selection"] == {}


# 4. A recording left out of an included contact is said, never dropped silently ------------


def test_an_unfinished_recording_is_named_with_its_marks(
    workspace, us_case, tmp_path: Path
) -> None:
    start = dt.datetime(2026, 3, 5, 15, 0, tzinfo=dt.UTC)
    rec = workspace.recordings.begin(
        us_case.case_id, "recordings/unfinished.wav", sample_rate=8000, channels=2, started_at=start
    )
    workspace.recordings.add_mark(rec.id, 8000, tag="threat", text="left unfinished")
    workspace.recordings.add_mark(rec.id, 16000, text="second")
    result = _export(workspace, us_case.case_id, tmp_path / "out", pdf=False)
    row = next(r for r in _timeline(result.folder) if r["event_id"] == str(rec.event_id))
    assert row["recordings"] == "" and row["marks"] == "0"
    assert row["recordings_not_included"] == f"{rec.id}: not finished (no hash), 2 marks"
    [left_out] = _json(result.folder, "case.json")["recordings_not_included"]
    assert left_out["event_id"] == rec.event_id and left_out["marks"] == 2
    html = _html(result.folder)
    assert "2, and 1 more call whose recording is not in this package (see below)" in html
    assert f"recording {rec.id} of contact #{rec.event_id}" in html
    assert "with its 2 marks" in html
    # a finding quoting one of its marks says the recording is not here
    findings = [
        f for f in _json(result.folder, "conduct-findings.json")["findings"] if f["mark_ids"]
    ]
    quoting = [f for f in findings if set(f["mark_ids"]) & set(left_out["mark_ids"])]
    assert quoting  # the threat tagged on it
    assert f"quotes a mark of recording {rec.id}, which is not in this package" in html


# 5. Promises and payments follow the selection ---------------------------------------------


def test_promises_and_payments_follow_the_dates(workspace, us_case, tmp_path: Path) -> None:
    # Mar 6 alone: the promise (made Mar 3, due Mar 20) and the payment (Mar 15) are outside.
    result = _export(
        workspace,
        us_case.case_id,
        tmp_path / "one-day",
        date_from=dt.date(2026, 3, 6),
        date_to=dt.date(2026, 3, 6),
        pdf=False,
    )
    case = _json(result.folder, "case.json")
    assert case["promises"] == [] and case["payments"] == []
    assert case["selection"]["not_in_package"] | {} == {
        "recordings": 1,
        "attachments": 0,
        "promises": 1,
        "payments": 1,
    }
    html = _html(result.folder)
    assert "waive fees" not in html
    assert "1 promise or offer" in html and "1 payment" in html
    # From Mar 6 on: the promise falls due in the range, the payment is in it.
    result = _export(
        workspace,
        us_case.case_id,
        tmp_path / "later",
        date_from=dt.date(2026, 3, 6),
        pdf=False,
    )
    case = _json(result.folder, "case.json")
    assert [p["description"] for p in case["promises"]] == ["waive fees"]
    assert [p["paid_on"] for p in case["payments"]] == ["2026-03-15"]


def test_promises_follow_the_chosen_calls_and_keep_their_state(
    workspace, us_case, tmp_path: Path
) -> None:
    # The promise was noted on a mark of call #7; a payment towards it on Mar 18 keeps it.
    [promise] = workspace.ledger.promises(us_case.case_id)
    workspace.ledger.add_payment(us_case.case_id, "600.00", "2026-03-18", promise_id=promise.id)
    on_it = _export(workspace, us_case.case_id, tmp_path / "a", calls=[RECORDED_1], pdf=False)
    case = _json(on_it.folder, "case.json")
    assert [p["id"] for p in case["promises"]] == [promise.id]
    assert [p["paid_on"] for p in case["payments"]] == ["2026-03-18"]  # not the other one
    assert case["promises"][0]["state_on_export"]["state"] == "paid_for_offer"
    elsewhere = _export(workspace, us_case.case_id, tmp_path / "b", calls=[RECORDED_2], pdf=False)
    case = _json(elsewhere.folder, "case.json")
    assert case["promises"] == [] and case["payments"] == []
    assert case["selection"]["not_in_package"]["promises"] == 1
    assert case["selection"]["not_in_package"]["payments"] == 2
    # A date range that holds the promise but not the payment still finds it kept.
    dated = _export(
        workspace,
        us_case.case_id,
        tmp_path / "c",
        date_from=dt.date(2026, 3, 3),
        date_to=dt.date(2026, 3, 4),
        pdf=False,
    )
    case = _json(dated.folder, "case.json")
    assert case["payments"] == []
    assert case["promises"][0]["state_on_export"]["state"] == "paid_for_offer"
    promises = _html(dated.folder).split('id="promises"')[1].split("</section>")[0]
    assert "Mar 18, 2026" in promises  # paid then, though that payment is not listed here


def test_a_missed_call_and_a_voicemail_can_be_chosen(workspace, us_case, tmp_path: Path) -> None:
    result = _export(workspace, us_case.case_id, tmp_path / "out", calls=[2, VOICEMAIL], pdf=False)
    kinds = [e["kind"] for e in _json(result.folder, "case.json")["contact_events"]]
    assert kinds == [EventKind.MISSED_CALL, EventKind.VOICEMAIL]
    assert result.folder.name.endswith("-calls-2_5")


def test_calls_within_dates_are_named_with_both(workspace, us_case, tmp_path: Path) -> None:
    result = _export(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        calls=[RECORDED_1],
        date_from=dt.date(2026, 3, 1),
        date_to=dt.date(2026, 3, 31),
        pdf=False,
    )
    assert result.folder.name.endswith("-2026-03-01_2026-03-31-calls-7")
    assert result.selection == (
        "part of the case file: calls #7 from 2026-03-01 to 2026-03-31; 1 of the case's 7 contacts"
    )
    html = _html(result.folder)
    # Each call by its number in the report's tables and the time it was, which is what the
    # person who ticked it in the window knows it by (a walk-through)
    assert (
        "only the calls chosen by their number, #7 (Mar 3, 2026 8:15 AM UTC-05:00), from "
        "March 1, 2026 to March 31, 2026" in html
    )
    assert "Mar 1, 2026 – Mar 31, 2026, only the calls #7" in html


def test_verify_lists_chosen_calls_as_chinese_is_written(workspace, us_case, tmp_path, capsys):
    """A walk-through: verify said 「只有通话 #8, #13」 while VERIFY.txt and the report say #8、#13."""
    result = _export(workspace, us_case.case_id, tmp_path / "out", calls=[2, VOICEMAIL], pdf=False)
    assert main(["verify", "--language", "zh_CN", str(result.folder)]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert f"#2、#{VOICEMAIL}" in line and ", #" not in line


def test_chosen_calls_are_named_with_their_time_in_chinese(
    workspace, us_case, tmp_path: Path
) -> None:
    result = _export(
        workspace,
        us_case.case_id,
        tmp_path / "out",
        calls=[2, RECORDED_1],
        language="zh_CN",
        pdf=False,
    )
    assert (
        "按编号选取的通话：#2（2026年3月2日 07:10 UTC-05:00）、#7（2026年3月3日 08:15 UTC-05:00）。"
        in (_html(result.folder))
    )


def test_a_chosen_withdrawn_call_is_said_to_be_held_and_counted_nowhere(
    workspace, us_case, tmp_path: Path
) -> None:
    # A withdrawn call can be ticked (the window lists it, greyed): the package holds it, and
    # its first page must not say it holds no contact and stop there.
    workspace.corrections.withdraw_event(VOICEMAIL, "logged twice")
    result = _export(workspace, us_case.case_id, tmp_path / "out", calls=[VOICEMAIL], pdf=False)
    assert result.selection == (
        "part of the case file: calls #5; 0 of the case's 6 contacts (and 1 withdrawn)"
    )
    case = _json(result.folder, "case.json")
    assert [e["id"] for e in case["contact_events"]] == [VOICEMAIL]
    assert case["selection"]["contacts_in_package"] == 0
    assert case["selection"]["withdrawn_contacts_in_package"] == 1
    html = _html(result.folder)
    assert "this package holds 0 of them" in html
    assert "It also holds 1 contact the user withdrew as logged by mistake" in html
    assert verify_package(result.folder).ok


def test_a_case_of_one_contact_never_says_a_package_without_it_holds_it(
    workspace, us_case, tmp_path: Path
) -> None:
    other = next(c for c in workspace.cases.cases() if c.reference == "OTHER-1")  # holds #1
    mistaken = workspace.cases.log_event(
        other.id, EventKind.MISSED_CALL, EXPORT_TIME - dt.timedelta(days=39), number="12"
    )
    workspace.corrections.withdraw_event(mistaken.id, "not a collector")
    result = _export(workspace, other.id, tmp_path / "out", calls=[mistaken.id], pdf=False)
    html = _html(result.folder)
    assert "this package does not hold it" in html
    assert "this package holds it" not in html
