"""The import dialog: preview, pick numbers and collectors, import, summary; bad files refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from onrecord.imports import execute, prepare
from onrecord.store import Workspace
from onrecord.store.models import AuditEvent, ContactEvent, Party
from onrecord.ui import dialogs
from onrecord.ui.import_numbers import COL_CASE
from onrecord.ui.importdialog import ImportDialog

pytestmark = pytest.mark.gui

MS = 1000


def _ms(*args: int) -> int:
    return int(dt.datetime(*args, tzinfo=dt.UTC).timestamp()) * MS


def calls_xml(path: Path) -> Path:
    """A small SMS Backup & Restore call log: two calls from one collector, one from another
    number, one from the user's mother (generated data; US 555-01xx fiction numbers)."""
    rows = [
        ("+12125550142", 0, _ms(2026, 3, 2, 12, 10), 3, "(Unknown)"),
        ("(212) 555-0142", 95, _ms(2026, 3, 3, 15, 0), 1, "Keystone"),
        ("+16465550188", 0, _ms(2026, 3, 4, 23, 40), 3, "(Unknown)"),
        ("+17185550123", 300, _ms(2026, 3, 5, 18, 0), 2, "Mom"),
    ]
    calls = "\n".join(
        f'  <call number="{n}" duration="{d}" date="{t}" type="{k}" presentation="1" '
        f'contact_name="{name}" />'
        for n, d, t, k, name in rows
    )
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f'<calls count="{len(rows)}">\n{calls}\n</calls>\n',
        "utf-8",
    )
    return path


def counts(ws: Workspace) -> tuple[int, int, int]:
    with ws.store.session() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (ContactEvent, AuditEvent, Party)
        )


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    return workspace.cases.create_case("Harbor Bank card", jurisdiction="us").id


def open_dialog(qtbot, ws: Workspace, case_id: int, paths: list[Path], monkeypatch) -> ImportDialog:
    monkeypatch.setattr(dialogs, "choose_files", lambda *a, **k: list(paths))
    dlg = ImportDialog(ws, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.pick_button, Qt.MouseButton.LeftButton)
    assert dlg.paths == paths
    return dlg


def test_import_only_the_picked_number(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    mike = workspace.cases.add_party(case_id, "Mike Dalton")
    xml = calls_xml(tmp_path / "calls-20260306.xml")
    dlg = open_dialog(qtbot, workspace, case_id, [xml], monkeypatch)
    before = counts(workspace)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)
    assert counts(workspace) == before  # the preview writes nothing

    # The preview: three numbers, with counts and the phone's names; none ticked yet.
    shown = {
        dlg.table.item(r, 1).text(): (dlg.table.item(r, 2).text(), dlg.table.item(r, 6).text())
        for r in range(dlg.table.rowCount())
    }
    assert shown == {
        "+1 212-555-0142": ("2", "Keystone"),
        "+1 646-555-0188": ("1", ""),
        "+1 718-555-0123": ("1", "Mom"),
    }
    assert dlg.table.picked_keys() == []
    assert not dlg.next_button.isEnabled()

    key = next(n.key for n in dlg.plan.preview.numbers if n.display == "+1 212-555-0142")
    dlg.table.set_row_picked(dlg.table.row_of(key), True)
    dlg.table.set_collector(key, mike.id)
    assert dlg.table.picked_keys() == [key]
    assert dlg.next_button.isEnabled() and "2" in dlg.next_button.text()
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)

    assert dlg.pages.currentIndex() == dlg.PAGE_DONE
    events = workspace.cases.events(case_id)
    assert len(events) == 2
    assert {e.phone_number.e164 for e in events} == {"+12125550142"}
    assert {e.party_id for e in events} == {mike.id}
    facts = dlg.done_facts.text()
    assert "Added to the case: 2" in facts
    assert "numbers you did not tick): 2" in facts
    assert no_dialogs == []

    # Importing the same file again adds nothing.
    again = open_dialog(qtbot, workspace, case_id, [xml], monkeypatch)
    qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == again.PAGE_PREVIEW, timeout=30000)
    assert again.table.picked_keys() == [key]  # already in the case: ticked, collector kept
    assert not again.next_button.isEnabled()  # nothing new to import


