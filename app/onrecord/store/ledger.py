"""Promises (theirs and the user's) and payments: what was agreed, and what was paid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .engine import Store
from .enums import PromiseBy, PromiseStatus
from .errors import InvalidInputError
from .models import Case, ContactEvent, Mark, Payment, Promise, Recording
from .serialize import row

PROMISE_FIELDS = ("by", "description", "amount", "currency", "due_date", "status", "party_id")
PAYMENT_FIELDS = ("amount", "currency", "paid_on", "method", "reference", "promise_id")
PAYMENT_TEXT_FIELDS = {"method": 100, "reference": 200, "notes": 20000}
_NEEDS_AMOUNT_AND_DATE = QT_TRANSLATE_NOOP("Store", "a payment needs an amount and a date")
_MISSING = object()


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


@dataclass(frozen=True)
class PromiseState:
    """Where a promise stands on a given day: the one rule the app's ledger and the report's
    promises table both word (so the two never disagree).

    ``key`` is kept, kept_late, broken or withdrawn, or while it is open: overdue, due_today,
    due_soon (within 7 days) or open (later, or no due date). A collector's promise or offer
    past its date is ``past_date``, not overdue: "overdue" reads as the user defaulting. A
    collector's offer the user paid in answer to ("pay $500 by Friday and we waive the fees")
    is ``paid_for_offer``: what was paid and when, by their date or after it (``late``); its
    amount is what they offered, not what was asked, so it is never "covered".
    """

    key: str
    #: Days from the day asked about to the due date (negative: overdue by that many days);
    #: None when the promise is closed or has no due date.
    days: int | None = None
    #: What payments linked to the user's promise add up to (None: none linked, or not the
    #: user's promise). Kept promises: the payments that covered it.
    paid: PaidTowards | None = None
    due_date: dt.date | None = None
    #: paid_for_offer: the last payment came after the offer's date
    late: bool = False

    @property
    def overdue_since(self) -> dt.date | None:
        """The first day the promise was overdue: the day after its due date."""
        if self.key not in ("overdue", "past_date") or self.due_date is None:
            return None
        return self.due_date + dt.timedelta(days=1)


def promise_state(promise: Any, today: dt.date, paid: PaidTowards | None = None) -> PromiseState:
    """Where ``promise`` stands on ``today``; ``paid`` is ``paid_towards(promise, payments)``.

    A status the user set (kept, broken, withdrawn) stands. A promise of the user's that the
    payments linked to it cover is kept (late, if covered after the due date), never overdue.
    Otherwise the due date against ``today`` says whether it is overdue or due soon.
    """
    status = PromiseStatus(promise.status)
    if status is not PromiseStatus.OPEN:
        return PromiseState(status.value)
    mine = PromiseBy(promise.by) is PromiseBy.USER
    due = promise.due_date
    if not mine:
        if paid is not None:
            late = due is not None and paid.last_paid_on > due
            return PromiseState("paid_for_offer", None, paid, due, late)
        paid = None
    if paid is not None and paid.covered_on is not None:
        late = due is not None and paid.covered_on > due
        return PromiseState("kept_late" if late else "kept", None, paid, due)
    if due is None:
        return PromiseState("open", None, paid)
    days = (due - today).days
    if days < 0:
        key = "overdue" if mine else "past_date"
    elif days == 0:
        key = "due_today"
    elif days <= 7:
        key = "due_soon"
    else:
        key = "open"
    return PromiseState(key, days, paid, due)


class Ledger:
    """Promises and payments of a case.

    Both are facts the user typed, not captured evidence, so a typo can be corrected and a
    duplicate removed; nothing changes silently. An edit is logged with each field's old and
    new value (``promise.updated``, ``payment.updated``); a removal deletes the row and logs
    everything it held and the reason given (``promise.removed``, ``payment.removed``), so the
    audit log in an evidence package still shows what was there.

    Rules:

    * An edit is checked exactly like an entry (amount, dates, same-case links); a refused
      edit changes nothing. A value the row already holds is kept as it is, not judged again.
    * A payment can be linked only to a promise of its own case.
    * A promise that payments are linked to is removed only when the caller asks to unlink
      them (``unlink_payments=True``, after telling the user): the payments stay, linked to no
      promise, and each unlinking is logged. Otherwise the removal is refused, saying so.
    * A promise's currency cannot change while payments in its currency are linked to it (they
      would silently stop counting towards it). What was paid towards a promise is always
      worked out again from the rows (``paid_towards``), so a corrected amount counts at once.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    # -------------------------------------------------------------- checks
    def _clean_promise(
        self, s: Session, case: Case, fields: dict[str, Any], currency: str
    ) -> dict[str, Any]:
        """Check promise fields as typed; ``currency``: the promise's code if none is given."""
        clean: dict[str, Any] = {}
        code = currency
        if "currency" in fields:
            code = clean["currency"] = validate.currency(fields["currency"]) or case.currency
        for name, value in fields.items():
            if name == "by":
                clean[name] = _by(value)
            elif name == "status":
                clean[name] = _status(value)
            elif name == "description":
                clean[name] = validate.text(value, "description", limit=20000)
            elif name == "amount":
                clean[name] = validate.amount(value, currency=code)
            elif name == "due_date":
                clean[name] = validate.due_date(value, "due date")
            elif name == "party_id":
                if value is not None:
                    lookup.party_in_case(s, value, case.id, "party")
                clean[name] = value
            elif name == "event_id":
                if value is not None and (
                    lookup.get(s, ContactEvent, value, "contact event").case_id != case.id
                ):
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "that contact event belongs to another case")
                    )
                clean[name] = value
            elif name == "mark_id":
                if value is not None:
                    mark = lookup.get(s, Mark, value, "mark")
                    recording = lookup.get(s, Recording, mark.recording_id, "recording")
                    event = lookup.get(s, ContactEvent, recording.event_id, "event")
                    if event.case_id != case.id:
                        raise InvalidInputError(
                            QT_TRANSLATE_NOOP("Store", "that mark belongs to another case")
                        )
                clean[name] = value
            elif name == "made_at":
                clean[name] = validate.aware(value, "time")
            elif name != "currency":
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "a promise has no field {name}").format(
                        name=repr(name)
                    )
                )
        return clean

    def _clean_payment(
        self, s: Session, case: Case, fields: dict[str, Any], currency: str
    ) -> dict[str, Any]:
        """Check payment fields as typed; ``currency``: the payment's code if none is given."""
        clean: dict[str, Any] = {}
        code = currency
        if "currency" in fields:
            code = clean["currency"] = validate.currency(fields["currency"]) or case.currency
        for name, value in fields.items():
            if name == "amount":
                clean[name] = validate.amount(value, "payment amount", code)
                if clean[name] is None:
                    raise InvalidInputError(_NEEDS_AMOUNT_AND_DATE)
            elif name == "paid_on":
                clean[name] = validate.past_date(value, "payment date")  # made: not future
                if clean[name] is None:
                    raise InvalidInputError(_NEEDS_AMOUNT_AND_DATE)
            elif name in PAYMENT_TEXT_FIELDS:
                clean[name] = validate.text(value, name, limit=PAYMENT_TEXT_FIELDS[name])
            elif name == "promise_id":
                if value is not None and (
                    lookup.get(s, Promise, value, "promise").case_id != case.id
                ):
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "that promise belongs to another case")
                    )
                clean[name] = value
            elif name != "currency":
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "a payment has no field {name}").format(
                        name=repr(name)
                    )
                )
        return clean

    # ------------------------------------------------------------ promises
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
        fields: dict[str, Any] = {
            "by": by,
            "currency": currency,
            "description": description,
            "amount": amount,
            "due_date": due_date,
            "party_id": party_id,
            "event_id": event_id,
            "mark_id": mark_id,
        }
        if made_at is not None:
            fields["made_at"] = made_at
        _by(by)  # refused before the case is looked up
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            clean = self._clean_promise(s, case, fields, case.currency)
            clean.setdefault("made_at", dt.datetime.now(dt.UTC))
            promise = Promise(case_id=case.id, **clean)
            s.add(promise)
            s.flush()
            record = {name: getattr(promise, name) for name in PROMISE_FIELDS}
            record |= {"mark_id": mark_id, "event_id": event_id}
            audit.append(s, "promise.created", "promise", promise.id, case.id, record)
            return promise

    def update_promise(self, promise_id: int, **fields: Any) -> Promise:
        """Correct a promise: the fields given, checked as when it was added (see the class)."""
        with self.store.session() as s:
            promise = lookup.get(s, Promise, promise_id, "promise")
            case = lookup.case(s, promise.case_id)
            clean = self._clean_promise(s, case, _given(promise, fields), promise.currency)
            if clean.get("currency", promise.currency) != promise.currency:
                linked = _linked(s, promise)
                if any(p.currency == promise.currency for p in linked):
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "{count} payment(s) in {currency} are linked to this promise, so "
                            "its currency cannot change; link them to no promise first",
                        ).format(count=len(linked), currency=promise.currency)
                    )
            changed = _changes(promise, clean)
            if changed:
                audit.append(
                    s,
                    "promise.updated",
                    "promise",
                    promise.id,
                    promise.case_id,
                    {"changed": changed},
                )
            return promise

    def remove_promise(
        self, promise_id: int, reason: str = "", *, unlink_payments: bool = False
    ) -> list[int]:
        """Remove a promise typed by mistake; return the ids of the payments unlinked from it.

        Refused while payments are linked to it, unless ``unlink_payments``: then they stay,
        linked to no promise.
        """
        why = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            promise = lookup.get(s, Promise, promise_id, "promise")
            linked = _linked(s, promise)
            if linked and not unlink_payments:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "{count} payment(s) are linked to this promise; link them to another "
                        "promise or to none before removing it",
                    ).format(count=len(linked))
                )
            for payment in linked:
                payment.promise_id = None
                audit.append(
                    s,
                    "payment.updated",
                    "payment",
                    payment.id,
                    payment.case_id,
                    {"changed": {"promise_id": [promise.id, None]}, "promise_removed": promise.id},
                )
            record = {"removed": row(promise), "reason": why}
            if linked:
                record["unlinked_payments"] = [p.id for p in linked]
            audit.append(s, "promise.removed", "promise", promise.id, promise.case_id, record)
            s.delete(promise)
            return [p.id for p in linked]

    def set_promise_status(self, promise_id: int, status: PromiseStatus | str) -> Promise:
        status = _status(status)
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

    # ------------------------------------------------------------ payments
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
        fields: dict[str, Any] = {
            "currency": currency,
            "amount": amount,
            "paid_on": paid_on,
            "method": method,
            "reference": reference,
            "promise_id": promise_id,
            "notes": notes,
        }
        day = validate.past_date(paid_on, "payment date")  # refused before the case is read
        if amount is None or (isinstance(amount, str) and not amount.strip()) or day is None:
            raise InvalidInputError(_NEEDS_AMOUNT_AND_DATE)
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            payment = Payment(case_id=case.id, **self._clean_payment(s, case, fields, ""))
            s.add(payment)
            s.flush()
            record: dict[str, Any] = {name: getattr(payment, name) for name in PAYMENT_FIELDS}
            audit.append(s, "payment.created", "payment", payment.id, case.id, record)
            return payment

    def update_payment(self, payment_id: int, **fields: Any) -> Payment:
        """Correct a payment: the fields given, checked as when it was added (see the class)."""
        with self.store.session() as s:
            payment = lookup.get(s, Payment, payment_id, "payment")
            case = lookup.case(s, payment.case_id)
            clean = self._clean_payment(s, case, _given(payment, fields), payment.currency)
            changed = _changes(payment, clean)
            if changed:
                audit.append(
                    s,
                    "payment.updated",
                    "payment",
                    payment.id,
                    payment.case_id,
                    {"changed": changed},
                )
            return payment

    def remove_payment(self, payment_id: int, reason: str = "") -> None:
        """Remove a payment typed by mistake (a duplicate); the audit log keeps what it held."""
        why = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            payment = lookup.get(s, Payment, payment_id, "payment")
            record = {"removed": row(payment), "reason": why}
            audit.append(s, "payment.removed", "payment", payment.id, payment.case_id, record)
            s.delete(payment)

    def payments(self, case_id: int | str) -> list[Payment]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = select(Payment).where(Payment.case_id == case.id)
            return list(s.scalars(query.order_by(Payment.paid_on, Payment.id)))


