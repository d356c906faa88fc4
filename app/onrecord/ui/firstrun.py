"""The first-run guide: language, where you live, recording consent, a microphone test, and
where the data is kept. Every page can be skipped; Help > First-run guide opens it again."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import settings as settings_mod
from ..audio import RecorderClient, RecorderConfig
from ..regions import suggest
from ..store.enums import JURISDICTION_DEFAULTS, Jurisdiction
from . import labels, placenames
from .consent import guidance
from .devicepicker import DevicePicker
from .i18n import current_language, language_names
from .levelmeter import FLOOR_DB, LevelMeter
from .localefmt import system_zone

TEST_SECONDS = 3.0


def _page(title: str, text: str) -> tuple[QWizardPage, QVBoxLayout]:
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    if text:  # an empty one left a gap under the title (the consent page fills its own)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
    return page, layout


class MicTest(QWidget):
    """Record 3 seconds from the chosen microphone, show the level, play it back."""

    def __init__(
        self,
        picker: DevicePicker,
        client_factory: Callable[[], RecorderClient],
        player_factory: Callable[[list[Path]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.picker = picker
        self.client_factory = client_factory
        self.player_factory = player_factory
        self.client: RecorderClient | None = None
        self.player: Any = None
        self.folder = Path(tempfile.mkdtemp(prefix="onrecord-mictest-"))
        self.recorded: list[Path] = []
        self.meter = LevelMeter(self.tr("Microphone level"))
        self.status = QLabel(self.tr("Press “Test the microphone” and say a few words."))
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test the microphone (3 s)"))
        self.test_button.clicked.connect(self.start_test)
        self.play_button = QPushButton(self.tr("&Play it back"))
        self.play_button.setEnabled(False)
        self.play_button.clicked.connect(self.play_back)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meter)
        layout.addWidget(self.status)
        layout.addWidget(self.test_button)
        layout.addWidget(self.play_button)
        self.peak = -120.0
        self._focus_back = False  # the test button had the focus when the test began

    def start_test(self) -> None:
        sources = self.picker.sources()
        if sources is None:
            self.status.setText(self.picker.problem())
            return
        self.peak = -120.0
        self.meter.reset()  # a clip lamp from the last test is not this test's
        # Disabled while it listens, the button loses the focus (to "< Back", where Enter
        # would leave the page): it is given back, to "Play it back", when the test ends.
        self._focus_back = self.test_button.hasFocus()
        self.test_button.setEnabled(False)
        self.play_button.setEnabled(False)
        self.status.setText(self.tr("Listening… say a few words."))
        self.client = self.client_factory()
        try:
            self.client.start(
                RecorderConfig(
                    directory=str(self.folder), basename="mictest", sources=(sources[0],)
                )
            )
        except Exception as exc:  # the device could not be opened: say so, in the page
            self.client = None
            self.test_button.setEnabled(True)
            if self._focus_back:
                self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.setText(self.tr("The microphone could not be opened: %s") % exc)
            return
        self.timer.start()

    def _tick(self) -> None:
        if self.client is None:
            return
        status = self.client.status()
        for level in status.levels[:1]:
            self.meter.set_level(level.rms_dbfs, level.peak_dbfs)
            self.peak = max(self.peak, level.peak_dbfs)
        if any(w.code == "clipping" for w in status.warnings):
            self.meter.mark_clipped()  # the recorder saw every sample; the meter only polls
        if status.elapsed_s >= TEST_SECONDS or status.state in ("failed", "stopped"):
            self.timer.stop()
            # The meter rests once the test is over (it stood at the last level heard, as if
            # still listening); a clip lamp stays lit, as the words below say why.
            clipped = self.meter.clipped
            self.meter.set_level(FLOOR_DB, FLOOR_DB)
            self.meter.clipped = clipped
            result = self.client.stop()
            self.client.close()
            self.client = None
            self.recorded = [Path(p) for p in result.paths]
            self.test_button.setEnabled(True)
            self.play_button.setEnabled(bool(self.recorded))
            if self._focus_back:
                self._focus_back = False
                next_step = self.play_button if self.recorded else self.test_button
                next_step.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.peak < -50:
                self.status.setText(
                    self.tr(
                        "Almost nothing was heard. Is the right microphone chosen, and not "
                        "muted? Speak closer and test again."
                    )
                )
            elif self.meter.clipped:  # the meter shows red: the words say why
                self.status.setText(
                    self.tr(
                        "The microphone works, but it was too loud: the sound distorted. Move "
                        "it a little away or turn its volume down, then test again."
                    )
                )
            else:
                self.status.setText(self.tr("The microphone works. Play it back to check."))

    def play_back(self) -> None:
        if self.recorded:
            self.player = self.player_factory(self.recorded)
            self.player.play(0)


#: the guide's pages, in order
WELCOME, WHERE, CONSENT, MICROPHONE, DATA = range(5)


class FirstRunGuide(QWizard):
    def __init__(
        self,
        data_dir: Path,
        client_factory: Callable[[], RecorderClient] = RecorderClient,
        player_factory: Callable[[list[Path]], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from ..audio.playback import Player

        self.data_dir = data_dir
        self.settings = settings_mod.load(data_dir)
        self.setWindowTitle(self.tr("Welcome to OnRecord"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip the guide"))
        # Our own words, not Qt's translations of these (Qt's zh_TW says 下一個 for "Next").
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.customButtonClicked.connect(lambda _b: self.reject())
        # "Skip the guide" beside "Finish" on the last page read as a second way to finish
        self.currentIdChanged.connect(
            lambda page: self.button(QWizard.WizardButton.CustomButton1).setVisible(
                page != self.pageIds()[-1]
            )
        )

        page, layout = _page(
            self.tr("Welcome"),
            self.tr(
                "OnRecord keeps evidence of calls from debt collectors on this computer: "
                "recordings, what was said, and every contact attempt. Nothing is sent "
                "anywhere. It gives information, not legal advice."
            ),
        )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in language_names():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        form = QFormLayout()
        if self.settings.language is None:  # nobody chose yet (the first question was closed)
            form.addRow(self.tr("Language (a change applies from the next start)"), self.language)
        else:
            # Just chosen in the first question: asking again read as a second, different
            # question (a walk-through). Say where it changes instead.
            self.language.hide()
            self.language_note = QLabel(
                self.tr(
                    "Language: %1. You can change it at any time in Settings → Language."
                ).replace("%1", self.language.currentText())
            )
            self.language_note.setWordWrap(True)
            layout.addWidget(self.language_note)
        layout.addLayout(form)
        self.addPage(page)

        page, layout = _page(
            self.tr("Where you live"),
            self.tr("This decides which collection rules and times apply to new cases."),
        )
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName(self.tr("Whose rules apply"))
        for value in Jurisdiction:
            self.jurisdiction.addItem(labels.jurisdiction(value), value.value)
        self.timezone = placenames.searchable_combo(
            placenames.zone_items(list(available_timezones()))
        )
        self.timezone.setAccessibleName(self.tr("Your time zone"))
        self.jurisdiction.currentIndexChanged.connect(self._jurisdiction_chosen)
        guess, guessed_zone = suggest(system_zone(), self.settings.language or current_language())
        chosen = self.settings.default_jurisdiction or guess.value
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(chosen)))
        self._jurisdiction_chosen()
        if self.settings.default_timezone:
            placenames.set_value(self.timezone, self.settings.default_timezone)
        elif chosen == guess.value:
            placenames.set_value(self.timezone, guessed_zone)
        form = QFormLayout()
        form.addRow(self.tr("Whose rules apply"), self.jurisdiction)
        form.addRow(self.tr("Your time zone"), self.timezone)
        layout.addLayout(form)
        self.addPage(page)

        page, layout = _page(self.tr("Recording calls"), "")
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        layout.addWidget(self.consent)
        page.initializePage = lambda: self.consent.setText(  # type: ignore[method-assign]
            guidance(self.jurisdiction.currentData())
        )
        self.addPage(page)

        page, layout = _page(
            self.tr("Test your microphone"),
            self.tr(
                "Choose the microphone, press “Test the microphone” and speak. If the other "
                "side of your calls plays on this computer (a softphone), choose it under \u201cAlso record\u201d."
            ),
        )
        self.devices = DevicePicker(self.settings, data_dir)
        self.mic_test = MicTest(
            self.devices, client_factory, player_factory or (lambda paths: Player(paths))
        )
        layout.addWidget(self.devices)
        layout.addWidget(self.mic_test)
        self.addPage(page)

        page, layout = _page(
            self.tr("Where your data is kept"),
            self.tr(
                "Everything is kept in this folder on this computer, readable only by you. "
                "Back it up from time to time with Settings > Back up all data."
            ),
        )
        where = QLabel(str(data_dir))
        where.setAccessibleName(self.tr("Data folder"))
        layout.addWidget(where)
        self.addPage(page)
        self.resize(640, 480)

    def _jurisdiction_chosen(self) -> None:
        zone = JURISDICTION_DEFAULTS[Jurisdiction(self.jurisdiction.currentData())][0]
        placenames.set_value(self.timezone, zone)

    def accept(self) -> None:
        settings = settings_mod.load(self.data_dir)
        self._keep(settings, range(len(self.pageIds())))
        settings_mod.save(self.data_dir, settings)
        super().accept()

    def reject(self) -> None:
        """Skip the guide (its button, Cancel, Esc, closing the window). What was chosen on
        the pages seen so far is kept: Esc pressed in the time zone field closed the guide
        and lost the region, zone and microphone chosen (a walk-through). The pages not seen
        are left as they were."""
        settings = settings_mod.load(self.data_dir)
        self._keep(settings, self.visitedIds())
        settings_mod.save(self.data_dir, settings)
        super().reject()

    def _keep(self, settings: Any, pages: Iterable[int]) -> None:
        """Save the choices of ``pages`` (by page number) into ``settings``; the guide is
        then done (Help reopens it)."""
        pages = set(pages)
        if WELCOME in pages:
            settings.language = self.language.currentData()
        if WHERE in pages:
            settings.default_jurisdiction = self.jurisdiction.currentData()
            settings.default_timezone = placenames.value_of(self.timezone) or None
        if CONSENT in pages:
            settings.consent_seen = True
        if MICROPHONE in pages:
            settings.mic = self.devices.mic.currentData()
            settings.loopback = self.devices.loopback.currentData()
        settings.first_run_done = True
