"""What the log dialog asks before it logs or saves a contact, while what was typed is on screen.

- A time later than now: a little ahead of this computer's clock is taken (a phone whose clock
  runs a few minutes ahead); further, up to the store's limit of a day, the user confirms it,
  as it is usually a slip of the hour. A letter of today is dated, not later than now.
- The same kind, number and minute as a contact logged already: two calls in one minute do
  happen, a double entry more, so the user confirms it.

Its texts are the log dialog's: they are translated in the LogContactDialog context.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ... import handlog
from .. import dialogs, localefmt

# How far past this computer's clock a logged time is taken without asking: the rule the
# command line's `onrecord log` follows too (``handlog``).
LATER_THAN_NOW_ASKED = handlog.LATER_THAN_NOW_ASKED


def later_than_now_confirmed(
    parent: QWidget, started_at: dt.datetime, now: dt.datetime, zone: ZoneInfo, *, dated: bool
) -> bool:
    """A time a little ahead of this computer's clock (``now``) is allowed (another time
    zone, a phone whose clock runs ahead) but is usually a slip of the hour: ask before
    logging. ``dated``: a letter, asked for its date alone."""
    if not handlog.later_than_now(started_at, now, zone.key, dated=dated):
        return True  # a letter of today is dated, not later than now
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("LogContactDialog", "Later than now"),
        QCoreApplication.translate(
            "LogContactDialog",
            "%1 is later than the time now (%2). Contacts are logged after they happen: "
            "please check the date and hour. Log it with this time anyway?",
        )
        .replace("%1", localefmt.moment_text(started_at, zone.key))
        .replace("%2", localefmt.moment_text(now, zone.key)),
    )


def repeat_confirmed(parent: QWidget, repeated: str) -> bool:
    """A new contact like one logged already (``repeated``: that one, in a line of words):
    ask before logging it again."""
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("LogContactDialog", "Logged already?"),
        QCoreApplication.translate(
            "LogContactDialog",
            "This looks like a contact you have logged already:\n\n%1\n\nLog it again?",
        ).replace("%1", repeated),
        yes=QCoreApplication.translate("LogContactDialog", "Log it again"),
        no=QCoreApplication.translate("LogContactDialog", "Go back"),
    )
