"""How a CSV log's dates and times were read where they could have been read another way.

``8/10`` is 10 August in China and 8 October in Australia; ``8月10日`` has no year; ``晚上1点``
on 8月10日 is an hour after that evening's midnight. The reader picks one reading (by the
case's phone region, the latest such day not in the future, the night after the date) and
says so once per kind, with the file's own first example, so a wrong guess is seen in the
preview before anything is written, not found months later in a lawyer's report.

Every sentence is a ``Message``: the dates in it (``10 August``) are built from translated
month names, and the place from the phone region's translated name.
"""

from __future__ import annotations

import datetime as dt

from ..messages import QT_TRANSLATE_NOOP, Message
from .csvvalues import Moment

MONTHS = (
    QT_TRANSLATE_NOOP("Import", "January"),
    QT_TRANSLATE_NOOP("Import", "February"),
    QT_TRANSLATE_NOOP("Import", "March"),
    QT_TRANSLATE_NOOP("Import", "April"),
    QT_TRANSLATE_NOOP("Import", "May"),
    QT_TRANSLATE_NOOP("Import", "June"),
    QT_TRANSLATE_NOOP("Import", "July"),
    QT_TRANSLATE_NOOP("Import", "August"),
    QT_TRANSLATE_NOOP("Import", "September"),
    QT_TRANSLATE_NOOP("Import", "October"),
    QT_TRANSLATE_NOOP("Import", "November"),
    QT_TRANSLATE_NOOP("Import", "December"),
)
#: the names the case form gives phone regions (ui/placenames.py: the same words, translated
#: there); any other region is named by its code
PLACES = {
    "CN": QT_TRANSLATE_NOOP("PlaceNames", "Mainland China"),
    "HK": QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong"),
    "MO": QT_TRANSLATE_NOOP("PlaceNames", "Macao"),
    "TW": QT_TRANSLATE_NOOP("PlaceNames", "Taiwan"),
    "US": QT_TRANSLATE_NOOP("PlaceNames", "United States"),
    "CA": QT_TRANSLATE_NOOP("PlaceNames", "Canada"),
    "GB": QT_TRANSLATE_NOOP("PlaceNames", "United Kingdom"),
    "AU": QT_TRANSLATE_NOOP("PlaceNames", "Australia"),
    "NZ": QT_TRANSLATE_NOOP("PlaceNames", "New Zealand"),
    "SG": QT_TRANSLATE_NOOP("PlaceNames", "Singapore"),
    "MY": QT_TRANSLATE_NOOP("PlaceNames", "Malaysia"),
    "PH": QT_TRANSLATE_NOOP("PlaceNames", "Philippines"),
    "ID": QT_TRANSLATE_NOOP("PlaceNames", "Indonesia"),
    "TH": QT_TRANSLATE_NOOP("PlaceNames", "Thailand"),
    "VN": QT_TRANSLATE_NOOP("PlaceNames", "Vietnam"),
    "JP": QT_TRANSLATE_NOOP("PlaceNames", "Japan"),
    "KR": QT_TRANSLATE_NOOP("PlaceNames", "South Korea"),
    "IN": QT_TRANSLATE_NOOP("PlaceNames", "India"),
    "DE": QT_TRANSLATE_NOOP("PlaceNames", "Germany"),
    "FR": QT_TRANSLATE_NOOP("PlaceNames", "France"),
}


def day_and_month(day: dt.date | dt.datetime) -> Message:
    """``10 August`` (``8月10日`` in Chinese: the translation orders the two)."""
    return QT_TRANSLATE_NOOP("Import", "{day} {month}").format(
        day=day.day, month=MONTHS[day.month - 1]
    )


def place(region: str) -> str:
    return PLACES.get(region.upper(), region.upper())


class Readings:
    """The first example of each kind of guessed reading in one file."""

    def __init__(self, region: str) -> None:
        self.region = region
        self._order: Moment | None = None
        self._year: Moment | None = None
        self._night: Moment | None = None

    def add(self, moment: Moment) -> None:
        if moment.order and self._order is None:
            self._order = moment
        if moment.year_guessed and self._year is None:
            self._year = moment
        if moment.next_day and self._night is None:
            self._night = moment

    def notes(self) -> tuple[Message, ...]:
        notes: list[Message] = []
        if (found := self._order) is not None:
            template = (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "dates like {example} were read as {date} (month first, as written in {place})",
                )
                if found.order == "month"
                else QT_TRANSLATE_NOOP(
                    "Import",
                    "dates like {example} were read as {date} (day first, as written in {place})",
                )
            )
            notes.append(
                template.format(
                    example=found.date_text,
                    date=day_and_month(_date_of(found)),
                    place=place(self.region),
                )
            )
        if (found := self._year) is not None:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "dates without a year were read as the latest such day not in the future: "
                    "{example} → {date}",
                ).format(example=found.date_text, date=_date_of(found).isoformat())
            )
        if (found := self._night) is not None:
            notes.append(
                QT_TRANSLATE_NOOP("Import", "{clock} on {day} was read as {time} on {date}").format(
                    clock=found.clock_text,
                    day=found.date_text,
                    time=f"{found.value.hour}:{found.value.minute:02d}",
                    date=day_and_month(found.value),
                )
            )
        return tuple(notes)


def _date_of(moment: Moment) -> dt.date:
    """The date written (a night hour's moment is on the next day)."""
    return (moment.value - dt.timedelta(days=1 if moment.next_day else 0)).date()
