"""The packaging files are valid for their tools and take name and version from pyproject."""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path
from typing import Any

import pytest
from packaging_helpers import APP_ID, PACKAGING

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "onrecord.spec"
PLIST = PACKAGING / "macos" / "Info.plist"
ISS = PACKAGING / "windows" / "onrecord.iss"


def _validator(tool: str, apt_package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (apt-get install {apt_package})")
    return path


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


# ------------------------------------------------------------------ Linux
def test_desktop_file_is_valid() -> None:
    tool = _validator("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_is_valid() -> None:
    tool = _validator("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_launches_the_app_with_its_icon_and_translations() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "onrecord"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Name", "GenericName", "Comment"):
        assert f"{key}[zh_CN]" in entry and f"{key}[zh_TW]" in entry


def test_metainfo_matches_pyproject_and_the_desktop_file(project: dict[str, Any]) -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == project["license"]
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert [b.text for b in root.iter("binary")] == [project["name"]]
    releases = root.find("releases")
    assert releases is not None
    newest = releases.find("release")
    assert newest is not None
    assert newest.get("version") == project["version"], (
        "add a <release> for the new version at the top of the metainfo's <releases>"
    )


def test_icon_renders_in_every_size(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0 and "PySide6" in done.stderr:
        pytest.skip("PySide6 is not importable by `python` here")
    assert done.returncode == 0, done.stderr
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width


# ------------------------------------------------------------------ PyInstaller spec
def test_spec_reads_name_and_version_from_pyproject(project: dict[str, Any]) -> None:
    source = SPEC.read_text("utf-8")
    tree = ast.parse(source)  # a spec is Python
    assigned = {
        node.targets[0].id: ast.unparse(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    assert "tomllib.loads" in assigned["PROJECT"] and "pyproject.toml" in assigned["PROJECT"]
    assert assigned["NAME"] == "PROJECT['name']"
    assert assigned["VERSION"] == "PROJECT['version']"
    literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    assert project["version"] not in literals, "the spec must not repeat the version"
    assert "multiprocessing" not in source or "launcher.py" in source
    launcher = (PACKAGING / "launcher.py").read_text("utf-8")
    # The recorder is a "spawn" child: a frozen app must divert it before anything else runs.
    body = launcher[launcher.index('if __name__ == "__main__":') :]
    assert body.split("\n")[1].strip() == "multiprocessing.freeze_support()"


def test_spec_ships_every_resource_folder_and_the_migrations() -> None:
    source = SPEC.read_text("utf-8")
    assert 'tree(PACKAGE / "resources", "onrecord/resources")' in source
    assert 'tree(PACKAGE / "store" / "migrations", "onrecord/store/migrations")' in source
    assert "wqy-microhei.ttc" in source and "fonts.conf" in source
    conf = ET.parse(PACKAGING / "fontconfig" / "fonts.conf").getroot()
    assert [d.text for d in conf.iter("dir")] == ["../fonts"]


# ------------------------------------------------------------------ macOS
def test_info_plist_explains_the_microphone_and_takes_its_version_from_the_spec() -> None:
    plist = plistlib.loads(PLIST.read_bytes())
    usage = plist["NSMicrophoneUsageDescription"]
    assert "microphone" in usage and "recording" in usage and len(usage) < 120
    assert plist["CFBundleIdentifier"] == APP_ID
    for key in ("CFBundleShortVersionString", "CFBundleVersion", "CFBundleName"):
        assert key not in plist, f"{key} comes from pyproject through the spec"
    spec = SPEC.read_text("utf-8")
    assert "CFBundleShortVersionString=VERSION" in spec and "CFBundleVersion=VERSION" in spec
    for lproj in ("zh-Hans.lproj", "zh-Hant.lproj"):
        strings = (PACKAGING / "macos" / lproj / "InfoPlist.strings").read_text("utf-8")
        assert re.search(r'^"NSMicrophoneUsageDescription" = ".+";$', strings, re.M)


# ------------------------------------------------------------------ Windows
def test_installer_reads_the_version_the_spec_stamped_into_the_exe(
    project: dict[str, Any],
) -> None:
    iss = ISS.read_text("utf-8")
    assert project["version"] not in iss
    assert re.search(r'#define AppVersion GetStringFileInfo\(AppExe, "ProductVersion"\)', iss)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert re.search(r"^OutputBaseFilename=OnRecord-\{#AppVersion\}-setup$", iss, re.M)
    spec = SPEC.read_text("utf-8")
    assert 'StringStruct("ProductVersion", VERSION)' in spec
