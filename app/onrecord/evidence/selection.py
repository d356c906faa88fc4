"""A package of part of the case: which choices make sense, and what the package leaves out.

A selection is a date range (the case's local calendar days), some calls (contact event ids),
or both. It chooses contacts: only they are in the timeline, with their recordings, marks and
files. Files attached to the case itself (on no contact) are in every package. Promises follow
the contacts: with calls chosen, those noted on them (on the call or on a mark of its
recording); with dates alone, those made or falling due in the range. Payments follow the
promises (calls) or are those paid in the range (dates). A promise's state is always worked out
from all of the case's payments, so a payment outside the package never turns a kept promise
into a broken one.

A choice that selects nothing the user could have meant (an SMS given as a call, an empty list,
a call outside the dates, a range without contacts, a contact of another case) is refused with
a one-line message before anything is written: a signed package that is not what was asked
for misleads the lawyer who reads it.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..contactday import contact_day
from ..messages import QT_TRANSLATE_NOOP
from ..store import lookup
from ..store.enums import date_only
from ..store.errors import InvalidInputError, StoreError
from ..store.models import Case, ContactEvent
from ..store.workspace import Workspace

#: the contact kinds --calls (and the export dialog's ticks) take
CALL_KINDS = ("call", "missed_call", "voicemail")


#: How the package's other contents follow the chosen contacts, in case.json's words
#: (counted as contacts: those not withdrawn)
RULES_DATES = (
    "contacts: those on the chosen days (the case's calendar), with their recordings, marks "
    "and files; files attached to the case itself (on no contact) are always included; "
    "promises: those noted on an included contact, or made or due on the chosen days; "
    "payments: those paid on the chosen days; each promise's state_on_export is worked out "
    "from all of the case's payments"
)
RULES_CALLS = (
    "contacts: the chosen calls only, with their recordings, marks and files; files attached "
    "to the case itself (on no contact) are always included; promises: those noted on a chosen "
    "call (or on a mark of its recording); payments: those made towards an included promise; "
    "each promise's state_on_export is worked out from all of the case's payments"
)


@dataclass(frozen=True)
class Selection:
    """What a package of part of the case holds, against the whole case file."""

    date_from: dt.date | None
    date_to: dt.date | None
    calls: tuple[int, ...] | None
    case_contacts: int  # contacts that count (not withdrawn) in the whole case
    case_first: dt.date | None  # the first and last of them, on the case's calendar
    case_last: dt.date | None
    contacts: int  # of those, how many the package holds
    recordings_left_out: int = 0  # recordings of contacts the package does not hold
    attachments_left_out: int = 0  # files attached to those contacts
    promises_left_out: int = 0
    payments_left_out: int = 0
    #: withdrawn contacts the package holds (chosen, or on the chosen days): kept as evidence,
    #: marked, counted in none of the figures above
    withdrawn: int = 0

    @property
    def dated(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def range_text(self) -> str:
        """``2026-03-01 to 2026-03-31``; an open end as "…"."""
        first = self.date_from.isoformat() if self.date_from else "…"
        last = self.date_to.isoformat() if self.date_to else "…"
        return f"{first} to {last}"

    def tag(self) -> str:
        """bag-info.txt's ``OnRecord-Selection``: one line of English for whoever opens it."""
        if self.calls is None:
            chosen = f"contacts from {self.range_text()}"
        else:
            chosen = "calls " + ", ".join(f"#{c}" for c in self.calls)
            if self.dated:
                chosen += f" from {self.range_text()}"
        withdrawn = f" (and {self.withdrawn} withdrawn)" if self.withdrawn else ""
        return (
            f"part of the case file: {chosen}; "
            f"{self.contacts} of the case's {self.case_contacts} contacts{withdrawn}"
        )

    def tags(self) -> dict[str, str]:
        """The bag-info.txt tags that say what the package holds (none for a whole case)."""
        tags = {"OnRecord-Selection": self.tag()}
        if self.date_from is not None:
            tags["OnRecord-Selection-From"] = self.date_from.isoformat()
        if self.date_to is not None:
            tags["OnRecord-Selection-To"] = self.date_to.isoformat()
        if self.calls is not None:
            tags["OnRecord-Selection-Calls"] = ",".join(str(c) for c in self.calls)
        tags["OnRecord-Selection-Contacts"] = f"{self.contacts}/{self.case_contacts}"
        return tags

    def record(self) -> dict[str, Any]:
        """case.json's ``selection``: what the package holds against the whole case file."""
        return {
            "contacts_in_package": self.contacts,
            "withdrawn_contacts_in_package": self.withdrawn,
            "contacts_in_case": self.case_contacts,
            "case_first_contact_day": self.case_first.isoformat() if self.case_first else None,
            "case_last_contact_day": self.case_last.isoformat() if self.case_last else None,
            "not_in_package": {
                "recordings": self.recordings_left_out,
                "attachments": self.attachments_left_out,
                "promises": self.promises_left_out,
                "payments": self.payments_left_out,
            },
            "rules": RULES_CALLS if self.calls is not None else RULES_DATES,
        }

    def name_suffix(self) -> str:
        """What the package's folder and zip names add: ``-2026-03-01_2026-03-31``,
        ``-calls-12_40_75`` (or ``-7calls`` for more than five), so a partial package is told
        apart from the whole case's in a file list, and before its zip is opened."""
        parts = []
        if self.date_from is not None and self.date_to is not None:
            parts.append(f"{self.date_from.isoformat()}_{self.date_to.isoformat()}")
        elif self.date_from is not None:
            parts.append(f"from-{self.date_from.isoformat()}")
        elif self.date_to is not None:
            parts.append(f"to-{self.date_to.isoformat()}")
        if self.calls is not None:
            if len(self.calls) <= 5:
                parts.append("calls-" + "_".join(str(c) for c in self.calls))
            else:
                parts.append(f"{len(self.calls)}calls")
        return "".join(f"-{p}" for p in parts)


