"""VERIFY.txt: its commands work as written, and it speaks the package's Chinese."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from evidence_helpers import make_export


def _fingerprint_line(text: str) -> str:
    return re.search(r"SHA256:((?:[0-9a-f]{4} ?){16})", text).group(1).replace(" ", "")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
def test_the_documented_fingerprint_command_gives_the_signing_keys_fingerprint(en_package):
    text = (en_package.folder / "VERIFY.txt").read_text("utf-8")
    [command] = {line.strip() for line in text.splitlines() if "| sha256sum" in line}
    printed = subprocess.run(
        command, shell=True, cwd=en_package.folder, capture_output=True, text=True, check=True
    ).stdout.split()[0]
    assert printed == _fingerprint_line(text)


def test_the_instructions_say_the_signature_alone_does_not_identify_the_sender(en_package):
    text = (en_package.folder / "VERIFY.txt").read_text("utf-8")
    assert "not whose key it is" in text and "another\n   channel" in text
    assert "不能证明那是谁的密钥" in text  # the Simplified part of an English package


def test_a_traditional_chinese_package_explains_itself_in_traditional_chinese(
    tmp_path: Path, signing_key_dir: Path
) -> None:
    exported = make_export(tmp_path, signing_key_dir, chinese=True, language="zh_TW", pdf=False)
    text = (exported.folder / "VERIFY.txt").read_text("utf-8")
    assert "如何驗證本證據包" in text and "簽章金鑰指紋" in text and "資料夾" in text
    assert "如何校验本证据包" not in text and "文件夹" not in text
    assert text.startswith("HOW TO CHECK THIS EVIDENCE PACKAGE")
