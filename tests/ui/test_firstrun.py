"""The first-run guide: its choices are saved, the microphone test hears the microphone."""

from __future__ import annotations

from typing import ClassVar

from audio_helpers import fake_input, realtime_ramp_world

from onrecord import settings as settings_mod
from onrecord.audio import RecorderClient
from onrecord.audio.types import AudioWarning, ChannelLevel, RecorderStatus
from onrecord.ui.firstrun import FirstRunGuide

FAKE_MIC = fake_input()


RED = "#e74c3c"  # the meter's red: clipped


class FakePlayer:
    played: ClassVar[list[list]] = []

    def __init__(self, paths):
        self.paths = paths

    def play(self, start=0):
        FakePlayer.played.append([start, *self.paths])


def _guide(qtbot, tmp_path, monkeypatch):
    from onrecord.ui import devicepicker

    monkeypatch.setattr(devicepicker, "list_devices", lambda: [FAKE_MIC])
    guide = FirstRunGuide(
        tmp_path, lambda: RecorderClient(realtime_ramp_world), lambda paths: FakePlayer(paths)
    )
    qtbot.addWidget(guide)
    return guide


def test_the_guide_saves_language_rules_zone_and_microphone(qtbot, tmp_path, monkeypatch):
    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.language.setCurrentIndex(guide.language.findData("zh_TW"))
    guide.jurisdiction.setCurrentIndex(guide.jurisdiction.findData("tw"))
    assert guide.timezone.currentData() == "Asia/Taipei"
    guide.devices.mic.setCurrentIndex(guide.devices.mic.findData("pa:0"))
    guide.accept()
    saved = settings_mod.load(tmp_path)
    assert (saved.language, saved.default_jurisdiction, saved.default_timezone) == (
        "zh_TW",
        "tw",
        "Asia/Taipei",
    )
    assert saved.mic == "pa:0" and saved.first_run_done and saved.consent_seen


def test_skipping_the_guide_does_not_ask_again(qtbot, tmp_path, monkeypatch):
    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.reject()
    assert settings_mod.load(tmp_path).first_run_done
    assert settings_mod.load(tmp_path).language is None


def test_the_microphone_test_hears_sound_and_plays_it_back(qtbot, tmp_path, monkeypatch):
    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.devices.mic.setCurrentIndex(guide.devices.mic.findData("pa:0"))
    test = guide.mic_test
    test.start_test()
    qtbot.waitUntil(lambda: test.play_button.isEnabled(), timeout=30000)
    assert "works" in test.status.text()
    assert test.peak > -50
    # The ramp is loud (peaks at -0.8 dBFS) but never clips: the meter must not turn red
    # under "the microphone works" (the walk-through's meter did).
    assert test.meter.grab().toImage().pixelColor(4, 9).name() != RED
    assert not test.meter.clipped and "too loud" not in test.status.text()
    test.play_back()
    assert FakePlayer.played and FakePlayer.played[-1][1].suffix == ".wav"


def test_a_new_case_starts_with_the_guides_rules_and_zone(qtbot, workspace, tmp_path):
    saved = settings_mod.load(workspace.data_dir)
    saved.default_jurisdiction, saved.default_timezone = "hk", "Asia/Hong_Kong"
    settings_mod.save(workspace.data_dir, saved)
    from onrecord.ui.caseform import CaseForm

    form = CaseForm(workspace)
    qtbot.addWidget(form)
    assert form.jurisdiction.currentData() == "hk"
    assert form.timezone.currentData() == "Asia/Hong_Kong"


def test_the_guide_starts_from_the_computers_zone_or_language(qtbot, tmp_path, monkeypatch):
    from onrecord.ui import firstrun

    monkeypatch.setattr(firstrun, "system_zone", lambda: "Asia/Shanghai")
    guide = _guide(qtbot, tmp_path, monkeypatch)
    assert (guide.jurisdiction.currentData(), guide.timezone.currentData()) == (
        "cn",
        "Asia/Shanghai",
    )
    monkeypatch.setattr(firstrun, "system_zone", lambda: "America/Chicago")
    guide = _guide(qtbot, tmp_path, monkeypatch)
    assert (guide.jurisdiction.currentData(), guide.timezone.currentData()) == (
        "us",
        "America/Chicago",
    )
    monkeypatch.setattr(firstrun, "system_zone", lambda: None)
    saved = settings_mod.load(tmp_path)
    saved.language = "zh_TW"
    settings_mod.save(tmp_path, saved)
    guide = _guide(qtbot, tmp_path, monkeypatch)
    assert (guide.jurisdiction.currentData(), guide.timezone.currentData()) == (
        "tw",
        "Asia/Taipei",
    )


def test_a_new_case_without_the_guide_starts_from_the_computers_zone(qtbot, workspace, monkeypatch):
    from onrecord.ui import localefmt
    from onrecord.ui.caseform import CaseForm

    monkeypatch.setattr(localefmt, "system_zone", lambda: "Asia/Taipei")
    form = CaseForm(workspace)
    qtbot.addWidget(form)
    form.start_new()
    assert form.jurisdiction.currentData() == "tw"
    assert form.timezone.currentData().startswith("Asia/Taipei") or (
        form.timezone.currentData() == "Asia/Taipei"
    )


