"""Typing a time into "When" as the user reads it: "2:30 PM" is 14:30, never 2:30 AM.

The US English locale writes its times with a narrow no-break space before AM/PM
(U+202F), which no keyboard types; a walk-through's "2:30 PM" fell back to 2:30 AM and
became an off-hours contact in the report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from onrecord.ui import localefmt
from onrecord.ui.timeline.logdialog import LogContactDialog, NumberChoice

pytestmark = pytest.mark.gui


def _in_locale(name: str) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield name
    finally:
        QLocale.setDefault(previous)


@pytest.fixture(params=["en_US", "en_AU"])
def twelve_hour(request, english) -> Iterator[str]:
    """Locales on the 12-hour clock (their AM/PM after a narrow no-break space)."""
    yield from _in_locale(request.param)


@pytest.fixture(params=["en_GB", "zh_CN", "zh_TW"])
def twenty_four_hour(request, english) -> Iterator[str]:
    """On the 24-hour clock in the field (Taiwan's 上午/下午 comes first: no one types it)."""
    yield from _in_locale(request.param)


def _type_time(qtbot, dialog: LogContactDialog, text: str) -> None:
    """Click into the hour and type, then leave the field, as a user does."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(dialog.when, text)
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)


def test_the_time_format_can_be_typed(twelve_hour: str) -> None:
    typed = localefmt.time_edit_format()
    assert "AP" in typed.upper()
    assert typed.isprintable() and not set(typed) & {"\u202f", "\u00a0"}


def _dialog(qtbot) -> LogContactDialog:
    dialog = LogContactDialog("America/New_York", [NumberChoice(1, "+1 212-555-0142", None)], [], 1)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("typed", "hour"),
    [
        ("2:30 PM", 14),
        ("2:30 pm", 14),
        ("2:30PM", 14),
        ("2:30 p.m.", 14),
        ("2:30 P", 14),
        ("2:30 AM", 2),
        ("14:30", 14),
        ("12:30 AM", 0),
        ("12:30 PM", 12),
    ],
)
def test_a_typed_time_is_the_time_read(qtbot, twelve_hour: str, typed: str, hour: int) -> None:
    dialog = _dialog(qtbot)
    _type_time(qtbot, dialog, typed)
    got = dialog.when.dateTime().time()
    assert (got.hour(), got.minute()) == (hour, 30), dialog.when.text()


@pytest.mark.parametrize(("typed", "hour"), [("14:30", 14), ("02:30", 2), ("2:30", 2)])
def test_a_typed_24_hour_time_is_the_time_read(
    qtbot, twenty_four_hour: str, typed: str, hour: int
) -> None:
    assert localefmt.time_edit_format() == "HH:mm"
    dialog = _dialog(qtbot)
    _type_time(qtbot, dialog, typed)
    got = dialog.when.dateTime().time()
    assert (got.hour(), got.minute()) == (hour, 30), dialog.when.text()


def test_enter_and_the_arrows_still_work_after_am_pm(qtbot, twelve_hour: str) -> None:
    """After "2:30 PM" the AM/PM section swallowed every key without text: Enter did not log
    the contact and Up no longer switched AM/PM (a review)."""
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    from onrecord.ui.clockedit import ClockEdit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    edit = ClockEdit()
    edit.setDisplayFormat(f"yyyy-MM-dd {localefmt.time_edit_format()}")
    ok = QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(ok)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "9:05 AM")
    assert edit.currentSection() == QDateTimeEdit.Section.AmPmSection
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.time().hour() == 21
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("at", ["start", "end"])
def test_a_click_into_the_hour_then_typing_replaces_it(
    qtbot, twenty_four_hour: str, at: str
) -> None:
    """One click into the hour of "19:36" and "14:30" typed gave 19:30 or 19:43, as the
    cursor fell (a Taiwanese walk-through): a click selects the part clicked."""
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    line = dialog.when.lineEdit()
    hour = line.text().index(" ") + 1  # "2026-11-29 19:36": the hour after the space
    line.setCursorPosition(hour if at == "start" else hour + 2)
    where = line.cursorRect().center()
    line.setCursorPosition(0)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(20)  # the part is selected once Qt has placed the cursor
    qtbot.keyClicks(dialog.when, "14:30")
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    got = dialog.when.dateTime().time()
    assert (got.hour(), got.minute()) == (14, 30), dialog.when.text()


# --------------------------------------------- an hour typed without AM/PM (walk-throughs)
NEW_YORK = ZoneInfo("America/New_York")


def _at(qtbot, hour: int, minute: int, day: int = 2) -> LogContactDialog:
    """The dialog opened at ``hour``:``minute`` on 2026-03-``day`` in New York (its field
    showing that time), with the computer's clock at that moment."""
    now = dt.datetime(2026, 3, day, hour, minute, tzinfo=NEW_YORK)
    dialog = LogContactDialog(
        "America/New_York", [NumberChoice(1, "+1 212-555-0142", None)], [], 1, now=now
    )
    dialog.clock = lambda: now.astimezone(dt.UTC)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("now", "typed", "hour"),
    [
        ((14, 40), "9:30", 9),  # this morning's call: 9:30 PM is later than now
        ((14, 40), "1:15", 13),  # the afternoon's, not later than now
        ((14, 40), "2:45", 14),  # a phone's clock a few minutes ahead
        ((14, 40), "2:55", 2),  # 2:55 PM is later than now (and than a phone's clock)
        ((14, 40), "12:05", 12),
        ((9, 10), "8:15", 8),
        ((9, 10), "12:30", 0),  # 12:30 PM has not come yet
        ((21, 30), "9:05", 21),  # the latest of the two that has come
        ((23, 50), "11:05", 23),
    ],
)
def test_an_hour_typed_without_am_pm_is_not_later_than_now(
    qtbot, twelve_hour: str, now: tuple[int, int], typed: str, hour: int
) -> None:
    dialog = _at(qtbot, *now)
    _type_time(qtbot, dialog, typed)
    got = dialog.when.dateTime().time()
    minute = int(typed.split(":")[1])
    assert (got.hour(), got.minute()) == (hour, minute), dialog.when.text()
    assert dialog.when.text().upper().endswith("AM" if hour < 12 else "PM")  # in view


