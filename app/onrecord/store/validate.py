"""Checks on values a user typed, each failing with a message that names the field."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers

from .enums import JURISDICTION_DEFAULTS, Jurisdiction
from .errors import InvalidInputError


def text(value: object, field: str, *, limit: int, required: bool = False) -> str:
    result = "" if value is None else str(value).strip()
    if "\x00" in result:
        raise InvalidInputError(f"{field} contains a NUL character")
    if required and not result:
        raise InvalidInputError(f"{field} must not be empty")
    if len(result) > limit:
        raise InvalidInputError(f"{field} is too long ({len(result)} characters, at most {limit})")
    return result


def jurisdiction(value: str | Jurisdiction) -> Jurisdiction:
    try:
        return Jurisdiction(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(j.value for j in Jurisdiction)
        raise InvalidInputError(
            f"unknown jurisdiction {value!r} (choose one of {choices})"
        ) from None


def timezone(value: str) -> str:
    name = str(value).strip()
    if not name or len(name) > 64:
        raise InvalidInputError(
            f"unknown time zone {name[:40]!r} (use an IANA name such as Asia/Shanghai)"
        )
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInputError(
            f"unknown time zone {value!r} (use an IANA name such as Asia/Shanghai)"
        ) from None
    if name not in available_timezones() and name != "UTC":
        raise InvalidInputError(f"unknown time zone {value!r}")
    return name


def region(value: str) -> str:
    code = str(value).strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidInputError(f"unknown phone region {value!r} (use a country code such as CN)")
    return code


def currency(value: str) -> str:
    code = str(value or "").strip().upper()
    if code and (len(code) != 3 or not code.isalpha()):
        raise InvalidInputError(f"currency must be a 3-letter code such as USD, not {value!r}")
    return code


def amount(value: object, field: str = "amount") -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    cleaned = str(value).strip().replace(",", "").replace("_", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInputError(f"{field} is not a number: {value!r}") from None
    if not number.is_finite() or number < 0:
        raise InvalidInputError(f"{field} must be zero or more, not {value!r}")
    if abs(number.as_tuple().exponent) > 4 or number >= Decimal(10) ** 15:
        raise InvalidInputError(f"{field} is not a plausible amount: {value!r}")
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
        raise InvalidInputError(f"{field} must be a date like 2026-03-31, not {value!r}") from None


def aware(value: dt.datetime, field: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError(f"{field} has no time zone")
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
