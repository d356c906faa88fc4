"""The optional opening passphrase: set twice, asked at start, removed only with the old one."""

from __future__ import annotations

from onrecord import settings as settings_mod
from onrecord.lock import check_lock, make_lock
from onrecord.ui import dialogs
from onrecord.ui.lockui import change_lock, unlock


def test_the_lock_is_a_salted_hash_that_checks_the_passphrase():
    stored = make_lock("correct horse")
    assert "correct horse" not in stored and stored != make_lock("correct horse")
    assert check_lock(stored, "correct horse") and not check_lock(stored, "wrong")
    assert not check_lock("garbage", "x")


def test_setting_asking_and_removing_the_passphrase(tmp_path, monkeypatch, no_dialogs):
    answers = iter(["secret1", "secret1"])
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: next(answers))
    change_lock(tmp_path)
    assert check_lock(settings_mod.load(tmp_path).lock, "secret1")

    answers = iter(["nope", "nope", "nope"])
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: next(answers))
    assert not unlock(tmp_path)
    answers = iter(["nope", "secret1"])
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: next(answers))
    assert unlock(tmp_path)

    answers = iter(["nope"])
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: next(answers))
    change_lock(tmp_path)  # wrong current passphrase: the lock stays
    assert settings_mod.load(tmp_path).lock
    answers = iter(["secret1"])
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: next(answers))
    change_lock(tmp_path)
    assert settings_mod.load(tmp_path).lock == "" and unlock(tmp_path)


def test_two_different_passphrases_set_nothing(tmp_path, monkeypatch, no_dialogs):
    answers = iter(["one-thing", "another"])
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: next(answers))
    change_lock(tmp_path)
    assert settings_mod.load(tmp_path).lock == ""
    assert "differ" in no_dialogs[-1][2]
