"""Editing the call panel's tag buttons: names, keys, colours, own tags."""

from __future__ import annotations

from onrecord import settings as settings_mod
from onrecord.settings import TagButton, default_tag_buttons
from onrecord.ui.tagsettings import TagSetDialog, button_title


def test_the_default_set_is_the_issue_list_on_keys_1_to_0():
    keys = {b.key: b.tag for b in default_tag_buttons()}
    assert keys == {
        "1": "name_given",
        "2": "their_promise",
        "3": "threat",
        "4": "third_party",
        "5": "insult",
        "6": "legal_threat",
        "7": "company_given",
        "8": "amount_claimed",
        "9": "my_promise",
        "0": "recording_announced",
    }


def test_renaming_rekeying_and_adding_an_own_tag(qtbot):
    dialog = TagSetDialog(default_tag_buttons(), "en")
    qtbot.addWidget(dialog)
    dialog.table.cellWidget(0, 1).setText("Said his name / ID")
    key = dialog.table.cellWidget(0, 2)
    key.setCurrentIndex(key.findData(None))
    combo_row = dialog.table.rowCount()
    dialog._append(TagButton("custom_1", "1", "#123456", "Mentioned my children"))
    assert dialog.table.rowCount() == combo_row + 1
    assert dialog.check() == ""
    buttons = dialog.buttons()
    assert buttons[0].label == "Said his name / ID" and buttons[0].key is None
    assert buttons[-1] == TagButton("custom_1", "1", "#123456", "Mentioned my children")
    assert button_title(buttons[0], "zh_CN") == "Said his name / ID"
    assert button_title(default_tag_buttons()[0], "zh_CN") == "报出姓名"


def test_a_key_used_twice_is_refused(qtbot):
    dialog = TagSetDialog(default_tag_buttons(), "en")
    qtbot.addWidget(dialog)
    key = dialog.table.cellWidget(1, 2)
    key.setCurrentIndex(key.findData("1"))
    assert "1" in dialog.check()
    dialog._accept_if_valid()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.problem.text()


def test_labels_survive_a_save_and_load(tmp_path):
    saved = settings_mod.Settings()
    saved.tag_buttons[0].label = "名字"
    settings_mod.save(tmp_path, saved)
    assert settings_mod.load(tmp_path).tag_buttons[0].label == "名字"


def test_edited_buttons_show_on_the_call_panel(qtbot, window, workspace):
    def rename_first(dialog):
        dialog.table.cellWidget(0, 1).setText("Said his name / ID")
        return True

    window.run_dialog = rename_first
    window.edit_tag_buttons()
    button = window.call_panel.tag_buttons["name_given"]
    assert button.text() == "1  Said his name / ID"
    assert settings_mod.load(workspace.data_dir).tag_buttons[0].label == "Said his name / ID"
