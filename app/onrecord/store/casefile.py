"""The case-file service: the one API the CLI, the UI and the importers use to change a case.

Every method is one transaction that makes its change and appends the matching audit event, so
either both are saved or neither is. Objects returned are detached snapshots; read what you
need from them, and call the service again to change anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .engine import Store
from .enums import Direction, EventKind, EventSource, NoticeKind, PartyRole
from .errors import InvalidInputError
from .models import Case, ContactEvent, EventTag, Party, PhoneNumber, Promise
from .phones import WITHHELD_PROBLEM, normalise
from .types import utcnow

CASE_TEXT_FIELDS = {
    "title": 200,
    "creditor": 200,
    "agency": 200,
    "account_ref": 100,
    "my_numbers": 300,
    "contract_notes": 20000,
    "notes": 20000,
}
PARTY_TEXT_FIELDS = {
    "name": 200,
    "aliases": 400,
    "employee_id": 100,
    "organisation": 200,
    "notes": 20000,
}
#: Yes/no facts the user states about the case (the conduct rules' statements read them).
CASE_STATEMENT_FIELDS = {"debt_may_be_illegal": "debt may be illegal"}
CASE_AUDIT_FIELDS = (
    *("reference", "jurisdiction", "timezone", "region", "is_unsorted"),
    *("amount", "currency", "due_date", *CASE_TEXT_FIELDS, *CASE_STATEMENT_FIELDS),
)
EVENT_AUDIT_FIELDS = (
    *("kind", "direction", "started_at", "timezone", "duration_s", "connected"),
    *("conversation", "phone_number_id", "party_id", "source", "source_detail"),
    *("source_key", "summary", "notice"),
)
UNSORTED_REFERENCE = "UNSORTED"


def snapshot(obj: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


def apply_changes(obj: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Apply ``values`` to ``obj``; return {field: [old, new]} for what really changed."""
    changed: dict[str, list[Any]] = {}
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            changed[name] = [old, new]
            setattr(obj, name, new)
    return changed


def find_number(s: Session, case: Case, raw: str) -> PhoneNumber | None:
    """The case's number that ``raw`` is a spelling of, or None."""
    norm = normalise(raw, case.region)
    query = select(PhoneNumber).where(PhoneNumber.case_id == case.id)
    if norm.problem == WITHHELD_PROBLEM:  # "-1", "null", "Unknown"... are one caller ID
        query = query.where(PhoneNumber.problem == WITHHELD_PROBLEM)
    elif norm.e164:
        query = query.where(PhoneNumber.e164 == norm.e164)
    else:
        query = query.where(PhoneNumber.raw == raw.strip())
    return s.scalars(query.limit(1)).first()


def _add_number(s: Session, case: Case, raw: str, party_id: int | None, label: str) -> PhoneNumber:
    raw = validate.text(raw, "phone number", limit=64, required=True)
    if party_id is not None:
        lookup.party_in_case(s, party_id, case.id, "collector or organisation")
    existing = find_number(s, case, raw)
    if existing is not None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{number} is already in this case as {existing}").format(
                number=raw, existing=existing.display
            )
        )
    norm = normalise(raw, case.region)
    number = PhoneNumber(
        case_id=case.id,
        party_id=party_id,
        raw=raw,
        e164=norm.e164,
        is_valid=norm.is_valid,
        problem=norm.problem,
        label=validate.text(label, "label", limit=100),
    )
    s.add(number)
    s.flush()
    record = snapshot(number, ["raw", "e164", "is_valid", "problem", "party_id", "label"])
    audit.append(s, "number.created", "phone_number", number.id, case.id, record)
    return number


def number_for(
    s: Session, case: Case, raw: str, party_id: int | None = None, label: str = ""
) -> PhoneNumber:
    """The case's number that ``raw`` is a spelling of, added to the case if it is new."""
    return find_number(s, case, raw) or _add_number(s, case, raw, party_id, label)


