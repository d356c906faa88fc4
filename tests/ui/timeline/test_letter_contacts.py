"""A letter or a visit has no phone number unless the user gives one, and a letter has a date
and no time of day: the walk-through's timeline, report and PDF listed a letter "from
+1 212-555-0147" at 5:18 AM, the last caller's number and the minute it was logged."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from small_case import NY, SmallCase, answering, at

from onrecord.store import Workspace
from onrecord.store.enums import EventKind
from onrecord.ui import localefmt
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.timeline.contacts import contact_text, repeated
from onrecord.ui.timeline.logdialog import LogContactDialog, NumberChoice

pytestmark = pytest.mark.gui

NUMBERS = [NumberChoice(1, "+1 212-555-0147", 10), NumberChoice(2, "+1 646-555-0188", 20)]
PARTIES = [(10, "Mike Dalton"), (20, "Sandra Pike")]
EARLY = dt.datetime(2026, 11, 20, 5, 18, tzinfo=NY)


def _dialog(qtbot, **kwargs) -> LogContactDialog:
    widget = LogContactDialog("America/New_York", NUMBERS, PARTIES, 1, now=EARLY, **kwargs)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("kind", [EventKind.LETTER, EventKind.VISIT])
def test_choosing_a_letter_or_visit_takes_away_the_offered_number(qtbot, kind) -> None:
    dialog = _dialog(qtbot)
    assert dialog.number.currentText() == "+1 212-555-0147"  # a missed call: the last caller's
    dialog.set_kind(kind)
    assert dialog.number.currentText() == ""
    assert dialog.party.currentData() is None  # and its collector with it
    assert dialog.result_contact().number == ""
    assert dialog.number_note.isHidden()
    dialog.set_kind(EventKind.SMS)  # changed her mind: a phone contact gets it back
    assert dialog.number.currentText() == "+1 212-555-0147"


@pytest.mark.parametrize(
    ("kind", "offered"),
    [
        (EventKind.MISSED_CALL, True),
        (EventKind.CALL, True),
        (EventKind.VOICEMAIL, True),
        (EventKind.SMS, True),
        (EventKind.LETTER, False),
        (EventKind.VISIT, False),
        (EventKind.EMAIL, False),
        (EventKind.CHAT, False),
    ],
)
def test_the_last_number_is_offered_only_for_a_contact_by_phone(qtbot, kind, offered) -> None:
    dialog = _dialog(qtbot, kind=kind)
    assert (dialog.number.currentText() != "") is offered


def test_a_number_the_user_gave_stays_on_a_letter_with_a_note(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.number.setCurrentIndex(dialog.number.findData(2))
    dialog.number.activated.emit(dialog.number.currentIndex())  # as a pick in the list does
    dialog.set_kind(EventKind.LETTER)
    assert dialog.number.currentText() == "+1 646-555-0188"  # hers: not taken silently…
    assert dialog.number_note.isVisibleTo(dialog)  # …nor kept silently
    assert "does not come from a phone number" in dialog.number_note.text()
    dialog.number.lineEdit().clear()
    dialog.number.lineEdit().textEdited.emit("")
    assert dialog.number_note.isHidden()


def test_a_letter_is_asked_its_date_only_and_kept_at_noon(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.set_kind(EventKind.LETTER)
    assert dialog.when.displayFormat() == "yyyy-MM-dd"
    assert dialog.when.text() == "2026-11-20"
    got = dialog.result_contact()
    assert got.started_at == dt.datetime(2026, 11, 20, 12, 0, tzinfo=NY)
    dialog.when.setDate(QDate(2026, 11, 18))
    assert dialog.result_contact().started_at == dt.datetime(2026, 11, 18, 12, tzinfo=NY)
    dialog.set_kind(EventKind.MISSED_CALL)  # a call again: its time comes back
    assert dialog.result_contact().started_at == dt.datetime(2026, 11, 18, 5, 18, tzinfo=NY)


def test_a_letter_of_today_is_logged_without_asking_about_the_hour(qtbot, monkeypatch) -> None:
    from onrecord.ui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *a: pytest.fail(f"asked {a}"))
    monkeypatch.setattr(dialogs, "error", lambda *a: pytest.fail(f"refused {a}"))
    # Early in the morning: noon is hours ahead, but the letter is of today.
    now = dt.datetime.now(NY).replace(hour=0, minute=5)
    dialog = LogContactDialog("America/New_York", NUMBERS, PARTIES, 1, now=now)
    qtbot.addWidget(dialog)
    dialog.set_kind(EventKind.LETTER)
    dialog.accept()
    assert dialog.result() == LogContactDialog.DialogCode.Accepted


def test_a_letter_logged_in_the_timeline_has_no_number_and_no_time(
    qtbot, workspace: Workspace, small_case: SmallCase
) -> None:
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(small_case.case_id)

    def fill(dialog: LogContactDialog) -> None:
        dialog.kind_buttons[EventKind.LETTER].click()
        dialog.when.setDate(QDate(2026, 3, 6))

    panel.run_dialog = answering(fill, [])
    panel.log_contact()
    [letter] = [e for e in workspace.cases.events(small_case.case_id) if e.kind == "letter"]
    assert letter.phone_number_id is None and letter.party_id is None
    assert letter.started_at == at(6, 12).astimezone(dt.UTC)
    [row] = [r for r in panel.model.rows if r.id == letter.id]
    at_row = panel.model.rows.index(row)
    when = panel.model.data(panel.model.index(at_row, 0))
    assert when == localefmt.day_text(dt.date(2026, 3, 6))  # the day, no time
    assert panel.model.data(panel.model.index(at_row, 3)) == ""  # no number
    assert localefmt.time_text(at(6, 12)) not in contact_text(row)


def test_a_letter_logged_before_keeps_its_time_when_corrected_and_shows_its_date(
    qtbot, workspace: Workspace, small_case: SmallCase
) -> None:
    """A letter logged at 5:18 AM (before letters were dated only) shows its date; a
    correction of its note leaves the stored time as it was."""
    event = workspace.cases.log_event(small_case.case_id, "letter", at(6, 5, 18))
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(small_case.case_id)
    [row] = [r for r in panel.model.rows if r.id == event.id]
    at_row = panel.model.rows.index(row)
    assert panel.model.data(panel.model.index(at_row, 0)) == localefmt.day_text(dt.date(2026, 3, 6))
    assert localefmt.time_text(at(6, 5, 18)) not in str(
        panel.model.data(panel.model.index(at_row, 0), Qt.ItemDataRole.ToolTipRole)
    )
    seen: list = []

    def fill(dialog: LogContactDialog) -> None:
        assert dialog.when.displayFormat() == "yyyy-MM-dd"
        dialog.summary.setText("final demand")

    panel.run_dialog = answering(fill, seen)
    panel.edit_contact(row)
    [again] = [e for e in workspace.cases.events(small_case.case_id) if e.id == event.id]
    assert again.summary == "final demand"
    assert again.started_at == at(6, 5, 18).astimezone(dt.UTC)


def test_a_second_letter_of_the_same_day_from_the_same_sender_is_asked_about(
    qtbot, workspace: Workspace, small_case: SmallCase
) -> None:
    workspace.cases.log_event(small_case.case_id, "letter", at(6, 5, 18))
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(small_case.case_id)
    dialog = _dialog(qtbot, kind=EventKind.LETTER)
    dialog.when.setDate(QDate(2026, 3, 6))
    contact = dialog.result_contact()
    assert repeated(panel.model.rows, contact, None) is not None
    dialog.party.setCurrentIndex(dialog.party.findData(10))
    assert repeated(panel.model.rows, dialog.result_contact(), None) is None  # another sender


def test_a_letter_asks_no_time_so_the_note_about_the_time_s_zone_is_hidden(qtbot) -> None:
    """A Taiwanese user logging a letter (a date alone) still read "這是案件的時區，不是這台
    電腦的時區" about a time the dialog no longer asked."""
    dialog = _dialog(qtbot, computer_zone="Asia/Taipei")
    assert dialog.zone_note.isVisibleTo(dialog)  # a missed call's time: in the case's zone
    dialog.set_kind(EventKind.LETTER)
    assert not dialog.zone_note.isVisibleTo(dialog)
    dialog.set_kind(EventKind.SMS)  # a time again: the note again
    assert dialog.zone_note.isVisibleTo(dialog)
    letter = _dialog(qtbot, computer_zone="Asia/Taipei", kind=EventKind.LETTER)
    assert not letter.zone_note.isVisibleTo(letter)


