"""Fixtures for the timeline tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from small_case import SmallCase, at

from onrecord.store import Workspace
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.workers import _pending, wait_for_all


@pytest.fixture
def small_case(workspace: Workspace) -> SmallCase:
    ws = workspace
    case = ws.cases.create_case("Harbor Bank card", jurisdiction="us")
    mike = ws.cases.add_party(case.id, "Mike Dalton").id
    sandra = ws.cases.add_party(case.id, "Sandra Pike").id
    ws.cases.add_number(case.id, "(212) 555-0142", party_id=mike)
    ws.cases.add_number(case.id, "(646) 555-0188", party_id=sandra)
    for day, hour, kind, number in (
        (2, 9, "missed_call", "(212) 555-0142"),
        (2, 22, "missed_call", "(212) 555-0142"),  # after 21:00
        (3, 7, "sms", "(646) 555-0188"),  # before 08:00
        (4, 13, "voicemail", "(646) 555-0188"),
    ):
        ws.cases.log_event(case.id, kind, at(day, hour), number=number)
    rec = ws.recordings.begin(
        case.id, "recordings/x/call.wav", sample_rate=48000, channels=2, started_at=at(5, 10)
    )
    ws.corrections.update_event(rec.event_id, number="(212) 555-0142")
    ws.recordings.finalise(rec.id, frames=48000 * 60, sha256="0" * 64, pcm_sha256=None)
    ws.recordings.add_mark(rec.id, 48000 * 10, tag="third_party", text="will call my boss")
    return SmallCase(
        case.id, mike, sandra, "(212) 555-0142", "(646) 555-0188", rec.event_id, rec.id
    )


@pytest.fixture
def panel(qtbot, workspace: Workspace, small_case: SmallCase) -> Iterator[TimelinePanel]:
    widget = TimelinePanel(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.marks_loaded):
        widget.show_case(small_case.case_id)
    yield widget
    # Let background reads started by the test land before the widget is closed.
    wait_for_all()
    qtbot.waitUntil(lambda: not _pending)