def test_new_collector_is_created_only_on_import(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    xml = calls_xml(tmp_path / "calls.xml")
    dlg = open_dialog(qtbot, workspace, case_id, [xml], monkeypatch)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)
    monkeypatch.setattr(dialogs, "ask_text", lambda p, t, label, text="": "Apex Recovery")
    key = next(n.key for n in dlg.plan.preview.numbers if n.display == "+1 646-555-0188")
    combo = dlg.table.cellWidget(dlg.table.row_of(key), 7)
    combo.setCurrentIndex(combo.count() - 1)  # "New collector…"
    combo.activated.emit(combo.count() - 1)
    assert combo.currentText().startswith("Apex Recovery")
    assert dlg.table.picked_keys() == [key]  # naming a collector ticks the number
    assert workspace.cases.parties(case_id) == []  # nothing written before Import
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    (party,) = workspace.cases.parties(case_id)
    assert party.name == "Apex Recovery"
    assert [e.party_id for e in workspace.cases.events(case_id)] == [party.id]


def test_bad_xml_is_named_and_nothing_is_written(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    good = calls_xml(tmp_path / "calls-good.xml").read_text("utf-8")
    bad = tmp_path / "calls-broken.xml"
    bad.write_text(good[: good.index("Keystone") + 20], "utf-8")  # cut off mid-element
    dlg = open_dialog(qtbot, workspace, case_id, [bad], monkeypatch)
    before = counts(workspace)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=30000)
    ((kind, title, text),) = no_dialogs
    assert (kind, title) == ("error", "This file cannot be imported")
    assert "calls-broken.xml" in text and "line" in text
    assert "Nothing was added to your case." in text
    assert counts(workspace) == before
    assert dlg.pages.currentIndex() == dlg.PAGE_CHOOSE
    assert dlg.next_button.isEnabled()  # the user can pick another file


def test_csv_template_is_saved_where_the_user_chooses(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    target = tmp_path / "my-log.csv"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: target)
    dlg = ImportDialog(workspace, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.template_button.isVisible()
    dlg.format_buttons["csv"].setChecked(True)
    assert dlg.template_button.isVisible()
    qtbot.mouseClick(dlg.template_button, Qt.MouseButton.LeftButton)
    assert target.read_text("utf-8").startswith("start,kind,direction,number")
    assert target.with_suffix(".md").is_file()
    assert [k for k, _t, _x in no_dialogs] == ["info"]


@pytest.mark.parametrize(
    ("language", "name", "header"),
    [
        ("zh_CN", "联系记录.csv", "日期,时间,类型,方向,电话号码"),
        ("zh_TW", "聯絡記錄.csv", "日期,時間,類型"),
    ],
)
def test_a_chinese_user_saves_a_template_with_chinese_columns_and_it_imports(
    qtbot,
    qapp,
    workspace: Workspace,
    case_id: int,
    tmp_path: Path,
    monkeypatch,
    no_dialogs,
    language: str,
    name: str,
    header: str,
) -> None:
    """She filled in a template of English columns she could not read; Excel showed a
    UTF-8 file without a byte-order mark as mojibake."""
    from PySide6.QtCore import QLocale

    from onrecord.ui import i18n

    target = tmp_path / "mine.csv"
    suggested: list[str] = []

    def choose(_parent, _title, start, _filters):
        suggested.append(Path(start).name)
        return target

    monkeypatch.setattr(dialogs, "choose_save_file", choose)
    previous = QLocale()
    i18n.install(qapp, language)
    try:
        dlg = ImportDialog(workspace, case_id)
        qtbot.addWidget(dlg)
        dlg.format_buttons["csv"].setChecked(True)
        qtbot.mouseClick(dlg.template_button, Qt.MouseButton.LeftButton)
    finally:
        i18n.install(qapp, "en")
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)
    assert suggested == [name]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + header.encode("utf-8"))
    blank = data.decode("utf-8-sig").strip()
    empty_cells = "," * (blank.count(",") - 2)
    target.write_bytes(f"{blank}\r\n2026/8/10,15:54,来电{empty_cells}\r\n".encode("utf-8-sig"))
    plan = prepare(workspace, case_id, target)
    assert plan.preview.records == 1
    assert target.with_suffix(".md").read_text("utf-8").count("|") > 20


