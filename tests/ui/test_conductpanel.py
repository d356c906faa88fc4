"""The "Possible issues" panel: findings by rule, clickable events, user-set parameters."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTime, QTranslator
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from onrecord import settings as settings_module
from onrecord.store import Workspace
from onrecord.store.enums import EventKind
from onrecord.ui import localefmt, placenames
from onrecord.ui.conductpanel import ConductPanel

pytestmark = pytest.mark.gui


def at(zone: str, *args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def make_panel(qtbot, ws: Workspace, case_id: int) -> ConductPanel:
    panel = ConductPanel(ws)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    with qtbot.waitSignal(panel.check_finished, timeout=30000):
        panel.show_case(case_id)
    return panel


def rule_ids(panel: ConductPanel) -> list[str]:
    return [
        panel.tree.topLevelItem(i).text(0).split(" ")[0]
        for i in range(panel.tree.topLevelItemCount())
    ]


def test_early_call_is_listed_and_its_event_can_be_clicked(qtbot, workspace: Workspace) -> None:
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    zone = case.timezone
    early = workspace.cases.log_event(
        case.id, EventKind.CALL, at(zone, 2026, 3, 2, 7, 10), number="+1 212 555 0142"
    )
    workspace.cases.log_event(
        case.id, EventKind.CALL, at(zone, 2026, 3, 9, 12, 0), number="+1 212 555 0142"
    )
    panel = make_panel(qtbot, workspace, case.id)
    assert panel.jurisdiction.currentData() == "us"
    assert rule_ids(panel) == ["US-TIME"]
    (finding,) = panel.result.findings
    assert finding.event_ids == (early.id,)
    group = panel.tree.topLevelItem(0)
    assert "possible issue — not legal advice" in group.text(0)
    assert "rule read in the law's own text" in group.text(0)  # where the rule was read
    assert "possible issue — not legal advice" in panel.banner.text()
    # The dates in the summary are the issues' (a walk-through read them as the contacts').
    status = panel.status.text()
    assert "found, on 3/2/2026." in status
    assert " from " not in status.split("against")[0]
    row = group.child(0)
    # Dated as the timeline dates things in this language (the walk-through saw an ISO date
    # here, "2026/11/29 周日" in the timeline and "2026年11月29日" in the report).
    # Its zone and offset stated once above the issues, as the report does (every time here
    # has it), not "UTC-05:00" in every row.
    assert row.text(0) == localefmt.wall_text(
        dt.datetime(2026, 3, 2, 7, 10, tzinfo=ZoneInfo("America/New_York")),
        seconds=True,
        zone=False,
    )
    assert "(times in Eastern Time (US) UTC-05:00)" in status
    assert "7:10:00 AM" in row.text(1)

    item = panel.event_items()[early.id]
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    with qtbot.waitSignal(panel.event_activated, timeout=5000) as clicked:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [early.id]

    # The keyboard reaches it too: select the row and press Enter.
    panel.tree.setFocus()
    panel.tree.setCurrentItem(item)
    with qtbot.waitSignal(panel.event_activated, timeout=5000) as pressed:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert pressed.args == [early.id]


def hours_text(panel) -> str:  # type: ignore[no-untyped-def]
    group = panel.tree.topLevelItem(rule_ids(panel).index("CN-HOURS"))
    return " ".join(group.text(c) for c in range(panel.tree.columnCount()))


def test_editing_cn_hours_end_changes_the_findings_and_is_saved(
    qtbot, workspace: Workspace
) -> None:
    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    zone = case.timezone  # Asia/Shanghai
    late = workspace.cases.log_event(
        case.id, EventKind.CALL, at(zone, 2026, 3, 2, 21, 30), number="13800138000"
    )
    panel = make_panel(qtbot, workspace, case.id)
    assert "CN-HOURS" in rule_ids(panel)
    hours = next(f for f in panel.result.findings if f.rule_id == "CN-HOURS")
    assert hours.event_ids == (late.id,) and hours.confidence == "U"
    group = panel.tree.topLevelItem(rule_ids(panel).index("CN-HOURS"))
    assert "UNCONFIRMED" in group.text(0)
    headings = [label.text() for label in panel.params_box.findChildren(QLabel)]
    # Not hers until she changes it (a walk-through: defaults were called "set by you").
    assert any("CN-HOURS" in h and "(unconfirmed)" in h for h in headings)
    assert "uses your own setting" not in hours_text(panel)
    assert "starting values (you can change them)" in hours_text(panel)

    end = panel.param_editor("CN-HOURS", "end")
    assert end.time() == QTime(21, 0)
    with qtbot.waitSignal(panel.check_finished, timeout=30000) as checked:
        end.setTime(QTime(22, 0))
    assert "CN-HOURS" not in {f.rule_id for f in checked.args[0].findings}
    assert "CN-HOURS" not in rule_ids(panel)
    saved = settings_module.load(workspace.data_dir).conduct_overrides
    assert saved == {"CN-HOURS": {"end": "22:00"}}

    # A new panel starts from the saved value; "use the rule's values" goes back.
    again = make_panel(qtbot, workspace, case.id)
    assert again.param_editor("CN-HOURS", "end").time() == QTime(22, 0)
    headings = [label.text() for label in again.params_box.findChildren(QLabel)]
    assert any("CN-HOURS" in h and "unconfirmed — your setting" in h for h in headings)
    assert "CN-HOURS" not in rule_ids(again)
    with qtbot.waitSignal(again.check_finished, timeout=30000):
        again.reset_rule("CN-HOURS")
    assert "CN-HOURS" in rule_ids(again)
    assert settings_module.load(workspace.data_dir).conduct_overrides == {}


def test_a_value_changed_just_before_the_panel_moves_on_is_saved(
    qtbot, workspace: Workspace
) -> None:
    """A value is saved 400 ms after the last change; the panel cleared sooner ("New case"
    at once) deleted its editors, the save raised on a deleted label, and the change was
    silently not saved."""
    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    panel = make_panel(qtbot, workspace, case.id)
    panel.param_editor("CN-PRIV", "days").setValue(2)  # the save is pending
    panel.show_case(None)
    qtbot.wait(600)
    saved = settings_module.load(workspace.data_dir).conduct_overrides
    assert saved.get("CN-PRIV", {}).get("days") == 2


def test_an_impossible_window_is_refused_not_saved(qtbot, workspace: Workspace) -> None:
    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    panel = make_panel(qtbot, workspace, case.id)
    panel.param_editor("CN-HOURS", "start").setTime(QTime(23, 0))
    panel.apply_parameters()
    assert not panel.param_error.isHidden()
    assert "start must be before end" in panel.param_error.text()
    assert settings_module.load(workspace.data_dir).conduct_overrides == {}


def test_jurisdiction_selector_defaults_to_the_case_and_can_change(
    qtbot, workspace: Workspace
) -> None:
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    workspace.cases.log_event(case.id, EventKind.CALL, at(case.timezone, 2026, 3, 2, 21, 30))
    panel = make_panel(qtbot, workspace, case.id)
    assert "(this case)" in panel.jurisdiction.currentText()
    assert panel.params_box.isHidden()  # the US rules have nothing user-set
    with qtbot.waitSignal(panel.check_finished, timeout=30000) as checked:
        panel.jurisdiction.setCurrentIndex(panel.jurisdiction.findData("uk"))
        panel.jurisdiction.activated.emit(panel.jurisdiction.currentIndex())
    assert checked.args[0].jurisdiction == "uk"
    assert rule_ids(panel) == ["UK-TIME"]


def test_settings_keep_only_well_formed_overrides() -> None:
    loaded = settings_module.Settings.from_json(
        {
            "conduct_overrides": {
                "CN-HOURS": {"end": "22:00", "start": None, "flag": True},
                "HK-PERSIST": {"max_count": 4},
                "BROKEN": "not a mapping",
                "EMPTY": {},
            },
            "export_folder": 7,
        }
    )
    assert loaded.conduct_overrides == {
        "CN-HOURS": {"end": "22:00"},
        "HK-PERSIST": {"max_count": 4},
    }
    assert loaded.export_folder == ""
    assert settings_module.Settings.from_json({"conduct_overrides": []}).conduct_overrides == {}


def row_text(panel: ConductPanel, rule_id: str, name: str) -> str:
    """What the user reads on the line of an editor: its words and values, left to right."""
    editor = panel.param_editor(rule_id, name)
    box = editor.parentWidget()
    middle = editor.geometry().center().y()
    pieces = [
        w
        for w in box.findChildren(QWidget)
        if w.isVisible()
        and isinstance(w, QLabel | QSpinBox)
        and w.geometry().top() <= middle <= w.geometry().bottom()
    ]
    pieces.sort(key=lambda w: w.geometry().x())
    return " ".join(w.text() for w in pieces)


def test_too_many_contacts_in_a_day_reads_as_sentences(qtbot, workspace: Workspace) -> None:
    """A walk-through read "4 contacts within 1 consecutive days (2026-11-12 to 2026-11-12)"
    above the setting "At most [3] contacts in (days) [1]", and a summary without a stop."""
    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    for hour in (9, 11, 13, 15):
        workspace.cases.log_event(
            case.id, EventKind.CALL, at(case.timezone, 2026, 11, 12, hour, 0), number="13800138000"
        )
    panel = make_panel(qtbot, workspace, case.id)
    group = panel.tree.topLevelItem(rule_ids(panel).index("CN-PRIV"))
    assert group.child(0).text(1) == "4 contacts on Nov 12, 2026 (threshold: more than 3 a day)"
    status = panel.status.text()
    assert status.startswith("Checked 4 contact")
    # The zone by its name, not its identifier (a walk-through read "Asia/Shanghai").
    assert "against the rules of Mainland China (times in China Standard Time UTC+08:00)." in (
        status
    )

    assert row_text(panel, "CN-PRIV", "days") == "At most 3 contacts within 1 day"
    with qtbot.waitSignal(panel.check_finished, timeout=30000) as checked:
        panel.param_editor("CN-PRIV", "days").setValue(2)
    assert row_text(panel, "CN-PRIV", "days") == "At most 3 contacts within 2 days"
    (finding,) = [f for f in checked.args[0].findings if f.rule_id == "CN-PRIV"]
    assert finding.detail == "4 contacts on Nov 12, 2026 (threshold: more than 3 in 2 days)"


CHINESE_SUMMARY = {
    "Checked %n contact(s) against the rules of %1 (times in %2).": "已依%1的規定檢查 %n 次聯絡"
    "（時間以 %2 為準）。",
    "No possible issues found.": "未發現可能存在的問題。",
}


class ChineseSummary(QTranslator):
    """The summary's sentences as a Chinese translation writes them (ending in "。")."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return CHINESE_SUMMARY.get(source) if context == "ConductPanel" else None


