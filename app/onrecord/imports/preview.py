"""The preview shown before anything is written: which numbers a file holds, how often, when.

Pure: built from parsed records and what the case already knows, so the dialog and the CLI
show exactly the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field

from ..store.enums import NUMBERLESS_KINDS
from ..store.phones import normalise, pretty
from .common import NO_NUMBER_KEY, WITHHELD_KEY, ContactRecord


@dataclass(frozen=True)
class KnownNumber:
    """A number already in the case (so the preview can say whose it is)."""

    key: str
    party_id: int | None
    party_name: str


@dataclass(frozen=True)
class NumberSummary:
    key: str  # what --numbers and the dialog's picks refer to
    display: str  # +86 138 0013 8000, "withheld / unknown caller" or "no number (...)"
    raw_forms: tuple[str, ...]  # the spellings seen in the file (up to 5)
    count: int
    kinds: dict[str, int]  # EventKind value -> count
    first: dt.datetime  # UTC
    last: dt.datetime  # UTC
    withheld: bool
    already_imported: int  # of ``count``, how many are already in the case
    removed_before: int  # of ``count``, how many were imported, then removed: not added again
    in_case: bool
    party_id: int | None
    party_name: str
    names_on_phone: tuple[str, ...]  # contact names the phone showed
    #: letters, visits and emails given without a number (NO_NUMBER_KEY)
    numberless: bool = False
    #: of ``count``, lines of the user's log for calls already recorded: not added as
    #: calls, their notes and tags are added to those calls
    filed_with_calls: int = 0
    #: of ``count``, lines of the phone's call log for calls already recorded: not added as
    #: calls, filed with those calls as the phone's own record of them
    confirms_calls: int = 0


@dataclass(frozen=True)
class ImportPreview:
    format: str
    format_title: str
    sources: tuple[str, ...]  # file or folder names
    records: int  # distinct contacts found (after merging duplicates)
    duplicates_merged: int
    already_imported: int  # contacts (or labels) already in the case (on the recording)
    removed_before: int  # contacts imported before and since removed: not added again
    skipped: dict[str, int]  # reason -> count (drafts, unknown types, unreadable files...)
    problems: tuple[str, ...]  # per-file reasons (BCR)
    numbers: tuple[NumberSummary, ...]
    labels: int = 0  # Audacity: labels found
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: lines of the user's log for calls already recorded whose notes and tags are added
    #: to those calls (counted neither new nor already in the case)
    filed_with_calls: int = 0
    #: lines of the phone's call log for calls already recorded, filed with those calls as
    #: the phone's own record of them (counted neither new nor already in the case)
    confirms_calls: int = 0


def number_key(record: ContactRecord, region: str) -> str:
    if not record.withheld and not record.number_raw and record.kind in NUMBERLESS_KINDS:
        return NO_NUMBER_KEY
    if record.withheld or not record.number_raw:
        return WITHHELD_KEY
    return normalise(record.number_raw, region).key


def summarise_numbers(
    records: Iterable[tuple[ContactRecord, str, str]],
    region: str,
    known: Mapping[str, KnownNumber],
    *,
    in_case: Set[str],
    removed: Set[str],
    filed: Set[str] = frozenset(),
    confirming: Set[str] = frozenset(),
) -> tuple[NumberSummary, ...]:
    """``records`` are (record, number key, source key) triples; ``in_case`` and ``removed``
    are the source keys of contacts in the case, and of those removed from it after an import;
    ``filed`` those of log lines whose words go onto a recorded call, ``confirming`` those of
    the phone's call log's lines filed with a recorded call.
    """
    groups: dict[str, list[tuple[ContactRecord, str]]] = {}
    for record, key, skey in records:
        groups.setdefault(key, []).append((record, skey))
    summaries = []
    for key, items in groups.items():
        withheld = key == WITHHELD_KEY
        numberless = key == NO_NUMBER_KEY
        raws = list(dict.fromkeys(r.number_raw for r, _ in items if r.number_raw))
        norm = normalise(raws[0], region) if raws else None
        display = (
            "withheld / unknown caller"
            if withheld
            else "no number (letters, visits, emails)"
            if numberless
            else pretty(norm.e164 if norm else None, raws[0] if raws else key)
        )
        kinds = Counter(r.kind.value for r, _ in items)
        times = [r.started_at for r, _ in items]
        info = known.get(key)
        summaries.append(
            NumberSummary(
                key=key,
                display=display,
                raw_forms=tuple(raws[:5]),
                count=len(items),
                kinds=dict(kinds),
                first=min(times),
                last=max(times),
                withheld=withheld,
                already_imported=sum(1 for _, skey in items if skey in in_case),
                removed_before=sum(1 for _, skey in items if skey in removed),
                in_case=info is not None,
                party_id=info.party_id if info else None,
                party_name=info.party_name if info else "",
                names_on_phone=tuple(dict.fromkeys(r.name_hint for r, _ in items if r.name_hint))[
                    :5
                ],
                numberless=numberless,
                filed_with_calls=sum(1 for _, skey in items if skey in filed),
                confirms_calls=sum(1 for _, skey in items if skey in confirming),
            )
        )
    summaries.sort(key=lambda s: (s.numberless, s.withheld, -s.count, s.first))
    return tuple(summaries)
