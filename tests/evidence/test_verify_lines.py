"""`onrecord verify` answers in the reader's language: VERIFY.txt tells a Chinese-reading lawyer
to run it, so "intact" or what was changed must come back in Chinese too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from onrecord import translator
from onrecord.cli import main
from onrecord.evidence.verify import VerifyReport, verify_package
from onrecord.evidence.verify_lines import VerifyLines
from onrecord.settings import Settings
from onrecord.settings import save as save_settings


def _tampered(en_package, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    (copy / "data/attachments/002-letter-2.txt").unlink()
    (copy / "data/case/timeline.csv").write_text("forged\n", "utf-8")
    return copy


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_an_intact_package_in_simplified_chinese(en_package) -> None:
    report = verify_package(en_package.folder)
    lines = VerifyLines("zh_CN").lines(report)
    said = "\n".join(lines)
    assert lines[0] == f"验证通过：{report.path}"
    assert "26 个文件（data/ 中 20 个，另有 6 个用于说明和签署证据包）" in lines[1]
    assert f"签名密钥：{report.signing_key}" in said
    assert "不证明密钥属于谁" in said  # the fingerprint must be confirmed another way
    assert f"共 {report.audit_links} 条" in said
    assert f"与录制时记录的哈希值相符的录音：{report.recordings_checked} 个" in said
    assert not any(word in said for word in ("intact", "file", "signed", "audit"))


def test_what_was_changed_in_traditional_chinese(en_package, tmp_path: Path) -> None:
    report = verify_package(_tampered(en_package, tmp_path))
    lines = VerifyLines("zh_TW").lines(report)
    assert lines[0].startswith("驗證未通過：") and lines[0].endswith("（2 個問題）")
    missing = next(line for line in lines if "002-letter-2.txt" in line)
    altered = next(line for line in lines if "timeline.csv" in line)
    assert missing.lstrip().startswith("缺少檔案") and "證據包裡沒有" in missing
    assert altered.lstrip().startswith("內容被變更") and "（SHA-256/SHA-512 摘要不符）" in altered
    # The files' names start in the same terminal column (a Chinese character takes two).
    starts = {_columns(line[: line.index("data/")]) for line in (missing, altered)}
    assert len(starts) == 1
    assert "由於上述原因" in lines[-1]  # what only follows from the problems, after them


def test_each_missing_file_is_named_once_and_a_broken_log_is_said_in_chinese(
    en_package, tmp_path: Path
) -> None:
    """From a paralegal's tamper tests: a deleted manifest-sha512.txt was two problems, a
    deleted signature/ named only the key, and a changed audit line read "line 1 is not a
    link" in English inside a Chinese answer."""
    copy = tmp_path / "pkg"
    shutil.copytree(en_package.folder, copy)
    (copy / "manifest-sha512.txt").unlink()
    shutil.rmtree(copy / "signature")
    log = copy / "data/audit/audit-log.jsonl"
    log.write_bytes(b"x" + log.read_bytes()[1:])
    report = verify_package(copy)
    named = [(p.kind, p.path) for p in report.problems]
    assert named.count(("missing", "manifest-sha512.txt")) == 1
    for name in ("public-key.pem", "tagmanifest-sha256.txt.sig", "tagmanifest-sha512.txt.sig"):
        assert ("missing", f"signature/{name}") in named
    said = "\n".join(VerifyLines("zh_CN").lines(report))
    assert "第 1 行无法读作日志中的一条记录" in said and "is not a link" not in said


def test_english_counts_agree_with_their_nouns(en_package, tmp_path: Path) -> None:
    report = verify_package(_tampered(en_package, tmp_path))
    assert report.lines()[0].endswith("(2 problems)")
    assert VerifyLines("en").lines(report)[1] == (
        "  MISSING data/attachments/002-letter-2.txt: listed in the manifest but not in the package"
    )
    one = VerifyReport(path="p", problems=report.problems[:1])
    assert one.lines()[0] == "NOT INTACT: p (1 problem)"


