"""User-visible names for the store's vocabularies, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..store.enums import Direction, EventKind, EventSource, Jurisdiction, PartyRole


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def jurisdiction(value: str) -> str:
    names = {
        Jurisdiction.US: _t("United States"),
        Jurisdiction.CN: _t("Mainland China"),
        Jurisdiction.TW: _t("Taiwan"),
        Jurisdiction.HK: _t("Hong Kong"),
        Jurisdiction.UK: _t("United Kingdom"),
    }
    return names.get(Jurisdiction(value), value)


def party_role(value: str) -> str:
    names = {
        PartyRole.COLLECTOR: _t("Collector"),
        PartyRole.AGENCY: _t("Collection agency"),
        PartyRole.ORIGINAL_CREDITOR: _t("Original creditor"),
        PartyRole.LAW_FIRM: _t("Law firm"),
        PartyRole.THIRD_PARTY: _t("Third party (family, employer…)"),
        PartyRole.OTHER: _t("Other"),
    }
    return names.get(PartyRole(value), value)


def event_kind(value: str) -> str:
    names = {
        EventKind.CALL: _t("Call"),
        EventKind.MISSED_CALL: _t("Missed call"),
        EventKind.VOICEMAIL: _t("Voicemail"),
        EventKind.SMS: _t("SMS"),
        EventKind.CHAT: _t("Chat message"),
        EventKind.EMAIL: _t("Email"),
        EventKind.LETTER: _t("Letter"),
        EventKind.VISIT: _t("Visit"),
        EventKind.OTHER: _t("Other"),
    }
    return names.get(EventKind(value), value)


def direction(value: str) -> str:
    names = {
        Direction.INCOMING: _t("From them"),
        Direction.OUTGOING: _t("From me"),
        Direction.UNKNOWN: _t("Unknown"),
    }
    return names.get(Direction(value), value)


def event_source(value: str) -> str:
    names = {
        EventSource.RECORDED: _t("Recorded here"),
        EventSource.MANUAL: _t("Logged by hand"),
        EventSource.IMPORTED: _t("Imported"),
        EventSource.DEMO: _t("Demo"),
    }
    return names.get(EventSource(value), value)
