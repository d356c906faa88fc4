"""Generate the README's screenshots from the demo cases (offscreen Qt, a temporary data dir).

    .venv/bin/python scripts/screenshots.py [OUT_DIR]   (default: docs/screenshots)

The live-call screenshot records for real: a private PulseAudio (tests/e2e/pulselab.py) plays
generated speech (espeak-ng) into a virtual microphone and virtual speakers, the recorder
captures both, and tags are pressed on the keyboard while the "call" runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

SHOTS = [
    # file name, case reference, tab title
    ("main-window.png", "DEMO-US", "Case"),
    ("people-and-numbers.png", "DEMO-US", "People and numbers"),
    ("timeline-zh.png", "DEMO-CN", "Timeline"),
    ("patterns.png", "DEMO-US", "Patterns"),
    ("possible-issues-zh.png", "DEMO-CN", "Possible issues"),
]
THEM = (
    "This is Mike Dalton from Keystone Recovery, employee number two two nine one. "
    "If you do not pay three thousand dollars today, we will call your employer."
)
ME = "I am recording this call. Please send me the details in writing."


def _wait(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _tab(window, title: str):
    for index in range(window.tabs.count()):
        if window.tabs.tabText(index).replace("&", "") == title:
            return window.tabs.widget(index)
    raise KeyError(title)


def still_shots(app, ws, out: Path) -> None:
    from onrecord.ui.mainwindow import MainWindow

    window = MainWindow(ws)
    window.resize(1200, 760)
    window.show()
    for name, reference, tab in SHOTS:
        window.select_case(ws.cases.case(reference).id)
        window.tabs.setCurrentWidget(_tab(window, tab))
        window.statusBar().showMessage("Data folder: ~/.local/share/OnRecord")
        _wait(app, 1.5)
        window.grab().save(str(out / name))
        print(out / name)
    window.close()


def live_call_shot(app, ws, out: Path) -> None:
    from pulselab import pulse_lab
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from onrecord.ui.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as tmp, pulse_lab() as lab:
        them, me = Path(tmp) / "them.wav", Path(tmp) / "me.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(them), THEM], check=True)
        subprocess.run(["espeak-ng", "-v", "en", "-w", str(me), ME], check=True)
        window = MainWindow(ws)
        window.resize(1200, 760)
        window.show()
        window.select_case(ws.cases.case("DEMO-US").id)
        panel = window.call_panel
        panel.settings.consent_seen = True
        panel.devices.refresh(reinit=True)
        panel.devices.mic.setCurrentIndex(panel.devices.mic.findData("pulse:lab_mic"))
        panel.devices.loopback.setCurrentIndex(
            panel.devices.loopback.findData("pulse:lab_sink.monitor")
        )
        _wait(app, 1.0)  # let the window become active, so Ctrl+R reaches it
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        deadline = time.monotonic() + 30
        while not window.calls.recording and time.monotonic() < deadline:
            _wait(app, 0.05)
        if not window.calls.recording:
            raise SystemExit(f"the recording did not start: {panel.state_label.text()}")
        lab.play_into_speakers(them)
        _wait(app, 2.0)
        panel.marks_list.setFocus()
        QTest.keyClick(panel.marks_list, Qt.Key.Key_1)  # gave a name
        lab.play_into_mic(me)
        _wait(app, 3.0)
        QTest.keyClick(panel.marks_list, Qt.Key.Key_0)  # recording announced
        _wait(app, 2.5)
        QTest.keyClick(panel.marks_list, Qt.Key.Key_4)  # third party (employer)
        panel.caller.name.setText("Mike Dalton")
        panel.caller.number.setText("(212) 555-0142")
        panel.note.setFocus()
        QTest.keyClicks(panel.note, "said they will call my boss")
        _wait(app, 1.0)
        window.grab().save(str(out / "live-call.png"))
        print(out / "live-call.png")
        QTest.keyClick(panel.note, Qt.Key.Key_Return)
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        deadline = time.monotonic() + 60
        while window.calls.recording and time.monotonic() < deadline:
            _wait(app, 0.05)
        _wait(app, 0.5)
        window.grab().save(str(out / "call-saved.png"))
        print(out / "call-saved.png")
        window.tabs.setCurrentWidget(_tab(window, "Review calls"))
        window.review.show_case(window.current_case_id())
        _wait(app, 1.0)
        window.grab().save(str(out / "review.png"))
        print(out / "review.png")
        window.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from onrecord.demo import create_demo
    from onrecord.store import open_workspace
    from onrecord.ui.fonts import apply_app_font

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_app_font(app, "en_US")
    with tempfile.TemporaryDirectory() as tmp, open_workspace(Path(tmp) / "data") as ws:
        create_demo(ws)
        still_shots(app, ws, out)
        live_call_shot(app, ws, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
