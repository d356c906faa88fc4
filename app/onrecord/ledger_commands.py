"""``onrecord promise``, ``payment`` and ``promises``: what was agreed and what was paid, as
the timeline's Promises tab keeps them (``store.ledger``; no Qt).

Amounts are in the case's currency and read by the store's rules (``validate.amount``); a
promise's state is worked out as the app works it out (``promise_state``, ``paid_towards``).
A promise or payment typed by mistake is removed with ``--remove ID`` (the audit log keeps
what it held, and the reason).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from .store.enums import PromiseBy, PromiseStatus

BY_CHOICES = {"collector": PromiseBy.COLLECTOR, "me": PromiseBy.USER}


def _usage(message: str) -> Exception:
    from .cli import UsageError

    return UsageError(message)


def _money(amount: Any, currency: str) -> str:
    """An amount with its currency's decimals (150.00 USD, 3000 JPY), never rounded."""
    from decimal import Decimal

    from .localefmt import currency_decimals

    if amount is None:
        return ""
    places = currency_decimals(currency)
    if -int(amount.as_tuple().exponent) < places:
        amount = amount.quantize(Decimal(1).scaleb(-places))
    return f"{format(amount, 'f')} {currency}".strip()


def state_text(promise: Any, state: Any) -> str:
    """Where the promise stands, in the words of the app's ledger (English)."""
    paid = state.paid
    if state.key in ("kept", "kept_late") and paid is not None:
        late = " late" if state.key == "kept_late" else ""
        return f"kept{late}: paid on {paid.covered_on}"
    if state.key in ("kept", "broken", "withdrawn"):
        return state.key
    if state.key == "paid_for_offer" and paid is not None:
        when = (
            ""
            if state.due_date is None
            else (", after their date" if state.late else ", by their date")
        )
        return f"you paid {_money(paid.total, promise.currency)} on {paid.last_paid_on}{when}"
    days = state.days
    if days is None:
        words = "open, no date"
    elif days < 0 and state.key == "past_date":  # the collector's: not "overdue"
        words = f"date passed {-days} day{'s' if days != -1 else ''} ago"
    elif days < 0:
        words = f"overdue by {-days} day{'s' if days != -1 else ''}"
    elif days == 0:
        words = "due today"
    else:
        words = f"due in {days} day{'s' if days != 1 else ''}"
    if paid is not None and promise.amount is not None:
        words += (
            f" · {_money(paid.total, promise.currency)} of "
            f"{_money(promise.amount, promise.currency)} paid"
        )
    return words


def _state_json(state: Any) -> dict[str, Any]:
    paid = state.paid
    return {
        "key": state.key,
        "days": state.days,
        "due_date": state.due_date.isoformat() if state.due_date else None,
        "overdue_since": state.overdue_since.isoformat() if state.overdue_since else None,
        "late": state.late,
        "paid_total": format(paid.total, "f") if paid else None,
        "last_paid_on": paid.last_paid_on.isoformat() if paid else None,
        "covered_on": paid.covered_on.isoformat() if paid and paid.covered_on else None,
    }


def _promise_of(ws: Any, case: Any, promise_id: int) -> Any:
    for promise in ws.ledger.promises(case.id):
        if promise.id == promise_id:
            return promise
    raise _usage(
        f"case {case.reference} has no promise {promise_id} "
        f"(see `onrecord promises --case {case.reference}`)"
    )


def _payment_of(ws: Any, case: Any, payment_id: int) -> Any:
    for payment in ws.ledger.payments(case.id):
        if payment.id == payment_id:
            return payment
    raise _usage(
        f"case {case.reference} has no payment {payment_id} "
        f"(see `onrecord promises --case {case.reference}`)"
    )


def _removing(args: argparse.Namespace, command: str, fields: dict[str, Any]) -> None:
    """``--remove`` takes only ``--reason``: refuse the fields of a new entry beside it."""
    given = [name for name, value in fields.items() if value not in (None, False, "")]
    if given:
        raise _usage(f"{command} --remove takes only --reason, not {given[0]}")