def test_the_chinese_summary_is_one_sentence_after_another(qtbot, workspace: Workspace) -> None:
    """A walk-through read "已檢查 56 次聯繫 依據：中國大陸（…）。": a space where a sentence
    needed its words around it, and a space after "。" where none belongs."""
    translator = ChineseSummary()
    QCoreApplication.installTranslator(translator)
    try:
        case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
        workspace.cases.log_event(case.id, EventKind.CALL, at(case.timezone, 2026, 11, 12, 10, 0))
        panel = make_panel(qtbot, workspace, case.id)
        zone = placenames.zone_name(case.timezone)  # in the locale's words
        assert panel.status.text() == (
            f"已依{panel.result.pack_title}的規定檢查 1 次聯絡（時間以 {zone} 為準）。"
            "<b>未發現可能存在的問題。</b>"
        )
    finally:
        QCoreApplication.removeTranslator(translator)


def test_too_many_calls_are_dated_over_the_calls_they_count_as_in_the_report(
    qtbot, workspace: Workspace
) -> None:
    # "8 calls in 7 days" was dated from the eighth call alone here, and from the first to the
    # last in the report (a lawyer could not match one time to "8 calls"): both span the eight.
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    zone = case.timezone
    calls = [
        workspace.cases.log_event(
            case.id, EventKind.MISSED_CALL, at(zone, 2026, 3, 2 + day, 12, 0),
            number="+1 212 555 0142",
        )
        for day in range(7)
    ] + [
        workspace.cases.log_event(
            case.id, EventKind.MISSED_CALL, at(zone, 2026, 3, 8, 15, 0), number="+1 212 555 0142"
        )
    ]  # fmt: skip
    panel = make_panel(qtbot, workspace, case.id)
    group = panel.tree.topLevelItem(rule_ids(panel).index("US-7IN7"))
    row = group.child(0)
    first, eighth = (c.started_at.astimezone(ZoneInfo(zone)) for c in (calls[0], calls[-1]))
    # Across the change to daylight saving time each time gives its own offset (the zone
    # named once above the issues, without an offset)
    assert row.text(0) == (
        f"{localefmt.wall_text(first, seconds=True, named=False)} … "
        f"{localefmt.wall_text(eighth, seconds=True, named=False)}"
    )
    assert "(times in Eastern Time (US))" in panel.status.text()
    assert row.childCount() == 8  # all eight listed as its context


