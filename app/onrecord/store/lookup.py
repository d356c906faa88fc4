"""Finding rows by id (or a case by its reference), failing with a message a user can read."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFoundError
from .models import Case

T = TypeVar("T")


def get(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(f"there is no {what} with id {ident}")
    return obj


def case(session: Session, case_id: int | str) -> Case:
    """A case by numeric id or by its reference (e.g. OR-2026-0001)."""
    found: Any = None
    if isinstance(case_id, int) or str(case_id).strip().isdigit():
        found = session.get(Case, int(case_id))
    if found is None:
        found = session.scalar(select(Case).where(Case.reference == str(case_id).strip()))
    if found is None:
        raise NotFoundError(f"there is no case {case_id!r} (see `onrecord cases`)")
    return found
