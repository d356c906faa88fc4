"""The window opens inside the screen it is on, not larger than it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

OPEN_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from onrecord.store import open_workspace
from onrecord.ui.mainwindow import MainWindow
window = MainWindow(open_workspace(Path(sys.argv[1])))
window.show()
app.processEvents()
room = app.primaryScreen().availableGeometry()
print(json.dumps({"room": [room.width(), room.height()],
                  "window": [window.width(), window.height()]}))
"""


def _open_on_screen(tmp_path: Path, width: int, height: int) -> dict:
    screens = {
        "screens": [
            {
                "name": "s",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", OPEN_WINDOW, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_on_a_1024x700_screen_the_window_and_its_title_bar_fit(tmp_path: Path) -> None:
    """A walk-through on a 1024×700 screen: the window opened at 1100×720, its right side (the
    caller's details) and its status bar off the screen. Room is left for a title bar."""
    seen = _open_on_screen(tmp_path, 1024, 700)
    width, height = seen["window"]
    assert width <= 1024
    assert height <= 700 - 30


def test_on_a_large_screen_the_window_keeps_its_usual_size(tmp_path: Path) -> None:
    seen = _open_on_screen(tmp_path, 1920, 1080)
    assert seen["window"] == [1100, 720]
