"""Fixtures for the review tests: a generated recorded call and a player that plays nothing."""

from __future__ import annotations

import pytest
from recorded_call import FakeStream, RecordedCall, register_call

from onrecord.store import Workspace


@pytest.fixture
def call(workspace: Workspace) -> RecordedCall:
    case = workspace.cases.create_case("Test debt", jurisdiction="us")
    return register_call(workspace, case.id)


@pytest.fixture
def fake_player_factory():
    from onrecord.audio.playback import Player

    made: list[Player] = []

    def factory(paths):
        player = Player(paths, stream_factory=FakeStream)
        made.append(player)
        return player

    factory.made = made  # type: ignore[attr-defined]
    return factory
