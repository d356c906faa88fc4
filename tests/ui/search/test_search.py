"""Search every case; a mark result opens the call at the mark."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from onrecord.store import Workspace
from onrecord.store.search import search
from onrecord.ui.search import SearchPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def data(workspace: Workspace) -> dict[str, int]:
    us = workspace.cases.create_case("Card debt", jurisdiction="us")
    cn = workspace.cases.create_case("网贷", jurisdiction="cn")
    mike = workspace.cases.add_party(us.id, "Mike Dalton", employee_id="KRS-2291")
    workspace.cases.add_number(us.id, "(212) 555-0142", party_id=mike.id)
    rec = workspace.recordings.begin(
        cn.id, "recordings/x/a.wav", sample_rate=8000, channels=1,
        started_at=dt.datetime(2026, 3, 2, 2, tzinfo=dt.UTC),
    )  # fmt: skip
    workspace.recordings.finalise(rec.id, frames=8000 * 90, sha256="0" * 64, pcm_sha256=None)
    boss = workspace.recordings.add_mark(
        rec.id, 8000 * 42, tag="third_party", text="说要打给我老板"
    )
    old = workspace.recordings.add_mark(rec.id, 8000 * 50, text="wrong note")
    workspace.recordings.retract_mark(old.id)
    workspace.cases.log_event(
        us.id, "sms", dt.datetime(2026, 3, 3, 15, tzinfo=dt.UTC), summary="Final notice, reply PAY"
    )
    return {"us": us.id, "cn": cn.id, "rec": rec.id, "boss": boss.id}


def test_finds_notes_tags_names_and_numbers(workspace: Workspace, data) -> None:
    hits = search(workspace.store, "老板")
    assert [(h.kind, h.recording_id, h.frame) for h in hits] == [("mark", data["rec"], 8000 * 42)]
    # A tag's title in any language finds marks with that tag.
    assert any(h.frame == 8000 * 42 for h in search(workspace.store, "Third party"))
    assert any(h.frame == 8000 * 42 for h in search(workspace.store, "第三方"))
    assert [h.kind for h in search(workspace.store, "KRS-2291")] == ["party"]
    assert [h.kind for h in search(workspace.store, "555 0142")] == ["number"]
    assert [h.kind for h in search(workspace.store, "reply pay")] == ["event"]
    retracted = search(workspace.store, "wrong note")
    assert retracted and retracted[0].retracted
    assert search(workspace.store, "   ") == []
    assert search(workspace.store, "100%") == []


def test_a_result_opens_the_call_at_the_mark(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.query.setText("老板")
    panel.run_search()
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.mark_opened) as opened:
        panel.open_result(panel.model.index(0, 0))
    assert opened.args == [data["cn"], data["rec"], 8000 * 42]


def test_enter_opens_the_first_result(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.query, "Mike")
    with qtbot.waitSignal(panel.case_opened) as opened:
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert opened.args == [data["us"]]


def test_typing_searches_after_a_pause(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.query, "Final notice")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert "1 result" in panel.status.text()