#: VERIFY.txt's word on a selection, under the fingerprint at its top (see ``verify_note``)
VERIFY_NOTE = {
    "en": "THIS PACKAGE IS A SELECTION, not the whole case file: {what}. It holds {n} of the "
    "case's {total} contacts ({first} to {last}); the first page of the report says what the "
    "case file holds that is not here.",
    "zh_CN": "本证据包只是案件资料的一部分（选取）：{what}。案件资料共有 {total} 次联系"
    "（{first} 至 {last}），本证据包含其中 {n} 次；报告第一页写明案件资料中哪些内容不在本证据包里。",
    "zh_TW": "本證據包只是案件資料的一部分（選取）：{what}。案件資料共有 {total} 次聯絡"
    "（{first} 至 {last}），本證據包含其中 {n} 次；報告第一頁寫明案件資料中哪些內容不在本證據包裡。",
}
VERIFY_WHAT = {
    "en": {
        "dates": "the contacts from {first} to {last}",
        "calls": "only the calls {ids}",
        "both": "only the calls {ids}, within {first} to {last}",
        "sep": ", ",
    },
    "zh_CN": {
        "dates": "{first} 至 {last} 的联系",
        "calls": "只含通话 {ids}",
        "both": "只含 {first} 至 {last} 之间的通话 {ids}",
        "sep": "、",
    },
    "zh_TW": {
        "dates": "{first} 至 {last} 的聯絡",
        "calls": "只含通話 {ids}",
        "both": "只含 {first} 至 {last} 之間的通話 {ids}",
        "sep": "、",
    },
}


def verify_note(selection: Selection | None, language: str) -> str:
    """The lines VERIFY.txt opens with, under the fingerprint, for a package of part of the
    case ("" for the whole case): wrapped as the rest of the file is."""
    if selection is None:
        return ""
    words = VERIFY_WHAT[language]
    kind = "both" if selection.calls is not None and selection.dated else "calls"
    if selection.calls is None:
        kind = "dates"
    what = words[kind].format(
        first=_day(selection.date_from),
        last=_day(selection.date_to),
        ids=words["sep"].join(f"#{c}" for c in selection.calls or ()),
    )
    text = VERIFY_NOTE[language].format(
        what=what,
        n=selection.contacts,
        total=selection.case_contacts,
        first=_day(selection.case_first),
        last=_day(selection.case_last),
    )
    if language == "en":
        return "\n".join(textwrap.wrap(text, 95, break_on_hyphens=False)) + "\n"
    return "\n".join(_wrap_wide(text, 92)) + "\n"


def _wrap_wide(text: str, columns: int) -> list[str]:
    """Chinese text in lines of ``columns`` (a Chinese character takes two), broken between
    characters but never inside a run of Latin letters and digits (a date, "#12")."""
    lines, line, width = [], "", 0
    for token in re.findall(r"[\x21-\x7e…]+|\s+|.", text):
        size = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in token)
        if width + size > columns and line.strip():
            lines.append(line.rstrip())
            line, width = "", 0
            if token.isspace():
                continue
        line += token
        width += size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def local_day(event: ContactEvent, zone: ZoneInfo) -> dt.date:
    """The day --from/--to choose a contact by: the day the timeline and the report list it
    on, on the clock of the zone it was logged in (``zone``, the case's, when it has none);
    a letter by the date written on it (``contactday``)."""
    return contact_day(event.started_at, event.timezone or zone, dated=date_only(event.kind))


