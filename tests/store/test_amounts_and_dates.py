"""Amounts are kept exactly as meant or refused with how to write them; dates must be possible.

"3,48" is not 348, "1e3" is not typed money, a yen has no cents; a contact or a payment cannot
have happened next year, and a debt is not due in 2999.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from onrecord.store import Workspace, validate
from onrecord.store.errors import InvalidInputError
from onrecord.store.models import Case

HOW_TO = "write the amount with digits and a point for decimals, like 1234.50"


def money_case(ws: Workspace, currency: str) -> int:
    return ws.cases.create_case("money", jurisdiction="us", currency=currency).id


@pytest.mark.parametrize(
    ("typed", "currency", "kept"),
    [
        ("1234.50", "USD", "1234.50"),
        ("1,234.50", "USD", "1234.50"),
        ("12,345", "USD", "12345"),
        ("1,234,567.89", "USD", "1234567.89"),
        ("$3,000", "USD", "3000"),
        ("US$ 3,000.25", "USD", "3000.25"),
        ("3000 USD", "USD", "3000"),
        ("3000元", "CNY", "3000"),
        ("¥3000", "CNY", "3000"),
        ("￥3,000.50", "CNY", "3000.50"),
        ("3000 CNY", "CNY", "3000"),
        ("人民币 3000", "CNY", "3000"),
        ("３０００", "CNY", "3000"),  # full-width digits from a Chinese keyboard
        ("2.3万", "CNY", "23000"),  # how amounts are written in Chinese (a walk-through)
        ("2.35万元", "CNY", "23500"),
        ("1.5萬", "TWD", "15000"),
        ("1.2亿", "CNY", "120000000"),
        ("2.34567万", "CNY", "23456.7"),
        ("HK$1,200", "HKD", "1200"),
        ("NT$1200", "TWD", "1200"),
        ("£99.99", "GBP", "99.99"),
        ("5000", "JPY", "5000"),
        ("5000.00", "JPY", "5000"),  # the same number of yen: nothing is rounded away
        ("1.234", "KWD", "1.234"),
        ("0", "USD", "0"),
    ],
)
def test_amount_forms_that_say_one_thing_are_kept_exactly(
    workspace: Workspace, typed: str, currency: str, kept: str
) -> None:
    case_id = money_case(workspace, currency)
    payment = workspace.ledger.add_payment(case_id, typed, "2026-01-01")
    assert payment.amount == Decimal(kept) and str(payment.amount) == kept
    assert payment.currency == currency


@pytest.mark.parametrize(
    ("typed", "currency", "message"),
    [
        ("3,48", "EUR", HOW_TO),  # a decimal comma: 3.48, not 348
        ("1.234,50", "EUR", HOW_TO),
        ("1,23,456", "INR", HOW_TO),  # Indian grouping: refused rather than guessed
        ("12,34", "USD", HOW_TO),
        ("1,2345", "USD", HOW_TO),
        ("1e3", "USD", HOW_TO),
        ("inf", "USD", HOW_TO),
        ("NaN", "USD", HOW_TO),
        ("0x10", "USD", HOW_TO),
        ("3 000", "USD", HOW_TO),
        ("1_000", "USD", HOW_TO),
        ("0.001", "JPY", "JPY amounts are whole numbers"),
        ("12.5", "KRW", "KRW amounts are whole numbers"),
        ("12.345", "USD", "more decimal places than USD uses (at most 2)"),
        ("1.2345", "KWD", "more decimal places than KWD uses (at most 3)"),
        ("$3,000", "CNY", "is not in CNY, the currency of this case"),
        ("3000元", "USD", "is not in USD, the currency of this case"),
        ("300 EUR", "USD", "is not in USD, the currency of this case"),
        ("¥3000", "EUR", "is not in EUR, the currency of this case"),
        ("2.3456789万", "CNY", "more decimal places than CNY uses (at most 2)"),
    ],
)
def test_ambiguous_or_mismatched_amounts_are_refused_with_how_to_write_them(
    workspace: Workspace, typed: str, currency: str, message: str
) -> None:
    case_id = money_case(workspace, currency)
    with pytest.raises(InvalidInputError, match="payment amount") as caught:
        workspace.ledger.add_payment(case_id, typed, "2026-01-01")
    assert message in str(caught.value)
    # what the user typed, to correct it
    assert repr(typed) in str(caught.value) or f"“{typed}”" in str(caught.value)
    assert workspace.ledger.payments(case_id) == []


def test_the_refusals_are_translatable_templates() -> None:
    with pytest.raises(InvalidInputError) as caught:
        validate.amount("3,48", currency="EUR")
    message = caught.value.args[0]
    assert message.context == "Store" and "{field}" in message.template
    assert message.params["value"] == "'3,48'"


def test_the_case_amount_is_checked_against_the_case_currency(workspace: Workspace) -> None:
    with pytest.raises(InvalidInputError, match="cannot be read safely"):
        workspace.cases.create_case("euro debt", jurisdiction="us", currency="EUR", amount="3,48")
    assert workspace.cases.cases() == []
    case = workspace.cases.create_case("yuan debt", jurisdiction="cn", amount="18,600.50元")
    assert case.amount == Decimal("18600.50") and case.currency == "CNY"
    with pytest.raises(InvalidInputError, match="JPY amounts are whole numbers"):
        workspace.cases.update_case(case.id, currency="JPY")  # 18600.50 JPY is not a thing
    with pytest.raises(InvalidInputError, match="is not in CNY"):
        workspace.cases.update_case(case.id, amount="$3,000")
    assert workspace.cases.case(case.id).amount == Decimal("18600.50")
    workspace.cases.update_case(case.id, amount="¥3,000")
    assert workspace.cases.case(case.id).amount == Decimal("3000")


def test_an_amount_saved_before_the_stricter_rules_still_saves_unchanged(
    workspace: Workspace,
) -> None:
    case = workspace.cases.create_case("old", jurisdiction="us")
    with workspace.store.session() as s:  # written by an older version, which allowed this
        s.execute(update(Case).where(Case.id == case.id).values(amount=Decimal("12.3456")))
    # The case form sends the amount back as it shows it, with the other fields.
    workspace.cases.update_case(case.id, title="renamed", amount="12.3456", currency="USD")
    again = workspace.cases.case(case.id)
    assert again.title == "renamed" and again.amount == Decimal("12.3456")
    with pytest.raises(InvalidInputError, match="more decimal places"):
        workspace.cases.update_case(case.id, amount="12.3457")


def test_promise_amounts_follow_the_same_rules(workspace: Workspace) -> None:
    case_id = money_case(workspace, "USD")
    promise = workspace.ledger.add_promise(case_id, "collector", amount="$1,500.00")
    assert promise.amount == Decimal("1500.00")
    with pytest.raises(InvalidInputError, match="cannot be read safely"):
        workspace.ledger.add_promise(case_id, "user", amount="1,5")
    with pytest.raises(InvalidInputError, match="JPY amounts are whole numbers"):
        workspace.ledger.add_promise(case_id, "user", amount="10.5", currency="JPY")
    assert len(workspace.ledger.promises(case_id)) == 1


# ------------------------------------------------------------------------- dates
def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.mark.parametrize("kind", ["call", "sms", "letter", "visit", "missed_call"])
def test_a_contact_in_the_future_is_refused(workspace: Workspace, kind: str) -> None:
    case = workspace.cases.create_case("c", jurisdiction="us")
    when = dt.datetime(_now().year + 5, 1, 1, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    with pytest.raises(InvalidInputError) as caught:
        workspace.cases.log_event(case.id, kind, when)
    text = str(caught.value)
    assert text == f"contact date {when.year}-01-01 10:00 is in the future; check the date"
    assert workspace.cases.events(case.id) == []


def test_a_contact_up_to_a_day_ahead_is_kept_for_clocks_and_zones(workspace: Workspace) -> None:
    case = workspace.cases.create_case("c", jurisdiction="us")
    soon = _now() + dt.timedelta(hours=20)
    workspace.cases.log_event(case.id, "sms", soon)
    with pytest.raises(InvalidInputError, match="is in the future"):
        workspace.cases.log_event(case.id, "sms", _now() + dt.timedelta(days=1, hours=1))
    assert len(workspace.cases.events(case.id)) == 1


def test_a_batch_with_a_future_contact_saves_nothing(workspace: Workspace) -> None:
    case = workspace.cases.create_case("c", jurisdiction="us")
    rows = [
        {"kind": "sms", "started_at": dt.datetime(2026, 3, 1, tzinfo=dt.UTC)},
        {"kind": "sms", "started_at": dt.datetime(2031, 1, 1, tzinfo=dt.UTC)},
    ]
    with pytest.raises(InvalidInputError, match="is in the future"):
        workspace.cases.log_events(case.id, rows)
    assert workspace.cases.events(case.id) == []


def test_a_payment_in_the_future_is_refused(workspace: Workspace) -> None:
    case = workspace.cases.create_case("c", jurisdiction="us")
    later = (_now() + dt.timedelta(days=3)).date()
    with pytest.raises(InvalidInputError) as caught:
        workspace.ledger.add_payment(case.id, "100", later)
    assert str(caught.value) == f"payment date {later.isoformat()} is in the future; check the date"
    with pytest.raises(InvalidInputError, match="before 1970"):
        workspace.ledger.add_payment(case.id, "100", "1969-12-31")
    workspace.ledger.add_payment(case.id, "100", _now().date())
    assert len(workspace.ledger.payments(case.id)) == 1


def test_due_dates_may_be_ahead_but_not_absurdly(workspace: Workspace) -> None:
    ahead = dt.date(_now().year + 10, 6, 30)
    case = workspace.cases.create_case("c", jurisdiction="us", due_date=ahead)
    assert case.due_date == ahead
    with pytest.raises(InvalidInputError) as caught:
        workspace.cases.update_case(case.id, due_date="2999-12-31")
    assert str(caught.value) == "due date 2999-12-31 is more than 50 years away; check the date"
    with pytest.raises(InvalidInputError, match="due date 1900-01-01 is before 1970"):
        workspace.cases.create_case("c2", jurisdiction="us", due_date="1900-01-01")
    promise = workspace.ledger.add_promise(case.id, "user", amount="10", due_date=ahead)
    assert promise.due_date == ahead
    with pytest.raises(InvalidInputError, match="more than 50 years away"):
        workspace.ledger.add_promise(case.id, "user", amount="10", due_date="2999-12-31")
    assert workspace.cases.case(case.id).due_date == ahead
    assert len(workspace.ledger.promises(case.id)) == 1


@pytest.mark.parametrize(
    ("typed", "field", "english"),
    [
        (
            "two hundred",
            "amount",
            "“two hundred” is not an amount: type the amount in digits, "
            "for example 200 or 2,300.50",
        ),
        (
            "-3",
            "payment amount",
            "The payment amount cannot be less than zero (you typed “-3”): "
            "type it without a minus sign",
        ),
        (
            "9999999999999999",
            "amount",
            "“9999999999999999” is too large to be the amount: check the number of digits",
        ),
    ],
)
def test_an_amount_refusal_reads_as_plain_words_with_what_was_typed(typed, field, english):
    """A walk-through read "amount is not a number: 'two hundred'" as a program's message:
    what she typed, in quotes, what is wrong and what to type instead."""
    with pytest.raises(InvalidInputError) as caught:
        validate.amount(typed, field)
    assert str(caught.value) == english
    assert "'" not in str(caught.value)  # no program-style quotes
