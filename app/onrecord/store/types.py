"""Column types that keep evidence honest: aware UTC times and exact decimal amounts.

SQLite has no timestamp or decimal type. Times are stored as fixed-width ISO-8601 UTC text (so
they sort as text) and a naive datetime is refused outright, because a time without a zone
cannot be placed on a timeline a court can trust. Amounts are stored as decimal text so that
"1234.50" never becomes 1234.4999999.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.types import String, TypeDecorator

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class NaiveDatetimeError(ValueError):
    """A datetime without tzinfo was about to be stored."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_utc_text(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(f"refusing to store a naive datetime: {value!r}")
    return value.astimezone(dt.UTC).strftime(_UTC_FORMAT)


_STORED_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", re.ASCII)


def from_utc_text(text: str) -> dt.datetime:
    """Stored UTC text (``2026-03-02T07:10:00.000000Z``) as an aware UTC datetime."""
    if _STORED_UTC.fullmatch(text):
        # Exactly as stored: fromisoformat reads it ten times faster than strptime (an
        # export of a large case reads hundreds of thousands), "Z" giving UTC. Only then:
        # it also takes other forms ("07:10,5", week dates) that strptime refuses.
        return dt.datetime.fromisoformat(text)
    return dt.datetime.strptime(text, _UTC_FORMAT).replace(tzinfo=dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime, stored as UTC text; loads as an aware UTC datetime."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return to_utc_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return from_utc_text(value)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal amount, stored as its canonical text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | str | int | None, dialect: Any) -> str | None:
        if value is None:
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise ValueError(f"not a decimal amount: {value!r}") from exc
        if not number.is_finite():
            raise ValueError(f"not a finite amount: {value!r}")
        return format(number, "f")

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)
