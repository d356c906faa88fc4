"""A recorded call that the phone's call log confirms says so in the timeline, with what the
log said of it (the name saved in the phone's contacts) and, for a call recorded here whose
length the log gives otherwise, the log's length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtWidgets import QApplication

from onrecord.imports import execute, prepare
from onrecord.store import Workspace
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.workers import _pending, wait_for_all

pytestmark = pytest.mark.gui

# 2026-03-01 15:00:00 +08:00, 185 s, saved in the phone as 张经理
LOG = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count=\"1\">\n"
    '  <call number="13800138000" duration="185" date="1772348400000" type="1" '
    'presentation="1" readable_date="x" contact_name="张经理" />\n</calls>\n'
)


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    return workspace.cases.create_case("华信消费金融", jurisdiction="cn").id


def _panel(qtbot, workspace: Workspace, case_id: int) -> TimelinePanel:
    widget = TimelinePanel(workspace)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.marks_loaded):
        widget.show_case(case_id)
    return widget


@pytest.fixture
def done(qtbot) -> Iterator[None]:
    yield
    wait_for_all()
    qtbot.waitUntil(lambda: not _pending)


def column(panel: TimelinePanel, header: str) -> list[str]:
    name = QApplication.translate("Timeline", header)
    index = next(i for i, c in enumerate(panel.model.columns) if c.header == name)
    proxy = panel.proxy
    return [proxy.data(proxy.index(row, index)) for row in range(proxy.rowCount())]


def test_a_bcr_call_the_log_confirms(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, done
) -> None:
    folder = tmp_path / "BCR"
    folder.mkdir()
    samples = (np.sin(np.arange(16000) / 5) * 8000).astype(np.int16)
    soundfile.write(
        str(folder / "20260301_150012.000+0800_in_sim1_13800138000_催收 王.wav"), samples, 8000
    )
    execute(workspace, prepare(workspace, case_id, folder))
    log = tmp_path / "calls-20260302.xml"
    log.write_text(LOG, encoding="utf-8")
    execute(workspace, prepare(workspace, case_id, log))
    panel = _panel(qtbot, workspace, case_id)
    assert column(panel, "Notes") == [
        "the phone showed “催收 王”; also in the phone's call log; "
        "saved in the phone's contacts as “张经理”"
    ]
    assert column(panel, "Length") == ["3:05"]  # the log's: BCR recorded 2 s of it


def test_a_call_recorded_here_shows_the_logs_other_length(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path, done
) -> None:
    recording = workspace.recordings.begin(
        case_id,
        "recordings/call-1.wav",
        sample_rate=8000,
        channels=1,
        started_at=dt.datetime(2026, 3, 1, 7, 0, 5, tzinfo=dt.UTC),
    )
    workspace.recordings.finalise(
        recording.id, frames=8000 * 200, sha256="a" * 64, pcm_sha256="b" * 64
    )
    workspace.corrections.update_event(recording.event_id, number="13800138000")
    log = tmp_path / "calls-20260302.xml"
    log.write_text(LOG, encoding="utf-8")
    execute(workspace, prepare(workspace, case_id, log))
    panel = _panel(qtbot, workspace, case_id)
    assert column(panel, "Notes") == [
        "also in the phone's call log, which gives its length as 3:05; "
        "saved in the phone's contacts as “张经理”"
    ]
    assert column(panel, "Length") == ["3:20"]  # OnRecord's own


def test_the_export_dialog_s_call_list_says_the_log_confirms_a_call(
    qtbot, workspace: Workspace, case_id: int, tmp_path: Path
) -> None:
    from onrecord.ui.export_calls import COL_NOTES, CallList

    folder = tmp_path / "BCR"
    folder.mkdir()
    samples = (np.sin(np.arange(16000) / 5) * 8000).astype(np.int16)
    soundfile.write(str(folder / "20260301_150012.000+0800_in_sim1_13800138000.wav"), samples, 8000)
    execute(workspace, prepare(workspace, case_id, folder))
    log = tmp_path / "calls-20260302.xml"
    log.write_text(LOG, encoding="utf-8")
    execute(workspace, prepare(workspace, case_id, log))
    calls = CallList(workspace, case_id)
    qtbot.addWidget(calls)
    notes = calls.topLevelItem(0).text(COL_NOTES)
    assert "also in the phone's call log" in notes and "张经理" in notes