def test_typing_a_number_opens_no_band_between_the_time_and_its_zone_note(qtbot) -> None:
    """With room to spare (a dialog taller than it needs), the note a typed number brings
    opened a blank band between the time row and its zone note, pushing the form down."""
    dialog = _dialog(qtbot, computer_zone="Asia/Taipei")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), dialog.sizeHint().height() + 200)

    def places() -> tuple[int, int, int]:
        QCoreApplication.processEvents()
        return dialog.when.y(), dialog.zone_note.y(), dialog.number.y()

    before = places()
    gap = dialog.zone_note.y() - dialog.when.geometry().bottom()
    assert gap <= 12, gap  # the note sits under the time
    assert dialog.zone_note.height() == dialog.zone_note.sizeHint().height()
    line = dialog.number.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "(614) 555-01")  # a digit short
    assert dialog.number_note.isVisibleTo(dialog)  # "not a phone number OnRecord recognises"
    assert places() == before


def test_a_letter_logged_in_another_zone_is_on_its_date_in_the_timeline_and_export(
    qtbot, workspace: Workspace, small_case: SmallCase
) -> None:
    """A letter dated 2026-03-08 on Shanghai's clock (23:00 on 7 March in New York) is of
    8 March in the timeline, its date filter, the check for a letter logged twice and the
    export's date range, as in the conduct check and the report (tests/evidence/
    test_letter_days.py)."""
    from zoneinfo import ZoneInfo

    from onrecord.ui.exportdialog import ExportDialog
    from onrecord.ui.timeline.model import TimelineFilter

    written = dt.date(2026, 3, 8)
    shanghai = dt.datetime(2026, 3, 8, 12, tzinfo=ZoneInfo("Asia/Shanghai"))
    event = workspace.cases.log_event(
        small_case.case_id, "letter", shanghai, timezone="Asia/Shanghai"
    )
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(small_case.case_id)
    [row] = [r for r in panel.model.rows if r.id == event.id]
    assert panel.model.data(panel.model.index(panel.model.rows.index(row), 0)) == (
        localefmt.day_text(written)
    )
    assert TimelineFilter(date_from=written, date_to=written).accepts(row)
    assert not TimelineFilter(date_to=written - dt.timedelta(days=1)).accepts(row)
    dialog = _dialog(qtbot, kind=EventKind.LETTER)  # logged again, on New York's clock
    dialog.when.setDate(QDate(2026, 3, 8))
    assert repeated(panel.model.rows, dialog.result_contact(), None) is row
    export = ExportDialog(workspace, small_case.case_id)
    qtbot.addWidget(export)
    assert export.date_to.date() == QDate(2026, 3, 8)  # the last contact's day
