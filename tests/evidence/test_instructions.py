"""VERIFY.txt: its commands work as written, and it speaks the package's Chinese."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from evidence_helpers import EXPORT_TIME, make_export

from onrecord.evidence.verify_text import POWERSHELL, POWERSHELL_ALL_MATCH, verify_text


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


def _unix_steps(text: str) -> list[str]:
    """Steps 3 to 5's Linux commands as VERIFY.txt prints them (a line ending in a backslash
    joined to the next), the Windows ones left out."""
    english = text.split("\n\n\n")[0] if text.startswith("HOW TO") else text.split("\n\n\n")[1]
    body = english[english.index("\n3. ") : english.index("\nThe report")]
    commands: list[str] = []
    joining = False
    for line in body.splitlines():
        if joining:
            commands[-1] += " " + line.strip()
        elif line.startswith("       ") and line.split()[0] in {
            "sha256sum",
            "sig=$(mktemp)",
            "base64",
            "openssl",
        }:
            commands.append(line.strip())
        else:
            continue
        joining = commands[-1].endswith("\\")
        if joining:
            commands[-1] = commands[-1].removesuffix("\\").rstrip()
    return commands


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("openssl", "sha256sum", "base64", "bash")),
    reason="needs openssl, coreutils and bash",
)
def test_the_linux_steps_run_as_written_from_inside_the_package(en_package) -> None:
    """A paralegal pasted every command of steps 3 to 5 in order: each must work as printed
    (no fixed /tmp file another user may own) and say what VERIFY.txt says it will."""
    text = (en_package.folder / "VERIFY.txt").read_text("utf-8")
    commands = _unix_steps(text)
    assert len(commands) == 6, commands  # 2 sha256sum, mktemp, base64, openssl x2
    assert not any("/tmp/" in command for command in commands)
    done = subprocess.run(
        ["bash", "-c", "set -eo pipefail\n" + "\n".join(commands)],
        cwd=en_package.folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Signature Verified Successfully" in done.stdout
    assert _fingerprint_line(text) in done.stdout
    assert ": FAILED" not in done.stdout and done.stdout.count(": OK") > 10


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
    assert text.startswith("如何驗證本證據包")  # the package's language first
    assert "\n\n\nHOW TO CHECK THIS EVIDENCE PACKAGE" in text


def test_the_instructions_say_checksums_alone_can_be_rewritten(en_package, zh_package) -> None:
    """A lawyer's check: bagit.py and sha256sum pass after someone changes a recording and
    rewrites the manifests; only the signature shows the lists are the sender's."""
    english = (en_package.folder / "VERIFY.txt").read_text("utf-8")
    assert english.startswith("HOW TO CHECK THIS EVIDENCE PACKAGE")
    assert "whoever changed a file could write new lists too" in english
    simplified = (zh_package.folder / "VERIFY.txt").read_text("utf-8")
    assert simplified.startswith("如何校验本证据包")
    assert "改动文件的人\n   也可以重新生成清单" in simplified


def _powershell_block(text: str, heading: str) -> str:
    """The PowerShell lines of the section that starts with ``heading``."""
    section = text[text.index(heading) :]
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("$bad = 0"))
    end = next(i for i in range(start, len(lines)) if "Files that do not match: $bad" in lines[i])
    return "\n".join(line[7:] for line in lines[start : end + 1])


def test_the_export_time_is_given_on_the_cases_clock_and_in_utc(zh_package) -> None:
    text = (zh_package.folder / "VERIFY.txt").read_text("utf-8")
    assert (
        "Exported: April 1, 2026 5:30:00 PM UTC+08:00 (Asia/Shanghai), "
        "which is 2026-04-01T09:30:00.000000Z\n" in text
    )
    assert (
        "导出时间：2026年4月1日 17:30:00 UTC+08:00（Asia/Shanghai），即 2026-04-01T09:30:00.000000Z\n"
        in text
    )
    custody = json.loads((zh_package.folder / "data/audit/chain-of-custody.json").read_text())
    assert custody["export"]["exported_at"] == "2026-04-01T09:30:00.000000Z"  # the same instant


def test_windows_instructions_are_the_same_commands_in_every_language(
    zh_package, tmp_path: Path, signing_key_dir: Path
) -> None:
    simplified = (zh_package.folder / "VERIFY.txt").read_text("utf-8")
    traditional = make_export(tmp_path, signing_key_dir, chinese=True, language="zh_TW", pdf=False)
    traditional_text = (traditional.folder / "VERIFY.txt").read_text("utf-8")
    english = _powershell_block(simplified, "HOW TO CHECK")
    assert english == POWERSHELL.replace("\n       ", "\n").strip()
    assert _powershell_block(simplified, "如何校验本证据包") == english
    assert _powershell_block(traditional_text, "如何驗證本證據包") == english
    assert "Get-FileHash -Algorithm SHA256" in english and "-Encoding UTF8" in english
    assert "certutil -hashfile data\\recordings\\<file>.wav SHA256" in simplified
    assert "certutil -hashfile data\\recordings\\<文件名>.wav SHA256" in simplified
    assert "certutil -hashfile data\\recordings\\<檔名>.wav SHA256" in traditional_text
    assert POWERSHELL_ALL_MATCH in simplified


