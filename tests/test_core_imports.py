"""The core never imports Qt: the CLI and the store work on a machine with no display."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys

import onrecord.store

CHECK = """
import json, sys
{body}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {{"PySide6", "shiboken6"}})
print(json.dumps(loaded))
"""


def modules_loaded_after(body: str) -> list[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", CHECK.format(body=body)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_core_does_not_import_qt() -> None:
    store_modules = [
        f"onrecord.store.{m.name}"
        for m in pkgutil.iter_modules(onrecord.store.__path__)
        if m.name != "migrations"
    ]
    assert "onrecord.store.engine" in store_modules
    imports = "\n".join(
        f"import {name}"
        for name in [
            "onrecord.store",
            *store_modules,
            "onrecord.cli",
            "onrecord.demo",
            "onrecord.paths",
            "onrecord.selftest",
            "onrecord.timefmt",
        ]
    )
    body = imports + "\nimport onrecord.cli\nonrecord.cli.build_parser()"
    assert modules_loaded_after(body) == []


def test_running_commands_that_need_no_window_does_not_import_qt(tmp_path) -> None:
    body = f"""
import contextlib, io
from onrecord.cli import main
data = {str(tmp_path / "data")!r}
with contextlib.redirect_stdout(io.StringIO()):
    for args in (["cases"], ["demo"], ["cases", "--json"], ["events", "--case", "DEMO-CN"],
                 ["audit", "--case", "DEMO-US", "--verify"]):
        assert main(["--data-dir", data, *args]) == 0, args
"""
    assert modules_loaded_after(body) == []


def test_the_check_would_see_qt_if_it_were_imported() -> None:
    """Guards the two tests above against passing for the wrong reason."""
    assert modules_loaded_after("import PySide6.QtCore") != []
