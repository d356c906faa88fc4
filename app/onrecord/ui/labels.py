"""User-visible names for the store's vocabularies, through Qt's translation system."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ..conduct.tags import tag_title
from ..store.enums import (
    Direction,
    EventKind,
    EventSource,
    Jurisdiction,
    PartyRole,
    RecordingStatus,
)
from ..store.phones import WITHHELD


def jurisdiction(value: str) -> str:
    names = {
        Jurisdiction.US: QCoreApplication.translate("Labels", "United States"),
        Jurisdiction.CN: QCoreApplication.translate("Labels", "Mainland China"),
        Jurisdiction.TW: QCoreApplication.translate("Labels", "Taiwan"),
        Jurisdiction.HK: QCoreApplication.translate("Labels", "Hong Kong"),
        Jurisdiction.UK: QCoreApplication.translate("Labels", "United Kingdom"),
    }
    return names.get(Jurisdiction(value), value)


def party_role(value: str) -> str:
    names = {
        PartyRole.COLLECTOR: QCoreApplication.translate("Labels", "Collector"),
        PartyRole.AGENCY: QCoreApplication.translate("Labels", "Collection agency"),
        PartyRole.ORIGINAL_CREDITOR: QCoreApplication.translate("Labels", "Original creditor"),
        PartyRole.LAW_FIRM: QCoreApplication.translate("Labels", "Law firm"),
        PartyRole.THIRD_PARTY: QCoreApplication.translate(
            "Labels", "Third party (family, employer…)"
        ),
        PartyRole.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(PartyRole(value), value)


def event_kind(value: str) -> str:
    names = {
        EventKind.CALL: QCoreApplication.translate("Labels", "Call"),
        EventKind.MISSED_CALL: QCoreApplication.translate("Labels", "Missed call"),
        EventKind.VOICEMAIL: QCoreApplication.translate("Labels", "Voicemail"),
        EventKind.SMS: QCoreApplication.translate("Labels", "SMS"),
        EventKind.CHAT: QCoreApplication.translate("Labels", "Chat message"),
        EventKind.EMAIL: QCoreApplication.translate("Labels", "Email"),
        EventKind.LETTER: QCoreApplication.translate("Labels", "Letter"),
        EventKind.VISIT: QCoreApplication.translate("Labels", "Visit"),
        EventKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(EventKind(value), value)


def direction(value: str) -> str:
    names = {
        Direction.INCOMING: QCoreApplication.translate("Labels", "From them"),
        Direction.OUTGOING: QCoreApplication.translate("Labels", "From me"),
        Direction.TO_OTHERS: QCoreApplication.translate("Labels", "To others"),
        Direction.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }
    return names.get(Direction(value), value)


def event_source(value: str) -> str:
    names = {
        EventSource.RECORDED: QCoreApplication.translate("Labels", "Recorded here"),
        EventSource.MANUAL: QCoreApplication.translate("Labels", "Logged by hand"),
        EventSource.IMPORTED: QCoreApplication.translate("Labels", "Imported"),
        EventSource.DEMO: QCoreApplication.translate("Labels", "Demo"),
    }
    return names.get(EventSource(value), value)


def recording_status(value: str) -> str:
    names = {
        RecordingStatus.RECORDING: QCoreApplication.translate("Labels", "still recording"),
        RecordingStatus.COMPLETE: QCoreApplication.translate("Labels", "complete"),
        RecordingStatus.RECOVERED: QCoreApplication.translate(
            "Labels", "recovered after an interruption"
        ),
        RecordingStatus.FAILED: QCoreApplication.translate(
            "Labels", "stopped by a problem (the audio so far is kept)"
        ),
        RecordingStatus.IMPORTED: QCoreApplication.translate("Labels", "imported"),
    }
    return names.get(RecordingStatus(value), value)


def number_problem(text: str) -> str:
    """Why a phone number is kept as typed (stored in English by onrecord.store.phones)."""
    names = {
        "withheld or unknown caller": QCoreApplication.translate(
            "Labels", "withheld or unknown caller"
        ),
        "unknown country code": QCoreApplication.translate("Labels", "unknown country code"),
        "not a phone number": QCoreApplication.translate("Labels", "not a phone number"),
        "too short": QCoreApplication.translate("Labels", "too short"),
        "too long": QCoreApplication.translate("Labels", "too long"),
        "short service number": QCoreApplication.translate("Labels", "short service number"),
        "not a valid number": QCoreApplication.translate("Labels", "not a valid number"),
    }
    if text in names:
        return names[text]
    prefix = "not a valid number in region "
    if text.startswith(prefix):
        return QCoreApplication.translate("Labels", "not a valid number in region %1").replace(
            "%1", text.removeprefix(prefix)
        )
    return text


def number_text(raw: str) -> str:
    """A number as shown in lists: a withheld caller's placeholder ("-1", "private") in
    words, with what the phone recorded kept beside it."""
    text = raw.strip()
    if text and text.lower() in WITHHELD:
        return QCoreApplication.translate("Labels", "withheld (%1)").replace("%1", text)
    return raw


def number_label(text: str) -> str:
    """A phone number's label: the words OnRecord itself writes ("withheld", "customer
    service": the demo, an import) in the user's language; anything the user typed, as typed
    (the report does the same: evidence.catalogue.Strings.label)."""
    names = {
        "withheld": QCoreApplication.translate("Labels", "withheld"),
        "caller id withheld": QCoreApplication.translate("Labels", "caller ID withheld"),
        "customer service": QCoreApplication.translate("Labels", "customer service"),
    }
    return names.get(text.strip().lower(), text)


def tag_list(tags: Iterable[str], language: str) -> str:
    """Tags by their titles, A to Z, listed as the report lists them: "Gave a name, Threat…"
    in English, 報出姓名、威脅… in Chinese (an English comma there read as a slip)."""
    separator = "、" if language.startswith("zh") else ", "
    return separator.join(sorted(tag_title(tag, language) for tag in tags))