class ClippingClient:
    """A recorder that hears the microphone clip (between two meter readings)."""

    def __init__(self, folder):
        self.folder = folder

    def start(self, config):
        self.wav = self.folder / "mictest.wav"
        self.wav.write_bytes(b"")

    def status(self):
        clip = AudioWarning(
            "clipping",
            "The left channel is clipping",
            frame=100,
            wall_time_utc="2026-01-01T00:00:00Z",
            params={"channel": 0, "role": "left", "clipped_samples": 40},
        )
        return RecorderStatus("recording", 3.0, 144000, (ChannelLevel("left", -9, -2),), (clip,))

    def stop(self):
        return type("Result", (), {"paths": [str(self.wav)]})()

    def close(self):
        pass


def test_a_microphone_test_that_clipped_says_so_where_the_meter_shows_red(
    qtbot, tmp_path, monkeypatch, english
):
    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.devices.mic.setCurrentIndex(guide.devices.mic.findData("pa:0"))
    test = guide.mic_test
    test.client_factory = lambda: ClippingClient(tmp_path)
    test.start_test()
    qtbot.waitUntil(lambda: test.play_button.isEnabled(), timeout=5000)
    assert test.meter.clipped
    meter = test.meter.grab().toImage()
    assert meter.pixelColor(meter.width() - 4, 9).name() == RED  # the clip lamp
    assert "too loud" in test.status.text() and "distorted" in test.status.text()
    test.start_test()  # a new test starts with the lamp off
    assert not test.meter.clipped


def test_a_language_just_chosen_is_not_asked_again(qtbot, tmp_path, monkeypatch):
    """The first question asked the language; the guide's first page asked it again, 'from
    the next start' (a walk-through). Once chosen, the guide says where to change it."""
    settings_mod.save(tmp_path, settings_mod.Settings(language="en"))
    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.show()
    assert not guide.language.isVisible()
    assert "Settings → Language" in guide.language_note.text()
    assert "English" in guide.language_note.text()
    guide.accept()
    assert settings_mod.load(tmp_path).language == "en"


def test_a_language_not_yet_chosen_is_asked_in_the_guide(qtbot, tmp_path, monkeypatch):
    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.show()
    assert guide.language.isVisible()


def test_after_the_microphone_test_the_focus_stays_in_the_test_not_on_back(
    qtbot, tmp_path, monkeypatch
):
    """The test button is disabled while it listens, and Qt moved the focus away to "< Back":
    a walk-through's Enter after "The microphone works" would then have gone back a page."""
    from PySide6.QtWidgets import QApplication, QWizard

    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.show()
    qtbot.waitExposed(guide)
    while guide.currentPage().findChild(type(guide.mic_test)) is None:
        guide.next()
    guide.devices.mic.setCurrentIndex(guide.devices.mic.findData("pa:0"))
    test = guide.mic_test
    guide.activateWindow()
    test.test_button.setFocus()
    qtbot.waitUntil(lambda: test.test_button.hasFocus())
    test.test_button.click()
    qtbot.waitUntil(lambda: test.play_button.isEnabled(), timeout=30000)
    focused = QApplication.focusWidget()
    assert focused is not guide.button(QWizard.WizardButton.BackButton)
    assert focused is test.play_button


def test_esc_keeps_what_was_chosen_on_the_pages_seen(qtbot, tmp_path, monkeypatch):
    # A walk-through pressed Esc in the time zone field: the guide closed and the region and
    # zone chosen were lost. The pages seen keep their choices; those not seen stay unset.
    from PySide6.QtCore import Qt

    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.show()
    qtbot.waitExposed(guide)
    guide.next()
    assert guide.currentId() == 1
    guide.jurisdiction.setCurrentIndex(guide.jurisdiction.findData("tw"))
    guide.timezone.setFocus()
    qtbot.keyClick(guide.timezone, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    saved = settings_mod.load(tmp_path)
    assert (saved.default_jurisdiction, saved.default_timezone) == ("tw", "Asia/Taipei")
    assert saved.first_run_done and not saved.consent_seen and saved.mic is None


def test_the_meter_rests_once_the_test_is_over(qtbot, tmp_path, monkeypatch):
    # It stood at the last level heard after the test, as if still listening.
    from onrecord.ui.levelmeter import FLOOR_DB

    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.devices.mic.setCurrentIndex(guide.devices.mic.findData("pa:0"))
    test = guide.mic_test
    test.start_test()
    qtbot.waitUntil(lambda: test.play_button.isEnabled(), timeout=30000)
    assert test.peak > -50 and test.meter.peak_db == FLOOR_DB and test.meter.rms_db == FLOOR_DB


def test_the_last_page_offers_finish_not_skip(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWizard

    guide = _guide(qtbot, tmp_path, monkeypatch)
    guide.show()
    qtbot.waitExposed(guide)
    skip = guide.button(QWizard.WizardButton.CustomButton1)
    assert skip.isVisible()
    while guide.currentId() != guide.pageIds()[-1]:
        guide.next()
    assert not skip.isVisible()
    guide.back()
    assert skip.isVisible()
