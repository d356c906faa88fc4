"""One call, two sources: the phone's call log and a recording of that call.

The call log (SMS Backup & Restore) and a recorder (BCR on the phone, or OnRecord itself) each
describe the same conversation: the log from the moment it rang, the recording from the
moment it was answered or recording was started. Imported apart, each call would be counted
twice — in the charts, in "per day" limits of the conduct check and in the report. A recording
is the same call as a logged call when the numbers agree, the directions do not contradict
each other, and the recording began while the logged call was ringing or on: from a few
seconds before the log's time (two clocks) to its ringing time plus its length. A recording
whose length is given (BCR's: it stops when the call ends) must not be longer than the call.

Pure: works on plain values, so the import service decides what is matched and the tests
can say exactly which pairs are made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..store.enums import Direction

#: the phone's two clocks (log and recorder) may disagree by this much
CLOCK_SLACK = dt.timedelta(seconds=10)
#: how long a call may ring before it is answered and the recording starts
RINGING = dt.timedelta(seconds=90)


@dataclass(frozen=True, slots=True)
class CallSide:
    """A call as one source saw it: ``ident`` is the caller's own handle for it."""

    ident: int | str
    number_key: str
    direction: Direction
    started_at: dt.datetime  # aware
    #: a logged call's length; a recording's only when it ends with the call (BCR's), not
    #: one that may have gone on after it (OnRecord's, stopped by hand)
    duration_s: float | None = None


def _directions_agree(a: Direction, b: Direction) -> bool:
    return a == b or Direction.UNKNOWN in (a, b)


def recorded_during(recording: CallSide, logged: CallSide) -> bool:
    """Whether ``recording`` began while ``logged`` was ringing or on."""
    if recording.number_key != logged.number_key:
        return False
    if not _directions_agree(recording.direction, logged.direction):
        return False
    if (
        recording.duration_s is not None
        and logged.duration_s is not None
        and recording.duration_s > logged.duration_s + CLOCK_SLACK.total_seconds()
    ):
        return False  # it recorded longer than the call lasted: another call
    length = dt.timedelta(seconds=logged.duration_s or 0)
    earliest = logged.started_at - CLOCK_SLACK
    latest = logged.started_at + RINGING + length
    return earliest <= recording.started_at <= latest


def pair_calls(
    recordings: Iterable[CallSide], logged: Iterable[CallSide]
) -> dict[int | str, int | str]:
    """``{recording ident: logged ident}``, each call used once, nearest start times first
    (two calls from one number a minute apart each keep their own recording)."""
    recordings, logged = list(recordings), list(logged)
    candidates = sorted(
        (abs((r.started_at - c.started_at).total_seconds()), i, j)
        for i, r in enumerate(recordings)
        for j, c in enumerate(logged)
        if recorded_during(r, c)
    )
    pairs: dict[int | str, int | str] = {}
    used: set[int] = set()
    for _distance, i, j in candidates:
        ident = recordings[i].ident
        if ident in pairs or j in used:
            continue
        pairs[ident] = logged[j].ident
        used.add(j)
    return pairs
