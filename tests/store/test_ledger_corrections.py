"""Correcting and removing promises and payments typed by mistake: logged, checked, never silent."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from onrecord.store import Workspace
from onrecord.store.audit import verify_chain
from onrecord.store.casefile import CaseFile
from onrecord.store.engine import Store
from onrecord.store.enums import PromiseBy, PromiseStatus
from onrecord.store.errors import InvalidInputError, NotFoundError
from onrecord.store.ledger import Ledger, paid_towards
from onrecord.store.models import AuditEvent, Payment, Promise
from onrecord.store.serialize import row

TOMORROW_PLUS = dt.date.today() + dt.timedelta(days=5)


def events(store: Store, action: str) -> list[dict]:
    """The data of the audit events with ``action``, oldest first."""
    with store.session() as s:
        query = select(AuditEvent.body).where(AuditEvent.action == action)
        return [json.loads(body)["data"] for body in s.scalars(query.order_by(AuditEvent.seq))]


def stored(store: Store, model: type, ident: int) -> dict | None:
    with store.session() as s:
        found = s.get(model, ident)
        return row(found) if found is not None else None


@pytest.fixture
def case_id(cases: CaseFile) -> int:
    return cases.create_case("Harbor Bank card", jurisdiction="us", currency="USD").id


def test_a_corrected_promise_keeps_its_old_values_in_the_audit_log(
    store: Store, ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(
        case_id, PromiseBy.USER, description="pay 20", amount="20", due_date="2026-03-05"
    )
    ledger.update_promise(promise.id, description="pay 200", amount="200.00", due_date="2026-03-15")

    [now] = ledger.promises(case_id)
    assert (now.description, now.amount, now.due_date) == (
        "pay 200",
        Decimal("200.00"),
        dt.date(2026, 3, 15),
    )
    [logged] = events(store, "promise.updated")
    assert logged["changed"] == {
        "description": ["pay 20", "pay 200"],
        "amount": ["20", "200.00"],
        "due_date": ["2026-03-05", "2026-03-15"],
    }
    with store.session() as s:
        assert verify_chain(s).ok


def test_an_edit_that_changes_nothing_logs_nothing(
    store: Store, ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(
        case_id, PromiseBy.COLLECTOR, description="waive fees", amount="150.00", due_date=None
    )
    payment = ledger.add_payment(case_id, "40", "2026-03-01", method="cash")
    # What an edit dialog sends back when the user presses OK without changing anything.
    ledger.update_promise(
        promise.id, by="collector", description="waive fees", amount="150.00", due_date=None
    )
    ledger.update_payment(
        payment.id, amount="40", paid_on=dt.date(2026, 3, 1), method="cash", promise_id=None
    )
    assert events(store, "promise.updated") == []
    assert events(store, "payment.updated") == []


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"amount": "a lot"}, "is not an amount"),
        ({"amount": "-5"}, "less than zero"),
        ({"amount": "12.345"}, "decimal places"),
        ({"due_date": "1960-01-01"}, "1960-01-01"),
        ({"due_date": "2999-01-01"}, "years away"),
        ({"by": "neighbour"}, "collector or the user"),
        ({"status": "forgotten"}, "unknown promise status"),
        ({"currency": "dollars"}, "3-letter code"),
        ({"colour": "red"}, "no field"),
    ],
)
def test_a_refused_promise_edit_leaves_the_promise_as_it_was(
    store: Store, ledger: Ledger, case_id: int, fields: dict, words: str
) -> None:
    promise = ledger.add_promise(case_id, PromiseBy.USER, description="pay 20", amount="20")
    before = stored(store, Promise, promise.id)
    with pytest.raises(InvalidInputError, match=words):
        ledger.update_promise(promise.id, description="changed too", **fields)
    assert stored(store, Promise, promise.id) == before
    assert events(store, "promise.updated") == []


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"amount": ""}, "needs an amount and a date"),
        ({"amount": "3,48"}, "cannot be read safely"),
        ({"paid_on": None}, "needs an amount and a date"),
        ({"paid_on": TOMORROW_PLUS}, "future"),
        ({"paid_on": "the 5th"}, "payment date"),
        ({"method": "x" * 101}, "too long"),
    ],
)
def test_a_refused_payment_edit_leaves_the_payment_as_it_was(
    store: Store, ledger: Ledger, case_id: int, fields: dict, words: str
) -> None:
    payment = ledger.add_payment(case_id, "40", "2026-03-01", method="cash")
    before = stored(store, Payment, payment.id)
    with pytest.raises(InvalidInputError, match=words):
        ledger.update_payment(payment.id, notes="changed too", **fields)
    assert stored(store, Payment, payment.id) == before
    assert events(store, "payment.updated") == []


def test_a_corrected_payment_amount_and_date_count_towards_its_promise_at_once(
    store: Store, ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(case_id, PromiseBy.USER, amount="200", due_date="2026-03-10")
    payment = ledger.add_payment(case_id, "20", "2026-03-12", promise_id=promise.id)
    paid = paid_towards(promise, ledger.payments(case_id))
    assert paid is not None and paid.covered_on is None  # 20 of 200: a typo

    ledger.update_payment(payment.id, amount="200", paid_on="2026-03-09")
    paid = paid_towards(promise, ledger.payments(case_id))
    assert paid is not None
    assert (paid.total, paid.covered_on) == (Decimal("200"), dt.date(2026, 3, 9))
    [logged] = events(store, "payment.updated")
    assert logged["changed"] == {
        "amount": ["20", "200"],
        "paid_on": ["2026-03-12", "2026-03-09"],
    }


def test_a_corrected_promise_amount_changes_what_the_payments_cover(
    ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(case_id, PromiseBy.USER, amount="500", due_date="2026-03-10")
    ledger.add_payment(case_id, "150", "2026-03-08", promise_id=promise.id)
    [before] = ledger.promises(case_id)
    assert paid_towards(before, ledger.payments(case_id)).covered_on is None  # type: ignore[union-attr]

    ledger.update_promise(promise.id, amount="150")
    [after] = ledger.promises(case_id)
    paid = paid_towards(after, ledger.payments(case_id))
    assert paid is not None and paid.covered_on == dt.date(2026, 3, 8)


def test_a_payment_is_relinked_only_to_a_promise_of_its_own_case(
    store: Store, cases: CaseFile, ledger: Ledger, case_id: int
) -> None:
    first = ledger.add_promise(case_id, PromiseBy.USER, amount="100")
    second = ledger.add_promise(case_id, PromiseBy.USER, amount="50")
    other_case = cases.create_case("Another debt", jurisdiction="us")
    elsewhere = ledger.add_promise(other_case.id, PromiseBy.USER, amount="50")
    payment = ledger.add_payment(case_id, "50", "2026-03-01", promise_id=first.id)

    ledger.update_payment(payment.id, promise_id=second.id)
    assert ledger.payments(case_id)[0].promise_id == second.id
    with pytest.raises(InvalidInputError, match="another case"):
        ledger.update_payment(payment.id, promise_id=elsewhere.id)
    with pytest.raises(NotFoundError, match="no promise with id 999"):
        ledger.update_payment(payment.id, promise_id=999)
    assert ledger.payments(case_id)[0].promise_id == second.id
    assert [e["changed"] for e in events(store, "payment.updated")] == [
        {"promise_id": [first.id, second.id]}
    ]


def test_a_removed_payment_is_gone_and_the_log_keeps_what_it_held(
    store: Store, ledger: Ledger, case_id: int
) -> None:
    kept = ledger.add_payment(case_id, "40", "2026-03-01", method="cash")
    duplicate = ledger.add_payment(case_id, "40", "2026-03-01", method="cash", notes="twice")
    held = stored(store, Payment, duplicate.id)

    ledger.remove_payment(duplicate.id, "entered twice")

    assert [p.id for p in ledger.payments(case_id)] == [kept.id]
    [logged] = events(store, "payment.removed")
    assert logged == {"removed": held, "reason": "entered twice"}
    with store.session() as s:
        assert verify_chain(s).ok
    with pytest.raises(NotFoundError, match="no payment"):
        ledger.remove_payment(duplicate.id)


def test_removing_a_promise_with_payments_is_refused_unless_they_are_unlinked(
    store: Store, ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(case_id, PromiseBy.USER, description="dup", amount="100")
    first = ledger.add_payment(case_id, "60", "2026-03-01", promise_id=promise.id)
    second = ledger.add_payment(case_id, "40", "2026-03-02", promise_id=promise.id)
    held = stored(store, Promise, promise.id)

    with pytest.raises(InvalidInputError, match=r"2 payment\(s\) are linked to this promise"):
        ledger.remove_promise(promise.id, "typed twice")
    assert len(ledger.promises(case_id)) == 1
    assert events(store, "promise.removed") == []

    unlinked = ledger.remove_promise(promise.id, "typed twice", unlink_payments=True)

    assert unlinked == [first.id, second.id]
    assert ledger.promises(case_id) == []
    payments = ledger.payments(case_id)
    assert [(p.id, p.amount, p.promise_id) for p in payments] == [
        (first.id, Decimal("60"), None),
        (second.id, Decimal("40"), None),
    ]  # the money paid stays on record
    [logged] = events(store, "promise.removed")
    assert logged == {
        "removed": held,
        "reason": "typed twice",
        "unlinked_payments": [first.id, second.id],
    }
    assert [e["changed"] for e in events(store, "payment.updated")] == [
        {"promise_id": [promise.id, None]},
        {"promise_id": [promise.id, None]},
    ]
    with store.session() as s:
        assert verify_chain(s).ok


def test_a_promise_without_payments_is_removed_with_its_status_and_reason(
    store: Store, ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(case_id, PromiseBy.COLLECTOR, description="call back")
    ledger.set_promise_status(promise.id, PromiseStatus.BROKEN)
    assert ledger.remove_promise(promise.id) == []
    [logged] = events(store, "promise.removed")
    assert logged["removed"]["description"] == "call back"
    assert logged["removed"]["status"] == "broken"
    assert logged["reason"] == ""


def test_a_removal_reason_is_checked_before_anything_is_removed(
    ledger: Ledger, case_id: int
) -> None:
    payment = ledger.add_payment(case_id, "40", "2026-03-01")
    with pytest.raises(InvalidInputError, match="NUL"):
        ledger.remove_payment(payment.id, "bad\x00reason")
    assert len(ledger.payments(case_id)) == 1


def test_a_promise_currency_does_not_change_under_its_payments(
    ledger: Ledger, case_id: int
) -> None:
    promise = ledger.add_promise(case_id, PromiseBy.USER, amount="100")
    ledger.add_payment(case_id, "100", "2026-03-01", promise_id=promise.id)
    with pytest.raises(InvalidInputError, match="currency cannot change"):
        ledger.update_promise(promise.id, currency="EUR")
    assert ledger.promises(case_id)[0].currency == "USD"
    lone = ledger.add_promise(case_id, PromiseBy.USER, amount="12.50")
    with pytest.raises(InvalidInputError, match="whole numbers"):
        ledger.update_promise(lone.id, currency="JPY")  # 12.50 yen: the amount is checked too
    ledger.update_promise(lone.id, currency="EUR")
    assert ledger.promises(case_id)[1].currency == "EUR"


def test_a_promise_moves_to_a_contact_and_collector_of_its_own_case_only(
    cases: CaseFile, ledger: Ledger, case_id: int
) -> None:
    mike = cases.add_party(case_id, "Mike Dalton")
    letter = cases.log_event(case_id, "letter", dt.datetime(2026, 3, 4, 10, tzinfo=dt.UTC))
    other = cases.create_case("Another debt", jurisdiction="us")
    stranger = cases.add_party(other.id, "Someone else")
    promise = ledger.add_promise(case_id, PromiseBy.COLLECTOR, description="waive fees")

    ledger.update_promise(
        promise.id, party_id=mike.id, event_id=letter.id, made_at=letter.started_at
    )
    [now] = ledger.promises(case_id)
    assert (now.party_id, now.event_id, now.made_at) == (mike.id, letter.id, letter.started_at)
    with pytest.raises(InvalidInputError, match="another case"):
        ledger.update_promise(promise.id, party_id=stranger.id)
    with pytest.raises(InvalidInputError, match="time"):
        ledger.update_promise(promise.id, made_at=dt.datetime(2026, 3, 4, 10))  # no zone


def test_edits_and_removals_show_in_the_evidence_package(workspace: Workspace, tmp_path) -> None:
    from onrecord.evidence.export import ExportOptions, export_case
    from onrecord.evidence.verify import verify_package

    ws = workspace
    case = ws.cases.create_case("Harbor Bank card", jurisdiction="us", currency="USD")
    promise = ws.ledger.add_promise(case.id, PromiseBy.USER, description="pay", amount="20")
    typo = ws.ledger.add_payment(case.id, "15", "2026-03-01", promise_id=promise.id)
    duplicate = ws.ledger.add_payment(case.id, "15", "2026-03-01")
    ws.ledger.update_promise(promise.id, amount="150")
    ws.ledger.update_payment(typo.id, amount="150")
    ws.ledger.remove_payment(duplicate.id, "entered twice")

    result = export_case(ws, case.id, tmp_path / "out", ExportOptions(pdf=False))
    folder = result.folder
    assert folder is not None
    data = json.loads((folder / "data" / "case" / "case.json").read_text(encoding="utf-8"))
    assert [(p["id"], p["amount"]) for p in data["promises"]] == [(promise.id, "150")]
    assert [(p["id"], p["amount"]) for p in data["payments"]] == [(typo.id, "150")]
    lines = (folder / "data" / "audit" / "audit-log.jsonl").read_text(encoding="utf-8")
    links = [json.loads(line) for line in lines.splitlines()]
    by_action = {b["action"]: b["data"] for b in (json.loads(x["body"]) for x in links)}
    assert by_action["promise.updated"]["changed"] == {"amount": ["20", "150"]}
    assert by_action["payment.updated"]["changed"] == {"amount": ["15", "150"]}
    assert by_action["payment.removed"]["reason"] == "entered twice"
    assert by_action["payment.removed"]["removed"]["amount"] == "15"
    assert verify_package(folder).ok