def test_the_half_read_is_shown_and_said_as_soon_as_the_time_is_typed(
    qtbot, twelve_hour: str
) -> None:
    dialog = _at(qtbot, 14, 40)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(dialog.when, "9:30")  # still in the field
    assert dialog.when.text().upper().endswith("AM")
    assert dialog.half_note.isVisibleTo(dialog)
    morning, evening = (localefmt.time_text(dt.time(h, 30)) for h in (9, 21))
    assert dialog.half_note.text() == f"Read as {morning} ({evening} is later than now)."
    qtbot.keyClicks(dialog.when, "p")  # the user's PM: later than now, and said so
    assert dialog.when.dateTime().time().hour() == 21
    assert dialog.half_note.text() == "Later than now: check the date and the hour."


def test_enter_logs_the_half_read(qtbot, twelve_hour: str, monkeypatch) -> None:
    from onrecord.ui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *a: pytest.fail(f"asked {a}"))
    # Enter in the time field opened "Attach files…" (the dialog's default button had been
    # made default outside the dialog)
    monkeypatch.setattr(dialogs, "choose_files", lambda *a: pytest.fail("Enter chose files"))
    dialog = _at(qtbot, 14, 40)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(dialog.when, "9")  # the hour alone, then Enter
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.when, Qt.Key.Key_Return)
    logged = dialog.result_contact().started_at
    assert (logged.hour, logged.minute) == (9, 40)


@pytest.mark.parametrize("typed", ["9:30 PM", "9:30 pm", "9:30 p", "21:30"])
def test_a_half_the_user_types_is_kept_and_a_later_time_is_asked_about(
    qtbot, twelve_hour: str, typed: str, monkeypatch
) -> None:
    from onrecord.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, *a, **k: asked.append(title))
    dialog = _at(qtbot, 14, 40)
    _type_time(qtbot, dialog, typed)
    assert dialog.when.dateTime().time().hour() == 21
    assert dialog.half_note.isVisibleTo(dialog)  # "Later than now"
    dialog.accept()
    assert asked == ["Later than now"]