def test_a_package_bigger_than_a_c_int_is_counted(en_package) -> None:
    """Qt counts in a C int: 3 GB of files must not overflow it."""
    report = verify_package(en_package.folder)
    report.bytes_checked = 3_000_000_000
    assert "3,000,000,000 bytes" in report.lines()[1]  # and grouped, to be read
    assert "3,000,000,000 字节" in VerifyLines("zh_CN").lines(report)[1]


def test_english_without_compiled_translations(en_package, monkeypatch) -> None:
    """A checkout whose translations are not built still says "1 file", "2 files"."""
    monkeypatch.setattr(translator, "_translator", lambda language: None)
    report = verify_package(en_package.folder)
    words = VerifyLines("zh_CN")
    assert words.lines(report)[0].startswith("intact: ")
    assert words.tr("%n file(s)", "", 1) == "1 file"
    assert words.tr("%n file(s)", "", 2) == "2 files"


def test_the_command_takes_a_language(en_package, tmp_path: Path, capsys) -> None:
    folder = _tampered(en_package, tmp_path)
    assert main(["verify", "--language", "zh_CN", str(folder)]) == 1
    printed = capsys.readouterr().out
    assert printed.startswith("验证未通过：") and "data/case/timeline.csv" in printed
    assert main(["verify", "--language", "zh_TW", str(en_package.folder)]) == 0
    assert capsys.readouterr().out.startswith("驗證通過：")
    assert main(["verify", "--language", "zh_CN", str(tmp_path / "nothing-here")]) == 2
    assert "不存在" in capsys.readouterr().err


def test_the_command_speaks_the_app_language(en_package, onrecord_home: Path, capsys) -> None:
    onrecord_home.mkdir(parents=True)
    save_settings(onrecord_home, Settings(language="zh_TW"))
    assert main(["verify", str(en_package.folder)]) == 0
    assert capsys.readouterr().out.startswith("驗證通過：")


@pytest.mark.parametrize(
    ("lang", "first"), [("zh_CN.UTF-8", "验证通过"), ("zh_HK.UTF-8", "驗證通過")]
)
def test_the_command_speaks_the_system_language(
    en_package, tmp_path: Path, lang: str, first: str
) -> None:
    """A lawyer checking a package on their own computer has no OnRecord settings."""
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "ONRECORD_HOME": str(tmp_path / "none")}
    done = subprocess.run(
        [sys.executable, "-m", "onrecord", "verify", str(en_package.folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{first}："), done.stdout


def test_an_encrypted_zip_without_a_password_is_refused_in_chinese(
    workspace, cn_case, tmp_path: Path, capsys
) -> None:
    from onrecord.evidence.export import ExportOptions, export_case

    result = export_case(
        workspace, cn_case.case_id, tmp_path / "out", ExportOptions(password="s3cret")
    )
    assert result.zip_path is not None
    assert main(["verify", "--language", "zh_CN", str(result.zip_path)]) == 2
    assert f"{result.zip_path.name} 已加密" in capsys.readouterr().err


def test_given_the_folder_holding_a_package_it_names_the_package_it_checked(
    en_package, tmp_path: Path, capsys
) -> None:
    """A lawyer pointed it at the export folder, which also held the zip: the answer named the
    export folder, so which of the two had been checked?"""
    holder = tmp_path / "out"
    holder.mkdir()
    shutil.copytree(en_package.folder, holder / en_package.folder.name)
    shutil.copy(en_package.zip_path, holder)
    assert main(["verify", "--language", "en", str(holder)]) == 0
    assert capsys.readouterr().out.startswith(f"intact: {holder / en_package.folder.name}\n")


def test_verify_touches_no_settings_file(en_package, onrecord_home: Path, capsys) -> None:
    """It only reads: an unreadable settings.json in the data folder was once renamed."""
    onrecord_home.mkdir(parents=True)
    (onrecord_home / "settings.json").write_text("{not json", "utf-8")
    assert main(["verify", "--data-dir", str(onrecord_home), str(en_package.folder)]) == 0
    assert sorted(p.name for p in onrecord_home.iterdir()) == ["settings.json"]
