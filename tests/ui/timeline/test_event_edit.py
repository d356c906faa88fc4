"""A contact logged by mistake is corrected (Edit contact…, a double-click) or removed (Remove
contact…, the Delete key), and the case's audit log keeps what it was; a recorded call is never
removed. The log dialog shows the time zone the time is read in."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from small_case import SmallCase, answering, at
from sqlalchemy import func, select

from onrecord.store import Workspace
from onrecord.store.enums import EventKind, NoticeKind
from onrecord.store.models import AuditEvent
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.timeline.ledgerdialog import RemoveDialog
from onrecord.ui.timeline.logdialog import LogContactDialog
from onrecord.ui.timeline.withdraw import WithdrawDialog

pytestmark = pytest.mark.gui

LATE_CALL = 1  # the missed call at 22:00 on 2 March (row 1, oldest first)
RECORDED = 4  # the recorded call (row 4)


@pytest.fixture
def logged(workspace: Workspace, small_case: SmallCase) -> Callable[[str], list[dict]]:
    """The audit data of an action, logged after the small case was made."""
    with workspace.store.session() as s:
        made = s.scalar(select(func.max(AuditEvent.seq))) or 0

    def read(action: str) -> list[dict]:
        with workspace.store.session() as s:
            query = select(AuditEvent.body).where(
                AuditEvent.action == action, AuditEvent.seq > made
            )
            return [json.loads(b)["data"] for b in s.scalars(query.order_by(AuditEvent.seq))]

    return read


def shown_ids(panel: TimelinePanel) -> list[int]:
    return [r.id for r in panel.proxy.visible_rows()]


def double_click(qtbot, panel: TimelinePanel, row: int) -> None:
    rect = panel.view.visualRect(panel.proxy.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def set_when(dialog: LogContactDialog, moment: dt.datetime) -> None:
    dialog.when.setDateTime(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute),
            QTimeZone.utc(),
        )
    )


def test_edit_and_remove_act_on_one_selected_contact(panel: TimelinePanel) -> None:
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()
    panel.view.selectRow(LATE_CALL)
    assert panel.edit_button.isEnabled() and panel.remove_button.isEnabled()
    panel.view.selectAll()
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()


def test_a_double_click_opens_the_contact_prefilled_and_the_correction_is_shown(
    qtbot, panel: TimelinePanel, workspace: Workspace, small_case: SmallCase, logged
) -> None:
    late_id = shown_ids(panel)[LATE_CALL]
    assert "<b>2</b> outside the hours" in panel.count.text()
    seen: list[QDialog] = []
    prefilled: dict[str, object] = {}

    def fill(dialog: LogContactDialog) -> None:
        prefilled.update(
            title=dialog.windowTitle(),
            kind=next(k for k, b in dialog.kind_buttons.items() if b.isChecked()),
            when=dialog.when.dateTime().toString("yyyy-MM-dd HH:mm"),
            number=dialog.number.currentText(),
            who=dialog.party.currentData(),
            notice=dialog.notice.currentData(),
            zone=dialog.zone_label.text(),
        )
        dialog.set_kind(EventKind.VOICEMAIL)
        set_when(dialog, at(2, 10, 30))
        dialog.summary.setText("left a message asking me to call back")
        dialog.reason.setText("it was a voicemail, in the morning")

    panel.run_dialog = answering(fill, seen)  # type: ignore[assignment]
    with qtbot.waitSignal(panel.events_changed):
        double_click(qtbot, panel, LATE_CALL)

    assert [type(d) for d in seen] == [LogContactDialog]
    assert prefilled == {
        "title": "Edit a contact",
        "kind": EventKind.MISSED_CALL,
        "when": "2026-03-02 22:00",
        "number": "+1 212-555-0142",
        "who": small_case.mike,
        "notice": None,
        "zone": "Eastern Time (US) · UTC-05:00",
    }
    row = next(r for r in panel.proxy.visible_rows() if r.id == late_id)
    assert (row.kind, row.local.hour, row.local.minute) == ("voicemail", 10, 30)
    assert row.summary == "left a message asking me to call back"
    assert "<b>1</b> outside the hours" in panel.count.text()
    assert panel.selected_rows() == [row]  # still selected after the refresh
    [update] = logged("event.updated")
    assert update["changed"]["kind"] == ["missed_call", "voicemail"]
    assert update["changed"]["started_at"] == [
        "2026-03-03T03:00:00.000000Z",
        "2026-03-02T15:30:00.000000Z",
    ]
    assert update["reason"] == "it was a voicemail, in the morning"


def test_an_edit_sent_back_unchanged_changes_nothing(
    panel: TimelinePanel, workspace: Workspace, logged
) -> None:
    panel.view.selectRow(LATE_CALL)
    panel.run_dialog = answering(lambda d: None, [])  # type: ignore[assignment]
    panel.edit_button.click()
    assert logged("event.updated") == []


def test_an_unchanged_time_keeps_its_seconds(
    panel: TimelinePanel, workspace: Workspace, small_case: SmallCase, logged
) -> None:
    """The field shows minutes; an imported time to the second is not cut when kept."""
    started = at(6, 9, 41) + dt.timedelta(seconds=37)
    event = workspace.cases.log_event(small_case.case_id, EventKind.SMS, started)
    panel.refresh()
    panel.select_event(event.id)
    panel.run_dialog = answering(
        lambda d: d.summary.setText("pay today or else"),  # type: ignore[attr-defined]
        [],
    )
    panel.edit_button.click()
    [update] = logged("event.updated")
    assert list(update["changed"]) == ["summary"]
    [now] = [e for e in workspace.cases.events(small_case.case_id) if e.id == event.id]
    assert now.started_at == started.astimezone(dt.UTC)


def test_an_edit_the_store_refuses_keeps_the_dialog_open_and_changes_nothing(
    panel: TimelinePanel, workspace: Workspace, small_case: SmallCase, no_dialogs, logged
) -> None:
    panel.view.selectRow(LATE_CALL)
    results: list[int] = []

    def fill(dialog: LogContactDialog) -> None:
        dialog.summary.setText("x" * 20001)  # longer than a note may be

    def run(dialog: QDialog) -> bool:
        fill(dialog)  # type: ignore[arg-type]
        dialog.accept()
        results.append(dialog.result())
        return False

    panel.run_dialog = run
    panel.edit_button.click()

    assert results == [0]  # not accepted: still open with what was typed
    assert [kind for kind, *_ in no_dialogs] == ["error"]
    assert no_dialogs[0][1] == "Not saved"
    assert logged("event.updated") == []
    assert workspace.cases.events(small_case.case_id)[LATE_CALL].summary == ""


def test_a_notice_is_prefilled_and_can_be_taken_back(
    panel: TimelinePanel, workspace: Workspace, small_case: SmallCase
) -> None:
    event = workspace.cases.log_event(
        small_case.case_id,
        EventKind.LETTER,
        at(6, 9),
        direction="outgoing",
        notice=NoticeKind.CEASE_REQUEST,
    )
    panel.refresh()
    assert panel.select_event(event.id)
    seen: list[object] = []

    def fill(dialog: LogContactDialog) -> None:
        seen.append(dialog.notice.currentData())
        dialog.notice.setCurrentIndex(dialog.notice.findData(None))

    panel.run_dialog = answering(fill, [])  # type: ignore[assignment]
    panel.edit_button.click()
    assert seen == [NoticeKind.CEASE_REQUEST]
    [now] = [e for e in workspace.cases.events(small_case.case_id) if e.id == event.id]
    assert now.notice is None and now.direction == "outgoing"


def test_the_delete_key_asks_then_removes_the_contact_with_the_reason(
    qtbot, panel: TimelinePanel, workspace: Workspace, logged
) -> None:
    before = shown_ids(panel)
    late_id = before[LATE_CALL]
    panel.view.setFocus()
    panel.view.selectRow(LATE_CALL)
    asked: dict[str, str] = {}

    def fill(dialog: RemoveDialog) -> None:
        asked.update(title=dialog.windowTitle(), item=dialog.item.text())
        asked.update(logged=dialog.logged.text())
        dialog.reason.setText("pressed Enter by mistake")

    seen: list[QDialog] = []
    panel.run_dialog = answering(fill, seen)  # type: ignore[assignment]
    with qtbot.waitSignal(panel.events_changed):
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)

    assert [type(d) for d in seen] == [RemoveDialog]
    assert asked["title"] == "Remove a contact"
    assert "Missed call" in asked["item"] and "Mike Dalton" in asked["item"]
    assert "audit log" in asked["logged"]
    assert shown_ids(panel) == [i for i in before if i != late_id]
    assert "<b>1</b> outside the hours" in panel.count.text()
    [removal] = logged("event.removed")
    assert removal["reason"] == "pressed Enter by mistake"
    assert removal["removed"]["id"] == late_id


def test_cancelling_the_removal_changes_nothing(
    panel: TimelinePanel, workspace: Workspace, logged
) -> None:
    before = shown_ids(panel)
    panel.view.selectRow(LATE_CALL)
    seen: list[QDialog] = []
    panel.run_dialog = answering(lambda d: None, seen, ok=False)  # type: ignore[assignment]
    panel.remove_button.click()
    assert [type(d) for d in seen] == [RemoveDialog]
    assert shown_ids(panel) == before
    assert logged("event.removed") == []


def test_a_recorded_call_cannot_be_removed_and_says_why(
    qtbot, panel: TimelinePanel, workspace: Workspace
) -> None:
    before = shown_ids(panel)
    panel.view.setFocus()
    panel.view.selectRow(RECORDED)
    assert panel.edit_button.isEnabled()
    assert not panel.remove_button.isEnabled()
    assert "never removed" in panel.remove_button.toolTip()
    seen: list[QDialog] = []
    panel.run_dialog = answering(lambda d: None, seen, ok=False)  # type: ignore[assignment]
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert seen == [] and shown_ids(panel) == before
    with qtbot.waitSignal(panel.recording_opened):  # a double-click still plays it
        double_click(qtbot, panel, RECORDED)
    assert seen == []


def test_a_recorded_call_s_kind_and_time_are_fixed_but_its_note_can_be_corrected(
    panel: TimelinePanel, workspace: Workspace, small_case: SmallCase
) -> None:
    panel.view.selectRow(RECORDED)
    fixed: list[bool] = []

    def fill(dialog: LogContactDialog) -> None:
        fixed.append(not dialog.when.isEnabled())
        fixed.extend(not b.isEnabled() for b in dialog.kind_buttons.values())
        dialog.summary.setText("he said he would call my boss")

    panel.run_dialog = answering(fill, [])  # type: ignore[assignment]
    panel.edit_button.click()
    assert fixed and all(fixed)
    event = next(
        e for e in workspace.cases.events(small_case.case_id) if e.id == small_case.recorded_event
    )
    assert event.summary == "he said he would call my boss"
    assert event.started_at == at(5, 10).astimezone(dt.UTC)


def test_a_tagged_contact_is_withdrawn_instead_with_a_reason_and_counted_again_later(
    qtbot, panel: TimelinePanel, workspace: Workspace, logged, no_dialogs
) -> None:
    late_id = shown_ids(panel)[LATE_CALL]
    workspace.cases.tag_event(late_id, "threat")
    panel.refresh()
    panel.select_event(late_id)
    assert "<b>2</b> outside the hours" in panel.count.text()  # the 22:00 call and another
    asked: dict[str, object] = {}

    def fill(dialog: WithdrawDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        asked.update(refusal=dialog.lead.toolTip(), ok_empty=ok.isEnabled())
        dialog.reason.setText("the same call was logged twice")
        asked.update(ok_filled=ok.isEnabled())

    seen: list[QDialog] = []
    panel.run_dialog = answering(fill, seen)  # type: ignore[assignment]
    with qtbot.waitSignal(panel.events_changed):
        panel.remove_button.click()
    assert [type(d) for d in seen] == [WithdrawDialog]
    assert "1 tag" in str(asked["refusal"])  # why it cannot be removed, first
    assert (asked["ok_empty"], asked["ok_filled"]) == (False, True)  # a reason is required
    assert late_id in shown_ids(panel)  # still there, marked
    [row] = [r for r in panel.model.rows if r.id == late_id]
    at_row = panel.model.rows.index(row)
    cells = [
        panel.model.data(panel.model.index(at_row, c)) for c in range(len(panel.model.columns))
    ]
    assert any(
        str(cell).startswith("Withdrawn, not counted: the same call was logged twice")
        for cell in cells
    )
    assert "<b>1</b> outside the hours" in panel.count.text()
    assert "<b>4</b> contact" in panel.count.text()  # 5 logged, 1 withdrawn (a %n text)
    assert "+ 1 withdrawn, not counted" in panel.count.text()
    assert logged("event.withdrawn") == [{"reason": "the same call was logged twice"}]
    assert panel.remove_button.text() == "Count again…"

    with qtbot.waitSignal(panel.events_changed):
        panel.remove_button.click()  # the confirmation is answered yes by no_dialogs
    assert [k for k, _t, _x in no_dialogs] == ["confirm"]
    assert "the same call was logged twice" in no_dialogs[0][2]
    assert "<b>2</b> outside the hours" in panel.count.text()
    assert panel.remove_button.text() == "Remove contact…"
    [restored] = logged("event.restored")
    assert restored["withdrawn_reason"] == "the same call was logged twice"


def test_cancelling_a_withdrawal_changes_nothing(
    panel: TimelinePanel, workspace: Workspace, logged
) -> None:
    late_id = shown_ids(panel)[LATE_CALL]
    workspace.cases.tag_event(late_id, "threat")
    panel.refresh()
    panel.select_event(late_id)
    seen: list[QDialog] = []
    panel.run_dialog = answering(lambda d: None, seen, ok=False)  # type: ignore[assignment]
    panel.remove_button.click()
    assert [type(d) for d in seen] == [WithdrawDialog]
    assert logged("event.withdrawn") == []
    assert not any(r.withdrawn for r in panel.model.rows)


@pytest.mark.parametrize(
    ("computer", "month", "zone", "note"),
    [
        ("Asia/Taipei", 1, "Eastern Time (US) · UTC-05:00", True),
        ("Asia/Taipei", 7, "Eastern Time (US) · UTC-04:00", True),
        ("America/New_York", 1, "Eastern Time (US) · UTC-05:00", False),
        ("America/Toronto", 1, "Eastern Time (US) · UTC-05:00", False),  # same clock
    ],
)
def test_the_log_dialog_names_the_case_s_time_zone(qtbot, computer, month, zone, note) -> None:
    now = dt.datetime(2026, month, 15, 19, 31, tzinfo=dt.UTC)
    dialog = LogContactDialog("America/New_York", [], [], None, now=now, computer_zone=computer)
    qtbot.addWidget(dialog)
    assert dialog.zone_label.text() == zone
    assert dialog.zone_note.isVisibleTo(dialog) is note
    assert dialog.zone_note.text() == "the case's time zone, not this computer's"


def test_the_zone_follows_the_time_typed(qtbot) -> None:
    now = dt.datetime(2026, 1, 15, 19, 31, tzinfo=dt.UTC)
    dialog = LogContactDialog("America/New_York", [], [], None, now=now, computer_zone="UTC")
    qtbot.addWidget(dialog)
    set_when(dialog, dt.datetime(2026, 7, 1, 9, 0))
    assert dialog.zone_label.text() == "Eastern Time (US) · UTC-04:00"


def test_the_notice_choices_say_what_the_user_told_them(qtbot) -> None:
    dialog = LogContactDialog("UTC", [], [], None)
    qtbot.addWidget(dialog)
    texts = [dialog.notice.itemText(i) for i in range(dialog.notice.count())]
    assert texts[1:] == [
        "To stop contacting me",
        "That I have a lawyer (to contact my lawyer)",
        "Not to call me at work",
    ]
    assert "told them" in dialog.notice.accessibleName()
    assert "stop contacting" in dialog.notice.toolTip()


def test_unticking_a_tag_withdraws_it_and_ticking_one_adds_it(
    panel: TimelinePanel, workspace: Workspace, small_case: SmallCase, logged
) -> None:
    late_id = shown_ids(panel)[LATE_CALL]
    workspace.cases.tag_event(late_id, "threat")
    panel.refresh()
    panel.select_event(late_id)
    ticked: list[list[str]] = []

    def fill(dialog: LogContactDialog) -> None:
        items = [dialog.tags.item(i) for i in range(dialog.tags.count())]
        ticked.append(
            [
                i.data(Qt.ItemDataRole.UserRole)
                for i in items
                if i.checkState() == Qt.CheckState.Checked
            ]
        )
        for item in items:
            if item.data(Qt.ItemDataRole.UserRole) == "threat":
                item.setCheckState(Qt.CheckState.Unchecked)
        dialog.check_tag("name_given")
        dialog.reason.setText("he gave his name; no threat")

    panel.run_dialog = answering(fill, [])  # type: ignore[assignment]
    panel.edit_button.click()

    assert ticked == [["threat"]]
    tags = {(t.tag, t.retracted) for t in workspace.cases.event_tags(small_case.case_id)}
    assert tags == {("threat", True), ("name_given", False)}
    [retraction] = logged("event.tag_retracted")
    assert retraction["reason"] == "he gave his name; no threat"
    row = next(r for r in panel.proxy.visible_rows() if r.id == late_id)
    assert row.tags == {"name_given"}
