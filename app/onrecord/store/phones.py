"""Phone numbers as collectors actually present them: normalised where possible, never refused.

A number is parsed with ``phonenumbers`` in the case's region. A valid number gets its E.164
form; a short service number (95588, 10086...) is valid but has no E.164 form; anything else —
a withheld caller, a typo, a number from a region we cannot tell — is kept exactly as typed
with the reason it could not be normalised, because a strange number is still evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, shortnumberinfo

WITHHELD_PROBLEM = "withheld or unknown caller"
WITHHELD = {"", "-1", "-2", "null", "unknown", "(unknown)", "private", "withheld", "anonymous"}

_PARSE_PROBLEMS = {
    NumberParseException.INVALID_COUNTRY_CODE: "unknown country code",
    NumberParseException.NOT_A_NUMBER: "not a phone number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too short",
    NumberParseException.TOO_SHORT_NSN: "too short",
    NumberParseException.TOO_LONG: "too long",
}


@dataclass(frozen=True)
class Normalised:
    raw: str
    e164: str | None
    is_valid: bool
    problem: str = ""

    @property
    def key(self) -> str:
        """What two spellings of the same number have in common (for matching)."""
        if self.problem == WITHHELD_PROBLEM:
            return "withheld"
        return self.e164 or re.sub(r"[^0-9+]", "", self.raw) or self.raw.strip().lower()


def normalise(raw: str, region: str) -> Normalised:
    text = raw.strip()
    if text.lower() in WITHHELD:
        return Normalised(raw, None, False, WITHHELD_PROBLEM)
    try:
        parsed = phonenumbers.parse(text, region.upper() or None)
    except NumberParseException as exc:
        return Normalised(raw, None, False, _PARSE_PROBLEMS.get(exc.error_type, str(exc)))
    if phonenumbers.is_valid_number(parsed):
        return Normalised(raw, phonenumbers.format_number(parsed, PhoneNumberFormat.E164), True)
    if shortnumberinfo.is_valid_short_number(parsed):
        return Normalised(raw, None, True, "short service number")
    if text.startswith("+") or text.startswith("00"):
        return Normalised(raw, None, False, "not a valid number")
    return Normalised(raw, None, False, f"not a valid number in region {region.upper()}")


def pretty(e164: str | None, raw: str) -> str:
    """The international format for display, or the raw text when there is none."""
    if not e164:
        return raw
    return phonenumbers.format_number(phonenumbers.parse(e164), PhoneNumberFormat.INTERNATIONAL)