class CaseFile:
    """Cases, parties and phone numbers, and the log of contact events.

    Correcting, removing or moving a contact once it is logged: ``corrections.Corrections``.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    # ----------------------------------------------------------------- cases
    def _clean_case_fields(
        self, fields: dict[str, Any], case: Case | None = None
    ) -> dict[str, Any]:
        """Check the fields given; ``case``: the case they change (None for a new one)."""
        clean: dict[str, Any] = {}
        for name, value in fields.items():
            if name in CASE_TEXT_FIELDS:
                clean[name] = validate.text(
                    value, name, limit=CASE_TEXT_FIELDS[name], required=name == "title"
                )
            elif name == "reference":
                clean[name] = validate.text(value, name, limit=64, required=True)
            elif name == "amount":
                pass  # below: it is checked against the currency
            elif name == "currency":
                clean[name] = validate.currency(value)
            elif name == "due_date":
                if case is not None and value is not None and value == case.due_date:
                    clean[name] = case.due_date  # saved before: not judged again
                else:
                    clean[name] = validate.due_date(value, "due date")
            elif name == "jurisdiction":
                clean[name] = validate.jurisdiction(value).value
            elif name == "timezone":
                clean[name] = validate.timezone(value)
            elif name == "region":
                clean[name] = validate.region(value)
            elif name in CASE_STATEMENT_FIELDS:
                clean[name] = validate.flag(value, CASE_STATEMENT_FIELDS[name])
            else:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "a case has no field {name}").format(name=repr(name))
                )
        code = clean.get("currency", case.currency if case is not None else "")
        if case is not None and case.amount is not None and code != case.currency:
            fields = {"amount": format(case.amount, "f"), **fields}  # fits the new currency?
        if "amount" in fields:
            value = fields["amount"]
            unchanged = (
                case is not None
                and case.amount is not None
                and code == case.currency
                and str(value).strip() == format(case.amount, "f")
            )
            # An amount saved before (and shown again by the case form) is not judged again.
            clean["amount"] = case.amount if unchanged else validate.amount(value, currency=code)
        return clean

    def _next_reference(self, session: Session) -> str:
        year = dt.datetime.now(dt.UTC).year
        count = session.scalar(select(func.count(Case.id))) or 0
        while True:
            count += 1
            reference = f"OR-{year}-{count:04d}"
            if session.scalar(select(Case.id).where(Case.reference == reference)) is None:
                return reference

    def create_case(
        self,
        title: str,
        *,
        jurisdiction: str | None = None,
        timezone: str | None = None,
        region: str | None = None,
        is_unsorted: bool = False,
        **fields: Any,
    ) -> Case:
        juris, zone, phone_region, currency = validate.case_defaults(jurisdiction, timezone, region)
        fields.setdefault("currency", currency)
        clean = self._clean_case_fields({"title": title, **fields})
        with self.store.session() as s:
            reference = clean.pop("reference", None) or self._next_reference(s)
            if s.scalar(select(Case.id).where(Case.reference == reference)) is not None:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Store", "a case with reference {reference} already exists"
                    ).format(reference=repr(reference))
                )
            case = Case(
                reference=reference,
                jurisdiction=juris.value,
                timezone=zone,
                region=phone_region,
                is_unsorted=is_unsorted,
                **clean,
            )
            s.add(case)
            s.flush()
            audit.append(s, "case.created", "case", case.id, case.id, self._case_record(case))
            return case

    @staticmethod
    def _case_record(case: Case) -> dict[str, Any]:
        return snapshot(
            case,
            CASE_AUDIT_FIELDS,
        )

    def update_case(self, case_id: int, **fields: Any) -> Case:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            clean = self._clean_case_fields(fields, case)
            if "reference" in clean and clean["reference"] != case.reference:
                taken = s.scalar(select(Case.id).where(Case.reference == clean["reference"]))
                if taken is not None:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "reference {reference} is taken").format(
                            reference=repr(clean["reference"])
                        )
                    )
            changed = apply_changes(case, clean)
            if changed:
                if "title" in changed and case.is_unsorted:
                    changed |= apply_changes(case, {"is_unsorted": False})
                case.updated_at = utcnow()
                audit.append(s, "case.updated", "case", case.id, case.id, {"changed": changed})
            return case

    def unsorted_case(self) -> Case:
        """The case new recordings go to when the user has not made one yet."""
        with self.store.session() as s:
            existing = s.scalar(select(Case).where(Case.reference == UNSORTED_REFERENCE))
        if existing is not None:
            return existing
        return self.create_case("Unsorted calls", reference=UNSORTED_REFERENCE, is_unsorted=True)

    def case(self, case_id: int | str) -> Case:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            s.refresh(case, ["parties", "numbers"])
            return case

    def cases(self) -> list[Case]:
        with self.store.session() as s:
            query = select(Case).options(selectinload(Case.parties), selectinload(Case.numbers))
            return list(s.scalars(query.order_by(Case.is_unsorted, Case.id)))

    def event_counts(self) -> dict[int, int]:
        with self.store.session() as s:
            rows = s.execute(
                select(ContactEvent.case_id, func.count(ContactEvent.id)).group_by(
                    ContactEvent.case_id
                )
            )
            return {case_id: count for case_id, count in rows}

    # --------------------------------------------------------------- parties
    def _clean_party_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in fields.items():
            if name in PARTY_TEXT_FIELDS:
                clean[name] = validate.text(
                    value, name, limit=PARTY_TEXT_FIELDS[name], required=name == "name"
                )
            elif name == "role":
                try:
                    clean[name] = PartyRole(value)
                except ValueError:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "unknown party role {value}").format(
                            value=repr(value)
                        )
                    ) from None
            else:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "a party has no field {name}").format(
                        name=repr(name)
                    )
                )
        return clean

    def add_party(self, case_id: int | str, name: str, **fields: Any) -> Party:
        clean = self._clean_party_fields({"name": name, **fields})
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            party = Party(case_id=case.id, **clean)
            s.add(party)
            s.flush()
            record = snapshot(party, ["role", *PARTY_TEXT_FIELDS])
            audit.append(s, "party.created", "party", party.id, case.id, record)
            return party

    def update_party(self, party_id: int, **fields: Any) -> Party:
        clean = self._clean_party_fields(fields)
        with self.store.session() as s:
            party = lookup.get(s, Party, party_id, "collector or organisation")
            changed = apply_changes(party, clean)
            if changed:
                audit.append(
                    s, "party.updated", "party", party.id, party.case_id, {"changed": changed}
                )
            return party

    def remove_party(self, party_id: int) -> None:
        """Remove a party entered by mistake; refused once any event refers to it."""
        with self.store.session() as s:
            party = lookup.get(s, Party, party_id, "collector or organisation")
            used = s.scalar(select(func.count()).where(ContactEvent.party_id == party.id))
            used = (used or 0) + (
                s.scalar(select(func.count()).where(Promise.party_id == party.id)) or 0
            )
            if used:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "{name} appears in {count} contact event(s) or promise(s) "
                        "and cannot be removed",
                    ).format(name=party.name, count=used)
                )
            for number in s.scalars(select(PhoneNumber).where(PhoneNumber.party_id == party.id)):
                number.party_id = None
            record = snapshot(party, ["role", *PARTY_TEXT_FIELDS])
            audit.append(s, "party.removed", "party", party.id, party.case_id, record)
            s.delete(party)

    def parties(self, case_id: int | str) -> list[Party]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            return list(s.scalars(select(Party).where(Party.case_id == case.id).order_by(Party.id)))

    # --------------------------------------------------------- phone numbers
    def add_number(
        self, case_id: int | str, raw: str, *, party_id: int | None = None, label: str = ""
    ) -> PhoneNumber:
        with self.store.session() as s:
            return _add_number(s, lookup.case(s, case_id), raw, party_id, label)

    def update_number(
        self,
        number_id: int,
        *,
        raw: str | None = None,
        party_id: int | object | None = ...,
        label: str | None = None,
    ) -> PhoneNumber:
        with self.store.session() as s:
            number = lookup.get(s, PhoneNumber, number_id, "phone number")
            case = lookup.case(s, number.case_id)
            values: dict[str, Any] = {}
            if raw is not None and raw.strip() != number.raw:
                raw = validate.text(raw, "phone number", limit=64, required=True)
                other = find_number(s, case, raw)
                if other is not None and other.id != number.id:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "{number} is already in this case").format(
                            number=raw
                        )
                    )
                norm = normalise(raw, case.region)
                values |= {"raw": raw, "e164": norm.e164, "is_valid": norm.is_valid}
                values["problem"] = norm.problem
            if party_id is not ...:
                if party_id is not None:
                    lookup.party_in_case(s, int(party_id), case.id)  # type: ignore[arg-type]
                values["party_id"] = party_id
            if label is not None:
                values["label"] = validate.text(label, "label", limit=100)
            changed = apply_changes(number, values)
            if changed:
                audit.append(
                    s, "number.updated", "phone_number", number.id, case.id, {"changed": changed}
                )
            return number

    def remove_number(self, number_id: int) -> None:
        with self.store.session() as s:
            number = lookup.get(s, PhoneNumber, number_id, "phone number")
            used = s.scalar(select(func.count()).where(ContactEvent.phone_number_id == number.id))
            if used:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "{number} appears in {count} contact event(s) and cannot be removed",
                    ).format(number=number.display, count=used)
                )
            record = snapshot(number, ["raw", "e164", "party_id", "label"])
            audit.append(s, "number.removed", "phone_number", number.id, number.case_id, record)
            s.delete(number)

    def numbers(self, case_id: int | str) -> list[PhoneNumber]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = select(PhoneNumber).where(PhoneNumber.case_id == case.id)
            return list(s.scalars(query.order_by(PhoneNumber.id)))

    # -------------------------------------------------------- contact events
    def log_event(
        self,
        case_id: int | str,
        kind: EventKind | str,
        started_at: dt.datetime,
        **fields: Any,
    ) -> ContactEvent:
        """Record one contact attempt. A number not yet in the case is added to it.

        ``fields``: direction, timezone, duration_s, connected, conversation, number,
        party_id, source, source_detail, source_key, summary, notice, and ``tags`` (tag ids
        saved with it, in the same transaction).
        """
        with self.store.session() as s:
            return self._log(s, lookup.case(s, case_id), kind, started_at, **fields)

    def log_events(self, case_id: int | str, rows: Iterable[dict[str, Any]]) -> list[int]:
        """Record many events in one transaction (an import): all are saved, or none.

        Each row holds ``kind`` and ``started_at`` plus the fields of ``log_event``.
        """
        ids: list[int] = []
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            for row in rows:
                values = dict(row)
                event = self._log(s, case, values.pop("kind"), values.pop("started_at"), **values)
                ids.append(event.id)
        return ids

    def _log(
        self,
        s: Session,
        case: Case,
        kind: EventKind | str,
        started_at: dt.datetime,
        *,
        direction: Direction | str = Direction.INCOMING,
        timezone: str | None = None,
        duration_s: float | None = None,
        connected: bool | None = None,
        conversation: bool = False,
        number: str | None = None,
        party_id: int | None = None,
        source: EventSource | str = EventSource.MANUAL,
        source_detail: str = "",
        source_key: str | None = None,
        summary: str = "",
        notice: NoticeKind | str | None = None,
        tags: Iterable[str] = (),
    ) -> ContactEvent:
        if isinstance(tags, str):
            raise TypeError("tags is a list of tag ids, not one string")
        tags = [validate.text(tag, "tag", limit=64, required=True) for tag in tags]
        try:
            kind, direction, source = EventKind(kind), Direction(direction), EventSource(source)
            notice = NoticeKind(notice) if notice else None
        except ValueError as exc:
            raise InvalidInputError(str(exc)) from None
        zone = validate.timezone(timezone) if timezone else case.timezone
        # A contact has happened: a date more than a day ahead is a typo or a wrong clock.
        started = validate.aware(started_at, "start time")
        started = validate.not_future(started, "contact date", zone)
        if duration_s is not None and not (0 <= duration_s < 7 * 24 * 3600):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Store", "duration must be between 0 and a week, not {duration}"
                ).format(duration=duration_s)
            )
        phone = None
        if number and number.strip():
            phone = number_for(s, case, number, party_id)
            if party_id is None:
                party_id = phone.party_id
        if party_id is not None:
            lookup.party_in_case(s, party_id, case.id)
        if source_key and s.scalar(
            select(ContactEvent.id).where(ContactEvent.source_key == source_key)
        ):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "event {key} was already logged").format(
                    key=repr(source_key)
                )
            )
        event = ContactEvent(
            case_id=case.id,
            kind=kind,
            direction=direction,
            started_at=started,
            timezone=zone,
            duration_s=duration_s,
            connected=connected,
            conversation=conversation,
            phone_number_id=phone.id if phone else None,
            party_id=party_id,
            source=source,
            source_detail=validate.text(source_detail, "source", limit=400),
            source_key=source_key,
            summary=validate.text(summary, "summary", limit=20000),
            notice=notice,
        )
        s.add(event)
        s.flush()
        record = snapshot(event, EVENT_AUDIT_FIELDS)
        audit.append(s, "event.logged", "contact_event", event.id, case.id, record)
        for tag in dict.fromkeys(tags):
            self._tag(s, event, tag, "")
        return event

    # ------------------------------------------------------------ event tags
    def tag_event(self, event_id: int, tag: str, note: str = "") -> EventTag:
        """Tag an event itself (a threatening SMS, an unrecorded call)."""
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            return self._tag(s, event, tag, note)

    def _tag(self, s: Session, event: ContactEvent, tag: str, note: str) -> EventTag:
        tag = validate.text(tag, "tag", limit=64, required=True)
        note = validate.text(note, "note", limit=20000)
        row = EventTag(event_id=event.id, tag=tag, note=note)
        s.add(row)
        s.flush()
        audit.append(
            s,
            "event.tagged",
            "event_tag",
            row.id,
            event.case_id,
            {"event_id": event.id, "tag": tag, "note": note},
        )
        return row

    def retract_event_tag(self, tag_id: int, reason: str = "") -> EventTag:
        """Withdraw an event tag: it stays, visibly retracted."""
        reason = validate.text(reason, "reason", limit=400)
        with self.store.session() as s:
            row = lookup.get(s, EventTag, tag_id, "event tag")
            if row.retracted:
                raise InvalidInputError(QT_TRANSLATE_NOOP("Store", "this tag is already retracted"))
            row.retracted = True
            event = lookup.get(s, ContactEvent, row.event_id, "contact event")
            audit.append(
                s,
                "event.tag_retracted",
                "event_tag",
                row.id,
                event.case_id,
                {"event_id": event.id, "tag": row.tag, "reason": reason},
            )
            return row

    def event_tags(self, case_id: int | str) -> list[EventTag]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = (
                select(EventTag)
                .join(ContactEvent)
                .where(ContactEvent.case_id == case.id)
                .order_by(EventTag.id)
            )
            return list(s.scalars(query))

    def events(self, case_id: int | str) -> list[ContactEvent]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = (
                select(ContactEvent)
                .where(ContactEvent.case_id == case.id)
                .options(selectinload(ContactEvent.phone_number), selectinload(ContactEvent.party))
                .order_by(ContactEvent.started_at, ContactEvent.id)
            )
            return list(s.scalars(query))
