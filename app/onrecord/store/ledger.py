"""Promises (theirs and the user's) and payments: what was agreed, and what was paid."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .engine import Store
from .enums import PromiseBy, PromiseStatus
from .errors import InvalidInputError
from .models import ContactEvent, Mark, Party, Payment, Promise, Recording

PROMISE_FIELDS = ("by", "description", "amount", "currency", "due_date", "status", "party_id")


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
            promise = Promise(
                case_id=case.id,
                by=by,
                description=validate.text(description, "description", limit=20000),
                amount=validate.amount(amount),
                currency=validate.currency(currency) or case.currency,
                due_date=validate.date(due_date, "due date"),
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
        value = validate.amount(amount, "payment amount")
        day = validate.date(paid_on, "payment date")
        if value is None or day is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "a payment needs an amount and a date")
            )
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            if promise_id is not None and (
                lookup.get(s, Promise, promise_id, "promise").case_id != case.id
            ):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "that promise belongs to another case")
                )
            payment = Payment(
                case_id=case.id,
                amount=value,
                currency=validate.currency(currency) or case.currency,
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
