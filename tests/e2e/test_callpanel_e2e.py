"""The live call screen over real (virtual) sound devices: Ctrl+R, a tag key, Ctrl+R."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt

from onrecord.store import open_workspace

pytestmark = pytest.mark.e2e


def test_ctrl_r_records_both_sides_and_a_tag_key_marks_it(
    qtbot, lab, speech, tmp_path, monkeypatch
):
    from onrecord.ui import dialogs
    from onrecord.ui.mainwindow import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _p, title, text: shown.append(f"{title}: {text}"))
    monkeypatch.setattr(dialogs, "info", lambda _p, title, text: shown.append(f"{title}: {text}"))

    with open_workspace(tmp_path / "data") as ws:
        case = ws.cases.create_case("Card", jurisdiction="us")
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.select_case(case.id)
        panel = window.call_panel
        panel.settings.consent_seen = True
        panel.devices.refresh(reinit=True)
        panel.devices.mic.setCurrentIndex(panel.devices.mic.findData("pulse:lab_mic"))
        panel.devices.loopback.setCurrentIndex(
            panel.devices.loopback.findData("pulse:lab_sink.monitor")
        )
        assert panel.devices.problem() == ""
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)

        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(window.calls.recording) or bool(shown), timeout=30000)
        assert shown == [], shown
        session = window.calls.session
        qtbot.waitUntil(lambda: session.status().frames > 48000 // 2, timeout=10000)
        player = lab.play_into_speakers(speech["them"][0])
        qtbot.waitUntil(lambda: session.status().frames > 48000 * 2, timeout=15000)
        panel.marks_list.setFocus()
        qtbot.keyClick(panel.marks_list, Qt.Key.Key_3)  # threat
        qtbot.waitUntil(lambda: panel.marks_list.count() == 1, timeout=5000)
        qtbot.waitUntil(lambda: player.poll() is not None, timeout=30000)
        saved = []
        window.calls.stopped.connect(saved.append)
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(saved), timeout=60000)

        recording = saved[0]
        assert recording.status.value == "complete"
        assert recording.channel_roles == "me,them"
        audio, rate = sf.read(str(ws.data_dir / recording.path), dtype="int16")
        assert rate == 48000 and audio.shape[1] == 2
        loudness = np.abs(audio.astype(np.int32)).mean(axis=0)
        assert loudness[1] > 10 * max(loudness[0], 1)  # the collector's voice is on "them"
        (mark,) = ws.recordings.marks(recording.id)
        assert mark.tag == "threat" and 48000 * 2 <= mark.frame < recording.frames