def test_an_arrow_on_am_pm_is_the_user_s_half(qtbot, twelve_hour: str) -> None:
    dialog = _at(qtbot, 14, 40)
    _type_time(qtbot, dialog, "9:30")
    assert dialog.when.dateTime().time().hour() == 9
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.AmPmSection)
    qtbot.keyClick(dialog.when, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    assert dialog.when.dateTime().time().hour() == 21  # not read again as AM


def _times(*hours_minutes: tuple[int, int]) -> list[str]:
    return [localefmt.time_text(dt.time(h, m)) for h, m in hours_minutes]


def test_on_another_day_the_half_shown_is_kept_and_said(qtbot, twelve_hour: str) -> None:
    """Yesterday's 9:30 AM and 9:30 PM have both come: nothing tells them apart, so the
    half shown stays, in view, and the note says which it is and how to get the other."""
    dialog = _at(qtbot, 14, 40)
    dialog.when.setDate(QDate(2026, 3, 1))
    _type_time(qtbot, dialog, "9:30")
    assert dialog.when.dateTime().time().hour() == 21
    assert dialog.when.text().upper().endswith("PM")
    evening, morning = _times((21, 30), (9, 30))
    assert dialog.half_note.isVisibleTo(dialog)
    assert dialog.half_note.text() == f"Read as {evening} — type A for {morning}."


def test_a_morning_kept_on_another_day_says_how_to_get_the_evening(qtbot, twelve_hour: str) -> None:
    dialog = _at(qtbot, 9, 10)
    dialog.when.setDate(QDate(2026, 3, 1))
    _type_time(qtbot, dialog, "9:30")
    assert dialog.when.dateTime().time().hour() == 9
    morning, evening = _times((9, 30), (21, 30))
    assert dialog.half_note.text() == f"Read as {morning} — type P for {evening}."


def _typing_at_night(qtbot) -> LogContactDialog:
    """The dialog opened at 10:11 PM, its clock then, "When" focused on the hour."""
    dialog = _at(qtbot, 22, 11)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.HourSection)
    return dialog


def test_at_night_the_evening_read_is_said_with_how_to_get_the_morning(
    qtbot, twelve_hour: str
) -> None:
    """At 10:11 PM "9:30" became 9:30 PM without a word, even after Tab: a morning's call
    logged as a contact after 21:00 (a walk-through). Both halves have come: the later is
    read, and said."""
    dialog = _typing_at_night(qtbot)
    qtbot.keyClicks(dialog.when, "9:30")  # still in the field
    evening, morning = _times((21, 30), (9, 30))
    assert dialog.when.dateTime().time().hour() == 21
    assert dialog.half_note.isVisibleTo(dialog)
    assert dialog.half_note.text() == f"Read as {evening} — type A for {morning}."
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    assert dialog.half_note.text() == f"Read as {evening} — type A for {morning}."
    # As the note says: back in AM/PM, "a" gives the morning, and the note has done its work
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.AmPmSection)
    qtbot.keyClicks(dialog.when, "a")
    assert dialog.when.dateTime().time().hour() == 9
    assert not dialog.half_note.isVisibleTo(dialog)


@pytest.mark.parametrize("typed", ["9:30 PM", "9:30 p", "21:30"])
def test_at_night_a_half_the_user_types_is_not_commented(
    qtbot, twelve_hour: str, typed: str
) -> None:
    dialog = _typing_at_night(qtbot)
    qtbot.keyClicks(dialog.when, typed)
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    assert dialog.when.dateTime().time().hour() == 21
    assert not dialog.half_note.isVisibleTo(dialog)


def test_a_kept_half_whose_other_is_later_than_now_says_so(qtbot, twelve_hour: str) -> None:
    """Opened at 9:10 AM, "8:15" stays 8:15 AM: 8:15 PM has not come."""
    dialog = _at(qtbot, 9, 10)
    _type_time(qtbot, dialog, "8:15")
    morning, evening = _times((8, 15), (20, 15))
    assert dialog.half_note.text() == f"Read as {morning} ({evening} is later than now)."


def test_a_24_hour_field_reads_no_half(qtbot, twenty_four_hour: str) -> None:
    dialog = _at(qtbot, 14, 40)
    _type_time(qtbot, dialog, "9:30")
    assert dialog.when.dateTime().time().hour() == 9
    _type_time(qtbot, dialog, "21:30")
    assert dialog.when.dateTime().time().hour() == 21
    assert dialog.half_note.text() == "Later than now: check the date and the hour."
