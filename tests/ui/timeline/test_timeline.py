"""The case timeline: rows, filters, quick logging, promises, and the link to the charts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from small_case import NY, at

from onrecord.evidence.charts import contact_counts
from onrecord.store import Workspace
from onrecord.store.enums import Direction, EventKind, NoticeKind, PromiseBy
from onrecord.ui.charts import ChartsPanel
from onrecord.ui.timeline import NO_PARTY, TimelineFilter, TimelinePanel
from onrecord.ui.timeline.ledger import promise_state
from onrecord.ui.workers import _pending, wait_for_all

pytestmark = pytest.mark.gui


def shown(panel: TimelinePanel) -> list:
    return panel.proxy.visible_rows()


def test_every_contact_is_one_row_oldest_first(panel: TimelinePanel, small_case) -> None:
    rows = shown(panel)
    assert [r.kind for r in rows] == ["missed_call", "missed_call", "sms", "voicemail", "call"]
    call = rows[-1]
    assert call.recording_ids == [small_case.recording_id]
    assert call.mark_count == 1 and "third_party" in call.tags
    assert panel.proxy.data(panel.proxy.index(4, 5)) == "● 1 mark(s)"
    assert "outside the hours" in panel.count.text()


def test_off_hours_contacts_stand_out(panel: TimelinePanel) -> None:
    late = panel.proxy.index(1, 0)
    assert panel.proxy.data(late, Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.proxy.data(panel.proxy.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_a_filter_by_collector_shows_only_their_events(panel: TimelinePanel, small_case):
    panel.party.setCurrentIndex(panel.party.findData(small_case.sandra))
    rows = shown(panel)
    assert rows and {r.party_id for r in rows} == {small_case.sandra}
    assert len(rows) == 2
    assert "Showing <b>2</b> of 5" in panel.count.text()
    panel.clear_button.click()
    assert len(shown(panel)) == 5


def test_filters_by_number_kind_dates_recording_and_tag(panel: TimelinePanel, small_case):
    panel.apply_filter(TimelineFilter(kind="missed_call"))
    assert len(shown(panel)) == 2
    panel.apply_filter(TimelineFilter(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 2)))
    assert [r.local.hour for r in shown(panel)] == [9, 22]  # merged: still missed calls only
    panel.clear_filters()
    panel.apply_filter(TimelineFilter(has_recording=True))
    assert [r.id for r in shown(panel)] == [small_case.recorded_event]
    panel.clear_filters()
    panel.tag.setCurrentIndex(panel.tag.findData("third_party"))
    assert [r.id for r in shown(panel)] == [small_case.recorded_event]
    panel.clear_filters()
    number_id = next(r.number_id for r in shown(panel) if r.party_id == small_case.mike)
    panel.number.setCurrentIndex(panel.number.findData(number_id))
    assert len(shown(panel)) == 3


def test_logging_a_missed_call_adds_it_to_the_timeline_and_charts(
    qtbot, workspace: Workspace, panel: TimelinePanel, small_case
) -> None:
    charts = ChartsPanel(workspace)
    qtbot.addWidget(charts)
    charts.show_case(small_case.case_id)
    panel.events_changed.connect(lambda _case: charts.refresh())
    before = sum(charts.data.per_hour)
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        # Defaults: a missed call, now, from the number that last called.
        seen["kind"] = next(k for k, b in dialog.kind_buttons.items() if b.isChecked())
        seen["number"] = dialog.number.currentText()
        seen["party"] = dialog.party.currentData()
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(0))
        from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

        dialog.when.setDateTime(QDateTime(QDate(2026, 3, 6), QTime(23, 15), QTimeZone.utc()))
        return True

    panel.run_dialog = fill
    with qtbot.waitSignal(panel.events_changed):
        panel.log_button.click()
    assert seen["kind"] == EventKind.MISSED_CALL
    assert "555-0142" in seen["number"]  # the recorded call on the 5th was the last
    assert seen["party"] == small_case.mike
    rows = shown(panel)
    assert len(rows) == 6
    new = rows[-1]
    assert new.kind == "missed_call" and new.party_id == small_case.mike
    assert new.local == at(6, 23, 15)
    assert sum(charts.data.per_hour) == before + 1
    assert charts.data.per_hour[23] == 1
    assert charts.data.off_hours_total == 3


def test_a_number_added_on_the_people_tab_is_offered_at_once(
    qtbot, workspace: Workspace, panel, small_case
) -> None:
    """A walk-through: a number added after the case was opened was missing from the log
    dialog, and her first contact was saved without it."""
    added = workspace.cases.add_number(small_case.case_id, "+1 212 555 0199")
    offered: list[object] = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        offered.extend(dialog.number.itemData(i) for i in range(dialog.number.count()))
        return False

    panel.run_dialog = fill
    panel.log_contact()
    assert added.id in offered


def test_telling_them_in_their_call_keeps_the_call_theirs(
    qtbot, workspace: Workspace, panel, small_case
) -> None:
    """A walk-through: choosing "not to call me at work" in a call the collector made turned
    it into a call she made, which left it out of the charts and the counts."""
    offered: dict[str, bool] = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.INCOMING))
        dialog.set_kind(EventKind.MISSED_CALL)
        offered["missed call"] = dialog.notice.isEnabled()
        dialog.set_kind(EventKind.SMS)
        offered["their SMS"] = dialog.notice.isEnabled()
        dialog.set_kind(EventKind.CALL)
        offered["their call"] = dialog.notice.isEnabled()
        dialog.notice.setCurrentIndex(dialog.notice.findData(NoticeKind.NO_CALLS_AT_WORK))
        return True

    panel.run_dialog = fill
    panel.log_contact()
    event = workspace.cases.events(small_case.case_id)[-1]
    assert offered == {"missed call": False, "their SMS": False, "their call": True}
    assert event.kind == EventKind.CALL and event.direction == "incoming"
    assert event.notice == NoticeKind.NO_CALLS_AT_WORK


def test_the_log_dialog_takes_a_notice_and_tags(qtbot, workspace: Workspace, panel, small_case):
    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.set_kind(EventKind.LETTER)
        dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.OUTGOING))
        assert dialog.notice.isEnabled()  # her own letter can carry her request
        dialog.notice.setCurrentIndex(dialog.notice.findData(NoticeKind.CEASE_REQUEST))
        dialog.check_tag("legal_threat")
        dialog.summary.setText("Sent my cease letter by registered mail")
        return True

    panel.run_dialog = fill
    panel.log_contact()
    event = workspace.cases.events(small_case.case_id)[-1]
    assert event.kind == EventKind.LETTER
    assert event.notice == NoticeKind.CEASE_REQUEST
    assert event.direction == "outgoing"
    tags = [t.tag for t in workspace.cases.event_tags(small_case.case_id)]
    assert tags == ["legal_threat"]
    panel.apply_filter(TimelineFilter(tag="legal_threat"))
    assert [r.id for r in shown(panel)] == [event.id]


@pytest.mark.parametrize(
    ("kind", "connected", "conversation"),
    [
        (EventKind.CALL, True, True),  # "Call (not recorded)": they spoke
        (EventKind.MISSED_CALL, False, False),
        (EventKind.VOICEMAIL, False, False),
        (EventKind.SMS, None, False),
    ],
)
def test_a_logged_call_is_answered_and_a_conversation_a_missed_one_is_not(
    workspace: Workspace, panel, small_case, kind, connected, conversation
) -> None:
    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.set_kind(kind)
        return True

    panel.run_dialog = fill
    panel.log_contact()
    event = max(workspace.cases.events(small_case.case_id), key=lambda e: e.id)
    assert (event.kind, event.connected, event.conversation) == (kind, connected, conversation)


def test_the_log_dialog_defaults_to_now(qtbot, panel: TimelinePanel) -> None:
    from onrecord.ui.timeline.logdialog import LogContactDialog

    now = dt.datetime(2026, 7, 1, 16, 45, tzinfo=dt.UTC)
    dialog = LogContactDialog("America/New_York", [], [], None, now=now)
    qtbot.addWidget(dialog)
    got = dialog.result_contact()
    assert got.started_at == now.astimezone(NY).replace(second=0)
    assert got.kind == EventKind.MISSED_CALL and got.number == ""


def test_a_chart_click_filters_the_timeline(qtbot, workspace: Workspace, panel, small_case):
    charts = ChartsPanel(workspace)
    qtbot.addWidget(charts)
    charts.show_case(small_case.case_id)
    charts.filter_requested.connect(panel.apply_filter)
    charts.hours.click(22)
    assert [r.local.hour for r in shown(panel)] == [22]
    assert panel.hour_chip.isVisibleTo(panel)
    panel.hour_chip.click()
    assert len(shown(panel)) == 5
    charts.collectors.click(
        next(i for i, item in enumerate(charts.collectors.items) if item[0] == small_case.sandra)
    )
    assert {r.party_id for r in shown(panel)} == {small_case.sandra}
    panel.clear_filters()
    charts.calendar.click(next(i for i, (d, _n) in enumerate(charts.calendar.days) if d.day == 3))
    assert [r.kind for r in shown(panel)] == ["sms"]


def test_the_charts_use_the_report_numbers(workspace: Workspace, qtbot, small_case) -> None:
    charts = ChartsPanel(workspace)
    qtbot.addWidget(charts)
    charts.show_case(small_case.case_id)
    events = [
        {"kind": e.kind, "direction": e.direction, "started_at": e.started_at}
        for e in workspace.cases.events(small_case.case_id)
    ]
    expected = contact_counts(events, "America/New_York", "us")
    assert charts.data == expected
    assert charts.hours.counts == expected.per_hour
    assert charts.calendar.days == expected.per_day
    names = {name: n for _id, name, n in charts.collectors.items}
    assert names == {"Mike Dalton": 3, "Sandra Pike": 2}


def test_unknown_caller_is_its_own_collector_filter(workspace: Workspace, panel, small_case):
    workspace.cases.log_event(small_case.case_id, "missed_call", at(7, 12), number="-1")
    panel.refresh()
    panel.apply_filter(TimelineFilter(party_id=NO_PARTY))
    assert len(shown(panel)) == 1


def test_sorting_by_a_column(panel: TimelinePanel) -> None:
    panel.view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    panel._sort_clicked(2)
    names = [r.party for r in shown(panel)]
    assert names == sorted(names, key=str.casefold)


def test_double_click_on_a_recorded_call_opens_it(qtbot, panel: TimelinePanel, small_case):
    row = len(shown(panel)) - 1
    with qtbot.waitSignal(panel.recording_opened) as signal:
        panel._double_clicked(panel.proxy.index(row, 0))
    assert signal.args == [small_case.recording_id]


def test_promises_show_due_and_overdue(workspace: Workspace, panel, small_case) -> None:
    today = dt.date(2026, 3, 20)
    workspace.ledger.add_promise(
        small_case.case_id, PromiseBy.COLLECTOR, description="waive fees", due_date="2026-03-10"
    )
    workspace.ledger.add_promise(
        small_case.case_id, PromiseBy.USER, description="pay 150", due_date="2026-03-22"
    )
    workspace.ledger.add_promise(
        small_case.case_id, PromiseBy.USER, description="pay 50", due_date="2026-03-12"
    )
    panel.ledger.show_case(small_case.case_id, today=today)
    panel._update_ledger_tab()
    rows = panel.ledger.promises.rows()
    states = {p.description: promise_state(p, today)[0] for p in rows}
    # The collector's offer past its date is not "overdue" (that reads as the user defaulting).
    assert states == {"waive fees": "past_date", "pay 150": "due_soon", "pay 50": "overdue"}
    words = {
        p.description: panel.ledger.promises.data(panel.ledger.promises.index(i, 4))
        for i, p in enumerate(rows)
    }
    assert "Date passed 10 day" in words["waive fees"] and "Overdue" not in words["waive fees"]
    assert "Overdue by 8 day" in words["pay 50"]
    assert "1 overdue" in panel.tabs.tabText(1)  # only the user's own
    mine = next(i for i, p in enumerate(rows) if p.description == "pay 50")
    panel.ledger.promise_view.selectRow(mine)
    panel.ledger.kept_button.click()
    kept = next(p for p in panel.ledger.promises.rows() if p.description == "pay 50")
    assert promise_state(kept, today)[0] == "kept"


def test_a_retracted_mark_no_longer_tags_its_call(
    qtbot, workspace: Workspace, panel: TimelinePanel, small_case
) -> None:
    mark = workspace.recordings.marks(small_case.recording_id)[0]
    workspace.recordings.retract_mark(mark.id, "wrong key")
    with qtbot.waitSignal(panel.marks_loaded):
        panel.refresh()
    call = next(r for r in shown(panel) if r.id == small_case.recorded_event)
    assert call.mark_count == 1  # still there, shown retracted in the review
    assert "third_party" not in call.tags


def test_moving_selected_contacts_to_another_case(
    qtbot, workspace: Workspace, panel: TimelinePanel, small_case
) -> None:
    other = workspace.cases.create_case("Another debt", jurisdiction="us")
    panel.view.selectRow(0)

    def choose(dialog):  # type: ignore[no-untyped-def]
        dialog.case.setCurrentIndex(dialog.case.findData(other.id))
        return True

    panel.run_dialog = choose
    with qtbot.waitSignal(panel.events_moved) as moved:
        panel.move_button.click()
    assert moved.args == [other.id]
    assert len(shown(panel)) == 4
    assert len(workspace.cases.events(other.id)) == 1


@pytest.mark.parametrize("again", [True, False])
def test_logging_the_same_contact_twice_asks_first(
    workspace: Workspace, panel, small_case, monkeypatch, again: bool
) -> None:
    """The 22:00 missed call from Mike's number, logged again: asked before it is."""
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    from onrecord.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, **k: asked.append(text) or again
    )
    before = len(workspace.cases.events(small_case.case_id))
    closed: list[bool] = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.set_kind(EventKind.MISSED_CALL)
        dialog.number.setEditText("(212) 555-0142")
        dialog.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(22, 0), QTimeZone.utc()))
        dialog.accept()
        closed.append(dialog.result() == dialog.DialogCode.Accepted)
        return closed[-1]

    panel.run_dialog = fill
    panel.log_contact()
    assert len(asked) == 1 and "Missed call" in asked[0] and "Mike Dalton" in asked[0]
    assert closed == [again]  # "Go back" keeps the dialog open, nothing logged
    assert len(workspace.cases.events(small_case.case_id)) == before + (1 if again else 0)


