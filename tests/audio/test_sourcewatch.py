"""The check that the sound server has not moved our capture to another source.

The server's view is faked here (what ``pactl list sources`` / ``source-outputs`` answer);
tests/e2e/test_e2e_recording.py runs it against a real PulseAudio daemon.
"""

from __future__ import annotations

from typing import Any

import pytest

from onrecord.audio import sourcewatch
from onrecord.audio.sourcewatch import PulseSourceWatch

SOURCES = ["lab_mic", "lab_sink.monitor", "usb_headset"]
PID = 4242


class Server:
    """What pactl would answer: our process's streams, by source-output index -> source."""

    def __init__(self) -> None:
        self.streams: dict[int, str] = {}
        self.sources = list(SOURCES)

    def pactl_json(self, *args: str) -> list[dict[str, Any]]:
        if args == ("list", "sources"):
            return [{"index": i, "name": name} for i, name in enumerate(self.sources)]
        assert args == ("list", "source-outputs")
        index_of = {name: i for i, name in enumerate(self.sources)}
        ours = [
            {"index": out, "source": index_of.get(source, 99),
             "properties": {"application.process.id": str(PID)}}
            for out, source in self.streams.items()
        ]  # fmt: skip
        theirs = {"index": 900, "source": 0, "properties": {"application.process.id": "1"}}
        return [*ours, theirs]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Server:
    fake = Server()
    monkeypatch.setattr(sourcewatch, "pactl_json", fake.pactl_json)
    return fake


def codes(problems: list[tuple[str, str, dict[str, str]]]) -> list[str]:
    return [code for code, _, _ in problems]


def test_named_sources_where_asked_are_fine(server: Server) -> None:
    server.streams = {10: "lab_mic", 11: "lab_sink.monitor"}
    watch = PulseSourceWatch(["lab_mic", "lab_sink.monitor"], pid=PID)
    assert watch() == []


def test_a_named_source_moved_by_the_server_is_reported(server: Server) -> None:
    server.streams = {10: "lab_mic", 11: "lab_sink.monitor"}
    watch = PulseSourceWatch(["lab_mic", "lab_sink.monitor"], pid=PID)
    assert watch() == []
    server.sources.remove("lab_mic")
    server.streams[10] = "usb_headset"
    assert sorted(codes(watch())) == ["source_moved", "source_removed"]


def test_a_named_source_placed_elsewhere_from_the_start_is_reported(server: Server) -> None:
    server.streams = {10: "usb_headset"}
    [(code, message, params)] = PulseSourceWatch(["lab_mic"], pid=PID)()
    assert code == "source_moved" and params["now_recording"] == "usb_headset"
    assert "'lab_mic'" in message


def test_a_device_without_a_source_name_beside_a_named_one_is_not_a_move(server: Server) -> None:
    # The microphone chosen as the ALSA "default" device (served by Pulse on whatever the
    # default source is) beside the speakers' monitor opened by name: two streams, one named.
    server.streams = {10: "lab_mic", 11: "lab_sink.monitor"}
    watch = PulseSourceWatch(["lab_sink.monitor"], pid=PID, others=1)
    assert watch() == [] and watch() == []


def test_the_unnamed_device_moved_later_is_reported(server: Server) -> None:
    server.streams = {10: "lab_mic", 11: "lab_sink.monitor"}
    watch = PulseSourceWatch(["lab_sink.monitor"], pid=PID, others=1)
    assert watch() == []
    server.streams[10] = "usb_headset"
    [(code, _, params)] = watch()
    assert code == "source_moved" and params["now_recording"] == "usb_headset"


def test_unnamed_devices_do_not_excuse_a_named_one_on_the_wrong_source(server: Server) -> None:
    # One unnamed stream may be anywhere, but two streams off the asked-for source means the
    # named one is not where it should be.
    server.streams = {10: "lab_mic", 11: "usb_headset"}
    [(code, _, _)] = PulseSourceWatch(["lab_sink.monitor"], pid=PID, others=1)()
    assert code == "source_moved"


def test_a_stream_that_ended_is_forgotten(server: Server) -> None:
    server.streams = {10: "lab_mic", 11: "lab_sink.monitor"}
    watch = PulseSourceWatch(["lab_sink.monitor"], pid=PID, others=1)
    assert watch() == []
    del server.streams[10]
    assert watch() == []
    server.streams[12] = "usb_headset"  # the unnamed device opened again, on another source
    assert watch() == []
