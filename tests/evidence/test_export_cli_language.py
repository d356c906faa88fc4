"""`onrecord export` speaks the language chosen in the app: its progress, what it made, and why
it refused (a user's nephew ran it and read English while the window spoke Chinese)."""

from __future__ import annotations

from pathlib import Path

from onrecord import settings as settings_mod
from onrecord.cli import main


def _choose(data_dir: Path, language: str) -> None:
    settings = settings_mod.load(data_dir)
    settings.language = language
    settings_mod.save(data_dir, settings)


def test_export_speaks_the_app_s_language(workspace, us_case, tmp_path: Path, capsys) -> None:
    _choose(workspace.data_dir, "zh_CN")
    out = tmp_path / "out"
    code = main(["--data-dir", str(workspace.data_dir), "export", "--case", "FX-US-1",
                 "--out", str(out)])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0
    assert "正在读取案件" in said.err and "reading the case" not in said.err
    assert "已导出：" in said.out and "段录音" in said.out and "签名密钥 SHA256:" in said.out
    assert "exported:" not in said.out


def test_a_refusal_is_said_in_the_app_s_language(workspace, us_case, tmp_path, capsys) -> None:
    _choose(workspace.data_dir, "zh_TW")
    code = main(["--data-dir", str(workspace.data_dir), "export", "--case", "FX-US-1",
                 "--out", str(tmp_path / "out"), "--calls", "4"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("onrecord: ") and "不是通話" in err


def test_in_english_the_lines_are_as_before(workspace, us_case, tmp_path: Path, capsys) -> None:
    _choose(workspace.data_dir, "en")
    main(["--data-dir", str(workspace.data_dir), "export", "--case", "FX-US-1",
          "--out", str(tmp_path / "out")])  # fmt: skip
    said = capsys.readouterr()
    assert "reading the case" in said.err.lower()
    assert "exported: " in said.out and "2 recordings, 2 attachments, " in said.out
