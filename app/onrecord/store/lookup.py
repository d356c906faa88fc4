"""Finding rows by id (or a case by its reference), failing with a message a user can read."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..messages import QT_TRANSLATE_NOOP, term
from .errors import InvalidInputError, NotFoundError
from .models import Case, Party

T = TypeVar("T")

#: What lookup.get is asked for, by name, for the translators of "there is no … with id …".
RECORD_NAMES = (
    QT_TRANSLATE_NOOP("Record", "attached file"),
    QT_TRANSLATE_NOOP("Record", "collector or organisation"),
    QT_TRANSLATE_NOOP("Record", "collector"),
    QT_TRANSLATE_NOOP("Record", "contact event"),
    QT_TRANSLATE_NOOP("Record", "event tag"),
    QT_TRANSLATE_NOOP("Record", "event"),
    QT_TRANSLATE_NOOP("Record", "mark"),
    QT_TRANSLATE_NOOP("Record", "party"),
    QT_TRANSLATE_NOOP("Record", "payment"),
    QT_TRANSLATE_NOOP("Record", "phone number"),
    QT_TRANSLATE_NOOP("Record", "promise"),
    QT_TRANSLATE_NOOP("Record", "recording"),
)


def get(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Store", "there is no {what} with id {ident}").format(
                what=term("Record", what), ident=ident
            )
        )
    return obj


def case(session: Session, case_id: int | str) -> Case:
    """A case by numeric id or by its reference (e.g. OR-2026-0001)."""
    found: Any = None
    if isinstance(case_id, int) or str(case_id).strip().isdigit():
        found = session.get(Case, int(case_id))
    if found is None:
        found = session.scalar(select(Case).where(Case.reference == str(case_id).strip()))
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Store", "there is no case {case} (see `onrecord cases`)").format(
                case=repr(case_id)
            )
        )
    return found


def party_in_case(session: Session, party_id: int, case_id: int, what: str = "collector") -> Party:
    """The party ``party_id`` if it belongs to case ``case_id``; otherwise a refusal a user can
    read (a collector of another case must never be linked to this case's records)."""
    party = get(session, Party, party_id, what)
    if party.case_id != case_id:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "that collector belongs to another case")
        )
    return party
