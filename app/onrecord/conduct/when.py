"""When a finding happened: the moments the report's "When (local)" and the Possible issues
panel both show, from this one place (the panel showed a call's start beside a threat the
report dated at its tagged moment, 7 seconds later).

No database and no Qt: the moments of marks come from any recordings that have a start
(``started_at``), a ``sample_rate`` and ``marks`` with an ``id`` and a ``frame`` — the case
file's recordings (``case_mark_moments``) as the export's snapshot of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from .model import Finding


def mark_moments(recordings: Iterable[Any]) -> dict[int, dt.datetime]:
    """Each mark's moment in its call: the recording's start plus the mark's place in the
    audio (a mark added while listening later was stored at the time it was added)."""
    return {
        m.id: r.started_at + dt.timedelta(seconds=m.frame / r.sample_rate if r.sample_rate else 0)
        for r in recordings
        for m in r.marks
    }


def case_mark_moments(ws: Any, case_id: int | str) -> dict[int, dt.datetime]:
    """``mark_moments`` of the case's recordings in the case file (``ws``: a Workspace)."""
    return mark_moments(ws.recordings.recordings(case_id))


def finding_span(
    f: Finding, marks: Mapping[int, dt.datetime]
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The moments a finding's When spans. A mainland lawyer read the call's start (18:15:03)
    for a threat tagged 24 seconds into it, and only the 4th contact's time for "4 contacts
    that day" (10:51 … 21:15): so the tagged moments in the call where it comes from marks,
    else its first and last contact (the breach alone said nothing of the others)."""
    tagged = sorted(marks[m] for m in f.mark_ids if m in marks)
    if tagged:
        return tagged[0], tagged[-1]
    if f.local_moments:
        return min(f.local_moments), max(f.local_moments)
    if f.local_times:
        return f.first_at, f.last_at
    return None, None
