"""What OnRecord wrote of an imported call shows in the user's language: the timeline's notes
(what the phone's record said, then her own note), the number of a withheld caller, search
results and the import's progress line ("正在导入 1 of 278…" in a walk-through)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from onrecord.imports import execute, prepare
from onrecord.store import Workspace
from onrecord.store.search import search
from onrecord.ui import i18n, labels
from onrecord.ui.export_task import progress_text
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.workers import _pending, wait_for_all

pytestmark = pytest.mark.gui

CALLS = Path(__file__).parents[2] / "imports" / "fixtures" / "calls-20260301.xml"


@pytest.fixture
def imported(workspace: Workspace) -> int:
    case_id = workspace.cases.create_case("华信消费金融", jurisdiction="cn").id
    execute(workspace, prepare(workspace, case_id, CALLS))
    return case_id


@pytest.fixture
def panel(qtbot, workspace: Workspace, imported: int) -> Iterator[TimelinePanel]:
    widget = TimelinePanel(workspace)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.marks_loaded):
        widget.show_case(imported)
    yield widget
    wait_for_all()
    qtbot.waitUntil(lambda: not _pending)


def column(panel: TimelinePanel, header: str) -> list[str]:
    name = QApplication.translate("Timeline", header)
    index = next(i for i, c in enumerate(panel.model.columns) if c.header == name)
    proxy = panel.proxy
    return [proxy.data(proxy.index(row, index)) for row in range(proxy.rowCount())]


def test_the_timeline_says_what_the_phone_recorded_and_keeps_her_note(
    qtbot, workspace: Workspace, imported: int, panel: TimelinePanel
) -> None:
    notes = column(panel, "Notes")
    assert notes[2] == "missed; caller ID withheld (hidden by the caller)"
    assert notes[3] == "saved in the phone's contacts as “催收 王”"
    assert notes[4] == "rejected on the phone"
    # The withheld caller's number is OnRecord's own placeholder: in words, once.
    assert column(panel, "Number")[2] == "withheld"
    rejected = workspace.cases.events(imported)[4]
    workspace.corrections.update_event(rejected.id, summary="挂断后又打来", reason="my note")
    with qtbot.waitSignal(panel.marks_loaded):
        panel.refresh()
    assert column(panel, "Notes")[4] == "rejected on the phone · 挂断后又打来"


def test_an_older_imports_english_note_is_read_back_as_facts(qapp, workspace) -> None:
    case_id = workspace.cases.create_case("华信消费金融", jurisdiction="cn").id
    workspace.cases.log_event(
        case_id,
        "missed_call",
        dt.datetime(2026, 3, 1, 8, tzinfo=dt.UTC),
        source="imported",
        source_detail="imported from SMS Backup & Restore call log: "
        "calls-1.xml line 3: number='13800138000' type=6 presentation=1",
        summary="blocked by the phone's refuse list; saved on the phone as '张经理 催收'",
    )
    (hit,) = search(workspace.store, "张经理")
    assert labels.contact_notes(hit.source, hit.source_detail, hit.text) == (
        "blocked by the phone's refuse list; saved in the phone's contacts as “张经理 催收”",
        "",
    )


def test_a_saved_name_is_still_found_by_search(qapp, workspace, imported) -> None:
    (hit,) = search(workspace.store, "催收 王")
    assert hit.kind == "event" and hit.text == ""
    assert labels.contact_notes(hit.source, hit.source_detail, hit.text)[0] == (
        "saved in the phone's contacts as “催收 王”"
    )


def test_search_finds_a_saved_name_not_the_field_that_holds_it(workspace, imported) -> None:
    """Every imported call's source detail ends with " contact_name='…'": someone looking for
    'name' or 'contact' (a note of what they said) must not get every imported call."""
    for words in ("name", "contact", "contact_name", "="):
        assert [h for h in search(workspace.store, words) if h.kind == "event"] == [], words
    (hit,) = search(workspace.store, "王")
    assert hit.kind == "event"


@pytest.fixture
def simplified(qapp):
    assert "onrecord_zh_CN" in i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")
    i18n.uninstall(qapp)


def test_a_withheld_import_number_is_said_in_the_users_language(simplified) -> None:
    shown = labels.number_text("withheld")
    assert shown == QApplication.translate("Labels", "withheld") and "withheld" not in shown


def test_the_import_progress_is_one_phrase(qapp) -> None:
    assert progress_text("importing 3 of 278") == "Importing contact 3 of 278…"
    assert progress_text("label 2 of 9") == "Importing label 2 of 9…"
    assert progress_text("reading calls-1.xml") == "Reading calls-1.xml…"
