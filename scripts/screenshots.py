"""Generate the README's screenshots from the demo cases (offscreen Qt, a temporary data dir).

    .venv/bin/python scripts/screenshots.py [--language en|zh_CN|zh_TW|all] [--stills-only]
        [--scale 2] [OUT_DIR]

OUT_DIR defaults to docs/screenshots (docs/screenshots/scale200 with --scale 2). English goes into OUT_DIR itself (the README's images);
Chinese into OUT_DIR/zh_CN and OUT_DIR/zh_TW, with the Chinese demo case. The translations are
compiled first (scripts/build-translations.sh) when their .qm files are missing.

--scale 2 draws everything at 200 % (QT_SCALE_FACTOR) on a virtual 2732×1536 screen, i.e.
1366×768 logical pixels, with the window at 1280×720 logical pixels (2560×1440 in the PNGs):
the smallest screen OnRecord must stay readable and usable on at 200 %.

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

LANGUAGES = ("en", "zh_CN", "zh_TW")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = {
    # language: [(file name, case reference, the window's attribute for the tab)]
    "en": [
        ("main-window.png", "DEMO-US", "case_form"),
        ("people-and-numbers.png", "DEMO-US", "people"),
        ("timeline-zh.png", "DEMO-CN", "timeline"),
        ("patterns.png", "DEMO-US", "charts"),
        ("possible-issues-zh.png", "DEMO-CN", "conduct"),
        ("call-screen.png", "DEMO-US", "call_panel"),
        ("timeline.png", "DEMO-US", "timeline"),
        ("possible-issues.png", "DEMO-US", "conduct"),
    ],
    "zh": [
        ("main-window.png", "DEMO-CN", "case_form"),
        ("call-screen.png", "DEMO-CN", "call_panel"),
        ("people-and-numbers.png", "DEMO-CN", "people"),
        ("timeline.png", "DEMO-CN", "timeline"),
        ("patterns.png", "DEMO-CN", "charts"),
        ("possible-issues.png", "DEMO-CN", "conduct"),
        ("search.png", "DEMO-CN", "search"),
    ],
}
THEM = (
    "This is Mike Dalton from Keystone Recovery, employee number two two nine one. "
    "If you do not pay three thousand dollars today, we will call your employer."
)
ME = "I am recording this call. Please send me the details in writing."


def _wait(app, seconds: float) -> None:
    from PySide6.QtCore import QEvent

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        # as the real event loop does: widgets replaced with deleteLater() go away
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.02)


def _status(window) -> str:
    return window.tr("Data folder: %s") % "~/.local/share/OnRecord"


WINDOW = (1200, 760)  # logical pixels
SCALED_WINDOW = (1280, 720)  # at 200 %: a 1366×768 logical screen, less a taskbar


def still_shots(app, ws, out: Path, language: str, size: tuple[int, int] = WINDOW) -> None:
    from onrecord.ui.exportdialog import ExportDialog
    from onrecord.ui.importdialog import ImportDialog
    from onrecord.ui.mainwindow import MainWindow

    window = MainWindow(ws)
    window.resize(*size)
    window.show()
    window.call_panel.settings.consent_seen = True
    shots = SHOTS["en" if language == "en" else "zh"]
    if language == "zh_TW":  # Taiwan's own demo case, in Traditional characters
        shots = [(name, ref.replace("DEMO-CN", "DEMO-TW"), tab) for name, ref, tab in shots]
    if size != WINDOW:  # no live call at 200 %: the demo's recorded call, and a search
        shots = [*shots, ("review.png", "DEMO-US", "review"), ("search.png", "DEMO-US", "search")]
    for name, reference, tab in shots:
        window.select_case(ws.cases.case(reference).id)
        window.tabs.setCurrentWidget(getattr(window, tab))
        if tab == "search" and size != WINDOW:
            window.search.query.setText("Mike")
        window.statusBar().showMessage(_status(window))
        _wait(app, 1.5)
        window.grab().save(str(out / name))
        print(out / name)
    reference = {"en": "DEMO-US", "zh_TW": "DEMO-TW"}.get(language, "DEMO-CN")
    case_id = ws.cases.case(reference).id
    for name, dialog in [
        ("export-dialog.png", ExportDialog(ws, case_id, window)),
        ("import-dialog.png", ImportDialog(ws, case_id, window)),
    ]:
        dialog.show()
        _wait(app, 0.5)
        dialog.adjustSize()  # as exec() would lay it out: wrapped notes at their full height
        _wait(app, 0.5)
        dialog.grab().save(str(out / name))
        print(out / name)
        dialog.close()
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
        window.statusBar().showMessage(_status(window))
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
        window.tabs.setCurrentWidget(window.review)
        window.review.show_case(window.current_case_id())
        _wait(app, 1.0)
        window.grab().save(str(out / "review.png"))
        print(out / "review.png")
        window.close()


def _build_translations() -> None:
    folder = ROOT / "app" / "onrecord" / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run([str(ROOT / "scripts" / "build-translations.sh")], check=True)


def _scaled_screen(scale: float) -> None:
    """Before the QApplication: scale by ``scale`` on a screen of 1366×768 logical pixels."""
    import json

    config = Path(tempfile.mkdtemp()) / "screen.json"
    screen = {"name": "scaled", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96}
    screen |= {"width": round(1366 * scale), "height": round(768 * scale), "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    if os.environ["QT_QPA_PLATFORM"].startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"


def main() -> int:
    import argparse

    from PySide6.QtWidgets import QApplication

    from onrecord import settings
    from onrecord.demo import create_demo
    from onrecord.store import open_workspace
    from onrecord.ui import i18n

    parser = argparse.ArgumentParser(description="Generate the screenshots from the demo cases.")
    parser.add_argument("out", nargs="?", default=None, type=Path)
    parser.add_argument("--language", choices=[*LANGUAGES, "all"], default="en")
    parser.add_argument(
        "--stills-only", action="store_true", help="skip the recorded call (needs PulseAudio)"
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="draw at this scale (2 = 200 %%) on a 1366×768 logical screen; stills only",
    )
    args = parser.parse_args()
    size = WINDOW
    if args.scale != 1.0:
        _scaled_screen(args.scale)
        args.stills_only = True
        size = SCALED_WINDOW
    if args.out is None:
        folder = "docs/screenshots"
        args.out = Path(folder if args.scale == 1.0 else f"{folder}/scale{round(args.scale * 100)}")
    _build_translations()
    app = QApplication(sys.argv[:1])
    languages = LANGUAGES if args.language == "all" else (args.language,)
    for language in languages:
        out = args.out if language == "en" else args.out / language
        out.mkdir(parents=True, exist_ok=True)
        i18n.install(app, language)
        with tempfile.TemporaryDirectory() as tmp, open_workspace(Path(tmp) / "data") as ws:
            chosen = settings.load(ws.data_dir)
            chosen.language = language
            settings.save(ws.data_dir, chosen)
            create_demo(ws)
            still_shots(app, ws, out, language, size)
            if not args.stills_only:
                live_call_shot(app, ws, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
