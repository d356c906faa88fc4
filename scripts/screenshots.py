"""Generate the README's screenshots from the demo cases (offscreen Qt, a temporary data dir).

    .venv/bin/python scripts/screenshots.py [OUT_DIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from onrecord.demo import create_demo  # noqa: E402
from onrecord.store import open_workspace  # noqa: E402
from onrecord.ui.fonts import apply_app_font  # noqa: E402
from onrecord.ui.mainwindow import MainWindow  # noqa: E402

SHOTS = [
    # file name, case reference, tab index
    ("main-window.png", "DEMO-US", 0),
    ("people-and-numbers.png", "DEMO-US", 1),
    ("contact-log-zh.png", "DEMO-CN", 2),
]


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_app_font(app, "en_US")
    with tempfile.TemporaryDirectory() as tmp, open_workspace(Path(tmp)) as ws:
        create_demo(ws)
        window = MainWindow(ws)
        window.resize(1100, 680)
        window.show()
        for name, reference, tab in SHOTS:
            window.select_case(ws.cases.case(reference).id)
            window.tabs.setCurrentIndex(tab)
            window.statusBar().showMessage("Data folder: ~/.local/share/OnRecord")
            app.processEvents()
            window.grab().save(str(out / name))
            print(out / name)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