def test_a_contact_at_another_minute_or_number_is_not_taken_for_a_repeat(
    workspace: Workspace, panel, small_case, no_dialogs
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.set_kind(EventKind.MISSED_CALL)
        dialog.number.setEditText("(646) 555-0188")  # Sandra's, not Mike's
        dialog.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(22, 0), QTimeZone.utc()))
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    before = len(workspace.cases.events(small_case.case_id))
    panel.run_dialog = fill
    panel.log_contact()
    assert no_dialogs == []
    assert len(workspace.cases.events(small_case.case_id)) == before + 1


def test_a_call_to_someone_else_is_a_third_party_contact_not_one_with_the_user(
    workspace: Workspace, panel, small_case
) -> None:
    """'They called my sister': logged as from them to someone else, it is tagged as a
    third-party contact and is not counted as a contact attempt with the user."""
    from onrecord.conduct.service import check_case
    from onrecord.store.enums import Direction

    def fill(dialog):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

        dialog.set_kind(EventKind.CALL)
        dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.TO_OTHERS))
        assert not dialog.notice.isEnabled()  # he told them nothing in it
        dialog.when.setDateTime(QDateTime(QDate(2026, 3, 6), QTime(22, 30), QTimeZone.utc()))
        return True

    off_before = panel.count.text()

    panel.run_dialog = fill
    panel.log_contact()
    event = max(workspace.cases.events(small_case.case_id), key=lambda e: e.id)
    assert event.direction == Direction.TO_OTHERS
    tags = [t.tag for t in workspace.cases.event_tags(small_case.case_id) if t.event_id == event.id]
    assert tags == ["third_party"]
    result = check_case(workspace, small_case.case_id)
    assert any(event.id in f.event_ids and "3P" in f.rule_id for f in result.findings)
    from onrecord.evidence.charts import contact_counts

    row = next(r for r in panel.model.rows if r.id == event.id)
    assert sum(contact_counts([row.as_count_row()], "America/New_York").per_hour) == 0
    assert "→ others" in panel.model.data(panel.model.index(panel.model.rows.index(row), 1))
    assert not panel.model.is_off_hours(row)  # 22:30, but not a contact with the user
    assert "<b>2</b> outside the hours" in off_before and "<b>2</b> outside" in panel.count.text()


