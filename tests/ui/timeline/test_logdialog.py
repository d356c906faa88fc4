"""“Log a contact”: "Who" follows the number the user types, so a contact is never filed under
the last caller just because their number was pre-selected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from small_case import SmallCase

from onrecord.store import Workspace
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.timeline.logdialog import LogContactDialog, NumberChoice

pytestmark = pytest.mark.gui


def _type_number(qtbot, dialog: LogContactDialog, text: str) -> None:
    line = dialog.number.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


@pytest.fixture
def dialog(qtbot) -> LogContactDialog:
    numbers = [
        NumberChoice(1, "+1 212-555-0142", 10),  # Mike
        NumberChoice(2, "+1 646-555-0188", 20),  # Sandra
        NumberChoice(3, "+1 917-555-0111", None),  # nobody known yet
    ]
    parties = [(10, "Mike Dalton"), (20, "Sandra Pike")]
    # No region given: a typed number is read as in the countries of the case's numbers.
    widget = LogContactDialog("America/New_York", numbers, parties, 2)
    qtbot.addWidget(widget)
    return widget


def test_who_starts_as_the_pre_selected_number_s_party(dialog: LogContactDialog) -> None:
    assert "646" in dialog.number.currentText()
    assert dialog.party.currentData() == 20


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("(212) 555-0142", 10),  # Mike's number, spelled the US way
        ("2125550142", 10),
        ("+12125550142", 10),
        ("(917) 555-0111", None),  # in the case, but nobody's
        ("(718) 555-0199", None),  # a new number
        ("95588", None),
    ],
)
def test_typing_another_number_updates_who(qtbot, dialog: LogContactDialog, typed, who) -> None:
    _type_number(qtbot, dialog, typed)
    assert dialog.number.currentText() == typed
    assert dialog.party.currentData() == who
    got = dialog.result_contact()
    assert (got.number, got.party_id) == (typed, who)


def test_a_who_the_user_picked_after_typing_is_kept(qtbot, dialog: LogContactDialog) -> None:
    _type_number(qtbot, dialog, "(718) 555-0199")
    assert dialog.party.currentData() is None
    dialog.party.setFocus()
    qtbot.keyClick(dialog.party, Qt.Key.Key_Down)  # the user picks "Mike Dalton"
    assert dialog.party.currentData() == 10
    _type_number(qtbot, dialog, "(718) 555-0198")  # corrects a digit of the number
    assert dialog.party.currentData() == 10
    dialog.number.setCurrentIndex(dialog.number.findData(2))  # even picking Sandra's number
    assert dialog.party.currentData() == 10
    assert dialog.result_contact().party_id == 10


def test_the_logged_contact_goes_to_the_typed_number_s_person(
    qtbot, workspace: Workspace, small_case: SmallCase
) -> None:
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(small_case.case_id)
    seen = {}

    def fill(dialog: LogContactDialog) -> bool:
        seen["before"] = dialog.party.currentData()  # the last caller: Mike
        _type_number(qtbot, dialog, small_case.sandra_number)
        return True

    panel.run_dialog = fill
    panel.log_contact()
    assert seen["before"] == small_case.mike
    event = workspace.cases.events(small_case.case_id)[-1]
    assert event.party_id == small_case.sandra
    number = next(
        n for n in workspace.cases.numbers(small_case.case_id) if n.id == event.phone_number_id
    )
    assert number.raw == small_case.sandra_number


def test_a_typed_number_is_read_in_the_case_s_region_as_the_store_reads_it(qtbot) -> None:
    numbers = [NumberChoice(1, "+86 138 0013 8000", 10)]
    in_china = LogContactDialog("Asia/Shanghai", numbers, [(10, "王经理")], None, region="CN")
    in_the_us = LogContactDialog("America/New_York", numbers, [(10, "王经理")], None, region="US")
    for widget in (in_china, in_the_us):
        qtbot.addWidget(widget)
        _type_number(qtbot, widget, "138 0013 8000")
    assert in_china.party.currentData() == 10
    assert in_the_us.party.currentData() is None  # in a US case this is not his number


def test_a_date_in_the_future_is_refused_in_the_dialog_keeping_what_was_typed(
    qtbot, dialog: LogContactDialog, no_dialogs
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    year = QDate.currentDate().year() + 5
    dialog.when.setDateTime(QDateTime(QDate(year, 1, 1), QTime(10, 0), QTimeZone.utc()))
    dialog.summary.setText("he said he would come to my work")
    dialog.accept()
    assert dialog.result() != LogContactDialog.DialogCode.Accepted
    [(kind, _title, text)] = no_dialogs
    assert kind == "error" and f"{year}-01-01 10:00 is in the future" in text
    assert dialog.summary.text() == "he said he would come to my work"
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone.utc()))
    dialog.accept()
    assert dialog.result() == LogContactDialog.DialogCode.Accepted


def test_a_time_a_few_hours_ahead_is_logged_only_once_the_user_confirms(
    qtbot, dialog: LogContactDialog, monkeypatch
) -> None:
    # The walk-through logged a missed call at 07:12 at 05:37 (a slip of the hour): within the
    # store's day of slack for clocks and zones, so it went in silently.
    from PySide6.QtCore import QDate, QDateTime, QTime

    from onrecord.ui import dialogs

    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, x: asked.append(x) or answer["yes"])
    monkeypatch.setattr(dialogs, "error", lambda *a: pytest.fail(f"unexpected error {a}"))

    def type_time(moment: dt.datetime) -> None:  # on the dialog's clock, as a user types it
        wall = moment.astimezone(dialog.zone)
        dialog.when.setDateTime(
            QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
        )

    type_time(dt.datetime.now(dt.UTC) + dt.timedelta(hours=2))
    dialog.accept()
    assert dialog.result() != LogContactDialog.DialogCode.Accepted
    assert len(asked) == 1 and "later than the time now" in asked[0]
    answer["yes"] = True
    dialog.accept()
    assert dialog.result() == LogContactDialog.DialogCode.Accepted
    # A few minutes ahead (a phone's clock) is not asked about.
    asked.clear()
    type_time(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=3))
    dialog.accept()
    assert asked == []


def test_every_tag_is_in_view_and_the_note_takes_several_lines(qtbot, language: str) -> None:
    # The walk-through had to scroll the tag list (6 in view) and typed an SMS into one line.
    dialog = LogContactDialog("Asia/Shanghai", [], [], None, language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.sizeHint())
    qtbot.waitExposed(dialog)
    view = dialog.tags.viewport().rect()
    for i in range(dialog.tags.count()):
        rect = dialog.tags.visualItemRect(dialog.tags.item(i))
        assert view.contains(rect), (i, dialog.tags.item(i).text(), rect, view)
    assert dialog.width() <= 1366 and dialog.height() <= 700  # a laptop screen
    sms = "王女士，您的欠款已严重逾期。\n今日18点前不处理将上门走访。"
    dialog.summary.setText(sms)
    assert dialog.result_contact().summary == sms


@pytest.mark.parametrize(
    ("typed", "warned"),
    [
        ("+1 614-555-0199614-555-0177", True),  # typed on after the pre-selected number
        ("(614) 555-01", True),  # a digit short
        ("(718) 555-0199", False),  # a new, valid number
        ("+1 212-555-0142", False),  # one of the case's
        ("-1", False),  # a withheld caller, as phones log it
        ("", False),
    ],
)
def test_a_number_it_does_not_recognise_is_pointed_out_before_saving(
    qtbot, dialog: LogContactDialog, typed: str, warned: bool
) -> None:
    _type_number(qtbot, dialog, typed) if typed else dialog.number.setCurrentIndex(0)
    assert dialog.number_note.isVisibleTo(dialog) is warned
    if warned:
        assert "kept exactly as typed" in dialog.number_note.text()


def test_clicking_into_the_number_selects_it_so_typing_replaces_it(
    qtbot, dialog: LogContactDialog
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    line = dialog.number.lineEdit()
    dialog.number.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: bool(line.text()) and line.selectedText() == line.text())
    qtbot.keyClicks(line, "7185550199")
    assert dialog.number.currentText() == "7185550199"


def test_the_number_list_says_whose_each_number_is(qtbot, workspace: Workspace) -> None:
    # A walk-through's list showed bare numbers under an empty first row: which was whose
    # (or the office line) was not said. The field itself still holds the number alone.
    from PySide6.QtWidgets import QStyleOptionViewItem

    from onrecord.ui.timeline.numberfield import WHOSE_ROLE, number_choices

    case = workspace.cases.create_case("Card", jurisdiction="tw")
    chen = workspace.cases.add_party(case.id, "陳專員")
    workspace.cases.add_number(case.id, "0912-345-678", party_id=chen.id)
    workspace.cases.add_number(case.id, "02-2345-6789", label="office")
    choices = number_choices(workspace.cases.case(case.id))
    dialog = LogContactDialog("Asia/Taipei", choices, [(chen.id, "陳專員")], None, region="TW")
    qtbot.addWidget(dialog)
    combo = dialog.number
    delegate = combo.view().itemDelegate()

    def listed(row: int) -> str:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, combo.model().index(row, 0))
        return option.text

    assert listed(0) == "(no number)"
    assert listed(1) == f"{combo.itemText(1)} — 陳專員"
    assert listed(2).endswith(" — office") and combo.itemData(2, WHOSE_ROLE) == "office"
    combo.setCurrentIndex(1)
    assert combo.currentText() == combo.itemText(1) and "陳" not in combo.currentText()
