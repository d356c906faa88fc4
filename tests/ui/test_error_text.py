"""When the core refuses something, a Chinese user reads why in Chinese, the details kept."""

from __future__ import annotations

import errno
import re

import pytest
from PySide6.QtCore import QLocale, Qt

from onrecord.imports import ImportFileError, csvlog
from onrecord.store.errors import InvalidInputError
from onrecord.ui import i18n
from onrecord.ui.errors import error_text

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def simplified(qapp):
    previous = QLocale()
    assert "onrecord_zh_CN" in i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")  # the fonts back to English
    i18n.uninstall(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def chinese_window(qtbot, workspace, simplified):
    from onrecord.ui.mainwindow import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_amount_that_is_not_a_number_is_refused_in_chinese(
    qtbot, chinese_window, workspace, no_dialogs
):
    form = chinese_window.case_form
    form.title.setText("信用卡欠款")
    form.amount.setText("abc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert workspace.cases.cases() == []
    kind, _title, text = no_dialogs[0]
    assert kind == "error"
    assert "abc" in text and "金额" in text  # the value typed and the field, translated
    assert "is not an amount" not in text and "amount" not in text


def test_an_empty_required_field_is_named_in_chinese(qtbot, chinese_window, no_dialogs):
    qtbot.mouseClick(chinese_window.case_form.save_button, Qt.MouseButton.LeftButton)
    text = no_dialogs[0][2]
    assert "标题" in text and "title" not in text and "empty" not in text


def test_an_import_refusal_translates_its_line_and_keeps_the_file_name(tmp_path, simplified):
    log = tmp_path / "calls.csv"
    log.write_text("start,kind\n2026-03-02 07:10,telegram\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        csvlog.read_csv(log, "Asia/Shanghai", "CN")
    text = error_text(caught.value)
    assert "calls.csv" in text and "'telegram'" in text and "2" in text
    assert CHINESE.search(text) and " line " not in text


def test_an_error_without_a_template_shows_its_own_words(simplified):
    assert error_text(RuntimeError("the device went away")) == "the device went away"
    assert error_text(InvalidInputError("plain text")) == "plain text"


def test_an_os_error_gets_a_translated_sentence_with_the_system_reason(simplified):
    exc = OSError(errno.ENOSPC, "No space left on device", "/media/usb/onrecord")
    text = error_text(exc)
    assert CHINESE.search(text)
    assert "No space left on device" in text and "/media/usb/onrecord" in text


def test_in_english_the_text_is_the_core_s_own(qapp):
    with pytest.raises(InvalidInputError) as caught:
        from onrecord.store import validate

        validate.amount("abc")
    assert error_text(caught.value) == (
        "“abc” is not an amount: type the amount in digits, for example 200 or 2,300.50"
    )


def test_the_import_preview_reasons_are_translated_too(tmp_path, simplified):
    from onrecord.imports import bcr
    from onrecord.ui.errors import message_text

    folder = tmp_path / "BCR"
    folder.mkdir()
    (folder / "not-a-bcr-name.wav").write_bytes(b"RIFF....WAVE")
    found = bcr.read_folder(folder)
    assert found.records == []
    [problem] = found.problems
    assert problem.startswith("not-a-bcr-name.wav: the name does not follow")  # the CLI's words
    shown = message_text(problem)
    assert shown.startswith("not-a-bcr-name.wav") and "BCR" in shown and CHINESE.search(shown)
    assert [message_text(why) for why in found.skipped] == ["无法读取的录音"]


def test_restoring_a_file_that_is_not_a_backup_is_refused_in_chinese(
    chinese_window, workspace, tmp_path, monkeypatch, no_dialogs
):
    from onrecord.ui import dialogs

    notes = tmp_path / "shopping-notes.zip"
    notes.write_text("milk, eggs", encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: str(notes))
    chinese_window.restore()
    [(kind, _title, text)] = no_dialogs
    assert kind == "error"
    assert "shopping-notes.zip" in text and CHINESE.search(text)
    assert "not an OnRecord backup" not in text and "zip file" not in text
    assert chinese_window.isVisible()  # nothing was replaced; OnRecord stays open
    assert workspace.data_dir.is_dir()


def test_a_verify_report_speaks_chinese(simplified, tmp_path) -> None:
    """A package with an extra file: the verify dialog's detail line is translated too."""
    from onrecord.evidence.verify import VerifyReport
    from onrecord.messages import QT_TRANSLATE_NOOP
    from onrecord.ui.errors import message_text

    report = VerifyReport(str(tmp_path))
    report.add(
        "extra", "data/x.txt", QT_TRANSLATE_NOOP("Verify", "in the package but in no manifest")
    )
    (problem,) = report.problems
    assert str(problem.detail) == "in the package but in no manifest"  # the CLI's words
    shown = message_text(problem.detail)
    assert shown != str(problem.detail) and not re.search(r"[A-Za-z]{4,}", shown)


def _refusal(template: str, **params: object) -> InvalidInputError:
    from onrecord.messages import QT_TRANSLATE_NOOP

    message = QT_TRANSLATE_NOOP("Store", template)
    return InvalidInputError(message.format(**params) if params else message)


def test_a_refusal_shown_on_its_own_is_a_chinese_sentence(simplified):
    assert error_text(_refusal("this file was already withdrawn")) == "这个文件已经撤回。"


def test_a_refusal_shown_on_its_own_is_an_english_sentence(qapp):
    assert error_text(_refusal("this file was already withdrawn")) == (
        "This file was already withdrawn."
    )


def test_a_refusal_ending_with_a_name_gets_no_stop_that_would_join_the_name(qapp, simplified):
    # "{path} is not a file" ends with words: a stop; "could not copy {path}: {reason}" ends
    # with the system's words, which may end with a file's name: none
    assert error_text(_refusal("{path} is not a file", path="/tmp/a.pdf")) == (
        "/tmp/a.pdf 不是文件。"
    )
    shown = error_text(
        _refusal("could not copy {path}: {reason}", path="/tmp/a.pdf", reason="/tmp/b.pdf")
    )
    assert shown.endswith("/tmp/b.pdf")
