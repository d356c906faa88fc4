"""A Windows/macOS bundle's own fonts reach Qt (there fontconfig's runtime hook does nothing)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from onrecord import bundlefonts

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@pytest.fixture
def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if not WQY.is_file():
        pytest.skip("fonts-wqy-microhei is not installed")
    fonts = tmp_path / "bundle" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(WQY, fonts / WQY.name)
    (fonts / "licenses").mkdir()
    (fonts / "README.txt").write_text("not a font", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    return fonts


def test_a_frozen_windows_or_mac_bundle_registers_its_fonts(
    qapp, frozen_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    families = bundlefonts.register_bundled_fonts()
    assert "WenQuanYi Micro Hei" in families
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert bundlefonts.register_bundled_fonts() == families  # a second call adds nothing new


def test_linux_bundles_and_source_runs_leave_it_to_fontconfig(
    qapp, frozen_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert bundlefonts.register_bundled_fonts() == []
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(sys, "frozen", False)
    assert bundlefonts.register_bundled_fonts() == []
