"""Typing a time into "When" as the user reads it: "2:30 PM" is 14:30, never 2:30 AM.

The US English locale writes its times with a narrow no-break space before AM/PM
(U+202F), which no keyboard types; a walk-through's "2:30 PM" fell back to 2:30 AM and
became an off-hours contact in the report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
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