def _by(value: object) -> PromiseBy:
    try:
        return PromiseBy(value)
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "a promise is made by the collector or the user, not {value}"
            ).format(value=repr(value))
        ) from None


def _status(value: object) -> PromiseStatus:
    try:
        return PromiseStatus(value)
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "unknown promise status {value}").format(value=repr(value))
        ) from None


def _given(row: Promise | Payment, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields that would change ``row``: a value it already holds is not judged again.

    (An edit dialog sends every field back; a date or amount saved long ago must not be
    refused because the rules, or today, moved on.)
    """
    changing: dict[str, Any] = {}
    for name, value in fields.items():
        old = getattr(row, name, _MISSING)
        if old is _MISSING:
            changing[name] = value  # not a field: the check says so
        elif isinstance(old, Decimal) and isinstance(value, str):
            if value.strip() != format(old, "f"):
                changing[name] = value
        elif old is None and isinstance(value, str) and not value.strip():
            continue
        elif old != value:
            changing[name] = value
    if "currency" in changing and "amount" not in changing and row.amount is not None:
        changing["amount"] = format(row.amount, "f")  # does it fit the new currency?
    return changing


def _changes(row: Promise | Payment, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Apply ``values`` to ``row``; return {field: [old, new]} for what really changed."""
    changed: dict[str, list[Any]] = {}
    for name, new in values.items():
        old = getattr(row, name)
        if old != new:
            changed[name] = [old, new]
            setattr(row, name, new)
    return changed


def _linked(s: Session, promise: Promise) -> list[Payment]:
    query = select(Payment).where(Payment.promise_id == promise.id).order_by(Payment.id)
    return list(s.scalars(query))