def test_every_manifest_line_is_what_the_powershell_check_expects(zh_package) -> None:
    """The PowerShell lines split each line at the first two spaces into a digest and a path
    they open as is: no percent-escapes, a path that exists, from inside the package."""
    for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        lines = (zh_package.folder / manifest).read_bytes().decode("utf-8").split("\n")
        assert lines[-1] == ""
        for line in lines[:-1]:
            digest, path = line.split("  ", 1)
            assert re.fullmatch(r"[0-9a-f]{64}", digest) and "%" not in path
            target = zh_package.folder / path
            assert target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == digest


@pytest.mark.skipif(shutil.which("pwsh") is None, reason="needs PowerShell (pwsh)")
def test_the_powershell_check_finds_nothing_in_a_good_package_and_names_an_altered_file(
    zh_package, tmp_path: Path
) -> None:
    copy = tmp_path / "package"
    shutil.copytree(zh_package.folder, copy)
    script = _powershell_block((copy / "VERIFY.txt").read_text("utf-8"), "HOW TO CHECK")

    def run() -> str:
        return subprocess.run(
            ["pwsh", "-NoProfile", "-NonInteractive", "-Command", script],
            cwd=copy,
            capture_output=True,
            text=True,
            check=False,
        ).stdout

    assert run().strip().splitlines()[-1] == POWERSHELL_ALL_MATCH
    (copy / "data/case/timeline.csv").write_bytes(b"forged\n")
    (copy / "data/attachments/attachments.csv").unlink()
    out = run().strip().splitlines()
    assert "MISMATCH: data/case/timeline.csv" in out
    assert "MISMATCH: data/attachments/attachments.csv" in out
    assert out[-1] == "Files that do not match: 2"
    # Run one folder too high (Windows' "Extract All" nests the package): never a pass.
    outside = (
        subprocess.run(
            ["pwsh", "-NoProfile", "-NonInteractive", "-Command", script],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        .stdout.strip()
        .splitlines()
    )
    assert "MISSING: manifest-sha256.txt" in outside and "Files checked: 0" in outside
    assert outside[-1] == "Files that do not match: 2"


def test_the_powershell_check_cannot_pass_having_checked_nothing() -> None:
    # Without pwsh here, the block's logic is read: a missing manifest counts as a problem,
    # and the checked files are counted and printed before the verdict.
    lines = [line.strip() for line in POWERSHELL.splitlines()]
    missing = lines.index('if (-not (Test-Path -LiteralPath $m)) { $bad++; "MISSING: $m" }')
    reading = next(i for i, line in enumerate(lines) if line.startswith("Get-Content"))
    assert missing < reading
    assert "$checked++" in lines and lines[-2:] == [
        '"Files checked: $checked"',
        '"Files that do not match: $bad"',
    ]


@pytest.mark.parametrize(
    ("tamper", "added"),
    [("add", True), ("remove", False), ("grow", False)],
)
def test_the_instructions_explain_the_bagit_message_that_names_no_file(
    en_package, tmp_path: Path, tamper: str, added: bool
) -> None:
    """A clerk ran step 2 on a package with a file added, removed or lengthened in data/:
    bagit.py stops at "Payload-Oxum validation failed" and names no file. VERIFY.txt, in every
    language, quotes that message and says which step names the file."""
    folder = tmp_path / "package"
    shutil.copytree(en_package.folder, folder)
    report = folder / "data" / "report" / "index.html"
    if tamper == "add":
        (folder / "data" / "report" / "extra.html").write_text("<p>added</p>", "utf-8")
    elif tamper == "remove":
        report.unlink()
    else:
        report.write_bytes(report.read_bytes() + b" ")
    done = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    said = re.search(r"(Payload-Oxum validation failed)", done.stderr)
    assert said, done.stderr
    assert "extra.html" not in done.stderr and "index.html" not in done.stderr  # no name given
    fingerprint = "SHA256:" + " ".join(["abcd"] * 16)
    for language in ("en", "zh_CN", "zh_TW"):
        text = verify_text("REF", EXPORT_TIME, fingerprint, language)
        for block in text.split("\n\n\n"):
            step2 = block[block.index("\n2. ") : block.index("\n3. ")]
            assert said.group(1) in step2, (language, step2)
            assert "onrecord verify" in step2
