"""The evaluator's input and output: plain frozen dataclasses, no database, no Qt.

``casedata.case_input`` builds a ``CaseInput`` from the case file; tests and benchmarks build
one directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

#: The contact kinds (the same strings as ``store.enums.EventKind``; a test checks this).
EVENT_KINDS = (
    "call",
    "missed_call",
    "voicemail",
    "sms",
    "chat",
    "email",
    "letter",
    "visit",
    "other",
)
#: The kinds that have a date and no time of day (``store.enums.DATE_ONLY_KINDS``; a test
#: checks they agree): a finding about one names its day alone.
DATE_ONLY_KINDS = ("letter",)
INCOMING = "incoming"
#: The party role of a relative, employer… contacted about the debt (``store.enums.PartyRole``).
THIRD_PARTY = "third_party"


@dataclass(frozen=True, slots=True)
class TagIn:
    tag: str
    mark_id: int | None = None  # None: tagged on the event itself (no recording)
    note: str = ""  # what the user wrote with it (a mark's text, a tag's note)


@dataclass(frozen=True, slots=True)
class EventIn:
    id: int
    kind: str  # one of EVENT_KINDS
    direction: str  # "incoming" = placed by the collector
    started_at: dt.datetime  # aware
    duration_s: float | None = None
    conversation: bool = False
    collector: str = ""  # grouping key for "per collector"; "" = the case's collector
    collector_name: str = ""
    collector_role: str = ""  # PartyRole value, "" unknown
    number: str = ""
    withheld: bool = False
    reached: bool = True  # False: never connected to the dialled number (not an attempt)
    tags: tuple[TagIn, ...] = ()
    #: the IANA zone it was logged in, "" = the case's: a letter's date is the one written
    #: there (``contactday``)
    zone: str = ""


@dataclass(frozen=True, slots=True)
class NoticeIn:
    """Something the user told the collector that changes what it may do from then on."""

    kind: str  # cease_request, lawyer_notice, no_calls_at_work
    at: dt.datetime  # aware; when it took effect (e.g. when the letter was received)
    collector: str = ""  # "" = every collector in the case
    event_id: int | None = None  # the letter/email/call that carried it
    #: carried by a kind with a date and no time of day (a letter): its ``at`` is a stand-in
    dated: bool = False
    zone: str = ""  # the zone the contact that carried it was logged in, "" = the case's


@dataclass(frozen=True)
class CaseInput:
    timezone: str  # the consumer's IANA zone: every local time and calendar day is in it
    events: Sequence[EventIn]
    notices: Sequence[NoticeIn] = ()
    case_label: str = ""


@dataclass(frozen=True)
class Finding:
    rule_id: str
    title: str  # in the requested language
    citation: str
    confidence: str  # C, C2, U
    user_set: bool  # the rule's parameters are unconfirmed or the user's own setting
    event_ids: tuple[int, ...]
    mark_ids: tuple[int, ...]
    local_times: tuple[str, ...]  # one per event, e.g. "2026-03-02 07:59:00 UTC-05:00"
    edge: bool
    detail: str  # one sentence, in the requested language
    disclaimer: str  # "possible issue — not legal advice" in the requested language
    first_at: dt.datetime  # UTC
    last_at: dt.datetime  # UTC
    collector: str = ""
    rule_note: str = ""
    #: the same moments as ``local_times``, as aware datetimes on that clock (for a screen
    #: that words dates in its own language)
    local_moments: tuple[dt.datetime, ...] = ()
    #: per event: it has a date and no time of day (a letter), so it is shown as a date
    dated: tuple[bool, ...] = ()

    def date_only_at(self, moment: dt.datetime) -> bool:
        """Whether ``moment`` (``first_at``, ``last_at``) is that of a contact shown by its
        date alone (a letter)."""
        return any(
            dated and local == moment
            for dated, local in zip(self.dated, self.local_moments, strict=False)
        )


@dataclass(frozen=True)
class CheckResult:
    jurisdiction: str
    pack_title: str
    language: str
    timezone: str
    findings: tuple[Finding, ...]
    notes: tuple[str, ...]
    disclaimer: str
    oldest: dt.datetime | None
    newest: dt.datetime | None
    events_checked: int
    excluded_events: tuple[int, ...] = field(default_factory=tuple)