def test_a_rules_note_is_read_in_the_panel_not_only_in_a_tooltip(
    qtbot, workspace: Workspace
) -> None:
    # The Taiwanese rules cite the insurers' rule; that banks have their own is the note.
    case = workspace.cases.create_case("晨曦銀行信用卡", jurisdiction="tw")
    for hour, tag in ((10, "third_party"), (11, "threat")):
        event = workspace.cases.log_event(
            case.id, EventKind.CALL, at(case.timezone, 2026, 3, 2, hour, 0), number="0223456789"
        )
        workspace.cases.tag_event(event.id, tag)
    panel = make_panel(qtbot, workspace, case.id)
    assert {"TW-3P", "TW-ABUSE"} <= set(rule_ids(panel))
    notes = panel.notes.text().splitlines()
    [line] = [n for n in notes if "insurers' collection agents" in n]
    assert line.startswith("TW-3P · TW-ABUSE: ")  # one note, naming both of its rules
    assert panel.notes.isVisible()


def test_a_letter_s_issue_is_dated_without_a_time(qtbot, workspace: Workspace) -> None:
    """A letter has no time of day: its issue showed 5:18:00 AM, the minute it was logged."""
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    zone = case.timezone
    letter = workspace.cases.log_event(
        case.id, EventKind.LETTER, at(zone, 2026, 3, 2, 5, 18), tags=["threat"]
    )
    panel = make_panel(qtbot, workspace, case.id)
    [row] = [item for event_id, item in panel.event_items().items() if event_id == letter.id]
    assert row.text(0) == localefmt.date_text(dt.date(2026, 3, 2))
    assert "5:18" not in row.text(0)