class _EnglishPlurals(QTranslator):
    """The English translation's plural forms for any "(s)" text: 1 contact, 2 contacts."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if "(s)" not in (source or ""):
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def test_the_count_says_1_contact_and_2_contacts(
    qapp, panel: TimelinePanel, workspace: Workspace, small_case
) -> None:
    """The heading said "1 contacts": it is a counted text, whose forms the translation holds."""
    plurals = _EnglishPlurals()
    qapp.installTranslator(plurals)
    try:
        one = workspace.cases.create_case("one letter", jurisdiction="us")
        workspace.cases.log_event(one.id, EventKind.LETTER, at(2, 9))
        panel.show_case(one.id)
        assert panel.count.text() == "<b>1</b> contact"
        panel.show_case(small_case.case_id)
        assert panel.count.text().startswith("<b>5</b> contacts")
        panel.party.setCurrentIndex(panel.party.findData(small_case.sandra))
        assert panel.count.text().startswith("Showing <b>2</b> of 5 contacts")
    finally:
        qapp.removeTranslator(plurals)


def test_a_contact_shown_from_elsewhere_is_shown_on_the_contacts_tab(
    panel: TimelinePanel, small_case
) -> None:
    """A walk-through clicked a late SMS under Possible issues while Promises and payments was
    the timeline's open tab: the contact was selected, but out of sight behind the promises."""
    panel.tabs.setCurrentWidget(panel.ledger)
    assert panel.select_event(small_case.recorded_event)
    assert panel.tabs.currentIndex() == 0
    assert panel.view.isVisible()
    assert [r.id for r in panel.selected_rows()] == [small_case.recorded_event]


def test_a_contacts_tags_are_listed_as_its_language_lists_words(
    qtbot, language: str, workspace: Workspace, small_case
) -> None:
    """The Chinese timeline listed tags with an English comma ("報出姓名, 威脅"); the report
    and the Chinese CSV list them with 、 (a Taiwanese walk-through)."""
    event = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 10))
    workspace.cases.tag_event(event.id, "name_given")
    workspace.cases.tag_event(event.id, "threat")
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.marks_loaded):
        panel.show_case(small_case.case_id)
    tags = QApplication.translate("Timeline", "Tags")
    column = next(i for i, c in enumerate(panel.model.columns) if c.header == tags)
    row = next(i for i, r in enumerate(panel.proxy.visible_rows()) if r.id == event.id)
    shown = panel.proxy.data(panel.proxy.index(row, column))
    separator = "、" if language.startswith("zh") else ", "
    assert shown.count(separator) == 1 and ", " not in shown.replace(separator, "")
    wait_for_all()
    qtbot.waitUntil(lambda: not _pending)
