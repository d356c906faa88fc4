"""What the payments linked to a promise add up to, and when they covered it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from onrecord.store.casefile import CaseFile
from onrecord.store.enums import PromiseBy
from onrecord.store.ledger import Ledger, paid_towards


def test_linked_payments_cover_a_promise_on_the_day_they_reach_its_amount(
    cases: CaseFile, ledger: Ledger
) -> None:
    case = cases.create_case("Card", jurisdiction="cn")
    promise = ledger.add_promise(case.id, PromiseBy.USER, amount="1000", due_date="2026-03-20")
    other = ledger.add_promise(case.id, PromiseBy.USER, amount="80", due_date="2026-03-01")
    ledger.add_payment(case.id, "400", "2026-03-18", promise_id=promise.id)
    ledger.add_payment(case.id, "999", "2026-03-19")  # not linked: never counted
    ledger.add_payment(case.id, "600", "2026-03-22", promise_id=promise.id)
    payments = ledger.payments(case.id)

    paid = paid_towards(promise, payments)
    assert paid is not None
    assert paid.total == Decimal("1000")
    assert paid.covered_on == dt.date(2026, 3, 22)  # after the due date: kept late
    assert paid_towards(other, payments) is None


def test_part_of_a_promise_paid_is_not_covered(cases: CaseFile, ledger: Ledger) -> None:
    case = cases.create_case("Card", jurisdiction="us")
    promise = ledger.add_promise(case.id, PromiseBy.USER, amount="150", due_date="2026-03-15")
    ledger.add_payment(case.id, "100", "2026-03-10", promise_id=promise.id)
    paid = paid_towards(promise, ledger.payments(case.id))
    assert paid is not None
    assert (paid.total, paid.covered_on) == (Decimal("100"), None)


def test_a_promise_without_an_amount_is_covered_by_any_linked_payment(
    cases: CaseFile, ledger: Ledger
) -> None:
    case = cases.create_case("Card", jurisdiction="us")
    promise = ledger.add_promise(case.id, PromiseBy.USER, description="pay something")
    ledger.add_payment(case.id, "20", "2026-03-10", promise_id=promise.id)
    paid = paid_towards(promise, ledger.payments(case.id))
    assert paid is not None and paid.covered_on == dt.date(2026, 3, 10)


def test_a_payment_in_answer_to_their_offer_says_what_was_paid_and_whether_by_their_date(
    cases: CaseFile, ledger: Ledger
) -> None:
    """'Pay $500 by Friday and we waive the fees': the offer's amount is what they offered,
    so it is never 'covered'; the payment linked to it says what was paid, and when."""
    from onrecord.store.ledger import promise_state

    case = cases.create_case("Medical bill", jurisdiction="us")
    offer = ledger.add_promise(
        case.id, PromiseBy.COLLECTOR, description="waive fees", amount="600", due_date="2026-03-20"
    )
    today = dt.date(2026, 3, 25)
    assert promise_state(offer, today).key == "past_date"  # nothing paid: their date passed
    ledger.add_payment(case.id, "500", "2026-03-20", promise_id=offer.id)
    state = promise_state(offer, today, paid_towards(offer, ledger.payments(case.id)))
    assert (state.key, state.late, state.paid.total) == ("paid_for_offer", False, Decimal(500))
    ledger.add_payment(case.id, "50", "2026-03-23", promise_id=offer.id)
    state = promise_state(offer, today, paid_towards(offer, ledger.payments(case.id)))
    assert (state.key, state.late, state.paid.total) == ("paid_for_offer", True, Decimal(550))