def in_range(day: dt.date, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "…"


def check_selection(
    session: Any,
    case: Case,
    events: Iterable[ContactEvent],
    date_from: dt.date | None,
    date_to: dt.date | None,
    calls: list[int] | None,
) -> None:
    """Refuse (InvalidInputError, a one-line message) a selection that makes no sense;
    ``events`` are all of the case's contacts."""
    events = list(events)
    zone = ZoneInfo(case.timezone)
    if date_from is not None and date_to is not None and date_from > date_to:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Export", "the first day ({first}) is after the last ({last})"
            ).format(first=date_from.isoformat(), last=date_to.isoformat())
        )
    if calls is not None and not calls:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Export",
                "no calls were chosen: give the ids of the calls to export (see `onrecord "
                "events --case {reference}`), or leave out --calls for all of them",
            ).format(reference=case.reference)
        )
    by_id = {e.id: e for e in events}
    for call in calls or []:
        event = by_id.get(call)
        if event is None:
            other = session.scalars(
                select(Case).join(ContactEvent).where(ContactEvent.id == call)
            ).first()
            if other is not None:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Export",
                        "contact #{id} belongs to case {other}, not to case {reference}: "
                        "export case {other} for it",
                    ).format(id=call, other=other.reference, reference=case.reference)
                )
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "case {reference} has no contact event #{id} (see `onrecord events "
                    "--case {reference}`)",
                ).format(id=call, reference=case.reference)
            )
        if event.kind not in CALL_KINDS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "contact #{id} is not a call (its kind is {kind}): only calls, missed "
                    "calls and voicemails can be chosen as calls",
                ).format(id=call, kind=str(event.kind))
            )
        day = local_day(event, zone)
        if not in_range(day, date_from, date_to):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "call #{id} ({day}) is outside the chosen dates, {first} to {last}: "
                    "choose dates that hold it, or leave it out",
                ).format(id=call, day=day.isoformat(), first=_day(date_from), last=_day(date_to))
            )
    if (date_from is not None or date_to is not None) and not any(
        in_range(local_day(e, zone), date_from, date_to) for e in events
    ):
        days = sorted(local_day(e, zone) for e in events)
        if not days:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "case {reference} has no contacts yet, so none are between {first} and "
                    "{last}: export without dates",
                ).format(reference=case.reference, first=_day(date_from), last=_day(date_to))
            )
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Export",
                "case {reference} has no contacts between {first} and {last}; its contacts "
                "are from {case_first} to {case_last}",
            ).format(
                reference=case.reference,
                first=_day(date_from),
                last=_day(date_to),
                case_first=days[0].isoformat(),
                case_last=days[-1].isoformat(),
            )
        )


def selection_problem(
    ws: Workspace,
    case_id: int | str,
    date_from: dt.date | None,
    date_to: dt.date | None,
    calls: list[int] | None,
) -> str | None:
    """The refusal ``check_selection`` would give (for the export dialog and the CLI, before
    they start), or None; None too for a case that is not there (the export says so)."""
    with ws.store.session() as s:
        try:
            case = lookup.case(s, case_id)
        except StoreError:
            return None
        events = s.scalars(select(ContactEvent).where(ContactEvent.case_id == case.id))
        try:
            check_selection(s, case, events, date_from, date_to, calls)
        except InvalidInputError as exc:
            return exc.args[0] if exc.args else str(exc)
    return None


def statement(selection: Selection, s: Any, when: Mapping[int, str] | None = None) -> list[str]:
    """The report's first-page statement of a package of part of the case, in the words of
    ``s`` (the report's ``Strings``): what was chosen, what the whole case file holds against
    it, what else it holds that is not here, and how files and the ledger were chosen.

    ``when``: each chosen call's time as the report shows it, said beside its number ("#8
    (Mar 3, 2026 2:20 PM)"): the numbers are the report's contact numbers, and the time is
    what the person who chose the calls knows them by."""
    from ..localefmt import date_text, number_text

    lang = s.language

    def day(value: dt.date | None) -> str:
        return date_text(value, lang, long=True) if value else "…"

    when = when or {}
    ids = s("list_sep").join(
        s("selection.call", id=c, when=when[c]) if c in when else f"#{c}"
        for c in selection.calls or ()
    )
    first, last = day(selection.date_from), day(selection.date_to)
    if selection.calls is None:
        chosen = s("selection.dates", first=first, last=last)
    elif selection.dated:
        chosen = s("selection.both", ids=ids, first=first, last=last)
    else:
        chosen = s("selection.calls", ids=ids)
    whole = "selection.whole"
    if selection.case_contacts == 1 and selection.contacts == 0:
        whole = "selection.whole.one_not_here"  # "… holds it" would not be true
    said = [
        chosen,
        s.count(
            whole,
            selection.case_contacts,
            total=number_text(selection.case_contacts, lang),
            first=day(selection.case_first),
            last=day(selection.case_last),
            n=number_text(selection.contacts, lang),
        ),
    ]
    if selection.withdrawn:
        said.append(
            s.count(
                "selection.withdrawn",
                selection.withdrawn,
                n=number_text(selection.withdrawn, lang),
            )
        )
    items = [
        s.count(key, n, n=number_text(n, lang))
        for key, n in (
            ("selection.recordings", selection.recordings_left_out),
            ("selection.attachments", selection.attachments_left_out),
            ("selection.promises", selection.promises_left_out),
            ("selection.payments", selection.payments_left_out),
        )
        if n
    ]
    if items:
        said.append(s("selection.left_out", items=s("list_sep").join(items)))
    said.append(
        s("selection.rules_calls" if selection.calls is not None else "selection.rules_dates")
    )
    return said