def test_every_number_of_the_users_own_log_starts_ticked(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    # A log she kept lists what she chose to write down: the collector's call to her mother
    # is the row that matters most, and must not be left out by following the backup advice.
    log = tmp_path / "my-log.csv"
    log.write_text(
        "start,kind,direction,number,summary\n"
        "2026-03-04 12:10,call,to_others,+1 718-555-0123,called my mother about the debt\n"
        "2026-03-04 12:30,call,incoming,+1 212-555-0142,called me\n"
        "2026-03-05 09:00,sms,incoming,withheld,threat\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "choose_files", lambda *a, **k: [log])
    dlg = ImportDialog(workspace, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.format_buttons["csv"].setChecked(True)
    qtbot.mouseClick(dlg.pick_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)
    assert len(dlg.table.picked_keys()) == dlg.table.rowCount() == 3
    assert "your own log" in dlg.pick_note.text()
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    assert len(workspace.cases.events(case_id)) == 3
    assert [t.tag for t in workspace.cases.event_tags(case_id)] == ["third_party"]
    assert no_dialogs == []


def test_a_contact_removed_after_an_import_is_not_shown_as_in_the_case(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    xml = calls_xml(tmp_path / "calls.xml")
    assert execute(workspace, prepare(workspace, case_id, xml)).added == 4
    first = workspace.cases.events(case_id)[0]
    workspace.corrections.remove_event(first.id, "logged by mistake")

    dlg = open_dialog(qtbot, workspace, case_id, [xml], monkeypatch)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)

    facts = dlg.preview_facts.text()
    assert "3 already in this case" in facts
    assert "1 removed from this case after an earlier import (not added again)" in facts
    key = next(n.key for n in dlg.plan.preview.numbers if n.removed_before)
    row = dlg.table.row_of(key)
    assert "1 of 2 removed earlier" in dlg.table.item(row, COL_CASE).text()
    dlg.table.set_all_picked(True)
    assert not dlg.next_button.isEnabled()  # nothing new: the removed contact stays removed
    assert "0" in dlg.next_button.text()
    assert no_dialogs == []


def test_her_log_line_for_a_recorded_call_adds_its_words_and_says_how_dates_were_read(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    # A call BCR recorded, then her log's line for it with what he said: nothing new to add
    # as a call, so the button read "Import 0 new contacts", disabled, and her words were lost.
    import numpy as np
    import soundfile

    folder = tmp_path / "BCR"
    folder.mkdir()
    soundfile.write(
        str(folder / "20260301_150012.000-0500_in_sim1_2125550142.wav"),
        (np.sin(np.arange(4000) / 5) * 8000).astype(np.int16),
        8000,
        subtype="PCM_16",
    )
    assert workspace.cases.case(case_id).timezone == "America/New_York"
    execute(workspace, prepare(workspace, case_id, folder))
    log = tmp_path / "my-log.csv"
    log.write_text(
        "date,time,kind,number,summary,tags\n"
        "3/1/2026,3:00 PM,incoming,212-555-0142,said he would call my boss,third_party\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "choose_files", lambda *a, **k: [log])
    dlg = ImportDialog(workspace, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.format_buttons["csv"].setChecked(True)
    qtbot.mouseClick(dlg.pick_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)

    facts = dlg.preview_facts.text()
    assert "already in this case" not in facts
    assert "1 row(s) are calls already recorded: their notes and tags are added" in facts
    assert "dates like 3/1/2026 were read as 1 March (month first, as written in United" in facts
    row = dlg.table.row_of(dlg.plan.preview.numbers[0].key)
    assert "1 of 1 already recorded (notes and tags added" in dlg.table.item(row, COL_CASE).text()
    assert dlg.next_button.isEnabled()
    # ("call(s)" until the English translation gives the plural forms)
    assert dlg.next_button.text().replace("&", "").startswith("Add notes to 1 recorded call")

    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    done = dlg.done_facts.text()
    assert "Added to the case: 0" in done
    assert "Notes and tags added to calls already recorded: 1" in done
    assert "dates like 3/1/2026 were read as 1 March" in done
    (call,) = workspace.cases.events(case_id)
    assert call.summary == "said he would call my boss"
    assert [t.tag for t in workspace.cases.event_tags(case_id)] == ["third_party"]
    assert no_dialogs == []


def test_the_file_dialog_opens_where_the_last_import_came_from(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch
) -> None:
    # A phone's backup folder holds the calls, the messages and the recordings, each chosen
    # in turn: the dialog opened at home every time (a walk-through).
    backup = tmp_path / "phone-backup"
    backup.mkdir()
    calls = backup / "calls-20260810.xml"
    calls.write_text("<calls count='0'></calls>", encoding="utf-8")
    starts: list[str] = []

    def choose(parent, title, filters="", start=""):  # type: ignore[no-untyped-def]
        starts.append(start)
        return [calls]

    monkeypatch.setattr(dialogs, "choose_files", choose)
    for _ in range(2):
        dlg = ImportDialog(workspace, case_id)
        qtbot.addWidget(dlg)
        qtbot.mouseClick(dlg.pick_button, Qt.MouseButton.LeftButton)
    assert starts == ["", str(backup)]


def test_the_phones_log_of_a_recorded_call_is_filed_with_it(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    # A call BCR recorded, then the phone's call log: its line for that call was counted
    # "already in this case" and dropped; only it in the log, the button read "Import 0".
    import numpy as np
    import soundfile

    folder = tmp_path / "BCR"
    folder.mkdir()
    soundfile.write(
        str(folder / "20260303_100010.000-0500_in_sim1_2125550142.wav"),
        (np.sin(np.arange(4000) / 5) * 8000).astype(np.int16),
        8000,
        subtype="PCM_16",
    )
    execute(workspace, prepare(workspace, case_id, folder))
    log = tmp_path / "calls-20260306.xml"
    log.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count=\"1\">\n"
        f'  <call number="(212) 555-0142" duration="95" date="{_ms(2026, 3, 3, 15, 0)}" '
        'type="1" presentation="1" contact_name="Keystone" />\n</calls>\n',
        "utf-8",
    )
    monkeypatch.setattr(dialogs, "choose_files", lambda *a, **k: [log])
    dlg = ImportDialog(workspace, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.format_buttons["calls"].setChecked(True)
    qtbot.mouseClick(dlg.pick_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)

    facts = dlg.preview_facts.text()
    assert "already in this case" not in facts
    assert "1 call(s) in the log are already recorded: each line is filed with its" in facts
    row = dlg.table.row_of(dlg.plan.preview.numbers[0].key)
    cell = dlg.table.item(row, COL_CASE).text()
    assert "1 of 1 already recorded (filed with those calls as the phone's record)" in cell
    assert dlg.next_button.isEnabled()
    assert dlg.next_button.text().replace("&", "").startswith("File the log with 1 recorded")

    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    done = dlg.done_facts.text()
    assert "Added to the case: 0" in done
    assert "Calls already recorded, now confirmed by the phone's call log: 1" in done
    (call,) = workspace.cases.events(case_id)
    assert call.duration_s == 95
    assert no_dialogs == []


def test_the_preview_lists_kinds_with_the_chinese_list_mark(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, monkeypatch
) -> None:
    # "通话 ×10, 未接来电 ×9": an English comma in a Chinese list read as a slip
    from PySide6.QtCore import QLocale

    from onrecord.ui.import_numbers import COL_KINDS

    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        dlg = open_dialog(qtbot, workspace, case_id, [calls_xml(tmp_path / "c.xml")], monkeypatch)
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.pages.currentIndex() == dlg.PAGE_PREVIEW, timeout=30000)
        kinds = [dlg.table.item(row, COL_KINDS).text() for row in range(dlg.table.rowCount())]
        assert any("、" in text for text in kinds) and not any(", " in t for t in kinds)
    finally:
        QLocale.setDefault(previous)