def test_an_issue_from_a_tagged_mark_shows_the_tagged_moment_as_the_report_does(
    qtbot, workspace: Workspace
) -> None:
    """A Taiwanese user saw 下午7:32:16, the call's start, beside a threat the report dated at
    its tagged moment, 7:32:23: the tab and the report give the same moment, from one place."""
    from onrecord.evidence.findings import ExportedFindings, findings_rows, mark_moments
    from onrecord.evidence.snapshot import take_snapshot
    from onrecord.localefmt import moment_text

    case = workspace.cases.create_case("晨曦銀行信用卡", jurisdiction="tw")
    started = at(case.timezone, 2026, 11, 20, 19, 32, 16)
    rate = 8000
    recording = workspace.recordings.begin(
        case.id, "recordings/call.wav", sample_rate=rate, channels=1, started_at=started
    )
    workspace.recordings.finalise(
        recording.id, frames=rate * 30, sha256="0" * 64, pcm_sha256=None, segments=[]
    )
    mark = workspace.recordings.add_mark(recording.id, rate * 7, tag="threat", text="威脅")
    tagged = started + dt.timedelta(seconds=7)

    panel = make_panel(qtbot, workspace, case.id)
    [finding] = [f for f in panel.result.findings if mark.id in f.mark_ids]
    [row] = [
        item for event_id, item in panel.event_items().items() if event_id in finding.event_ids
    ]
    local = tagged.astimezone(ZoneInfo(case.timezone))
    assert row.text(0) == localefmt.wall_text(local, seconds=True, zone=False)
    assert localefmt.wall_text(
        started.astimezone(ZoneInfo(case.timezone)), seconds=True, zone=False
    ) != (row.text(0))
    # The report's row for it gives that moment too (its marks as the export reads them).
    found = ExportedFindings(panel.result, (finding,))
    recordings = take_snapshot(workspace, case.id).recordings
    [report_row] = findings_rows(found, "edge", marks=mark_moments(recordings))
    assert report_row[3] == moment_text(tagged, case.timezone, panel.result.language, seconds=True)


def test_an_issue_over_one_day_writes_its_day_once_from_the_first_contact(
    qtbot, workspace: Workspace
) -> None:
    """ "4 contacts on Nov 12" spans the four, as the report's When does, its day once."""
    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    for hour in (9, 11, 13, 15):
        workspace.cases.log_event(
            case.id, EventKind.CALL, at(case.timezone, 2026, 11, 12, hour, 0), number="13800138000"
        )
    panel = make_panel(qtbot, workspace, case.id)
    row = panel.tree.topLevelItem(rule_ids(panel).index("CN-PRIV")).child(0)
    zone = ZoneInfo(case.timezone)
    first = dt.datetime(2026, 11, 12, 9, tzinfo=zone)
    last = dt.datetime(2026, 11, 12, 15, tzinfo=zone)
    end = localefmt.time_text(last, seconds=True)  # UTC+08:00 stated once, above
    assert row.text(0) == f"{localefmt.wall_text(first, seconds=True, zone=False)} … {end}"
