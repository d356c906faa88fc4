"""Promises (theirs and the user's) and payments: what was agreed, and what was paid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .engine import Store
from .enums import PromiseBy, PromiseStatus
from .errors import InvalidInputError
from .models import ContactEvent, Mark, Party, Payment, Promise, Recording

PROMISE_FIELDS = ("by", "description", "amount", "currency", "due_date", "status", "party_id")


@dataclass(frozen=True)
class PaidTowards:
    """What the payments linked to one promise add up to (in the promise's currency)."""

    total: Decimal
    last_paid_on: dt.date
    #: The day the payments first covered the promised amount (any payment, if it names no
    #: amount); None while only part of it is paid.
    covered_on: dt.date | None


def paid_towards(promise: Promise, payments: Iterable[Payment]) -> PaidTowards | None:
    """How much of ``promise`` the payments linked to it paid, and when; None if none is linked.

    Only payments the user linked to the promise count: a payment is never guessed to be for a
    promise from its amount or date.
    """
    linked = sorted(
        (p for p in payments if p.promise_id == promise.id and p.currency == promise.currency),
        key=lambda p: (p.paid_on, p.id or 0),
    )
    if not linked:
        return None
    total, covered_on = Decimal(0), None
    for payment in linked:
        total += payment.amount
        if covered_on is None and (promise.amount is None or total >= promise.amount):
            covered_on = payment.paid_on
    return PaidTowards(total, linked[-1].paid_on, covered_on)


class Ledger:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add_promise(
        self,
        case_id: int | str,
        by: PromiseBy | str,
        *,
        description: str = "",
        amount: object = None,
        currency: str = "",
        due_date: object = None,
        party_id: int | None = None,
        event_id: int | None = None,
        mark_id: int | None = None,
        made_at: dt.datetime | None = None,
    ) -> Promise:
        try:
            by = PromiseBy(by)
        except ValueError:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Store", "a promise is made by the collector or the user, not {value}"
                ).format(value=repr(by))
            ) from None
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            if party_id is not None and lookup.get(s, Party, party_id, "party").case_id != case.id:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "that collector belongs to another case")
                )
            if event_id is not None and (
                lookup.get(s, ContactEvent, event_id, "contact event").case_id != case.id
            ):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "that contact event belongs to another case")
                )
            if mark_id is not None:
                mark = lookup.get(s, Mark, mark_id, "mark")
                recording = lookup.get(s, Recording, mark.recording_id, "recording")
                if lookup.get(s, ContactEvent, recording.event_id, "event").case_id != case.id:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "that mark belongs to another case")
                    )
            code = validate.currency(currency) or case.currency
            promise = Promise(
                case_id=case.id,
                by=by,
                description=validate.text(description, "description", limit=20000),
                amount=validate.amount(amount, currency=code),
                currency=code,
                due_date=validate.due_date(due_date, "due date"),
                party_id=party_id,
                event_id=event_id,
                mark_id=mark_id,
                made_at=validate.aware(made_at, "time") if made_at else dt.datetime.now(dt.UTC),
            )
            s.add(promise)
            s.flush()
            record = {name: getattr(promise, name) for name in PROMISE_FIELDS}
            record |= {"mark_id": mark_id, "event_id": event_id}
            audit.append(s, "promise.created", "promise", promise.id, case.id, record)
            return promise

    def set_promise_status(self, promise_id: int, status: PromiseStatus | str) -> Promise:
        try:
            status = PromiseStatus(status)
        except ValueError:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "unknown promise status {value}").format(
                    value=repr(status)
                )
            ) from None
        with self.store.session() as s:
            promise = lookup.get(s, Promise, promise_id, "promise")
            if promise.status != status:
                old, promise.status = promise.status, status
                audit.append(
                    s,
                    "promise.status",
                    "promise",
                    promise.id,
                    promise.case_id,
                    {"changed": {"status": [old, status]}},
                )
            return promise

    def promises(self, case_id: int | str) -> list[Promise]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = select(Promise).where(Promise.case_id == case.id)
            return list(s.scalars(query.order_by(Promise.made_at, Promise.id)))

    def add_payment(
        self,
        case_id: int | str,
        amount: object,
        paid_on: object,
        *,
        currency: str = "",
        method: str = "",
        reference: str = "",
        promise_id: int | None = None,
        notes: str = "",
    ) -> Payment:
        day = validate.past_date(paid_on, "payment date")  # made, so not in the future
        if amount is None or (isinstance(amount, str) and not amount.strip()) or day is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "a payment needs an amount and a date")
            )
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            code = validate.currency(currency) or case.currency
            value = validate.amount(amount, "payment amount", code)
            if promise_id is not None and (
                lookup.get(s, Promise, promise_id, "promise").case_id != case.id
            ):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "that promise belongs to another case")
                )
            payment = Payment(
                case_id=case.id,
                amount=value,
                currency=code,
                paid_on=day,
                method=validate.text(method, "method", limit=100),
                reference=validate.text(reference, "reference", limit=200),
                promise_id=promise_id,
                notes=validate.text(notes, "notes", limit=20000),
            )
            s.add(payment)
            s.flush()
            record: dict[str, Any] = {
                name: getattr(payment, name)
                for name in ("amount", "currency", "paid_on", "method", "reference", "promise_id")
            }
            audit.append(s, "payment.created", "payment", payment.id, case.id, record)
            return payment

    def payments(self, case_id: int | str) -> list[Payment]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = select(Payment).where(Payment.case_id == case.id)
            return list(s.scalars(query.order_by(Payment.paid_on, Payment.id)))
