"""`onrecord self-test`: can this computer run OnRecord, and if not, what to install.

Qt is probed in a child process: on a machine without a display or without Qt's system
libraries, Qt aborts the whole process instead of raising. From a source or wheel install the
child is ``python -c``; in a PyInstaller bundle (whose executable cannot run ``-c``) it is a
multiprocessing "spawn" child of the bundle's own executable.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .plural import count

QT_LIBS_HINT = (
    "sudo apt-get install libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 "
    "libfontconfig1 libdbus-1-3 libxcb-cursor0"
)
FONT_HINT = "sudo apt-get install fonts-wqy-microhei fonts-noto-cjk"
PYTHON_DEPS = [
    ("sqlalchemy", "SQLAlchemy"),
    ("alembic", "alembic"),
    ("numpy", "numpy"),
    ("soundfile", "soundfile"),
    ("phonenumbers", "phonenumbers"),
    ("platformdirs", "platformdirs"),
    ("tzdata", "tzdata"),
    ("PySide6", "PySide6-Essentials"),
]

_QT_PROBE = r"""
import json, sys
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication(sys.argv[:1])
def fams(ws):
    return [f for f in QFontDatabase.families(ws)]
print(json.dumps({
    "platform": app.platformName(),
    "sc": fams(QFontDatabase.WritingSystem.SimplifiedChinese),
    "tc": fams(QFontDatabase.WritingSystem.TraditionalChinese),
}))
"""


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # "ok", "warn" or "fail"
    detail: str
    hint: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def check_python() -> list[Check]:
    missing = []
    for module, package in PYTHON_DEPS:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(package)
    if missing:
        return [
            Check(
                "python packages",
                "fail",
                "missing: " + ", ".join(missing),
                f"pip install {' '.join(missing)}  (or reinstall OnRecord)",
            )
        ]
    version = ".".join(map(str, sys.version_info[:3]))
    return [Check("python packages", "ok", f"all present (Python {version})")]


def _qt_probe_child(conn: Any, platform: str | None, err_path: str) -> None:
    """The probe in a spawned child (frozen app: its executable cannot run ``-c``)."""
    fd = os.open(err_path, os.O_WRONLY | os.O_TRUNC)
    os.dup2(fd, 2)  # Qt's last words, if it aborts, for the parent to quote
    os.close(fd)
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(_QT_PROBE, {"__name__": "onrecord_qt_probe"})
    conn.send(out.getvalue())
    conn.close()


def _probe_qt_frozen(platform: str | None) -> tuple[dict[str, list[str]] | None, str]:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    fd, err_path = tempfile.mkstemp(prefix="onrecord-qt-probe-", suffix=".txt")
    os.close(fd)
    proc = ctx.Process(
        target=_qt_probe_child, args=(sender, platform, err_path), name="onrecord-qt-probe"
    )
    try:
        proc.start()
        sender.close()
        output = None
        if receiver.poll(60):
            with contextlib.suppress(EOFError, OSError):
                output = receiver.recv()
        proc.join(10)
        if proc.is_alive():  # hung while starting (or, with an answer, while exiting)
            proc.kill()
            proc.join()
        if output is not None:
            return json.loads(output.strip().splitlines()[-1]), ""
        if proc.exitcode == -9:
            return None, "Qt did not start within 60 s"
        stderr = Path(err_path).read_text(errors="replace")
        lines = [line for line in stderr.strip().splitlines() if line.strip()]
        return None, lines[-1] if lines else f"Qt exited with code {proc.exitcode}"
    finally:
        receiver.close()
        with contextlib.suppress(OSError):
            os.unlink(err_path)


def _probe_qt(platform: str | None) -> tuple[dict[str, list[str]] | None, str]:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return _probe_qt_frozen(platform)
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    try:
        done = subprocess.run(
            [sys.executable, "-c", _QT_PROBE],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return None, "Qt did not start within 60 s"
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        return None, lines[-1] if lines else f"Qt exited with code {done.returncode}"
    return json.loads(done.stdout.strip().splitlines()[-1]), ""


def check_qt_and_fonts() -> list[Check]:
    info, error = _probe_qt(None)
    if info is None and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        error = "no display: DISPLAY and WAYLAND_DISPLAY are not set"
    checks: list[Check] = []
    if info is not None:
        checks.append(Check("Qt", "ok", f"starts with the '{info['platform']}' platform"))
    else:
        info, offscreen_error = _probe_qt("offscreen")
        if info is None:
            return [
                Check("Qt", "fail", f"Qt cannot start: {offscreen_error or error}", QT_LIBS_HINT),
                Check("Chinese fonts", "warn", "not checked (Qt did not start)", FONT_HINT),
            ]
        checks.append(
            Check(
                "Qt",
                "warn",
                f"no usable display ({error}); works offscreen, so the command line works",
                "run OnRecord in a desktop session to use the window",
            )
        )
    sc, tc = info["sc"], info["tc"]
    if sc and tc:
        checks.append(
            Check(
                "Chinese fonts",
                "ok",
                f"简体: {sc[0]}; 繁體: {tc[0]} ({count(len(sc), 'family', 'families')})",
            )
        )
    else:
        checks.append(
            Check(
                "Chinese fonts",
                "warn",
                "no Chinese font found: Chinese text shows as boxes",
                FONT_HINT,
            )
        )
    return checks


def check_audio() -> list[Check]:
    try:
        import sounddevice as sd
    except OSError as exc:
        return [
            Check(
                "audio (PortAudio)",
                "fail",
                f"PortAudio is missing: {exc}",
                "sudo apt-get install libportaudio2",
            )
        ]
    inputs = [d for d in sd.query_devices() if d["max_input_channels"] > 0]
    checks = [Check("audio (PortAudio)", "ok", sd.get_portaudio_version()[1])]
    if inputs:
        names = ", ".join(d["name"] for d in inputs[:4])
        checks.append(Check("microphones", "ok", f"{count(len(inputs), 'input device')}: {names}"))
    else:
        checks.append(
            Check(
                "microphones",
                "warn",
                "no input device found: recording is not possible, the case file still works",
                "plug in a microphone or headset, or check the sound settings",
            )
        )
    return checks


def check_data(data_dir: Path) -> list[Check]:
    from .paths import DataDirError, ensure_data_dir
    from .store import StoreError, open_store
    from .store.audit import verify_chain
    from .store.engine import DB_FILENAME

    try:
        folder = ensure_data_dir(data_dir)
    except DataDirError as exc:
        return [Check("data folder", "fail", str(exc), "choose another with --data-dir")]
    checks = [Check("data folder", "ok", f"{folder} (writable, private)")]
    try:
        store = open_store(folder / DB_FILENAME)
    except StoreError as exc:
        return [*checks, Check("case file", "fail", str(exc), "restore from the backups folder")]
    try:
        verdict = store.integrity_check()
        with store.session() as s:
            chain = verify_chain(s)
    finally:
        store.close()
    if verdict != "ok":
        checks.append(Check("case file", "fail", f"integrity check: {verdict}"))
    elif not chain.ok:
        checks.append(Check("case file", "fail", chain.describe()))
    else:
        checks.append(Check("case file", "ok", f"integrity ok; {chain.describe()}"))
    return checks


def run_checks(data_dir: Path) -> list[Check]:
    results = check_python()
    if results[0].status == "fail":
        return results
    return [*results, *check_qt_and_fonts(), *check_audio(), *check_data(data_dir)]
