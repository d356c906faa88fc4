"""The audit log: one hash-chained event per change, written with the change, checkable offline."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.cli import main
from onrecord.store import Workspace, open_store, open_workspace
from onrecord.store.audit import GENESIS, ChainReport, canonical_json, verify_chain
from onrecord.store.engine import Store
from onrecord.store.models import AuditEvent, Case

T0 = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)
AUDIT_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")


def chain_hash(prev_hash: str, body: str) -> str:
    """The published link formula: sha256(prev_hash ‖ sha256(body)), hex digests as ASCII.

    Written out here, not imported, because the verification instructions shipped with an
    evidence package depend on it: changing it must break this test.
    """
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return hashlib.sha256((prev_hash + digest).encode("ascii")).hexdigest()


def audit_rows(store: Store) -> list[AuditEvent]:
    with store.session() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def body(event: AuditEvent) -> dict:
    return json.loads(event.body)


def test_every_change_through_the_services_appends_one_matching_event(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    steps: list[tuple[str, object]] = []

    def did(action: str, result: object) -> None:
        steps.append((action, result))

    case = ws.cases.create_case("audited", jurisdiction="us")
    did("case.created", case)
    did("case.updated", ws.cases.update_case(case.id, title="renamed"))
    party = ws.cases.add_party(case.id, "Mike Dalton")
    did("party.created", party)
    did("party.updated", ws.cases.update_party(party.id, employee_id="KRS-2291"))
    number = ws.cases.add_number(case.id, "(212) 555-0142", party_id=party.id)
    did("number.created", number)
    did("number.updated", ws.cases.update_number(number.id, label="work"))
    event = ws.cases.log_event(case.id, "call", T0, number="212 555 0142")
    did("event.logged", event)
    recording = ws.recordings.begin(
        case.id, "recordings/a.wav", sample_rate=8000, channels=1, event_id=event.id
    )
    did("recording.started", recording)
    mark = ws.recordings.add_mark(recording.id, 800, tag="name", text="Mike")
    did("mark.created", mark)
    did("mark.edited", ws.recordings.edit_mark(mark.id, "Mike D."))
    did("mark.retracted", ws.recordings.retract_mark(mark.id, "wrong call"))
    did(
        "recording.complete",
        ws.recordings.finalise(recording.id, frames=8000, sha256="1" * 64, pcm_sha256="2" * 64),
    )
    promise = ws.ledger.add_promise(case.id, "collector", amount="10")
    did("promise.created", promise)
    did("promise.status", ws.ledger.set_promise_status(promise.id, "broken"))
    did("payment.created", ws.ledger.add_payment(case.id, "5", "2026-03-03"))
    source = tmp_path / "letter.pdf"
    source.write_bytes(b"%PDF-1.4 letter")
    did("attachment.added", ws.attachments.add(case.id, source))
    spare = ws.cases.add_number(case.id, "-1")
    did("number.created", spare)
    ws.cases.remove_number(spare.id)
    did("number.removed", spare)
    extra = ws.cases.add_party(case.id, "Nobody")
    did("party.created", extra)
    ws.cases.remove_party(extra.id)
    did("party.removed", extra)

    rows = audit_rows(ws.store)
    assert [r.action for r in rows] == [action for action, _ in steps]
    for row, (action, obj) in zip(rows, steps, strict=True):
        assert row.entity_id == obj.id, action  # type: ignore[attr-defined]
        assert row.case_id == case.id, action
        assert body(row)["action"] == action
    assert verify_chain_of(ws.store).ok


def verify_chain_of(store: Store) -> ChainReport:
    with store.session() as s:
        return verify_chain(s)


def test_a_change_that_does_nothing_is_not_logged(workspace: Workspace) -> None:
    case = workspace.cases.create_case("same", jurisdiction="us", creditor="Bank")
    workspace.cases.update_case(case.id, creditor="Bank")
    assert [r.action for r in audit_rows(workspace.store)] == ["case.created"]


def test_case_update_records_old_and_new_values(workspace: Workspace) -> None:
    case = workspace.cases.create_case("old title", jurisdiction="us", amount="100.00")
    workspace.cases.update_case(case.id, title="new title", amount="120.50", due_date="2026-04-01")
    last = audit_rows(workspace.store)[-1]
    assert last.action == "case.updated"
    assert body(last)["data"]["changed"] == {
        "title": ["old title", "new title"],
        "amount": ["100.00", "120.50"],
        "due_date": [None, "2026-04-01"],
    }


def test_saying_the_debt_may_be_illegal_is_a_case_fact_in_the_audit_log(
    workspace: Workspace,
) -> None:
    """What the user says about the debt is stored per case, and each change is logged."""
    cases = workspace.cases
    loan = cases.create_case("网贷", jurisdiction="cn", debt_may_be_illegal=True)
    card = cases.create_case("信用卡", jurisdiction="cn")
    assert (loan.debt_may_be_illegal, card.debt_may_be_illegal) == (True, False)
    created = [body(r)["data"] for r in audit_rows(workspace.store)]
    assert [d["debt_may_be_illegal"] for d in created] == [True, False]

    cases.update_case(card.id, debt_may_be_illegal=True)
    cases.update_case(card.id, debt_may_be_illegal=True)  # no change: not logged again
    cases.update_case(loan.id, debt_may_be_illegal=False)
    rows = audit_rows(workspace.store)
    assert [(r.action, r.case_id) for r in rows[2:]] == [
        ("case.updated", card.id),
        ("case.updated", loan.id),
    ]
    assert body(rows[2])["data"]["changed"] == {"debt_may_be_illegal": [False, True]}
    assert body(rows[3])["data"]["changed"] == {"debt_may_be_illegal": [True, False]}
    assert cases.case(card.id).debt_may_be_illegal and not cases.case(loan.id).debt_may_be_illegal
    assert verify_chain_of(workspace.store).ok


@pytest.mark.parametrize("said", ["no", "yes", 1, None])
def test_the_debt_statement_is_a_plain_yes_or_no(workspace: Workspace, said: object) -> None:
    """Only True or False is taken ("no" as text would read as true)."""
    from onrecord.store.errors import InvalidInputError

    case = workspace.cases.create_case("card", jurisdiction="cn")
    with pytest.raises(InvalidInputError, match="debt may be illegal must be yes or no"):
        workspace.cases.update_case(case.id, debt_may_be_illegal=said)
    with pytest.raises(InvalidInputError, match="debt may be illegal must be yes or no"):
        workspace.cases.create_case("loan", jurisdiction="cn", debt_may_be_illegal=said)
    assert workspace.cases.case(case.id).debt_may_be_illegal is False


def test_naming_the_unsorted_case_is_recorded_too(workspace: Workspace) -> None:
    unsorted = workspace.cases.unsorted_case()
    assert unsorted.is_unsorted
    workspace.cases.update_case(unsorted.id, title="Keystone calls")
    assert workspace.cases.case(unsorted.id).is_unsorted is False
    changed = body(audit_rows(workspace.store)[-1])["data"]["changed"]
    assert changed["is_unsorted"] == [True, False], "no field changes without its audit record"


def test_a_change_is_not_saved_when_its_audit_event_cannot_be(
    workspace: Workspace, db_file: Path, raw_db
) -> None:
    workspace.cases.create_case("first", jurisdiction="us")
    with raw_db(db_file) as conn:
        conn.execute(
            "CREATE TRIGGER block_audit BEFORE INSERT ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"
        )
    with pytest.raises(Exception, match="audit log unavailable"):
        workspace.cases.create_case("second", jurisdiction="us")
    with workspace.store.session() as s:
        assert list(s.scalars(select(Case.title))) == ["first"]


def test_the_chain_links_each_event_to_the_one_before(store: Store) -> None:
    from onrecord.store.casefile import CaseFile

    cases = CaseFile(store)
    case = cases.create_case("chain", jurisdiction="cn")
    cases.add_party(case.id, "王经理")
    cases.log_event(case.id, "missed_call", T0, number="138 0013 8000")
    rows = audit_rows(store)
    assert [r.seq for r in rows] == [1, 2, 3, 4]
    assert rows[0].prev_hash == GENESIS
    for prev, row in itertools.pairwise(rows):
        assert row.prev_hash == prev.hash
    for row in rows:
        assert row.hash == chain_hash(row.prev_hash, row.body)
        assert canonical_json(json.loads(row.body)) == row.body
    report = verify_chain_of(store)
    assert (report.ok, report.events, report.head) == (True, 4, rows[-1].hash)


def test_an_empty_chain_verifies(store: Store) -> None:
    report = verify_chain_of(store)
    assert (report.ok, report.events, report.head) == (True, 0, GENESIS)


def test_two_open_stores_on_one_file_keep_one_unbroken_chain(tmp_path: Path) -> None:
    """The app and the recorder process each hold the file open and append in turn."""
    from onrecord.store.casefile import CaseFile

    path = tmp_path / "shared.db"
    with open_store(path) as app, open_store(path) as recorder:
        case = CaseFile(app).create_case("shared", jurisdiction="us")
        for minute in range(6):
            writer = app if minute % 2 else recorder
            CaseFile(writer).log_event(case.id, "missed_call", T0 + dt.timedelta(minutes=minute))
        report = verify_chain_of(app)
    assert report.ok and report.events == 7


# ------------------------------------------------------------- tampering
@pytest.fixture
def chained_file(data_dir: Path, db_file: Path) -> Path:
    """A closed case file with a chain of 7 events (case id 1)."""
    with open_workspace(data_dir) as ws:
        case = ws.cases.create_case("tamper target", jurisdiction="us")
        ws.cases.add_party(case.id, "Mike Dalton")
        for hour in range(5):
            ws.cases.log_event(case.id, "missed_call", T0 + dt.timedelta(hours=hour))
        assert verify_chain_of(ws.store).events == 7
    return db_file


def tamper(raw_db, path: Path, *statements: str, params: tuple = ()) -> None:
    with raw_db(path) as conn:
        for name in AUDIT_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())


def verify_file(path: Path) -> ChainReport:
    with open_store(path) as store:
        return verify_chain_of(store)


def test_editing_one_events_json_is_found_and_named(chained_file: Path, raw_db) -> None:
    tamper(
        raw_db,
        chained_file,
        """UPDATE audit_event SET body = replace(body, '"missed_call"', '"call"') WHERE seq = 4""",
    )
    with raw_db(chained_file) as conn:
        assert '"call"' in conn.execute("SELECT body FROM audit_event WHERE seq=4").fetchone()[0]
    report = verify_file(chained_file)
    assert not report.ok
    assert report.broken_seq == 4
    assert report.events == 3, "everything before the broken link still checks out"
    assert "event 4" in report.describe()


def test_editing_one_events_hash_is_found_and_named(chained_file: Path, raw_db) -> None:
    tamper(
        raw_db, chained_file, "UPDATE audit_event SET hash = ? WHERE seq = 5", params=("f" * 64,)
    )
    report = verify_file(chained_file)
    assert (report.ok, report.broken_seq) == (False, 5)


def test_deleting_a_middle_event_is_found_and_named(chained_file: Path, raw_db) -> None:
    tamper(raw_db, chained_file, "DELETE FROM audit_event WHERE seq = 3")
    report = verify_file(chained_file)
    assert (report.ok, report.broken_seq) == (False, 3)
    assert "missing" in report.problem


def test_editing_a_copied_column_but_not_the_json_is_found(chained_file: Path, raw_db) -> None:
    tamper(raw_db, chained_file, "UPDATE audit_event SET case_id = 99 WHERE seq = 2")
    report = verify_file(chained_file)
    assert (report.ok, report.broken_seq) == (False, 2)
    assert "case_id" in report.problem


def test_rewriting_an_event_and_its_own_hash_breaks_the_next_link(
    chained_file: Path, raw_db
) -> None:
    with raw_db(chained_file) as conn:
        prev_hash, text = conn.execute(
            "SELECT prev_hash, body FROM audit_event WHERE seq = 4"
        ).fetchone()
    forged = text.replace('"missed_call"', '"call"')
    tamper(
        raw_db,
        chained_file,
        "UPDATE audit_event SET body = ?, hash = ? WHERE seq = 4",
        params=(forged, chain_hash(prev_hash, forged)),
    )
    report = verify_file(chained_file)
    assert (report.ok, report.broken_seq) == (False, 5)


@pytest.mark.parametrize(
    "forged_body",
    ["[1, 2, 3]", '{"seq": 4}', '"just text"', "null"],
    ids=["a-list", "no-fields", "a-string", "null"],
)
def test_a_forged_row_is_reported_not_crashed_on(
    chained_file: Path, raw_db, forged_body: str
) -> None:
    """Whatever someone writes into a row, verify_chain answers with a report."""
    with raw_db(chained_file) as conn:
        prev_hash = conn.execute("SELECT prev_hash FROM audit_event WHERE seq = 4").fetchone()[0]
    tamper(
        raw_db,
        chained_file,
        "UPDATE audit_event SET body = ?, hash = ? WHERE seq = 4",
        params=(forged_body, chain_hash(prev_hash, forged_body)),
    )
    report = verify_file(chained_file)
    assert (report.ok, report.broken_seq) == (False, 4)


def test_a_garbled_time_column_is_reported_not_crashed_on(chained_file: Path, raw_db) -> None:
    tamper(raw_db, chained_file, "UPDATE audit_event SET at = 'yesterday' WHERE seq = 6")
    report = verify_file(chained_file)
    assert (report.ok, report.broken_seq) == (False, 6)


def test_audit_verify_command_exits_1_and_names_the_broken_event(
    chained_file: Path, raw_db, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(chained_file.parent)
    assert main(["--data-dir", data_dir, "audit", "--case", "1", "--verify"]) == 0
    assert "audit chain intact: 7 events" in capsys.readouterr().out

    tamper(
        raw_db,
        chained_file,
        "UPDATE audit_event SET body = replace(body, 'Mike', 'Mick') WHERE seq = 2",
    )
    assert main(["--data-dir", data_dir, "audit", "--case", "1", "--verify"]) == 1
    out = capsys.readouterr().out
    assert "audit chain broken at event 2" in out

    assert main(["--data-dir", data_dir, "audit", "--case", "1", "--verify", "--json"]) == 1
    verdict = json.loads(capsys.readouterr().out)["verify"]
    assert (verdict["ok"], verdict["broken_seq"]) == (False, 2)


def test_the_audit_log_names_the_installation_not_the_computer(tmp_path):
    import platform

    from onrecord.store import open_workspace

    with open_workspace(tmp_path / "data") as ws:
        ws.cases.create_case("Loan", jurisdiction="us")
        installation = (tmp_path / "data" / "installation-id").read_text().strip()
        with ws.store.session() as s:
            body = s.scalars(select(AuditEvent.body)).first()
    assert f"installation {installation}" in body
    if platform.node():
        assert platform.node() not in body
    with open_workspace(tmp_path / "data"):
        assert (tmp_path / "data" / "installation-id").read_text().strip() == installation
