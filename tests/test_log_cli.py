"""`onrecord log`, `withdraw`, `attach`, `files`, `promise`, `payment` and `promises`: a
contact, a promise or a payment logged from the command line, as the timeline logs them; a
refusal is one line, exit 2, and writes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from onrecord.cli import main
from onrecord.store import open_workspace
from onrecord.store.models import (
    Attachment,
    AuditEvent,
    ContactEvent,
    EventTag,
    Party,
    Payment,
    PhoneNumber,
    Promise,
)

TODAY = dt.date.today()
DAY = (TODAY - dt.timedelta(days=20)).isoformat()  # a day well in the past, on any clock
MODELS = (ContactEvent, EventTag, Party, PhoneNumber, Promise, Payment, Attachment, AuditEvent)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("onrecord: ")
    return lines[0]


def counts(home: Path) -> dict[str, int]:
    """How many rows of each kind exist: to prove a refusal wrote nothing (as
    tests/imports/conftest.py counts them, with the ledger's and the files' rows)."""
    with open_workspace(home) as ws, ws.store.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0 for m in MODELS}


def audit_actions(home: Path) -> list[tuple[str, dict[str, Any]]]:
    with open_workspace(home) as ws, ws.store.session() as s:
        rows = s.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        return [(r.action, json.loads(r.body).get("data", {})) for r in rows]


@pytest.fixture
def case(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = cli(capsys, "cases", "new", "--title", "Harbor Bank", "--jurisdiction", "us")
    assert code == 0 and out.startswith("created case 1 ")
    return "1"


# ----------------------------------------------------------------------- log
def test_a_missed_call_is_logged_and_said(capsys, onrecord_home: Path, case: str) -> None:
    code, out, err = cli(
        capsys,
        *("log", "--case", case, "--kind", "missed_call", "--when", f"{DAY} 14:30"),
        *("--number", "(212) 555-0142", "--party", "Mike Dalton", "--tag", "threat"),
        *("--summary", "Called twice before noon"),
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "created collector 1: Mike Dalton"
    assert lines[1].startswith("logged contact 1 in case OR-")
    assert f"missed_call, {DAY} 14:30 UTC-0" in lines[1]  # New York's clock, with its offset
    assert "number +12125550142; collector Mike Dalton; tags threat" in lines[2]
    with open_workspace(onrecord_home) as ws:
        (event,) = ws.cases.events(1)
        assert (event.kind.value, event.direction.value, event.source.value) == (
            "missed_call",
            "incoming",
            "manual",
        )
        assert event.timezone == "America/New_York"
        assert event.started_at.astimezone(dt.UTC).hour in (18, 19)  # 14:30 EDT or EST
        assert (event.connected, event.conversation) == (False, False)  # as the dialog says
        assert event.phone_number.e164 == "+12125550142"
        assert event.party.name == "Mike Dalton"
        assert event.summary == "Called twice before noon"
        assert [t.tag for t in ws.cases.event_tags(1)] == ["threat"]
    actions = [a for a, _ in audit_actions(onrecord_home)]
    assert actions[-4:] == ["party.created", "number.created", "event.logged", "event.tagged"]


def test_json_output_of_a_logged_call(capsys, case: str) -> None:
    code, out, _ = cli(
        capsys,
        *("log", "--case", case, "--kind", "call", "--when", f"{DAY} 09:05"),
        *("--duration", "3:20", "--direction", "outgoing", "--json"),
    )
    assert code == 0
    logged = json.loads(out)
    assert (logged["id"], logged["kind"], logged["direction"]) == (1, "call", "outgoing")
    assert logged["duration_s"] == 200.0
    assert (logged["connected"], logged["conversation"]) == (True, True)
    assert logged["local"].startswith(f"{DAY} 09:05 UTC-0")
    assert (logged["number"], logged["party"], logged["files"]) == (None, None, [])


def test_a_letter_is_dated_alone_and_kept_at_noon(capsys, onrecord_home, case, tmp_path) -> None:
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 final demand")
    code, out, _ = cli(
        capsys,
        *("log", "--case", case, "--kind", "letter", "--when", DAY, "--attach", str(scan)),
    )
    assert code == 0
    assert f"letter, {DAY}, incoming" in out.splitlines()[0]  # its date, no time
    assert "attached file 1: letter.pdf (sha256 " in out
    with open_workspace(onrecord_home) as ws:
        (event,) = ws.cases.events(1)
        local = event.started_at.astimezone(ZoneInfo(event.timezone))
        assert (local.date().isoformat(), local.hour) == (DAY, 12)  # noon, as the dialog keeps it
        (attached,) = ws.attachments.list(1)
        assert (attached.event_id, attached.original_name) == (event.id, "letter.pdf")
    assert "attachment.added" in [a for a, _ in audit_actions(onrecord_home)]


def test_to_others_is_a_third_party_contact(capsys, onrecord_home, case) -> None:
    code, _, _ = cli(
        capsys,
        *("log", "--case", case, "--kind", "call", "--when", f"{DAY} 10:00"),
        *("--direction", "to_others", "--tag", "insult"),
    )
    assert code == 0
    with open_workspace(onrecord_home) as ws:
        assert sorted(t.tag for t in ws.cases.event_tags(1)) == ["insult", "third_party"]


def test_a_number_not_recognised_is_kept_with_a_note(capsys, onrecord_home, case) -> None:
    code, out, _ = cli(
        capsys, "log", "--case", case, "--kind", "sms", "--when", f"{DAY} 10:00", "--number", "12"
    )
    assert code == 0
    assert "note: 12 is not a phone number OnRecord recognises" in out
    with open_workspace(onrecord_home) as ws:
        assert ws.cases.events(1)[0].phone_number.raw == "12"


def test_a_time_later_than_now_is_refused_unless_asked_for(
    capsys, onrecord_home: Path, case: str
) -> None:
    zone = ZoneInfo("America/New_York")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).astimezone(zone)
    when = later.strftime("%Y-%m-%d %H:%M")
    before = counts(onrecord_home)
    code, out, err = cli(capsys, "log", "--case", case, "--kind", "call", "--when", when)
    assert (code, out) == (2, "")
    assert "later than the time now" in one_line_error(err)
    assert "--later-than-now" in err
    assert counts(onrecord_home) == before
    code, out, _ = cli(
        capsys, "log", "--case", case, "--kind", "call", "--when", when, "--later-than-now"
    )
    assert code == 0 and "logged contact 1" in out
    # A letter of today has a date, not a time: not "later than now".
    code, out, _ = cli(
        capsys, "log", "--case", case, "--kind", "letter", "--when", later.date().isoformat()
    )
    if later.date() == dt.datetime.now(zone).date():
        assert code == 0, out


def test_a_contact_logged_already_is_refused_unless_again(capsys, onrecord_home, case) -> None:
    args = ["log", "--case", case, "--kind", "missed_call", "--when", f"{DAY} 14:30"]
    assert cli(capsys, *args, "--number", "+1 212 555 0142")[0] == 0
    before = counts(onrecord_home)
    code, out, err = cli(capsys, *args, "--number", "212-555-0142")  # the same number
    assert (code, out) == (2, "")
    line = one_line_error(err)
    assert "looks like contact 1, logged already" in line and "--again" in line
    assert counts(onrecord_home) == before
    assert cli(capsys, *args, "--number", "212-555-0199")[0] == 0  # another number
    code, out, _ = cli(capsys, *args, "--number", "212-555-0142", "--again")
    assert code == 0 and "logged contact 3" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "letter", "--when", f"{DAY} 10:00"], "a letter is logged by its date alone"),
        (["--kind", "call", "--when", DAY], "give the time too"),
        (["--kind", "call", "--when", "yesterday"], "is not a date and time"),
        (["--kind", "call", "--when", "2099-01-01 10:00"], "is in the future"),
        (["--kind", "call", "--when", "1969-12-31 10:00"], "before 1970"),
        (["--kind", "letter", "--when", DAY, "--number", "2125550142"], "not come from a phone"),
        (["--kind", "visit", "--when", f"{DAY} 10:00", "--number", "1"], "not come from a phone"),
        (["--kind", "email", "--when", f"{DAY} 10:00", "--number", "1"], "not come from a phone"),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--tag", "threats"], "unknown tag"),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--duration", "3:75"], "--duration"),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--duration", "200:00:00"], "a week"),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--timezone", "Mars/Base"], "time zone"),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--party", "7"], "no collector with id 7"),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--attach", "/nonexistent"], "not a file"),
        (
            ["--kind", "missed_call", "--when", f"{DAY} 10:00", "--notice", "cease_request"],
            "--notice does not apply",
        ),
        (["--kind", "call", "--when", f"{DAY} 10:00", "--summary", "x" * 20001], "too long"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    capsys, onrecord_home: Path, case: str, args: list[str], message: str
) -> None:
    before = counts(onrecord_home)
    # A new collector named too: not created when the contact is refused (a later --party wins)
    code, out, err = cli(capsys, "log", "--case", case, "--party", "Mike", *args)
    assert (code, out) == (2, "")
    assert message in one_line_error(err)
    assert counts(onrecord_home) == before, "nothing was written (not even the collector)"


def test_a_file_kept_already_is_refused_before_the_contact_is_logged(
    capsys, onrecord_home, case, tmp_path
) -> None:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG same bytes")
    assert cli(capsys, "attach", "--case", case, str(scan))[0] == 0
    before = counts(onrecord_home)
    code, out, err = cli(
        capsys, "log", "--case", case, "--kind", "sms", "--when", f"{DAY} 10:00",
        "--attach", str(scan),
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert "already in this case, attached to the case itself as file 1" in one_line_error(err)
    assert counts(onrecord_home) == before


def test_unknown_case_is_one_line(capsys) -> None:
    code, _, err = cli(capsys, "log", "--case", "42", "--kind", "call", "--when", f"{DAY} 10:00")
    assert code == 2
    assert "no case '42'" in one_line_error(err)


# ------------------------------------------------------------------ withdraw
def test_withdraw_and_count_again(capsys, onrecord_home: Path, case: str) -> None:
    cli(capsys, "log", "--case", case, "--kind", "sms", "--when", f"{DAY} 10:00", "--tag", "threat")
    code, out, err = cli(
        capsys, "withdraw", "--case", case, "--event", "1", "--reason", "logged twice"
    )
    assert (code, err) == (0, "")
    assert out.startswith("withdrew contact 1 (sms, ")
    assert "marked withdrawn" in out and "--restore" in out
    with open_workspace(onrecord_home) as ws:
        assert ws.cases.events(1)[0].withdrawn_reason == "logged twice"
    assert audit_actions(onrecord_home)[-1] == ("event.withdrawn", {"reason": "logged twice"})

    code, out, _ = cli(capsys, "withdraw", "--case", case, "--event", "1", "--restore", "--json")
    assert code == 0
    restored = json.loads(out)
    assert (restored["id"], restored["withdrawn_at"], restored["withdrawn_reason"]) == (1, None, "")
    assert audit_actions(onrecord_home)[-1][0] == "event.restored"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--event", "1"], "say why with --reason"),
        (["--event", "1", "--reason", "  "], "say why with --reason"),
        (["--event", "9", "--reason", "x"], "has no contact 9"),
        (["--event", "1", "--restore"], "this contact is not withdrawn"),
    ],
)
def test_withdraw_refusals(capsys, onrecord_home, case, args, message) -> None:
    cli(capsys, "log", "--case", case, "--kind", "sms", "--when", f"{DAY} 10:00")
    before = counts(onrecord_home)
    code, out, err = cli(capsys, "withdraw", "--case", case, *args)
    assert (code, out) == (2, "")
    assert message in one_line_error(err)
    assert counts(onrecord_home) == before


def test_a_recorded_call_is_not_withdrawn(capsys, onrecord_home: Path, case: str) -> None:
    with open_workspace(onrecord_home) as ws:
        ws.cases.log_event(
            1, "call", dt.datetime.now(dt.UTC) - dt.timedelta(days=2), source="recorded"
        )
    code, _, err = cli(capsys, "withdraw", "--case", case, "--event", "1", "--reason", "no")
    assert code == 2
    assert "this is a recorded call" in one_line_error(err)
    with open_workspace(onrecord_home) as ws:
        assert ws.cases.events(1)[0].withdrawn_at is None


def test_a_contact_of_another_case_is_not_withdrawn(capsys, onrecord_home, case) -> None:
    cli(capsys, "cases", "new", "--title", "Other", "--jurisdiction", "us")
    cli(capsys, "log", "--case", "2", "--kind", "sms", "--when", f"{DAY} 10:00")
    code, _, err = cli(capsys, "withdraw", "--case", case, "--event", "1", "--reason", "x")
    assert code == 2
    assert "has no contact 1" in one_line_error(err)


# ------------------------------------------------------------- attach, files
def test_attach_list_withdraw_and_put_back(capsys, onrecord_home, case, tmp_path) -> None:
    cli(capsys, "log", "--case", case, "--kind", "sms", "--when", f"{DAY} 10:00")
    one, two = tmp_path / "one.png", tmp_path / "two.txt"
    one.write_bytes(b"one")
    two.write_bytes(b"two")
    code, out, _ = cli(
        capsys, "attach", "--case", case, "--event", "1", str(one), str(two),
        "--description", "screenshots",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0].startswith("attached 2 files to contact 1 in case OR-")
    code, out, _ = cli(capsys, "files", "--case", case, "--json")
    listed = json.loads(out)
    assert [(f["id"], f["event_id"], f["original_name"]) for f in listed] == [
        (1, 1, "one.png"),
        (2, 1, "two.txt"),
    ]
    assert {f["description"] for f in listed} == {"screenshots"}

    code, out, _ = cli(capsys, "attach", "--case", case, "--withdraw", "2", "--reason", "private")
    assert code == 0 and out.startswith("withdrew file 2 (two.txt): private")
    code, out, _ = cli(capsys, "files", "--case", case)
    assert "two.txt (withdrawn)" in out
    code, out, _ = cli(capsys, "attach", "--case", case, "--restore", "2", "--json")
    assert code == 0 and json.loads(out)["withdrawn_at"] is None
    actions = [a for a, _ in audit_actions(onrecord_home)]
    assert actions[-4:] == [
        "attachment.added",
        "attachment.added",
        "attachment.withdrawn",
        "attachment.restored",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give the files to attach"),
        (["--withdraw", "1"], "say why with --reason"),
        (["--withdraw", "5", "--reason", "x"], "has no attached file 5"),
        (["--restore", "1"], "this file is not withdrawn"),
        (["FILE", "--event", "9"], "has no contact 9"),
        (["FILE", "--reason", "x"], "--reason goes with"),
        (["/no/such/file"], "is not a file"),
    ],
)
def test_attach_refusals(capsys, onrecord_home, case, tmp_path, args, message) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_bytes(b"kept")
    assert cli(capsys, "attach", "--case", case, str(kept))[0] == 0
    new = tmp_path / "new.txt"
    new.write_bytes(b"new")
    before = counts(onrecord_home)
    code, out, err = cli(
        capsys, "attach", "--case", case, *[str(new) if a == "FILE" else a for a in args]
    )
    assert (code, out) == (2, "")
    assert message in one_line_error(err)
    assert counts(onrecord_home) == before


# ---------------------------------------------------------- promises, payments
def test_promise_payment_and_where_it_stands(capsys, onrecord_home: Path, case: str) -> None:
    cli(capsys, "log", "--case", case, "--kind", "call", "--when", f"{DAY} 10:00")
    due = (TODAY + dt.timedelta(days=30)).isoformat()
    code, out, _ = cli(
        capsys, "promise", "--case", case, "--by", "me", "--amount", "$500", "--due", due,
        "--event", "1", "--description", "pay 500 by next month",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("added promise 1 to case OR-")
    assert f"pay 500 by next month; 500.00 USD; due {due}; made in contact 1" in out
    code, out, _ = cli(
        capsys, "payment", "--case", case, "--amount", "150.50", "--on", DAY,
        "--method", "bank transfer", "--reference", "T-1", "--promise", "1", "--json",
    )  # fmt: skip
    assert code == 0
    payment = json.loads(out)
    assert (payment["amount"], payment["currency"], payment["paid_on"]) == ("150.50", "USD", DAY)
    assert payment["promise_id"] == 1

    code, out, _ = cli(capsys, "promises", "--case", case, "--json")
    listed = json.loads(out)
    (promise,) = listed["promises"]
    assert promise["by"] == "user" and promise["amount"] == "500"
    assert promise["state"]["key"] == "open" and promise["state"]["days"] == 30
    assert promise["state"]["paid_total"] == "150.50"
    assert promise["state_text"] == "due in 30 days · 150.50 USD of 500.00 USD paid"
    with open_workspace(onrecord_home) as ws:
        event = ws.cases.events(1)[0]
        assert ws.ledger.promises(1)[0].made_at == event.started_at  # made in that call
    assert [p["id"] for p in listed["payments"]] == [1]

    code, out, _ = cli(capsys, "promises", "--case", case)
    assert "due in 30 days · 150.50 USD of 500.00 USD paid" in out
    assert "bank transfer" in out and "T-1" in out

    # Paid in full: kept, as the app works it out.
    cli(capsys, "payment", "--case", case, "--amount", "349.50", "--on", DAY, "--promise", "1")
    code, out, _ = cli(capsys, "promises", "--case", case, "--json")
    assert json.loads(out)["promises"][0]["state_text"] == f"kept: paid on {DAY}"
    actions = [a for a, _ in audit_actions(onrecord_home)]
    assert actions[-3:] == ["promise.created", "payment.created", "payment.created"]


def test_a_collector_s_offer_past_its_date_is_not_overdue(capsys, case: str) -> None:
    past = (TODAY - dt.timedelta(days=3)).isoformat()
    cli(capsys, "promise", "--case", case, "--by", "collector", "--description", "waive fees",
        "--due", past)  # fmt: skip
    code, out, _ = cli(capsys, "promises", "--case", case, "--json")
    (promise,) = json.loads(out)["promises"]
    assert code == 0 and promise["state"]["key"] == "past_date"
    assert promise["state_text"] == "date passed 3 days ago"


def test_remove_a_payment_and_a_promise_typed_by_mistake(capsys, onrecord_home, case) -> None:
    cli(capsys, "promise", "--case", case, "--by", "me", "--amount", "100")
    cli(capsys, "payment", "--case", case, "--amount", "100", "--on", DAY, "--promise", "1")
    code, _, err = cli(capsys, "promise", "--case", case, "--remove", "1")
    assert code == 2 and "payment(s) are linked" in one_line_error(err)
    code, out, _ = cli(
        capsys, "promise", "--case", case, "--remove", "1", "--unlink-payments", "--reason", "dup"
    )
    assert code == 0 and "payments 1 stay on record, linked to no promise" in out
    code, out, _ = cli(capsys, "payment", "--case", case, "--remove", "1", "--reason", "typo")
    assert code == 0 and "removed payment 1" in out
    action, data = audit_actions(onrecord_home)[-1]
    assert (action, data["reason"], data["removed"]["amount"]) == ("payment.removed", "typo", "100")
    assert counts(onrecord_home)["Promise"] == counts(onrecord_home)["Payment"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["promise", "--amount", "5"], "say who promised"),
        (["promise", "--by", "me"], "say what was promised"),
        (["promise", "--by", "me", "--amount", "12.345"], "more decimal places than USD"),
        (["promise", "--by", "me", "--amount", "-5"], "cannot be less than zero"),
        (["promise", "--by", "me", "--amount", "5", "--due", "someday"], "must be a date"),
        (["promise", "--by", "me", "--amount", "5", "--event", "9"], "has no contact 9"),
        (["promise", "--by", "me", "--amount", "5", "--party", "Nobody"], "no collector"),
        (["promise", "--remove", "1", "--amount", "5"], "takes only --reason"),
        (["promise", "--remove", "9"], "has no promise 9"),
        (["payment", "--amount", "5"], "give the amount paid and the day"),
        (["payment", "--amount", "five", "--on", DAY], "is not an amount"),
        (["payment", "--amount", "5", "--on", "2099-01-01"], "is in the future"),
        (["payment", "--amount", "5", "--on", DAY, "--promise", "9"], "has no promise 9"),
        (["payment", "--amount", "5", "--on", DAY, "--promise", "2"], "is kept, not open"),
        (["payment", "--remove", "9"], "has no payment 9"),
    ],
)
def test_ledger_refusals(capsys, onrecord_home, case, args, message) -> None:
    cli(capsys, "promise", "--case", case, "--by", "me", "--amount", "5")
    cli(capsys, "promise", "--case", case, "--by", "me", "--amount", "6")
    with open_workspace(onrecord_home) as ws:
        ws.ledger.set_promise_status(2, "kept")
    before = counts(onrecord_home)
    code, out, err = cli(capsys, args[0], "--case", case, *args[1:])
    assert (code, out) == (2, "")
    assert message in one_line_error(err)
    assert counts(onrecord_home) == before


def test_no_promises_yet(capsys, case: str) -> None:
    code, out, _ = cli(capsys, "promises", "--case", case)
    assert code == 0 and "has no promises or payments yet" in out


# ------------------------------------------------------------------ end to end
def test_what_the_command_line_logs_is_what_the_export_shows(
    capsys, onrecord_home: Path, case: str, tmp_path: Path
) -> None:
    """Logged, tagged, withdrawn and paid from the command line; the package's timeline holds
    the same contacts, as `onrecord events` lists them."""
    from onrecord.evidence.export import ExportOptions, export_case

    scan = tmp_path / "demand.pdf"
    scan.write_bytes(b"%PDF-1.4 demand")
    cli(capsys, "log", "--case", case, "--kind", "missed_call", "--when", f"{DAY} 08:15",
        "--number", "212 555 0142", "--party", "Mike Dalton", "--tag", "threat",
        "--summary", "third call today")  # fmt: skip
    cli(capsys, "log", "--case", case, "--kind", "letter", "--when", DAY,
        "--summary", "Final demand", "--attach", str(scan))  # fmt: skip
    cli(capsys, "log", "--case", case, "--kind", "visit", "--when", f"{DAY} 19:40",
        "--direction", "to_others", "--summary", "came to my mother's door")  # fmt: skip
    cli(capsys, "withdraw", "--case", case, "--event", "3", "--reason", "wrong case")
    cli(capsys, "promise", "--case", case, "--by", "me", "--amount", "200", "--event", "1")
    cli(capsys, "payment", "--case", case, "--amount", "200", "--on", DAY, "--promise", "1")
    code, out, _ = cli(capsys, "events", "--case", case, "--json")
    assert code == 0
    listed = {e["id"]: e for e in json.loads(out)}

    with open_workspace(onrecord_home) as ws:
        result = export_case(ws, 1, tmp_path / "out", ExportOptions(pdf=False))
    assert result.folder is not None
    text = (result.folder / "data/case/timeline.csv").read_text("utf-8-sig")
    rows = {int(r["event_id"]): r for r in csv.DictReader(io.StringIO(text))}
    assert sorted(rows) == sorted(listed) == [1, 2, 3]
    for event_id, row in rows.items():
        logged = listed[event_id]
        assert row["kind"] == logged["kind"]
        assert row["direction"] == logged["direction"]
        assert row["summary"] == logged["summary"]
        assert row["source"] == "manual"
        assert row["utc"].replace("Z", "") in logged["started_at"]
    assert (rows[1]["local_date"], rows[1]["local_time"]) == (DAY, "08:15:00")
    assert (rows[1]["number"], rows[1]["party"], rows[1]["tags"]) == (
        "+1 212-555-0142",
        "Mike Dalton",
        "threat",
    )
    assert (rows[2]["local_date"], rows[2]["local_time"]) == (DAY, "12:00:00")  # a letter
    assert rows[3]["tags"] == "third_party"
    assert rows[3]["withdrawn_reason"] == "wrong case" and rows[3]["withdrawn_at"]
    attached = list((result.folder / "data").rglob("*demand.pdf"))
    assert len(attached) == 1 and attached[0].read_bytes() == b"%PDF-1.4 demand"
    case_json = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
    (promise,) = case_json["promises"]
    (payment,) = case_json["payments"]
    assert (promise["amount"], promise["event_id"]) == ("200", 1)
    assert (payment["amount"], payment["paid_on"], payment["promise_id"]) == ("200", DAY, 1)
