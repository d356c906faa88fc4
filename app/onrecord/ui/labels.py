"""User-visible names for the store's vocabularies, through Qt's translation system."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ..conduct.tags import tag_title
from ..imports.facts import Fact, contact_facts, log_facts, log_length_shown
from ..store.confirmations import Confirmation
from ..store.enums import (
    Direction,
    EventKind,
    EventSource,
    Jurisdiction,
    PartyRole,
    RecordingStatus,
)
from ..store.phones import WITHHELD
from ..timefmt import clock_text

#: the number an import stores for a withheld caller (imports.common.WITHHELD_RAW): our word
WITHHELD_RAW = "withheld"


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
    words, with what the phone recorded kept beside it; OnRecord's own placeholder for it
    ("withheld", an import's) in words alone."""
    text = raw.strip()
    if text.lower() == WITHHELD_RAW:
        return number_label(text)
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


def listed(items: Iterable[str], language: str | None = None) -> str:
    """Items in a list as the report lists them: "Call ×10, SMS ×3" in English, 通话 ×10、
    短信 ×3 in Chinese (an English comma there read as a slip); ``language``: the UI's when
    not given."""
    if language is None:
        from .localefmt import ZH, current

        language = "zh" if current().name() in ZH else "en"
    return ("、" if language.startswith("zh") else ", ").join(items)


def tag_list(tags: Iterable[str], language: str) -> str:
    """Tags by their titles, A to Z, listed as the report lists them."""
    return listed(sorted(tag_title(tag, language) for tag in tags), language)


def fact_words(facts: list[Fact]) -> str:
    """What a phone's record said of an imported contact ("rejected on the phone; caller ID
    withheld"), in the user's language (the report: evidence.report_model.fact_words)."""
    plain = {
        "missed": QCoreApplication.translate("ImportFacts", "missed"),
        "voicemail": QCoreApplication.translate("ImportFacts", "went to voicemail"),
        "rejected": QCoreApplication.translate("ImportFacts", "rejected on the phone"),
        "blocked": QCoreApplication.translate("ImportFacts", "blocked by the phone's refuse list"),
    }
    presentations = {
        "allowed": QCoreApplication.translate("ImportFacts", "marked as allowed by the network"),
        "restricted": QCoreApplication.translate("ImportFacts", "hidden by the caller"),
        "unknown": QCoreApplication.translate("ImportFacts", "unknown to the network"),
        "payphone": QCoreApplication.translate("ImportFacts", "from a payphone"),
    }
    said = []
    for fact in facts:
        if fact.code == "withheld":
            said.append(
                QCoreApplication.translate("ImportFacts", "caller ID withheld (%1)").replace(
                    "%1", presentations[fact.value]
                )
                if fact.value in presentations
                else QCoreApplication.translate("Labels", "caller ID withheld")
            )
        elif fact.code == "saved_as":
            said.append(
                QCoreApplication.translate(
                    "ImportFacts", "saved in the phone's contacts as “%1”"
                ).replace("%1", fact.value)
            )
        elif fact.code == "showed":
            said.append(
                QCoreApplication.translate("ImportFacts", "the phone showed “%1”").replace(
                    "%1", fact.value
                )
            )
        elif fact.code == "media":
            said.append(
                QCoreApplication.translate(
                    "ImportFacts", "not imported from the message: %1"
                ).replace("%1", fact.value)
            )
        elif fact.code == "also_to":
            said.append(
                QCoreApplication.translate("ImportFacts", "also sent to %1").replace(
                    "%1", fact.value
                )
            )
        elif fact.code in plain:
            said.append(plain[fact.code])
    separator = QCoreApplication.translate(
        "ImportFacts", "; ", "between two facts of a phone's record; Chinese: ；"
    )
    return separator.join(said)


def confirmation_words(confirmations: Iterable[Confirmation], duration_s: float | None) -> str:
    """That the phone's call log confirms a recorded call, and what its line said of the call
    ("also in the phone's call log; saved in the phone's contacts as “张经理”"), with the
    log's length when it differs from the call's ``duration_s`` by more than a few seconds."""
    separator = QCoreApplication.translate(
        "ImportFacts", "; ", "between two facts of a phone's record; Chinese: ；"
    )
    said = []
    for confirmation in confirmations:
        length = log_length_shown(duration_s, confirmation.duration_s)
        if length is None:
            head = QCoreApplication.translate("ImportFacts", "also in the phone's call log")
        else:
            head = QCoreApplication.translate(
                "ImportFacts", "also in the phone's call log, which gives its length as %1"
            ).replace("%1", clock_text(length))
        facts = fact_words(log_facts(confirmation.source_detail))
        said.append(separator.join(x for x in (head, facts) if x))
    return separator.join(said)


def contact_notes(
    source: str,
    source_detail: str,
    summary: str,
    confirmations: Iterable[Confirmation] = (),
    duration_s: float | None = None,
) -> tuple[str, str]:
    """A contact's notes in two parts: what the phone's record said of it, in the user's
    language (an older import wrote it in English into the summary: read back), and that
    the phone's call log confirms it (``confirmations``: a recorded call, ``duration_s`` its
    length); and the user's own summary as she wrote it."""
    facts, own = contact_facts(source, source_detail, summary)
    separator = QCoreApplication.translate(
        "ImportFacts", "; ", "between two facts of a phone's record; Chinese: ；"
    )
    words = (fact_words(facts), confirmation_words(confirmations, duration_s))
    return separator.join(x for x in words if x), own
