"""The call screen records what was chosen, wherever it was chosen (the guide or the screen)."""

from __future__ import annotations

import pytest
from audio_helpers import fake_input

from onrecord import settings as settings_mod
from onrecord.audio import InputSource

pytestmark = pytest.mark.gui

FAKE_MIC = fake_input()
MONITOR = InputSource(
    id="pulse:alsa_output.pci-0000_00_1f.3.analog-stereo.monitor",
    name="Monitor of Built-in Audio Analog Stereo",
    hostapi="PulseAudio",
    max_input_channels=2,
    default_samplerate=48000.0,
    is_loopback=True,
    pulse_source="alsa_output.pci-0000_00_1f.3.analog-stereo.monitor",
)


@pytest.fixture
def devices_window(qtbot, workspace, monkeypatch, no_dialogs):
    from onrecord.ui import devicepicker
    from onrecord.ui.mainwindow import MainWindow

    monkeypatch.setattr(devicepicker, "list_devices", lambda: [FAKE_MIC, MONITOR])
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    return win


@pytest.mark.parametrize("finished", [True, False], ids=["finished", "skipped"])
def test_the_call_screen_records_what_the_first_run_guide_chose(
    qtbot, devices_window, workspace, finished: bool
):
    """The guide saved "Also record: the monitor", the call screen still showed "Nothing else"
    until a restart and recorded the microphone only (a walk-through)."""
    win = devices_window

    def choose(guide) -> bool:  # type: ignore[no-untyped-def]
        guide.devices.mic.setCurrentIndex(guide.devices.mic.findData(FAKE_MIC.id))
        guide.devices.loopback.setCurrentIndex(guide.devices.loopback.findData(MONITOR.id))
        if finished:
            guide.accept()
        else:
            guide.reject()  # "Skip the guide" after choosing: the choice was saved already
        return finished

    win.run_dialog = choose
    win.show_first_run()
    picker = win.call_panel.devices
    assert picker.mic.currentData() == FAKE_MIC.id
    assert picker.loopback.currentData() == MONITOR.id
    assert [s.role for s in picker.sources()] == ["me", "them"]
    saved = settings_mod.load(workspace.data_dir)
    assert (saved.mic, saved.loopback) == (FAKE_MIC.id, MONITOR.id)


def test_choosing_the_microphone_keeps_the_saved_computer_sound(qtbot, devices_window, workspace):
    """Changing the Microphone combo saved "loopback: None" over the guide's choice."""
    saved = settings_mod.load(workspace.data_dir)
    saved.loopback = MONITOR.id
    settings_mod.save(workspace.data_dir, saved)  # as the guide does, behind the call screen
    picker = devices_window.call_panel.devices
    picker.mic.setCurrentIndex(picker.mic.findData(FAKE_MIC.id))
    saved = settings_mod.load(workspace.data_dir)
    assert (saved.mic, saved.loopback) == (FAKE_MIC.id, MONITOR.id)


def test_choosing_a_device_keeps_the_other_settings_saved_since(qtbot, devices_window, workspace):
    """The call screen saved its own old copy of all the settings with a device choice."""
    devices_window.choose_language("zh_TW")
    picker = devices_window.call_panel.devices
    picker.loopback.setCurrentIndex(picker.loopback.findData(MONITOR.id))
    saved = settings_mod.load(workspace.data_dir)
    assert (saved.language, saved.loopback) == ("zh_TW", MONITOR.id)
