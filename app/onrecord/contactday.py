"""Which calendar day a contact falls on: one rule for the timeline, the report, the export's
date range and the conduct check (no Qt, no database).

A contact with a time (a call, an SMS) falls on the day its moment has on a clock: the clock
of the zone it happened in, as the timeline and the report list it, or the consumer's where a
rule counts the consumer's days (the conduct check's hours and days are the case's).

A dated contact (a letter: a date and no time of day, stored at noon of that date on the clock
it was logged in, ``store.enums.DATE_ONLY_KINDS``) falls on the date written on it, whatever
clock reads it: shifting a date by a zone is always wrong. A letter dated 2 March in Shanghai
is stored at 04:00 UTC, 23:00 on 1 March in New York: read on a New York case's clock, the
conduct check and the export's date range put it on 1 March, while the timeline and the report
listed it on 2 March.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def _zone(zone: dt.tzinfo | str) -> dt.tzinfo:
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def contact_day(
    moment: dt.datetime,
    own_zone: dt.tzinfo | str,
    *,
    dated: bool,
    zone: dt.tzinfo | str | None = None,
) -> dt.date:
    """The day a contact falls on: a dated one's (a letter) on the clock it was logged in
    (``own_zone``), always; any other's on the clock of ``zone`` (its own by default).

    ``moment``: the contact's aware start, as stored.
    """
    where = own_zone if dated or zone is None else zone
    return moment.astimezone(_zone(where)).date()


def on_clock(
    moment: dt.datetime, own_zone: dt.tzinfo | str, *, dated: bool, zone: dt.tzinfo | str
) -> dt.datetime:
    """A contact's moment on the clock of ``zone``. A dated contact (a letter) keeps its date
    and its stand-in time of day (noon) there: the same wall clock on that clock, so the day
    a reader in ``zone`` gives it is the day written on it (and a letter of Shanghai's noon is
    not a contact "at 11 PM" on a New York case's clock)."""
    target = _zone(zone)
    own = _zone(own_zone)
    if not dated or str(own) == str(target):
        return moment.astimezone(target)
    return moment.astimezone(own).replace(tzinfo=target)
