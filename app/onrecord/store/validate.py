"""Checks on values a user typed, each failing with a message that names the field."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers

from ..messages import QT_TRANSLATE_NOOP, term
from .enums import JURISDICTION_DEFAULTS, Jurisdiction
from .errors import InvalidInputError

#: Every field name the store's messages can name, for the translators (the UI translates
#: the name inside a message; tests/test_messages.py checks the store names no other).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Field", "title"),
    QT_TRANSLATE_NOOP("Field", "creditor"),
    QT_TRANSLATE_NOOP("Field", "agency"),
    QT_TRANSLATE_NOOP("Field", "account_ref"),
    QT_TRANSLATE_NOOP("Field", "contract_notes"),
    QT_TRANSLATE_NOOP("Field", "notes"),
    QT_TRANSLATE_NOOP("Field", "reference"),
    QT_TRANSLATE_NOOP("Field", "amount"),
    QT_TRANSLATE_NOOP("Field", "due date"),
    QT_TRANSLATE_NOOP("Field", "name"),
    QT_TRANSLATE_NOOP("Field", "aliases"),
    QT_TRANSLATE_NOOP("Field", "employee_id"),
    QT_TRANSLATE_NOOP("Field", "organisation"),
    QT_TRANSLATE_NOOP("Field", "phone number"),
    QT_TRANSLATE_NOOP("Field", "label"),
    QT_TRANSLATE_NOOP("Field", "start time"),
    QT_TRANSLATE_NOOP("Field", "source"),
    QT_TRANSLATE_NOOP("Field", "summary"),
    QT_TRANSLATE_NOOP("Field", "tag"),
    QT_TRANSLATE_NOOP("Field", "note"),
    QT_TRANSLATE_NOOP("Field", "reason"),
    QT_TRANSLATE_NOOP("Field", "description"),
    QT_TRANSLATE_NOOP("Field", "payment amount"),
    QT_TRANSLATE_NOOP("Field", "payment date"),
    QT_TRANSLATE_NOOP("Field", "method"),
    QT_TRANSLATE_NOOP("Field", "time"),
    QT_TRANSLATE_NOOP("Field", "format"),
    QT_TRANSLATE_NOOP("Field", "mark time"),
)


def _field(name: str) -> str:
    return term("Field", name)


def text(value: object, field: str, *, limit: int, required: bool = False) -> str:
    result = "" if value is None else str(value).strip()
    if "\x00" in result:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} contains a NUL character").format(
                field=_field(field)
            )
        )
    if required and not result:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} must not be empty").format(field=_field(field))
        )
    if len(result) > limit:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "{field} is too long ({length} characters, at most {limit})"
            ).format(field=_field(field), length=len(result), limit=limit)
        )
    return result


def jurisdiction(value: str | Jurisdiction) -> Jurisdiction:
    try:
        return Jurisdiction(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(j.value for j in Jurisdiction)
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "unknown jurisdiction {value} (choose one of {choices})"
            ).format(value=repr(value), choices=choices)
        ) from None


_UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "Store", "unknown time zone {value} (use an IANA name such as Asia/Shanghai)"
)


def timezone(value: str) -> str:
    name = str(value).strip()
    if not name or len(name) > 64:
        raise InvalidInputError(_UNKNOWN_ZONE.format(value=repr(name[:40])))
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInputError(_UNKNOWN_ZONE.format(value=repr(value))) from None
    if name not in available_timezones() and name != "UTC":
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "unknown time zone {value}").format(value=repr(value))
        )
    return name


def region(value: str) -> str:
    code = str(value).strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "unknown phone region {value} (use a country code such as CN)"
            ).format(value=repr(value))
        )
    return code


def currency(value: str) -> str:
    code = str(value or "").strip().upper()
    if code and (len(code) != 3 or not code.isalpha()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "currency must be a 3-letter code such as USD, not {value}"
            ).format(value=repr(value))
        )
    return code


def amount(value: object, field: str = "amount") -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    cleaned = str(value).strip().replace(",", "").replace("_", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} is not a number: {value}").format(
                field=_field(field), value=repr(value)
            )
        ) from None
    if not number.is_finite() or number < 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} must be zero or more, not {value}").format(
                field=_field(field), value=repr(value)
            )
        )
    if abs(number.as_tuple().exponent) > 4 or number >= Decimal(10) ** 15:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} is not a plausible amount: {value}").format(
                field=_field(field), value=repr(value)
            )
        )
    return number


def date(value: object, field: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value  # type: ignore[return-value]
    text_value = str(value).strip()
    if not text_value:
        return None
    try:
        return dt.date.fromisoformat(text_value)
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "{field} must be a date like 2026-03-31, not {value}"
            ).format(field=_field(field), value=repr(value))
        ) from None


def aware(value: dt.datetime, field: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} has no time zone").format(field=_field(field))
        )
    return value.astimezone(dt.UTC)


def system_timezone() -> str | None:
    """The IANA name of this computer's zone, when it can be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return timezone(name)
        except InvalidInputError:
            return None
    try:
        target = Path("/etc/localtime").resolve()
    except OSError:
        return None
    parts = target.parts
    if "zoneinfo" in parts:
        candidate = "/".join(parts[parts.index("zoneinfo") + 1 :])
        try:
            return timezone(candidate)
        except InvalidInputError:
            return None
    return None


_ZONE_JURISDICTION = {
    "Asia/Shanghai": Jurisdiction.CN,
    "Asia/Chongqing": Jurisdiction.CN,
    "Asia/Urumqi": Jurisdiction.CN,
    "Asia/Harbin": Jurisdiction.CN,
    "Asia/Taipei": Jurisdiction.TW,
    "Asia/Hong_Kong": Jurisdiction.HK,
    "Europe/London": Jurisdiction.UK,
}


def case_defaults(
    jurisdiction_value: str | None, timezone_value: str | None, region_value: str | None
) -> tuple[Jurisdiction, str, str, str]:
    """Fill in jurisdiction, zone, phone region and currency from whichever were given."""
    zone = timezone(timezone_value) if timezone_value else None
    local = system_timezone()
    if local and (local == "UTC" or local.startswith(("Etc/", "UTC"))):
        local = None  # a server's UTC says nothing about where the user lives
    if jurisdiction_value:
        juris = jurisdiction(jurisdiction_value)
    else:
        juris = _ZONE_JURISDICTION.get(zone or local or "", Jurisdiction.US)
    default_zone, default_region, default_currency = JURISDICTION_DEFAULTS[juris]
    if zone is None:
        zone = local if local and not jurisdiction_value else default_zone
    return juris, zone, region(region_value or default_region), default_currency
