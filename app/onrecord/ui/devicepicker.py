"""Choosing what to record: the microphone ("me") and, optionally, the computer's sound ("them").

The choice is remembered in the settings. A device that is gone is reported before the call,
not after it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from .. import settings as settings_mod
from ..audio import AudioError, InputSource, SourceSpec, list_devices, reinit_portaudio
from ..settings import Settings


class DevicePicker(QWidget):
    changed = Signal()

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.devices: list[InputSource] = []
        self.error = ""
        self.mic = QComboBox()
        self.mic.setAccessibleName(self.tr("Microphone"))
        self.loopback = QComboBox()
        self.loopback.setAccessibleName(self.tr("Computer sound"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(lambda: self.refresh(reinit=True))
        row = QHBoxLayout()
        row.addWidget(self.loopback, 1)
        row.addWidget(self.refresh_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Microphone (me)"), self.mic)
        form.addRow(self.tr("Also record (them)"), row)
        self.refresh()
        self.mic.currentIndexChanged.connect(lambda _i: self._chosen("mic", self.mic))
        self.loopback.currentIndexChanged.connect(
            lambda _i: self._chosen("loopback", self.loopback)
        )

    def use_settings(self, settings: Settings) -> None:
        """Show and record the devices of ``settings`` (saved elsewhere, e.g. by the guide)."""
        self.settings = settings
        self.refresh()

    def refresh(self, reinit: bool = False) -> None:
        self.error = ""
        try:
            if reinit:
                reinit_portaudio()
            self.devices = list_devices()
        except (AudioError, OSError) as exc:
            self.devices = []
            self.error = self.tr("Sound devices cannot be listed: %s") % exc
        for combo in (self.mic, self.loopback):
            combo.blockSignals(True)
            combo.clear()
        self.mic.addItem(self.tr("System default microphone"), None)
        self.loopback.addItem(self.tr("Nothing else (phone on speaker)"), None)
        for device in self.devices:
            combo = self.loopback if device.is_loopback else self.mic
            combo.addItem(device.name, device.id)
        self._select(self.mic, self.settings.mic)
        self._select(self.loopback, self.settings.loopback)
        for combo in (self.mic, self.loopback):
            combo.blockSignals(False)
        self.changed.emit()

    def _select(self, combo: QComboBox, device_id: str | None) -> None:
        index = combo.findData(device_id) if device_id else 0
        if index < 0:
            combo.addItem(self.tr("%s (not connected)") % device_id, device_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _chosen(self, name: str, combo: QComboBox) -> None:
        """Save the one choice made, over the settings as saved now: saving this picker's
        copy of them put back what the guide, or another screen, had changed since."""
        device_id = combo.currentData()
        setattr(self.settings, name, device_id)
        current = settings_mod.load(self.data_dir)
        setattr(current, name, device_id)
        settings_mod.save(self.data_dir, current)
        self.changed.emit()

    def _device(self, device_id: str | None) -> InputSource | None:
        return next((d for d in self.devices if d.id == device_id), None)

    def problem(self) -> str:
        """What stops a recording right now, in plain words ("" when ready)."""
        if self.error:
            return self.error
        if not any(not d.is_loopback for d in self.devices) and self.mic.currentData() is None:
            return self.tr("No microphone found. Plug one in, then press Refresh.")
        for combo, what in (
            (self.mic, self.tr("microphone")),
            (self.loopback, self.tr("computer sound source")),
        ):
            device_id = combo.currentData()
            if device_id and self._device(device_id) is None:
                return (
                    self.tr(
                        "The %s you chose is not connected. Plug it in and press "
                        "Refresh, or choose another."
                    )
                    % what
                )
        return ""

    def sources(self) -> list[SourceSpec] | None:
        """What to record, or None when a chosen device is missing (the problem is shown)."""
        if self.problem():
            self.changed.emit()
            return None
        loop = self._device(self.loopback.currentData())
        mic = self._device(self.mic.currentData())
        role = "me" if loop else "mixed"
        mic_spec = (
            mic.spec(role)
            if mic
            else SourceSpec(device=None, role=role, label="default microphone")
        )
        return [mic_spec, loop.spec("them")] if loop else [mic_spec]
