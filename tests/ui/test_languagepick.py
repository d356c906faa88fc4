"""The first start asks for the language before any window is built in it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPushButton

from onrecord import settings as settings_mod
from onrecord.ui import i18n
from onrecord.ui import languagepick as languagepick_module
from onrecord.ui.languagepick import LanguagePick, ask_first_language


def buttons(dialog: QDialog) -> dict[str, QPushButton]:
    return {b.text(): b for b in dialog.findChildren(QPushButton)}


def test_each_language_is_offered_in_its_own_words_with_the_suggested_one_default(qtbot):
    pick = LanguagePick("zh_TW")
    qtbot.addWidget(pick)
    shown = buttons(pick)
    assert set(shown) == {"English", "简体中文", "繁體中文"}
    assert shown["繁體中文"].isDefault() and not shown["English"].isDefault()
    shown["简体中文"].click()
    assert pick.result() == QDialog.DialogCode.Accepted and pick.chosen == "zh_CN"


@pytest.fixture
def answer(monkeypatch):
    """Answer the question by clicking a language (None: close it); records if it was asked."""
    asked: list[str] = []

    def install(choice: str | None) -> list[str]:
        def exec_(self: LanguagePick) -> int:
            asked.append(self.chosen)
            if choice is None:
                return QDialog.DialogCode.Rejected
            buttons(self)[choice].click()
            return self.result()

        monkeypatch.setattr(LanguagePick, "exec", exec_)
        return asked

    return install


def test_the_first_start_saves_and_uses_the_chosen_language(qapp, tmp_path, answer):
    asked = answer("繁體中文")
    try:
        assert ask_first_language(qapp, tmp_path) == "zh_TW"
        assert settings_mod.load(tmp_path).language == "zh_TW"
        assert QCoreApplication.translate("MainWindow", "&Case") != "&Case"  # installed
        assert len(asked) == 1
    finally:
        i18n.install(qapp, "en")
        i18n.uninstall(qapp)


def test_closing_the_question_keeps_the_system_language_and_asks_again_next_time(
    qapp, tmp_path, answer, monkeypatch
):
    monkeypatch.setattr(languagepick_module.i18n, "choose_language", lambda setting: "en")
    asked = answer(None)
    try:
        assert ask_first_language(qapp, tmp_path) == "en"
        assert settings_mod.load(tmp_path).language is None
        ask_first_language(qapp, tmp_path)
        assert len(asked) == 2
    finally:
        i18n.uninstall(qapp)


@pytest.mark.parametrize("saved", [{"language": "zh_CN"}, {"first_run_done": True}])
def test_later_starts_do_not_ask(qapp, tmp_path, answer, saved):
    settings = settings_mod.load(tmp_path)
    for key, value in saved.items():
        setattr(settings, key, value)
    settings_mod.save(tmp_path, settings)
    asked = answer("English")
    try:
        ask_first_language(qapp, tmp_path)
        assert asked == []
    finally:
        i18n.install(qapp, "en")
        i18n.uninstall(qapp)
