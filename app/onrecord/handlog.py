"""Logging a contact by hand: the rules "Log a contact" (``ui.timeline.logdialog``) and
``onrecord log`` share, so the window and the command line log a contact the same way.

No Qt and no database here: the dialog asks the user where these rules find something (a time
later than now, a contact logged already); the command line refuses and says which option
logs it anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from .contactday import contact_day
from .store.enums import Direction, EventKind, date_only

#: How far past this computer's clock a logged time is taken without asking (a phone's clock
#: a few minutes ahead); further, up to the store's limit of a day, the user confirms.
LATER_THAN_NOW_ASKED = dt.timedelta(minutes=10)


class LoggedRow(Protocol):
    """A contact already in the case, as ``store.search.EventRow`` holds it."""

    kind: str
    number_id: int | None
    party_id: int | None
    local: dt.datetime  # on its own clock


Row = TypeVar("Row", bound=LoggedRow)


def later_than_now(started_at: dt.datetime, now: dt.datetime, zone: str, *, dated: bool) -> bool:
    """Whether a contact at ``started_at`` is later than ``now`` by more than
    ``LATER_THAN_NOW_ASKED`` (usually a slip of the hour). A dated contact (a letter) of today
    on the clock of ``zone`` is not: it has a date and no time."""
    if started_at <= now + LATER_THAN_NOW_ASKED:
        return False
    local = ZoneInfo(zone)
    return not (dated and started_at.astimezone(local).date() <= now.astimezone(local).date())


def notice_applies(kind: EventKind, direction: Direction) -> bool:
    """Whether the user can have told them something in this contact: not in a missed
    call or a voicemail, not in their message or letter (hers would be "from me"), not
    in their contact with someone else."""
    if direction == Direction.TO_OTHERS or kind in (EventKind.MISSED_CALL, EventKind.VOICEMAIL):
        return False
    written = (EventKind.SMS, EventKind.EMAIL, EventKind.LETTER)
    return not (kind in written and direction == Direction.INCOMING)


def repeated(
    rows: Iterable[Row],
    kind: EventKind,
    started_at: dt.datetime,
    number_id: int | None,
    number: str,
    party_id: int | None,
) -> Row | None:
    """The contact in ``rows`` that a new one repeats: same kind, same number (or none),
    same minute (a letter: same day, and the same sender). ``number``: the number as typed
    (``number_id``: the case's number it is, None when new or not given); ``started_at`` on
    the clock it was typed on."""

    def when(moment: dt.datetime) -> object:
        # ``moment`` on its own clock (a row's ``local``, the typed time): a letter by the
        # date written on it, whichever zone each was logged in
        if date_only(kind):
            return contact_day(moment, moment.tzinfo or dt.UTC, dated=True)
        return moment.astimezone(dt.UTC).replace(second=0, microsecond=0)

    logged = when(started_at)
    for row in rows:
        if (
            row.kind == kind
            and row.number_id == number_id
            and when(row.local) == logged
            and (number_id is not None or not number.strip())
            and (not date_only(kind) or row.party_id == party_id)
        ):
            return row
    return None