# -------------------------------------------------------------------- promise
def run_promise(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    from .cli import EXIT_OK, _print_json
    from .contactlog_commands import event_of, find_party
    from .store.enums import PartyRole
    from .store.serialize import row

    fields = {
        "--by": args.by,
        "--amount": args.amount,
        "--due": args.due,
        "--event": args.event,
        "--party": args.party,
        "--description": args.description,
    }
    if args.remove is not None:
        _removing(args, "promise", fields)
        return _remove(args, open_workspace, "promise")
    if args.by is None:
        raise _usage("promise: say who promised with --by collector or --by me")
    if not (args.amount or "").strip() and not (args.description or "").strip():
        raise _usage("promise: say what was promised with --amount and/or --description")
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        made_at = None
        if args.event is not None:
            # A promise made in a contact was made then (as the window notes it).
            made_at = event_of(ws, case, args.event).started_at
        party_id, party_name = None, ""
        if args.party:
            party = find_party(ws, case.id, args.party)
            if party is None or party.role == PartyRole.THIRD_PARTY:
                names = ", ".join(
                    f"{p.id} {p.name}" for p in ws.cases.parties(case.id)
                    if p.role != PartyRole.THIRD_PARTY
                )  # fmt: skip
                raise _usage(
                    f"case {case.reference} has no collector {args.party!r} "
                    f"(its collectors: {names or 'none yet'})"
                )
            party_id, party_name = party.id, party.name
        promise = ws.ledger.add_promise(
            case.id,
            BY_CHOICES[args.by],
            description=args.description or "",
            amount=args.amount,
            due_date=args.due,
            party_id=party_id,
            event_id=args.event,
            made_at=made_at,
        )
        if args.json:
            _print_json(row(promise, case=case.reference))
            return EXIT_OK
        who = "they promised or offered" if args.by == "collector" else "you promised"
        print(f"added promise {promise.id} to case {case.reference}: {who}")
        details = [
            promise.description,
            _money(promise.amount, promise.currency),
            f"due {promise.due_date}" if promise.due_date else "no due date",
            f"their side: {party_name}" if party_name else "",
            f"made in contact {args.event}" if args.event is not None else "",
        ]
        print("  " + "; ".join(d for d in details if d))
    return EXIT_OK


# -------------------------------------------------------------------- payment
def run_payment(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    from .cli import EXIT_OK, _print_json
    from .store.serialize import row

    fields = {
        "--amount": args.amount,
        "--on": args.on,
        "--method": args.method,
        "--reference": args.reference,
        "--promise": args.promise,
        "--note": args.note,
    }
    if args.remove is not None:
        _removing(args, "payment", fields)
        return _remove(args, open_workspace, "payment")
    if not args.amount or not args.on:
        raise _usage("payment: give the amount paid and the day, e.g. --amount 150 --on 2026-03-15")
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        if args.promise is not None:
            promise = _promise_of(ws, case, args.promise)
            if promise.status != PromiseStatus.OPEN:
                # The window offers only open promises for a payment.
                raise _usage(
                    f"promise {promise.id} is {PromiseStatus(promise.status).value}, not open: a payment is "
                    "linked to an open promise"
                )
        payment = ws.ledger.add_payment(
            case.id,
            args.amount,
            args.on,
            method=args.method or "",
            reference=args.reference or "",
            promise_id=args.promise,
            notes=args.note or "",
        )
        if args.json:
            _print_json(row(payment, case=case.reference))
            return EXIT_OK
        print(
            f"added payment {payment.id} to case {case.reference}: "
            f"{_money(payment.amount, payment.currency)} on {payment.paid_on}"
        )
        details = [
            payment.method,
            f"reference {payment.reference}" if payment.reference else "",
            f"towards promise {payment.promise_id}" if payment.promise_id else "",
        ]
        if any(details):
            print("  " + "; ".join(d for d in details if d))
    return EXIT_OK


def _remove(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any], what: str
) -> int:
    from .cli import EXIT_OK, _print_json

    reason = (args.reason or "").strip()
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        if what == "promise":
            _promise_of(ws, case, args.remove)
            unlinked = ws.ledger.remove_promise(
                args.remove, reason, unlink_payments=args.unlink_payments
            )
        else:
            _payment_of(ws, case, args.remove)
            ws.ledger.remove_payment(args.remove, reason)
            unlinked = []
        if args.json:
            _print_json({"removed": what, "id": args.remove, "unlinked_payments": unlinked})
            return EXIT_OK
        print(f"removed {what} {args.remove} from case {case.reference}")
        if unlinked:
            ids = ", ".join(str(i) for i in unlinked)
            print(f"  payments {ids} stay on record, linked to no promise")
        print(
            "  the case's audit log keeps what it held" + (f" and why: {reason}" if reason else "")
        )
    return EXIT_OK


# ------------------------------------------------------------------- promises
def run_promises(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    from .cli import EXIT_OK, _print_json, _table
    from .store.ledger import paid_towards, promise_state
    from .store.serialize import row

    today = dt.date.today()  # the day the window's ledger counts from
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        promises = ws.ledger.promises(case.id)
        payments = ws.ledger.payments(case.id)
        states = {p.id: promise_state(p, today, paid_towards(p, payments)) for p in promises}
        if args.json:
            _print_json(
                {
                    "case": case.reference,
                    "currency": case.currency,
                    "today": today.isoformat(),
                    "promises": [
                        row(
                            p,
                            state=_state_json(states[p.id]),
                            state_text=state_text(p, states[p.id]),
                        )
                        for p in promises
                    ],
                    "payments": [row(p) for p in payments],
                }
            )
            return EXIT_OK
        if not promises and not payments:
            print(f"case {case.reference} has no promises or payments yet")
            return EXIT_OK
        if promises:
            print("promises")
            _table(
                [
                    [
                        str(p.id),
                        "me" if p.by == PromiseBy.USER else "collector",
                        p.description[:40],
                        _money(p.amount, p.currency),
                        str(p.due_date or ""),
                        state_text(p, states[p.id]),
                        str(p.event_id or ""),
                    ]
                    for p in promises
                ],
                ["id", "by", "what", "amount", "due", "state", "contact"],
            )
        if payments:
            print("\npayments" if promises else "payments")
            _table(
                [
                    [
                        str(p.id),
                        str(p.paid_on),
                        _money(p.amount, p.currency),
                        p.method,
                        p.reference,
                        str(p.promise_id or ""),
                    ]
                    for p in payments
                ],
                ["id", "paid on", "amount", "how", "reference", "promise"],
            )
    return EXIT_OK


# ------------------------------------------------------------------- register
def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    json_help = "machine-readable output"

    help_ = "note a promise (theirs or yours); --remove one typed by mistake"
    p = subparsers.add_parser(
        "promise",
        help=help_,
        description=help_,
        epilog="Amounts are in the case's currency, e.g. 500, 1,250.50 or 2.3万.",
    )
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument(
        "--by", choices=list(BY_CHOICES), help="who promised: collector (or offered), or me"
    )
    p.add_argument("--amount", metavar="AMOUNT", help="the amount promised, if any")
    p.add_argument("--due", metavar="DATE", help="by when (YYYY-MM-DD)")
    p.add_argument("--event", type=int, metavar="N", help="the contact it was made in")
    p.add_argument("--party", metavar="NAME", help="who on their side (a collector of the case)")
    p.add_argument("--description", metavar="TEXT", help="what was promised")
    p.add_argument(
        "--remove", type=int, metavar="ID", help="remove this promise (typed by mistake)"
    )
    p.add_argument("--reason", metavar="TEXT", help="why it is removed")
    p.add_argument(
        "--unlink-payments",
        action="store_true",
        help="with --remove: keep the payments linked to it, linked to no promise",
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_promise(args, open_workspace))

    help_ = "note a payment you made; --remove one typed by mistake"
    p = subparsers.add_parser(
        "payment",
        help=help_,
        description=help_,
        epilog="The amount is in the case's currency, e.g. 150 or 1,250.50.",
    )
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--amount", metavar="AMOUNT", help="how much was paid")
    p.add_argument("--on", metavar="DATE", help="the day it was paid (YYYY-MM-DD)")
    p.add_argument("--method", metavar="TEXT", help="how: bank transfer, cash, card...")
    p.add_argument("--reference", metavar="TEXT", help="a receipt or transfer number")
    p.add_argument("--promise", type=int, metavar="N", help="the open promise it pays")
    p.add_argument("--note", metavar="TEXT", help="a note")
    p.add_argument(
        "--remove", type=int, metavar="ID", help="remove this payment (typed by mistake)"
    )
    p.add_argument("--reason", metavar="TEXT", help="why it is removed")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_payment(args, open_workspace))

    help_ = "list a case's promises, where each stands today, and its payments"
    p = subparsers.add_parser("promises", help=help_, description=help_)
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_promises(args, open_workspace))
